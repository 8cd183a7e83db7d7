//! The A3 sheet: header, the board exactly as laid out on screen, and — when a circle or
//! box holds more than fits at the smallest type — a continuation page with the rest.

use super::flow::{Flow, Frame};
use crate::fonts::{FontMetrics, Weight};
use crate::i18n::{Texts, fill};
use crate::layout::BoardLayout;
use crate::layout::text::{TextLine, largest_fitting, line_height, wrap};
use crate::model::{Case, Meeting, PosMm};
use crate::scene::{PreparedBoard, Primitive};
use crate::theme;

/// A3 landscape.
pub const WIDTH_MM: f32 = 420.0;
pub const HEIGHT_MM: f32 = 297.0;
const MARGIN_MM: f32 = 10.0;
/// Where the board starts below the header.
const BOARD_TOP_MM: f32 = 47.0;
const CONTINUATION_COLUMNS: &[(f32, f32)] = &[(10.0, 126.0), (147.0, 126.0), (284.0, 126.0)];

/// The pages of the sheet as scenes in page millimetres.
pub fn pages(case: &Case, index: usize, meeting: &Meeting, t: &Texts) -> Vec<Vec<Primitive>> {
    let PreparedBoard {
        layout: board,
        scene,
    } = PreparedBoard::new(meeting, t);
    let mut first = Vec::new();
    let participants_left = header(&mut first, case, index, meeting, t);
    let origin = PosMm::new(MARGIN_MM, BOARD_TOP_MM);
    first.extend(scene.into_iter().map(|p| p.translated(origin)));

    let mut pages = vec![first];
    if board.overflows() || !participants_left.is_empty() {
        pages.extend(continuation(case, meeting, &board, &participants_left, t));
    }
    pages
}

/// Title, meeting and participants. Returns the participant lines that did not fit.
fn header(
    scene: &mut Vec<Primitive>,
    case: &Case,
    index: usize,
    meeting: &Meeting,
    t: &Texts,
) -> Vec<String> {
    let metrics = FontMetrics::shipped();
    let mut y = MARGIN_MM;
    let mut line = |y: &mut f32, text: String, size: f32, weight: Weight| {
        scene.push(Primitive::Text {
            line: TextLine {
                top_left: PosMm::new(MARGIN_MM, *y),
                text,
                size_mm: size,
                weight,
            },
            colour: theme::INK,
        });
        *y += line_height(size);
    };
    line(&mut y, case.child.clone(), 7.0, Weight::Bold);
    line(
        &mut y,
        super::meeting_line(case, index, meeting, t),
        4.2,
        Weight::Regular,
    );
    y += 1.0;
    let participants = super::participants_line(meeting, t);
    let width = WIDTH_MM - 2.0 * MARGIN_MM;
    let bottom = BOARD_TOP_MM - 2.0;
    let lines_at = |size| wrap(&participants, width, size, Weight::Regular, metrics);
    let size = largest_fitting(3.8, |size| {
        y + lines_at(size).len() as f32 * line_height(size) <= bottom
    });
    let lines = lines_at(size);
    let room = ((bottom - y) / line_height(size)).floor().max(0.0) as usize;
    let mut lines = lines.into_iter();
    for text in lines.by_ref().take(room) {
        line(&mut y, text, size, Weight::Regular);
    }
    lines.collect()
}

/// Everything that did not fit on the board, in full, with a note that it belongs there.
fn continuation(
    case: &Case,
    meeting: &Meeting,
    board: &BoardLayout,
    participants: &[String],
    t: &Texts,
) -> Vec<Vec<Primitive>> {
    let size = 4.0;
    let mut flow = Flow::new(Frame {
        top: 30.0,
        bottom: HEIGHT_MM - MARGIN_MM,
        columns: CONTINUATION_COLUMNS,
    });
    if !participants.is_empty() {
        flow.heading(t.participants, size * 1.2);
        flow.paragraph(&participants.join(" "), size, Weight::Regular, 0.0);
    }
    for circle in board.circles.iter().filter(|c| c.fits < c.items.len()) {
        flow.heading(&circle.title, size * 1.2);
        for item in &circle.items[circle.fits..] {
            let text = meeting.board.item(item.id).map_or("", |i| i.text.as_str());
            flow.marker_item(item.kind, text, size);
        }
    }
    for text_box in [&board.questions, &board.agreements] {
        if !text_box.continued.is_empty() {
            flow.heading(&text_box.title.text, size * 1.2);
            for entry in &text_box.continued {
                flow.bullet(entry, size);
            }
        }
    }
    let title = fill(t.sheet_continued, &[("child", &case.child)]);
    let mut pages = flow.pages;
    // The title goes on the first continuation page only, so that text running on from
    // one page to the next reads on without it in between.
    if let Some(first) = pages.first_mut() {
        first.insert(
            0,
            Primitive::Text {
                line: TextLine {
                    top_left: PosMm::new(MARGIN_MM, MARGIN_MM),
                    text: title,
                    size_mm: 6.0,
                    weight: Weight::Bold,
                },
                colour: theme::INK,
            },
        );
    }
    pages
}
