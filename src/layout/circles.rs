//! Items inside their circle: wrapped, shrunk down to the floor when crowded, and what
//! still does not fit laid out below and counted; on a projector, folded per kind.

use super::text::{
    Align, Hyphenation, LINE_HEIGHT, TextLine, largest_fitting_above, place_lines, wrap,
};
use super::{ItemLayout, RectMm};
use crate::fonts::{FontMetrics, Weight};
use crate::i18n::{Texts, fill};
use crate::model::{Item, ItemKind, PosMm};

pub(super) fn fit_items(
    entries: &[Item],
    content: RectMm,
    (base, floor): (f32, f32),
    measure: (&FontMetrics, Hyphenation),
) -> (f32, Vec<ItemLayout>, bool) {
    let fits = |size: f32| place_items(entries, content, size, measure).1 <= content.max.y;
    let size = largest_fitting_above(base, floor, fits);
    let (items, bottom) = place_items(entries, content, size, measure);
    (size, items, bottom > content.max.y)
}

fn place_items(
    entries: &[Item],
    content: RectMm,
    size: f32,
    (metrics, hyphens): (&FontMetrics, Hyphenation),
) -> (Vec<ItemLayout>, f32) {
    let line_height = size * LINE_HEIGHT;
    let marker_radius_mm = size * 0.5;
    let indent = size * 1.35;
    let mut y = content.min.y;
    let mut items = Vec::with_capacity(entries.len());
    for item in entries {
        let wrapped = wrap(
            &item.text,
            content.width() - indent,
            size,
            (Weight::Regular, hyphens),
            metrics,
        );
        let weight = if item.top_three {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let lines = place_lines(
            &wrapped,
            PosMm::new(content.min.x + indent, y),
            size,
            weight,
            Align::Left,
            metrics,
        );
        let height = wrapped.len() as f32 * line_height;
        items.push(ItemLayout {
            id: item.id,
            kind: item.kind,
            top_three: item.top_three,
            carried: item.carried,
            marker_center: PosMm::new(content.min.x + marker_radius_mm, y + line_height / 2.0),
            marker_radius_mm,
            lines,
            mark: None,
            bounds: RectMm::new(
                content.min.x - 1.0,
                y - 0.5,
                content.max.x,
                y + height + 0.5,
            ),
        });
        y += height + size * 0.3;
    }
    (items, y)
}

/// On a projector, what a crowded circle shows: of each kind its starred items, or its first
/// three, so that concerns are never folded away behind what goes well; when even that does
/// not fit at the floor, each kind gives up one more, down to one each. Returns the type size,
/// the items shown (in the board's order) and per kind how many are folded.
pub(super) fn fold_per_kind(
    ordered: &[Item],
    content: RectMm,
    (base, floor): (f32, f32),
    measure: (&FontMetrics, Hyphenation),
) -> (f32, Vec<ItemLayout>, Vec<(ItemKind, usize)>) {
    let of_kind = |kind: ItemKind| ordered.iter().filter(move |i| i.kind == kind);
    // `in_board_order` puts a kind's starred items first, so its first n are the ones to show.
    let wanted: Vec<(ItemKind, usize)> = ItemKind::ALL
        .iter()
        .map(|&kind| {
            let starred = of_kind(kind).filter(|i| i.top_three).count();
            let all = of_kind(kind).count();
            (kind, if starred > 0 { starred } else { all.min(3) })
        })
        .collect();
    let most = wanted.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let pick = |cap: usize| -> Vec<Item> {
        wanted
            .iter()
            .flat_map(|&(kind, n)| of_kind(kind).take(n.min(cap).max(usize::from(n > 0))))
            .cloned()
            .collect()
    };
    let mut cap = most;
    loop {
        let shown = pick(cap);
        let (size, items, overflows) = fit_items(&shown, content, (base, floor), measure);
        if !overflows || cap <= 1 {
            // What still does not fit at one per kind is folded too.
            let items: Vec<ItemLayout> = items
                .into_iter()
                .take_while(|item| item.bounds.max.y <= content.max.y + 0.5)
                .collect();
            let folded = ItemKind::ALL
                .iter()
                .map(|&kind| {
                    let seen = items.iter().filter(|i| i.kind == kind).count();
                    (kind, of_kind(kind).count() - seen)
                })
                .collect();
            return (size, items, folded);
        }
        cap -= 1;
    }
}

/// "− 2 · ? 5 meer": per kind what a projector's circle folds, centred on `at`; `None` when
/// nothing is folded.
pub(super) fn fold_note(
    folded: &[(ItemKind, usize)],
    at: PosMm,
    size: f32,
    t: &Texts,
) -> Option<TextLine> {
    let list: Vec<String> = folded
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| format!("{} {n}", kind.symbol()))
        .collect();
    if list.is_empty() {
        return None;
    }
    let text = fill(t.overflow_kinds, &[("list", &list.join(" · "))]);
    let width = FontMetrics::shipped().width_em(&text, Weight::Bold) * size;
    Some(TextLine {
        top_left: PosMm::new(at.x - width / 2.0, at.y),
        text,
        size_mm: size,
        weight: Weight::Bold,
    })
}
