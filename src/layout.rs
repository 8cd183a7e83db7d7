//! The board's geometry in millimetres: where each circle, item line, arrow and box goes.
//! The canvas and the PDF both draw this one layout, so screen and print agree.
//!
//! Text is wrapped with the shipped fonts' own advances ([`FontMetrics`]), and a crowded
//! circle or box shrinks its type down to a floor. Nothing is left out: what does not fit
//! at the floor is still laid out below, and marked as overflowing.

use crate::fonts::{FontMetrics, Weight};
use crate::i18n::{Texts, fill};
use crate::model::{
    Agreement, ArrowId, CircleId, CircleKind, Item, ItemId, ItemKind, Meeting, PosMm, Question,
    Spiral,
};

pub use crate::model::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM};

/// Box 1, questions of those present: the left column above the legend.
pub const QUESTIONS_RECT: RectMm = RectMm::new(0.0, 0.0, 66.0, 172.0);
/// The legend: the left column below box 1.
pub const LEGEND_RECT: RectMm = RectMm::new(0.0, 178.0, 66.0, BOARD_HEIGHT_MM);
/// Box 5, agreements: the right column.
pub const AGREEMENTS_RECT: RectMm = RectMm::new(334.0, 0.0, BOARD_WIDTH_MM, BOARD_HEIGHT_MM);

/// Type size of items in a method circle (52 mm radius); larger circles scale with radius.
const ITEM_SIZE_PER_RADIUS: f32 = 5.0 / 52.0;
/// Items start no smaller than this: on a projector at 1080p, with the board filling the
/// screen (4.5 px/mm), 4.8 mm is 1/50 of the screen height. Only a crowded circle shrinks.
const START_TEXT_MM: f32 = 4.8;
/// The smallest item type that still reads on an A3 sheet held at arm's length.
pub const MIN_TEXT_MM: f32 = 2.6;
const BOX_TEXT_MM: f32 = 4.8;
const NOTE_TEXT_MM: f32 = 4.4;
const NOTE_WIDTH_MM: f32 = 42.0;
const LINE_HEIGHT: f32 = 1.22;
const SHRINK_STEP_MM: f32 = 0.2;
const PADDING_MM: f32 = 3.0;

/// A rectangle on the board, in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RectMm {
    pub min: PosMm,
    pub max: PosMm,
}

impl RectMm {
    pub const fn new(x0: f32, y0: f32, x1: f32, y1: f32) -> Self {
        Self {
            min: PosMm::new(x0, y0),
            max: PosMm::new(x1, y1),
        }
    }

    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    fn shrink(&self, by: f32) -> Self {
        Self::new(
            self.min.x + by,
            self.min.y + by,
            self.max.x - by,
            self.max.y - by,
        )
    }
}

/// One line of text: its top-left corner, type size (the em) and weight.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    pub top_left: PosMm,
    pub text: String,
    pub size_mm: f32,
    pub weight: Weight,
}

impl TextLine {
    /// Where the baseline runs, for renderers that place text by baseline (PDF).
    pub fn baseline_y(&self) -> f32 {
        self.top_left.y + self.size_mm * FontMetrics::shipped().ascent_em()
    }
}

/// The whole board of one meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardLayout {
    pub circles: Vec<CircleLayout>,
    pub arrows: Vec<ArrowLayout>,
    pub questions: BoxLayout,
    pub agreements: BoxLayout,
    pub legend: LegendLayout,
}

impl BoardLayout {
    /// True when some circle or box holds more than fits at the smallest type.
    pub fn overflows(&self) -> bool {
        self.circles.iter().any(|c| c.overflows)
            || self.questions.overflows
            || self.agreements.overflows
    }
}

/// A circle with its title and items.
#[derive(Clone, Debug, PartialEq)]
pub struct CircleLayout {
    pub id: CircleId,
    pub kind: CircleKind,
    pub center: PosMm,
    pub radius_mm: f32,
    pub title: String,
    pub title_lines: Vec<TextLine>,
    pub items: Vec<ItemLayout>,
    /// The type size the items got after shrinking to fit.
    pub item_size_mm: f32,
    /// Kinds with more than the method's three, and how many there are.
    pub over_three: Vec<(ItemKind, usize)>,
    /// How many items fit in the circle; the rest continue on the next sheet.
    pub fits: usize,
    pub overflows: bool,
    /// "+3 more", at the foot of the circle, when not all items fit.
    pub overflow_note: Option<TextLine>,
    /// "− 4 of 3": the kinds with more than the method's three, at the foot of the circle.
    pub count_note: Option<TextLine>,
}

/// One item: its marker disk and its wrapped lines.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemLayout {
    pub id: ItemId,
    pub kind: ItemKind,
    pub top_three: bool,
    /// From the previous meeting and not yet confirmed: drawn muted.
    pub carried: bool,
    pub marker_center: PosMm,
    pub marker_radius_mm: f32,
    pub lines: Vec<TextLine>,
    /// The area the item takes, for hit-testing and highlighting.
    pub bounds: RectMm,
}

/// An arrow between two circles, clipped at their edges, with its icon and note.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrowLayout {
    pub id: ArrowId,
    pub spiral: Spiral,
    pub start: PosMm,
    pub end: PosMm,
    pub icon_center: PosMm,
    pub icon_radius_mm: f32,
    pub note_lines: Vec<TextLine>,
}

/// Box 1 or box 5: a titled rectangle of wrapped entries.
#[derive(Clone, Debug, PartialEq)]
pub struct BoxLayout {
    pub rect: RectMm,
    pub title: TextLine,
    pub lines: Vec<TextLine>,
    /// How many lines fit in the box: whole entries only.
    pub fits: usize,
    /// The entries that did not fit, in full, to continue on the next sheet.
    pub continued: Vec<String>,
    pub overflows: bool,
    pub overflow_note: Option<TextLine>,
}

/// The legend: each marker and each spiral with its meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendLayout {
    pub rect: RectMm,
    pub title: TextLine,
    pub markers: Vec<(ItemKind, PosMm, f32, TextLine)>,
    pub spirals: Vec<(Spiral, PosMm, PosMm, TextLine)>,
}

/// The title of a circle as the sheet shows it: the method's number and name, or the
/// participants' own title.
pub fn circle_title(kind: &CircleKind, t: &Texts) -> String {
    match kind {
        CircleKind::Child => format!("2. {}", t.circle_child),
        CircleKind::School => format!("3. {}", t.circle_school),
        CircleKind::Home => format!("4. {}", t.circle_home),
        CircleKind::Custom(title) => title.clone(),
    }
}

pub fn kind_name(kind: ItemKind, t: &Texts) -> &'static str {
    match kind {
        ItemKind::GoingWell => t.kind_going_well,
        ItemKind::MustImprove => t.kind_must_improve,
        ItemKind::Goal => t.kind_goal,
        ItemKind::Question => t.kind_question,
    }
}

pub fn spiral_name(spiral: Spiral, t: &Texts) -> &'static str {
    match spiral {
        Spiral::Upward => t.spiral_upward,
        Spiral::Downward => t.spiral_downward,
        Spiral::Unknown => t.spiral_unknown,
    }
}

/// Box 1's entry for a question.
pub fn question_text(question: &Question, t: &Texts) -> String {
    let mut text = if question.asked_by.trim().is_empty() {
        question.question.clone()
    } else {
        fill(
            t.question_line,
            &[
                ("who", &question.asked_by),
                ("question", &question.question),
            ],
        )
    };
    if question.decision_needed {
        text.push(' ');
        text.push_str(t.decision_needed);
    }
    text
}

/// Box 5's entry for an agreement: who does what, and when.
pub fn agreement_text(agreement: &Agreement, t: &Texts) -> String {
    let mut text = if agreement.who.trim().is_empty() {
        agreement.what.clone()
    } else {
        fill(
            t.agreement_line,
            &[("who", &agreement.who), ("what", &agreement.what)],
        )
    };
    if !agreement.when.trim().is_empty() {
        text.push_str(" — ");
        text.push_str(&agreement.when);
    }
    text
}

/// Lays out the board of `meeting`.
pub fn board_layout(meeting: &Meeting, t: &Texts) -> BoardLayout {
    let metrics = FontMetrics::shipped();
    let circles = meeting
        .board
        .circles
        .iter()
        .map(|circle| {
            let title = circle_title(&circle.kind, t);
            let r = circle.radius_mm;
            let c = circle.center;
            let base = (r * ITEM_SIZE_PER_RADIUS).max(START_TEXT_MM);
            let title_size = base * 1.15;
            let title_width = 1.3 * r;
            let title_lines = wrap(&title, title_width, title_size, Weight::Bold, metrics);
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
            let (item_size_mm, items, overflows) = fit_items(&circle.items, content, base, metrics);
            let fits = items
                .iter()
                .take_while(|item| item.bounds.max.y <= content.max.y + 0.5)
                .count();
            let overflow_note = overflow_note(
                items.len() - fits,
                PosMm::new(c.x, c.y + 0.74 * r),
                item_size_mm,
                t,
            );
            let over_three: Vec<(ItemKind, usize)> = ItemKind::ALL
                .iter()
                .map(|kind| (*kind, circle.count_of(*kind)))
                .filter(|(_, count)| *count > 3)
                .collect();
            let count_note =
                count_note(&over_three, PosMm::new(c.x, c.y + 0.84 * r), base * 0.8, t);
            CircleLayout {
                id: circle.id,
                kind: circle.kind.clone(),
                center: c,
                radius_mm: r,
                title,
                title_lines,
                items,
                item_size_mm,
                over_three,
                fits,
                overflows,
                overflow_note,
                count_note,
            }
        })
        .collect();

    let questions: Vec<String> = meeting
        .questions
        .iter()
        .map(|q| question_text(q, t))
        .collect();
    let agreements: Vec<String> = meeting
        .agreements
        .iter()
        .map(|a| agreement_text(a, t))
        .collect();

    BoardLayout {
        circles,
        arrows: arrow_layouts(meeting, metrics),
        questions: box_layout(
            QUESTIONS_RECT,
            &format!("1. {}", t.box_questions),
            &questions,
            t,
            metrics,
        ),
        agreements: box_layout(
            AGREEMENTS_RECT,
            &format!("5. {}", t.box_agreements),
            &agreements,
            t,
            metrics,
        ),
        legend: legend_layout(t),
    }
}

fn fit_items(
    entries: &[Item],
    content: RectMm,
    base: f32,
    metrics: &FontMetrics,
) -> (f32, Vec<ItemLayout>, bool) {
    let fits = |size: f32| place_items(entries, content, size, metrics).1 <= content.max.y;
    let size = largest_fitting(base, fits);
    let (items, bottom) = place_items(entries, content, size, metrics);
    (size, items, bottom > content.max.y)
}

/// The largest type size from `base` down to [`MIN_TEXT_MM`], in steps of
/// [`SHRINK_STEP_MM`], for which `fits` holds; the floor if none does. Fewer lines never
/// need more room, so halving the range finds it in a few tries.
fn largest_fitting(base: f32, fits: impl Fn(f32) -> bool) -> f32 {
    if base <= MIN_TEXT_MM || fits(base) {
        return base.max(MIN_TEXT_MM);
    }
    // Steps below `base`: step n is `base - n * SHRINK_STEP_MM`.
    let size_at = |step: u32| (base - step as f32 * SHRINK_STEP_MM).max(MIN_TEXT_MM);
    let floor = ((base - MIN_TEXT_MM) / SHRINK_STEP_MM).ceil() as u32;
    let (mut too_big, mut small) = (0, floor);
    if !fits(size_at(small)) {
        return MIN_TEXT_MM;
    }
    while small - too_big > 1 {
        let middle = (too_big + small) / 2;
        if fits(size_at(middle)) {
            small = middle;
        } else {
            too_big = middle;
        }
    }
    size_at(small)
}

fn place_items(
    entries: &[Item],
    content: RectMm,
    size: f32,
    metrics: &FontMetrics,
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
            Weight::Regular,
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

fn box_layout(
    rect: RectMm,
    title: &str,
    entries: &[String],
    t: &Texts,
    metrics: &FontMetrics,
) -> BoxLayout {
    let inner = rect.shrink(PADDING_MM);
    let title_size = BOX_TEXT_MM * 1.15;
    let title_line = TextLine {
        top_left: inner.min,
        text: title.to_owned(),
        size_mm: title_size,
        weight: Weight::Bold,
    };
    let top = inner.min.y + title_size * LINE_HEIGHT + 1.5;
    let mut size = BOX_TEXT_MM;
    loop {
        let mut lines = Vec::new();
        // Where each entry's lines end, so that an entry is shown whole or continued whole.
        let mut entry_ends = Vec::with_capacity(entries.len());
        let mut y = top;
        for entry in entries {
            let wrapped = wrap(entry, inner.width(), size, Weight::Regular, metrics);
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
        if all_fit || size <= MIN_TEXT_MM {
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
        size = (size - SHRINK_STEP_MM).max(MIN_TEXT_MM);
    }
}

/// "− 4 of 3 · ? 5 of 3", centred on `at`; `None` when every kind keeps to three.
fn count_note(
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
fn overflow_note(count: usize, at: PosMm, size: f32, t: &Texts) -> Option<TextLine> {
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

fn legend_layout(t: &Texts) -> LegendLayout {
    let rect = LEGEND_RECT;
    let inner = rect.shrink(PADDING_MM);
    let size = 4.0;
    let row = size * 1.4;
    let title = TextLine {
        top_left: inner.min,
        text: t.legend.to_owned(),
        size_mm: size * 1.1,
        weight: Weight::Bold,
    };
    let mut y = inner.min.y + row * 1.2;
    let label = |x: f32, y: f32, text: &str| TextLine {
        top_left: PosMm::new(x, y),
        text: text.to_owned(),
        size_mm: size,
        weight: Weight::Regular,
    };
    let mut markers = Vec::new();
    for kind in ItemKind::ALL {
        let radius = size * 0.5;
        markers.push((
            kind,
            PosMm::new(inner.min.x + radius, y + size * LINE_HEIGHT / 2.0),
            radius,
            label(inner.min.x + size * 1.4, y, kind_name(kind, t)),
        ));
        y += row;
    }
    let mut spirals = Vec::new();
    for spiral in Spiral::ALL {
        let mid = y + size * LINE_HEIGHT / 2.0;
        spirals.push((
            spiral,
            PosMm::new(inner.min.x, mid),
            PosMm::new(inner.min.x + 10.0, mid),
            label(inner.min.x + 12.0, y, spiral_name(spiral, t)),
        ));
        y += row;
    }
    LegendLayout {
        rect,
        title,
        markers,
        spirals,
    }
}

fn arrow_layouts(meeting: &Meeting, metrics: &FontMetrics) -> Vec<ArrowLayout> {
    let board = &meeting.board;
    board
        .arrows
        .iter()
        .filter_map(|arrow| {
            let from = board.circle(arrow.from)?;
            let to = board.circle(arrow.to)?;
            let (dx, dy) = (to.center.x - from.center.x, to.center.y - from.center.y);
            let length = dx.hypot(dy);
            if length <= from.radius_mm + to.radius_mm || length == 0.0 {
                return None;
            }
            let (ux, uy) = (dx / length, dy / length);
            // Two arrows between the same pair run side by side instead of on top.
            let has_reverse = board
                .arrows
                .iter()
                .any(|other| other.from == arrow.to && other.to == arrow.from);
            let offset = if has_reverse { 3.5 } else { 0.0 };
            let (nx, ny) = (-uy * offset, ux * offset);
            let gap = 1.5;
            let start = PosMm::new(
                from.center.x + ux * (from.radius_mm + gap) + nx,
                from.center.y + uy * (from.radius_mm + gap) + ny,
            );
            let end = PosMm::new(
                to.center.x - ux * (to.radius_mm + gap) + nx,
                to.center.y - uy * (to.radius_mm + gap) + ny,
            );
            let icon_center = PosMm::new((start.x + end.x) / 2.0, (start.y + end.y) / 2.0);
            let icon_radius_mm = 3.0;
            // The note sits beside the arrow, on the side its offset points to.
            let side = if offset > 0.0 { 1.0 } else { -1.0 };
            let (px, py) = (-uy * side, ux * side);
            let wrapped = wrap(
                &arrow.note,
                NOTE_WIDTH_MM,
                NOTE_TEXT_MM,
                Weight::Regular,
                metrics,
            );
            let height = wrapped.len() as f32 * NOTE_TEXT_MM * LINE_HEIGHT;
            let away = icon_radius_mm + 1.5;
            let anchor = PosMm::new(icon_center.x + px * away, icon_center.y + py * away);
            // Grow the note away from the arrow: upwards when the side points up.
            let top = if py < -0.3 {
                anchor.y - height
            } else if py > 0.3 {
                anchor.y
            } else {
                anchor.y - height / 2.0
            };
            let align = if px > 0.3 {
                Align::Left
            } else if px < -0.3 {
                Align::Right
            } else {
                Align::Center
            };
            let note_lines = place_lines(
                &wrapped,
                PosMm::new(anchor.x, top),
                NOTE_TEXT_MM,
                Weight::Regular,
                align,
                metrics,
            );
            Some(ArrowLayout {
                id: arrow.id,
                spiral: arrow.spiral,
                start,
                end,
                icon_center,
                icon_radius_mm,
                note_lines,
            })
        })
        .collect()
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Center,
    Right,
}

fn place_lines(
    lines: &[String],
    anchor: PosMm,
    size: f32,
    weight: Weight,
    align: Align,
    metrics: &FontMetrics,
) -> Vec<TextLine> {
    lines
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let width = metrics.width_em(text, weight) * size;
            let x = match align {
                Align::Left => anchor.x,
                Align::Center => anchor.x - width / 2.0,
                Align::Right => anchor.x - width,
            };
            TextLine {
                top_left: PosMm::new(x, anchor.y + i as f32 * size * LINE_HEIGHT),
                text: text.clone(),
                size_mm: size,
                weight,
            }
        })
        .collect()
}

/// Breaks `text` into lines no wider than `width_mm`, at spaces where it can and inside a
/// word where it must. Line breaks in the text are kept; no character is dropped but the
/// spaces where a line breaks.
pub fn wrap(
    text: &str,
    width_mm: f32,
    size_mm: f32,
    weight: Weight,
    metrics: &FontMetrics,
) -> Vec<String> {
    // Widths are summed word by word rather than measuring each candidate line again.
    let width_em = width_mm / size_mm;
    let space = metrics.width_em(" ", weight);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_em = 0.0;
        for word in paragraph.split_whitespace() {
            let word_em = metrics.width_em(word, weight);
            if line.is_empty() && word_em <= width_em {
                line.push_str(word);
                line_em = word_em;
                continue;
            }
            if !line.is_empty() && line_em + space + word_em <= width_em {
                line.push(' ');
                line.push_str(word);
                line_em += space + word_em;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_em = 0.0;
            }
            if word_em <= width_em {
                line.push_str(word);
                line_em = word_em;
                continue;
            }
            // A word wider than the line is split where it must be.
            for ch in word.chars() {
                let mut buffer = [0u8; 4];
                let ch_em = metrics.width_em(ch.encode_utf8(&mut buffer), weight);
                if line_em + ch_em > width_em && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_em = 0.0;
                }
                line.push(ch);
                line_em += ch_em;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::NL;
    use crate::model::{Board, Spiral};

    fn words(text: &str) -> String {
        text.split_whitespace().collect::<String>()
    }

    #[test]
    fn wrapping_keeps_every_character_and_respects_the_width() {
        let metrics = FontMetrics::shipped();
        let text = "Lotte leest graag voor aan de groep, maar schrijven kost haar moeite. \
                    Eenlangwoordzonderspatiesdatnietopeenregelpastwantdatkanniet ☺ ĳs";
        let lines = wrap(text, 40.0, 4.0, Weight::Regular, metrics);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(
                metrics.width_em(line, Weight::Regular) * 4.0 <= 40.0 + 0.01,
                "{line}"
            );
        }
        assert_eq!(words(&lines.concat()), words(text));
        assert_eq!(
            wrap("a\nb", 100.0, 4.0, Weight::Regular, metrics),
            ["a", "b"]
        );
    }

    #[test]
    fn the_largest_fitting_size_is_found_as_a_linear_search_would() {
        for threshold in [5.5, 5.0, 4.95, 3.7, 2.9, 2.61, 2.5] {
            let found = largest_fitting(5.0, |size| size <= threshold);
            let mut linear = 5.0_f32;
            while linear > threshold && linear > MIN_TEXT_MM {
                linear = (linear - SHRINK_STEP_MM).max(MIN_TEXT_MM);
            }
            assert!(
                (found - linear).abs() < 1e-4,
                "{threshold}: {found} vs {linear}"
            );
        }
    }

    #[test]
    fn a_crowded_circle_shrinks_to_the_floor_and_then_overflows_without_dropping() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 1, 1));
        meeting.board = Board::default();
        let school = meeting.board.circles[1].id;
        meeting.board.add_item(school, ItemKind::GoingWell, "kort");
        let roomy = board_layout(&meeting, &NL);
        let base = roomy.circles[1].item_size_mm;
        assert!(!roomy.overflows());

        for i in 0..8 {
            meeting.board.add_item(
                school,
                ItemKind::MustImprove,
                &format!("nog een punt nummer {i} dat wat langer is"),
            );
        }
        let shrunk = board_layout(&meeting, &NL);
        assert!(shrunk.circles[1].item_size_mm < base);

        for i in 0..30 {
            meeting
                .board
                .add_item(school, ItemKind::Question, &format!("vraag {i}"));
        }
        let crowded = board_layout(&meeting, &NL);
        let circle = &crowded.circles[1];
        assert!((circle.item_size_mm - MIN_TEXT_MM).abs() < 1e-3);
        assert!(circle.overflows && crowded.overflows());
        assert_eq!(circle.items.len(), 39);
        assert_eq!(
            circle.over_three,
            vec![(ItemKind::MustImprove, 8), (ItemKind::Question, 30)]
        );
    }

    #[test]
    fn items_stay_inside_their_circle_when_they_fit() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 1, 1));
        let child = meeting.board.circles[0].id;
        for kind in ItemKind::ALL {
            meeting
                .board
                .add_item(child, kind, "leest graag informatieve boeken over dieren");
        }
        let layout = board_layout(&meeting, &NL);
        let circle = &layout.circles[0];
        assert!(!circle.overflows);
        for item in &circle.items {
            for corner in [
                item.bounds.min,
                item.bounds.max,
                PosMm::new(item.bounds.min.x, item.bounds.max.y),
            ] {
                assert!(
                    corner.distance(circle.center) < circle.radius_mm,
                    "{corner:?}"
                );
            }
        }
    }

    #[test]
    fn arrows_run_between_circle_edges_and_pairs_sit_side_by_side() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 1, 1));
        let [a, b] = [meeting.board.circles[1].id, meeting.board.circles[2].id];
        meeting
            .board
            .add_arrow(a, b, Spiral::Downward, "minder contact");
        meeting.board.add_arrow(b, a, Spiral::Upward, "");
        let layout = board_layout(&meeting, &NL);
        assert_eq!(layout.arrows.len(), 2);
        let school = &layout.circles[1];
        let there = &layout.arrows[0];
        let back = &layout.arrows[1];
        assert!(there.start.distance(school.center) > school.radius_mm);
        assert!((there.start.y - back.end.y).abs() > 5.0);
        assert_eq!(there.note_lines.len(), 1);
    }
}
