//! The board's geometry in millimetres: where each circle, item line, arrow and box goes.
//! The canvas and the PDF both draw this one layout, so screen and print agree.
//!
//! Text is wrapped with the shipped fonts' own advances ([`FontMetrics`]), and a crowded
//! circle or box shrinks its type down to a floor. Nothing is left out: what does not fit
//! at the floor is still laid out below, and marked as overflowing.
//!
//! `text.rs` measures text for everyone (board, sheet, report); `circles.rs`, `boxes.rs`,
//! `arrows.rs` and `legend.rs` lay out what their names say.

mod arrows;
mod boxes;
mod circles;
mod legend;
pub mod text;

use crate::fonts::FontMetrics;
use crate::i18n::{Texts, fill};
use crate::model::{
    Agreement, ArrowId, CircleId, CircleKind, ItemId, ItemKind, Meeting, PosMm, Question, Spiral,
};

pub use crate::model::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM};
use arrows::arrow_layouts;
use boxes::box_layout;
pub use circles::item_board_text;
use circles::{circle_layout, grown_into_free_room};
use legend::legend_layout;
pub use text::{Hyphenation, MIN_TEXT_MM, TextLine, wrap};

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
const BOX_TEXT_MM: f32 = 4.8;
const NOTE_TEXT_MM: f32 = 4.4;
const NOTE_WIDTH_MM: f32 = 42.0;
const PADDING_MM: f32 = 3.0;
/// The most lines a circle's title takes.
const MAX_TITLE_LINES: usize = 2;

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

    pub(super) fn shrink(&self, by: f32) -> Self {
        Self::new(
            self.min.x + by,
            self.min.y + by,
            self.max.x - by,
            self.max.y - by,
        )
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
    /// True when some circle, box or arrow note holds more than fits at the smallest type.
    pub fn overflows(&self) -> bool {
        self.circles.iter().any(|c| c.overflows)
            || self.questions.overflows
            || self.agreements.overflows
            || self.arrows.iter().any(|a| a.continued)
            || self.circles.iter().any(|c| c.title_cut)
    }
}

/// A circle with its title and items.
#[derive(Clone, Debug, PartialEq)]
pub struct CircleLayout {
    pub id: CircleId,
    pub kind: CircleKind,
    pub center: PosMm,
    /// The radius drawn: on a projector grown into the room around the circle.
    pub radius_mm: f32,
    /// The radius the chair gave the circle, which resizing changes.
    pub set_radius_mm: f32,
    pub title: String,
    pub title_lines: Vec<TextLine>,
    /// The title was too long for the circle: it is whole on the continuation page.
    pub title_cut: bool,
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
    /// A goal builds on it, or changes it (step 3 of the method).
    pub mark: Option<crate::model::ItemMark>,
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
    /// The note was too long to stand whole beside the arrow: it continues elsewhere.
    pub continued: bool,
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
    /// How an item a goal builds on, or changes, is underlined.
    pub marks: Vec<(crate::model::ItemMark, PosMm, PosMm, TextLine)>,
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

/// Box 1's entries.
pub fn question_entries(meeting: &Meeting, t: &Texts) -> Vec<String> {
    meeting
        .questions
        .iter()
        .map(|q| question_text(q, t))
        .collect()
}

/// Box 5's entries: what runs from now on (closed agreements are in the report's review).
pub fn agreement_entries(meeting: &Meeting, t: &Texts) -> Vec<String> {
    meeting
        .agreements
        .iter()
        .filter(|a| a.is_running())
        .map(|a| agreement_text(a, t))
        .collect()
}

/// For whom the board is laid out: paper and the laptop, or a projector read from the back
/// of the room.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutOptions {
    /// No text is smaller than this, in board millimetres.
    pub floor_mm: f32,
    /// On a projector the legend shows only the markers, and a crowded circle shows of each
    /// kind its starred items or first three, folding the rest per kind ("− 2 meer").
    pub projector: bool,
    /// The corner at the board's foot on the right kept free for the buttons a screen puts
    /// there: box 5 ends above it and no circle grows into it, so no button covers text.
    pub corner: RectMm,
}

/// How much of a projector's foot its buttons and page number take, in multiples of the
/// floor.
pub const PROJECTOR_FOOT_FLOORS: f32 = 3.5;
/// How wide a projector's three buttons in the corner are, in multiples of the floor (their
/// labels take about 22 ems in Dutch and in English, with room around each).
const PROJECTOR_CORNER_FLOORS: f32 = 27.0;

impl LayoutOptions {
    /// The A3 sheet, the PNG and the laptop's board.
    pub const PRINT: Self = Self {
        floor_mm: MIN_TEXT_MM,
        projector: false,
        corner: RectMm::new(
            BOARD_WIDTH_MM,
            BOARD_HEIGHT_MM,
            BOARD_WIDTH_MM,
            BOARD_HEIGHT_MM,
        ),
    };

    /// A projector on which no text may be smaller than `floor_mm` on the board.
    pub fn projector(floor_mm: f32) -> Self {
        let floor_mm = floor_mm.max(MIN_TEXT_MM);
        Self {
            floor_mm,
            projector: true,
            corner: RectMm::new(
                BOARD_WIDTH_MM - floor_mm * PROJECTOR_CORNER_FLOORS,
                BOARD_HEIGHT_MM - floor_mm * PROJECTOR_FOOT_FLOORS,
                BOARD_WIDTH_MM,
                BOARD_HEIGHT_MM,
            ),
        }
    }
}

/// Lays out the board of `meeting` for paper and the laptop.
pub fn board_layout(meeting: &Meeting, t: &Texts) -> BoardLayout {
    board_layout_with(meeting, t, LayoutOptions::PRINT)
}

/// Lays out the board of `meeting` as `options` ask.
pub fn board_layout_with(meeting: &Meeting, t: &Texts, options: LayoutOptions) -> BoardLayout {
    let floor = options.floor_mm;
    let metrics = FontMetrics::shipped();
    // A projector's circles take the room around them; paper keeps the chair's sizes.
    let grown;
    let board = if options.projector {
        grown = grown_into_free_room(&meeting.board, options.corner);
        &grown
    } else {
        &meeting.board
    };
    let circles = board
        .circles
        .iter()
        .zip(&meeting.board.circles)
        .map(|(circle, set)| {
            let mut layout = circle_layout(circle, t, options, metrics);
            layout.set_radius_mm = set.radius_mm;
            for item in &mut layout.items {
                item.mark = meeting.item_mark(item.id);
            }
            layout
        })
        .collect();

    let questions = question_entries(meeting, t);
    let agreements = agreement_entries(meeting, t);

    BoardLayout {
        circles,
        arrows: arrow_layouts(board, (t, metrics), options),
        questions: box_layout(
            QUESTIONS_RECT,
            &format!("1. {}", t.box_questions),
            &questions,
            (t, floor),
            metrics,
        ),
        agreements: box_layout(
            RectMm {
                max: PosMm::new(
                    AGREEMENTS_RECT.max.x,
                    options.corner.min.y.max(AGREEMENTS_RECT.height() / 2.0),
                ),
                ..AGREEMENTS_RECT
            },
            &format!("5. {}", t.box_agreements),
            &agreements,
            (t, floor),
            metrics,
        ),
        legend: legend_layout(t, options.projector.then_some(floor)),
    }
}

#[cfg(test)]
mod tests {
    use super::text::{SHRINK_STEP_MM, largest_fitting};
    use super::*;
    use crate::fonts::Weight;
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
        let regular = (Weight::Regular, Hyphenation::Dutch);
        let lines = wrap(text, 40.0, 4.0, regular, metrics);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(
                metrics.width_em(line, Weight::Regular) * 4.0 <= 40.0 + 0.01,
                "{line}"
            );
        }
        // Nothing is lost; what is added are the hyphens of words broken across lines.
        assert_eq!(words(&lines.concat()).replace('-', ""), words(text));
        assert_eq!(wrap("a\nb", 100.0, 4.0, regular, metrics), ["a", "b"]);
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
    fn on_an_overflowing_board_the_starred_items_stay_and_the_rest_continues() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 1, 1));
        meeting.board = Board::default();
        let school = meeting.board.circles[1].id;
        for i in 0..40 {
            meeting.board.add_item(
                school,
                ItemKind::Question,
                &format!("vraag nummer {i} van vele"),
            );
        }
        // Typed last, starred: the most important thing must be on the sheet.
        let starred = meeting
            .board
            .add_item(school, ItemKind::Question, "de belangrijkste vraag")
            .unwrap();
        meeting.board.apply(crate::model::BoardEdit::SetTopThree {
            item: starred,
            top_three: true,
        });
        let layout = board_layout(&meeting, &NL);
        let circle = &layout.circles[1];
        assert!(circle.overflows);
        let shown: Vec<ItemId> = circle.items[..circle.fits].iter().map(|i| i.id).collect();
        assert_eq!(shown.first(), Some(&starred));
        assert_eq!(circle.items.len(), 41, "nothing dropped");
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
