//! Items inside their circle: wrapped, shrunk down to the floor when crowded, and what
//! still does not fit laid out below and counted; on a projector, folded per kind, in
//! circles grown into the room around them.

use super::boxes::{count_note, overflow_note};
use super::text::{
    Align, Hyphenation, LINE_HEIGHT, TextLine, ending_in_ellipsis, largest_fitting_above,
    place_lines, wrap,
};
use super::{
    CircleLayout, ITEM_SIZE_PER_RADIUS, ItemLayout, LayoutOptions, MAX_TITLE_LINES, RectMm,
    START_TEXT_MM,
};
use crate::fonts::{FontMetrics, Weight};
use crate::i18n::{Texts, fill};
use crate::model::{Board, Item, ItemKind, PosMm};
use crate::names::circle_title;

/// An item's words as the board shows them: the child's own words in quotes (on the laptop,
/// the projector and paper), and whose they are while brought in beforehand and not yet
/// taken in by the chair.
pub fn item_board_text(item: &Item, t: &Texts) -> String {
    let mut item = item.clone();
    if item.childs_words {
        item.text = fill(t.childs_words_mark, &[("text", &item.text)]);
    }
    if item.prepared {
        item.text = crate::names::item_with_author(&item, t);
    }
    item.text
}

/// One circle: its title, its items in the board's order at the largest type that fits (not
/// below the floor), and notes for what continues and for more than three of a kind.
pub(super) fn circle_layout(
    circle: &crate::model::Circle,
    t: &Texts,
    options: LayoutOptions,
    metrics: &FontMetrics,
) -> CircleLayout {
    let floor = options.floor_mm;
    let title = circle_title(&circle.kind, t);
    let r = circle.radius_mm;
    let c = circle.center;
    let base = (r * ITEM_SIZE_PER_RADIUS).max(START_TEXT_MM).max(floor);
    let title_size = base * 1.15;
    let title_width = 1.3 * r;
    let hyphens = Hyphenation::of(t);
    let bold = (Weight::Bold, hyphens);
    let mut title_lines = wrap(&title, title_width, title_size, bold, metrics);
    // A long title of an added circle keeps to two lines; it is whole on the
    // continuation page.
    let title_cut = title_lines.len() > MAX_TITLE_LINES;
    if title_cut {
        title_lines.truncate(MAX_TITLE_LINES - 1);
        title_lines.push(
            if options.projector {
                t.note_cut
            } else {
                t.note_continued
            }
            .to_owned(),
        );
    }
    let title_top = c.y - 0.86 * r;
    let title_lines = place_lines(
        &title_lines,
        PosMm::new(c.x, title_top),
        title_size,
        Weight::Bold,
        Align::Center,
        metrics,
    );
    let content_top = title_top + title_lines.len() as f32 * title_size * LINE_HEIGHT + 1.0;
    let content = RectMm::new(
        c.x - 0.72 * r,
        content_top.max(c.y - 0.62 * r),
        c.x + 0.72 * r,
        c.y + 0.68 * r,
    );
    // An item brought in beforehand and not yet taken in by the chair says whose it is.
    let ordered: Vec<crate::model::Item> = circle
        .in_board_order()
        .into_iter()
        .map(|item| Item {
            text: item_board_text(item, t),
            ..item.clone()
        })
        .collect();
    let over_three: Vec<(ItemKind, usize)> = ItemKind::ALL
        .iter()
        .map(|kind| (*kind, circle.count_of(*kind)))
        .filter(|(_, count)| *count > 3)
        .collect();
    // A projector folds each kind into one line of counts; paper lays out every item and
    // notes what continues and what is more than three.
    let (item_size_mm, items, fits, overflows, overflow_note, count_note) = if options.projector {
        let measure = (metrics, hyphens);
        let shown = fold_per_kind(&ordered, content, (base, floor), measure);
        // What is folded is counted below the items, inside the circle: where the circle is
        // too narrow there for even "+12 meer", on a line the items leave free.
        let below = PosMm::new(c.x, c.y + 0.74 * r);
        let foot = 0.74 * r + floor * LINE_HEIGHT;
        let chord = 2.0 * (r * r - foot * foot).max(0.0).sqrt();
        let note = fold_note(&shown.folded, below, (floor, chord), t);
        let (shown, note) = if note.is_none() && shown.folded.iter().any(|(_, n)| *n > 0) {
            let mut room = content;
            room.max.y -= floor * (LINE_HEIGHT + 0.3);
            let shown = fold_per_kind(&ordered, room, (base, floor), measure);
            let at = PosMm::new(c.x, room.max.y + floor * 0.3);
            let note = fold_note(&shown.folded, at, (floor, content.width()), t)
                .or_else(|| fold_note(&shown.folded, at, (floor, f32::INFINITY), t));
            (shown, note)
        } else {
            (shown, note)
        };
        let folded = shown.folded.iter().any(|(_, n)| *n > 0);
        let fits = shown.items.len();
        (
            shown.size,
            shown.items,
            fits,
            folded || shown.shortened,
            note,
            None,
        )
    } else {
        let (item_size_mm, items, overflows) =
            fit_items(&ordered, content, (base, floor), (metrics, hyphens));
        let fits = items
            .iter()
            .take_while(|item| item.bounds.max.y <= content.max.y + 0.5)
            .count();
        let note = overflow_note(
            items.len() - fits,
            PosMm::new(c.x, c.y + 0.74 * r),
            item_size_mm,
            t,
        );
        let count = count_note(
            &over_three,
            PosMm::new(c.x, c.y + 0.84 * r),
            (base * 0.8).max(floor),
            t,
        );
        (item_size_mm, items, fits, overflows, note, count)
    };
    CircleLayout {
        id: circle.id,
        kind: circle.kind.clone(),
        center: c,
        radius_mm: r,
        set_radius_mm: r,
        title,
        title_lines,
        title_cut,
        items,
        item_size_mm,
        over_three,
        fits,
        overflows,
        overflow_note,
        count_note,
    }
}

/// The items of `entries` in `content`, whole, at the largest type from `base` down to
/// `floor` at which they fit; true when they do not fit even so.
pub(super) fn fit_items(
    entries: &[Item],
    content: RectMm,
    (base, floor): (f32, f32),
    measure: (&FontMetrics, Hyphenation),
) -> (f32, Vec<ItemLayout>, bool) {
    let (size, placed) = fit_placed(entries, content, (base, floor), measure, &[]);
    (size, placed.items, placed.bottom > content.max.y)
}

/// As [`fit_items`], the n-th item in at most `most_lines[n]` lines (all of them where the
/// list ends).
fn fit_placed(
    entries: &[Item],
    content: RectMm,
    (base, floor): (f32, f32),
    measure: (&FontMetrics, Hyphenation),
    most_lines: &[usize],
) -> (f32, Placed) {
    let fits = |size: f32| {
        place_items(entries, content, size, measure, most_lines).bottom <= content.max.y
    };
    let size = largest_fitting_above(base, floor, fits);
    (
        size,
        place_items(entries, content, size, measure, most_lines),
    )
}

/// How many lines each of `entries` may take so that all fit `content` at the floor: the
/// longest is cut by a line first (of equals, the one further down, which the board ranks
/// lower), down to one line each; `None` when even one line each does not fit.
fn shortened_to_fit(
    entries: &[Item],
    content: RectMm,
    floor: f32,
    measure: (&FontMetrics, Hyphenation),
) -> Option<Vec<usize>> {
    // Every item wrapped, as if the circle had no foot.
    let open = RectMm::new(content.min.x, content.min.y, content.max.x, f32::INFINITY);
    let mut most: Vec<usize> = place_items(entries, open, floor, measure, &[])
        .items
        .iter()
        .map(|item| item.lines.len().max(1))
        .collect();
    loop {
        if place_items(entries, content, floor, measure, &most).bottom <= content.max.y {
            return Some(most);
        }
        let longest = most.iter().copied().max().unwrap_or(1);
        let at = most.iter().rposition(|&n| n == longest && n > 1)?;
        most[at] -= 1;
    }
}

/// Items set one below the other.
struct Placed {
    items: Vec<ItemLayout>,
    /// Where the last one ends.
    bottom: f32,
    /// Some item needed more than the lines it was given: its last line ends in "…".
    shortened: bool,
}

fn place_items(
    entries: &[Item],
    content: RectMm,
    size: f32,
    (metrics, hyphens): (&FontMetrics, Hyphenation),
    most_lines: &[usize],
) -> Placed {
    let line_height = size * LINE_HEIGHT;
    let marker_radius_mm = size * 0.5;
    let indent = size * 1.35;
    let mut y = content.min.y;
    let mut items = Vec::with_capacity(entries.len());
    let mut shortened = false;
    for item in entries {
        // Below the circle nothing is drawn, so nothing is wrapped: a circle of a thousand
        // items costs what it shows (the continuation page sets those items anew).
        let (lines, height) = if y > content.max.y {
            (Vec::new(), line_height)
        } else {
            let width = content.width() - indent;
            let weight = if item.top_three {
                Weight::Bold
            } else {
                Weight::Regular
            };
            let mut wrapped = wrap(&item.text, width, size, (weight, hyphens), metrics);
            let most = most_lines.get(items.len()).copied().unwrap_or(usize::MAX);
            if wrapped.len() > most {
                wrapped.truncate(most.max(1));
                if let Some(last) = wrapped.last_mut() {
                    *last = ending_in_ellipsis(last, width / size, (weight, metrics));
                }
                shortened = true;
            }
            let lines = place_lines(
                &wrapped,
                PosMm::new(content.min.x + indent, y),
                size,
                weight,
                Align::Left,
                metrics,
            );
            (lines, wrapped.len() as f32 * line_height)
        };
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
    Placed {
        items,
        bottom: y,
        shortened,
    }
}

/// What a projector's circle shows of its items.
pub(super) struct Shown {
    pub size: f32,
    /// The items shown, in the board's order.
    pub items: Vec<ItemLayout>,
    /// Per kind, how many are not shown.
    pub folded: Vec<(ItemKind, usize)>,
    /// Some item shown is cut short ("…"): the board's next page has it whole.
    pub shortened: bool,
}

/// On a projector, what a crowded circle shows: of each kind its starred items, or its first
/// three, so that concerns are never folded away behind what goes well. When those do not fit
/// at the floor, the longest are cut short a line at a time; only when one line each does not
/// fit does each kind give up one more, down to one each.
pub(super) fn fold_per_kind(
    ordered: &[Item],
    content: RectMm,
    (base, floor): (f32, f32),
    measure: (&FontMetrics, Hyphenation),
) -> Shown {
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
    // Whole if they fit; else the longest cut first; else one fewer of each kind; at one of
    // each, one line each, and what still does not fit is folded too.
    let mut last = None;
    for cap in (1..=most).rev() {
        let shown = pick(cap);
        let whole = fit_placed(&shown, content, (base, floor), measure, &[]);
        if whole.1.bottom <= content.max.y {
            last = Some(whole);
            break;
        }
        let lines = shortened_to_fit(&shown, content, floor, measure);
        if lines.is_some() || cap == 1 {
            let lines = lines.unwrap_or_else(|| vec![1; shown.len()]);
            last = Some(fit_placed(&shown, content, (base, floor), measure, &lines));
            break;
        }
    }
    let Some((size, placed)) = last else {
        return Shown {
            size: floor,
            items: Vec::new(),
            folded: Vec::new(),
            shortened: false,
        };
    };
    // What still does not fit at one line and one per kind is folded too.
    let items: Vec<ItemLayout> = placed
        .items
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
    Shown {
        size,
        items,
        folded,
        shortened: placed.shortened,
    }
}

/// "+ 8 · − 4 meer": per kind what a projector's circle folds, centred on `at` and no wider
/// than `width`: shorter ("+8 −4 meer", then "+12 meer") where the circle is narrow; `None`
/// when nothing is folded or not even the shortest fits.
pub(super) fn fold_note(
    folded: &[(ItemKind, usize)],
    at: PosMm,
    (size, width): (f32, f32),
    t: &Texts,
) -> Option<TextLine> {
    let kinds: Vec<(ItemKind, usize)> = folded.iter().copied().filter(|(_, n)| *n > 0).collect();
    if kinds.is_empty() {
        return None;
    }
    let list = |between: &str, joined: &str| {
        kinds
            .iter()
            .map(|(kind, n)| format!("{}{between}{n}", kind.symbol()))
            .collect::<Vec<_>>()
            .join(joined)
    };
    let total: usize = kinds.iter().map(|(_, n)| n).sum();
    let metrics = FontMetrics::shipped();
    let measured = |text: String| (metrics.width_em(&text, Weight::Bold) * size, text);
    let (text_width, text) = [
        fill(t.overflow_kinds, &[("list", &list(" ", " · "))]),
        fill(t.overflow_kinds, &[("list", &list("", " "))]),
        fill(t.overflow, &[("count", &total)]),
    ]
    .into_iter()
    .map(measured)
    .find(|(w, _)| *w <= width)?;
    Some(TextLine {
        top_left: PosMm::new(at.x - text_width / 2.0, at.y),
        text,
        size_mm: size,
        weight: Weight::Bold,
    })
}

/// How much larger a circle may grow on a projector.
const MOST_GROWTH: f32 = 1.35;
/// What a grown circle keeps clear of the board's edge and the boxes, in millimetres.
const GROWN_MARGIN_MM: f32 = 2.0;
/// What two grown circles keep between them: room for an arrow, its icon and a line of its
/// note where one joins them, a hair's breadth where none does.
const APART_WITH_ARROW_MM: f32 = 24.0;
const APART_MM: f32 = 4.0;

/// The board with each circle grown about its own centre into the free room around it, for
/// a projector: larger circles hold more items at the floor. Centres stay where the chair
/// put them; two circles share the room between them in proportion to their size, so they
/// never grow into each other, and none grows over a box, into `corner` or off the board.
pub(super) fn grown_into_free_room(board: &Board, corner: RectMm) -> Board {
    let boxes = [
        super::QUESTIONS_RECT,
        super::LEGEND_RECT,
        super::AGREEMENTS_RECT,
        corner,
    ];
    let joined = |a, b| {
        board
            .arrows
            .iter()
            .any(|arrow| (arrow.from, arrow.to) == (a, b) || (arrow.from, arrow.to) == (b, a))
    };
    let radii: Vec<f32> = board
        .circles
        .iter()
        .map(|circle| {
            let (c, r) = (circle.center, circle.radius_mm);
            let to_edges = [
                c.x,
                super::BOARD_WIDTH_MM - c.x,
                c.y,
                super::BOARD_HEIGHT_MM - c.y,
            ];
            let to_boxes = boxes.iter().map(|rect| {
                let dx = (rect.min.x - c.x).max(c.x - rect.max.x).max(0.0);
                let dy = (rect.min.y - c.y).max(c.y - rect.max.y).max(0.0);
                dx.hypot(dy)
            });
            let room = to_edges
                .into_iter()
                .chain(to_boxes)
                .map(|d| d - GROWN_MARGIN_MM)
                .fold(r * MOST_GROWTH, f32::min);
            let shared = board
                .circles
                .iter()
                .filter(|other| other.id != circle.id)
                .map(|other| {
                    let apart = if joined(circle.id, other.id) {
                        APART_WITH_ARROW_MM
                    } else {
                        APART_MM
                    };
                    let free = c.distance(other.center) - r - other.radius_mm - apart;
                    r + free.max(0.0) * r / (r + other.radius_mm).max(f32::EPSILON)
                })
                .fold(f32::INFINITY, f32::min);
            // A circle already in a tight spot keeps the size the chair gave it.
            room.min(shared).max(r)
        })
        .collect();
    let mut grown = board.clone();
    for (circle, radius) in grown.circles.iter_mut().zip(radii) {
        circle.radius_mm = radius;
    }
    grown
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CircleKind, Spiral};

    /// Every grown circle is on the board, off the boxes and the corner, clear of the others
    /// by what an arrow needs, and never smaller than the chair made it.
    fn assert_room_kept(before: &Board, grown: &Board, corner: RectMm) {
        for (set, circle) in before.circles.iter().zip(&grown.circles) {
            let (c, r) = (circle.center, circle.radius_mm);
            assert!(r >= set.radius_mm);
            assert!(r <= set.radius_mm * MOST_GROWTH + 1e-3);
            if r > set.radius_mm {
                assert!(c.x - r >= 0.0 && c.y - r >= 0.0);
                assert!(c.x + r <= super::super::BOARD_WIDTH_MM);
                assert!(c.y + r <= super::super::BOARD_HEIGHT_MM);
                for rect in [
                    super::super::QUESTIONS_RECT,
                    super::super::AGREEMENTS_RECT,
                    corner,
                ] {
                    let nearest = PosMm::new(
                        c.x.clamp(rect.min.x, rect.max.x),
                        c.y.clamp(rect.min.y, rect.max.y),
                    );
                    assert!(nearest.distance(c) >= r, "{circle:?} over {rect:?}");
                }
            }
            for other in grown.circles.iter().filter(|o| o.id != circle.id) {
                let was = set.center.distance(other.center)
                    - set.radius_mm
                    - before.circle(other.id).map_or(0.0, |o| o.radius_mm);
                let gap = c.distance(other.center) - r - other.radius_mm;
                assert!(gap >= was.min(APART_MM) - 1e-3, "{circle:?} into {other:?}");
            }
        }
    }

    #[test]
    fn the_method_circles_grow_into_the_room_between_them_and_keep_clear() {
        let mut board = Board::default();
        let (child, school, home) = (
            board.circles[0].id,
            board.circles[1].id,
            board.circles[2].id,
        );
        board.add_arrow(school, child, Spiral::Upward, "").unwrap();
        board.add_arrow(home, child, Spiral::Upward, "").unwrap();
        let corner = RectMm::new(250.0, 220.0, 400.0, 240.0);
        let grown = grown_into_free_room(&board, corner);
        assert_room_kept(&board, &grown, corner);
        // The child and school have room above and to the left: they grow by a tenth at least.
        assert!(grown.circles[0].radius_mm > 1.1 * 52.0, "{grown:?}");
        assert!(grown.circles[1].radius_mm > 1.1 * 52.0, "{grown:?}");
        // Home reaches into the buttons' corner already: it keeps its size.
        assert_eq!(grown.circles[2].radius_mm, 52.0);
        // Joined circles keep room for their arrow between them.
        let (c, s) = (&grown.circles[0], &grown.circles[1]);
        let between = c.center.distance(s.center) - c.radius_mm - s.radius_mm;
        assert!(between >= APART_WITH_ARROW_MM - 1e-3, "{between}");
    }

    #[test]
    fn circles_placed_close_or_over_each_other_do_not_grow_into_each_other() {
        let mut board = Board::default();
        board.add_custom_circle("Vrije tijd");
        board.add_custom_circle("Sport");
        // The chair put one over another and one near the edge.
        board.circles[3].center = PosMm::new(210.0, 70.0);
        board.circles[4].center = PosMm::new(330.0, 10.0);
        let corner = RectMm::new(400.0, 240.0, 400.0, 240.0);
        let grown = grown_into_free_room(&board, corner);
        assert_room_kept(&board, &grown, corner);
        assert_eq!(grown.circles[3].radius_mm, board.circles[3].radius_mm);
        assert_eq!(grown.circles[0].kind, CircleKind::Child);
    }
}
