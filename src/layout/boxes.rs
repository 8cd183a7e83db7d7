//! Box 1 (questions) and box 5 (agreements): a title and entries that wrap and shrink, and
//! a count of what continues on the next page.

use super::text::{Align, Hyphenation, LINE_HEIGHT, SHRINK_STEP_MM, TextLine, place_lines, wrap};
use super::{BOX_TEXT_MM, BoxLayout, PADDING_MM, RectMm};
use crate::fonts::{FontMetrics, Weight};
use crate::i18n::{Texts, fill};
use crate::model::{ItemKind, PosMm};

pub(super) fn box_layout(
    rect: RectMm,
    title: &str,
    entries: &[String],
    (t, floor): (&Texts, f32),
    metrics: &FontMetrics,
) -> BoxLayout {
    let inner = rect.shrink(PADDING_MM);
    let start = BOX_TEXT_MM.max(floor);
    let title_size = start * 1.15;
    let title_line = TextLine {
        top_left: inner.min,
        text: title.to_owned(),
        size_mm: title_size,
        weight: Weight::Bold,
    };
    let top = inner.min.y + title_size * LINE_HEIGHT + 1.5;
    let mut size = start;
    loop {
        let mut lines = Vec::new();
        // Where each entry's lines end, so that an entry is shown whole or continued whole.
        let mut entry_ends = Vec::with_capacity(entries.len());
        let mut y = top;
        for entry in entries {
            let regular = (Weight::Regular, Hyphenation::of(t));
            let wrapped = wrap(entry, inner.width(), size, regular, metrics);
            let placed = place_lines(
                &wrapped,
                PosMm::new(inner.min.x, y),
                size,
                Weight::Regular,
                Align::Left,
                metrics,
            );
            y += placed.len() as f32 * size * LINE_HEIGHT + size * 0.5;
            lines.extend(placed);
            entry_ends.push(lines.len());
        }
        let all_fit = y <= inner.max.y;
        if all_fit || size <= floor {
            let bottom = inner.max.y - size * LINE_HEIGHT;
            let shown = if all_fit {
                entries.len()
            } else {
                entry_ends
                    .iter()
                    .take_while(|end| {
                        lines[..**end]
                            .last()
                            .is_none_or(|l| l.top_left.y + size * LINE_HEIGHT <= bottom)
                    })
                    .count()
            };
            let fits = shown.checked_sub(1).map_or(0, |i| entry_ends[i]);
            let note_at = PosMm::new(inner.min.x + inner.width() / 2.0, bottom);
            return BoxLayout {
                rect,
                title: title_line,
                overflow_note: overflow_note(entries.len() - shown, note_at, size, t),
                lines,
                fits,
                continued: entries[shown..].to_vec(),
                overflows: !all_fit,
            };
        }
        size = (size - SHRINK_STEP_MM).max(floor);
    }
}

/// "− 4 of 3 · ? 5 of 3", centred on `at`; `None` when every kind keeps to three.
pub(super) fn count_note(
    over_three: &[(ItemKind, usize)],
    at: PosMm,
    size: f32,
    t: &Texts,
) -> Option<TextLine> {
    if over_three.is_empty() {
        return None;
    }
    let text = over_three
        .iter()
        .map(|(kind, count)| {
            fill(
                t.count_over,
                &[("symbol", &kind.symbol()), ("count", count)],
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let width = FontMetrics::shipped().width_em(&text, Weight::Bold) * size;
    Some(TextLine {
        top_left: PosMm::new(at.x - width / 2.0, at.y),
        text,
        size_mm: size,
        weight: Weight::Bold,
    })
}

/// The note that says how many entries continue elsewhere, centred on `at`.
pub(super) fn overflow_note(count: usize, at: PosMm, size: f32, t: &Texts) -> Option<TextLine> {
    if count == 0 {
        return None;
    }
    let text = fill(t.overflow, &[("count", &count)]);
    let weight = Weight::Bold;
    let width = FontMetrics::shipped().width_em(&text, weight) * size;
    Some(TextLine {
        top_left: PosMm::new(at.x - width / 2.0, at.y),
        text,
        size_mm: size,
        weight,
    })
}
