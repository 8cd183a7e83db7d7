//! The A3 sheet: header, the board exactly as laid out on screen, and — when a circle or
//! box holds more than fits at the smallest type — a continuation page with the rest.

use super::flow::{Flow, Frame};
use crate::fonts::{FontMetrics, Weight};
use crate::i18n::{Texts, fill};
use crate::layout::BoardLayout;
use crate::layout::text::{MIN_TEXT_MM, TextLine, largest_fitting, line_height, wrap};
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
    let header = header_parts(case, index, meeting, t);
    let header_whole = header_ui(&mut first, &header, t);
    let origin = PosMm::new(MARGIN_MM, BOARD_TOP_MM);
    first.extend(scene.into_iter().map(|p| p.translated(origin)));

    let mut pages = vec![first];
    if board.overflows() || !header_whole {
        let header = (!header_whole).then_some(header.as_slice());
        pages.extend(continuation(case, meeting, &board, header, t));
    }
    pages
}

/// The header's texts, with their size and weight before any shrinking.
fn header_parts(
    case: &Case,
    index: usize,
    meeting: &Meeting,
    t: &Texts,
) -> Vec<(String, f32, Weight)> {
    vec![
        (case.child.clone(), 7.0, Weight::Bold),
        (
            super::meeting_line(case, index, meeting, t),
            4.2,
            Weight::Regular,
        ),
        (super::participants_line(meeting, t), 3.8, Weight::Regular),
    ]
}

/// The header in its band above the board: every part wrapped to the page's width, all
/// shrunk together until they fit. When they do not fit even at the smallest type, the
/// band shows what fits and says the rest continues; returns whether it was whole.
fn header_ui(scene: &mut Vec<Primitive>, parts: &[(String, f32, Weight)], t: &Texts) -> bool {
    let metrics = FontMetrics::shipped();
    let hyphens = crate::layout::text::Hyphenation::of(t);
    let width = WIDTH_MM - 2.0 * MARGIN_MM;
    let bottom = BOARD_TOP_MM - 2.0;
    let smallest = parts.iter().map(|p| p.1).fold(f32::MAX, f32::min);
    let lines_at = |scale: f32| -> Vec<(String, f32, Weight)> {
        parts
            .iter()
            .flat_map(|(text, size, weight)| {
                let size = size * scale;
                wrap(text, width, size, (*weight, hyphens), metrics)
                    .into_iter()
                    .map(move |line| (line, size, *weight))
            })
            .collect()
    };
    let height = |lines: &[(String, f32, Weight)]| -> f32 {
        lines.iter().map(|(_, size, _)| line_height(*size)).sum()
    };
    // Shrink by steps of the smallest part's size until it all fits or reaches the floor.
    let floor_scale = MIN_TEXT_MM / smallest;
    let scale = largest_fitting(smallest, |size| {
        height(&lines_at(size / smallest)) <= bottom - MARGIN_MM
    }) / smallest;
    let lines = lines_at(scale.max(floor_scale));
    let whole = height(&lines) <= bottom - MARGIN_MM;
    let mut y = MARGIN_MM;
    let mut shown = Vec::new();
    for (text, size, weight) in lines {
        if y + line_height(size) > bottom {
            break;
        }
        y += line_height(size);
        shown.push((text, size, weight));
    }
    if !whole && let Some(last) = shown.last_mut() {
        // The last line that fits says where the rest is.
        last.0 = t.note_continued.to_owned();
        last.2 = Weight::Bold;
    }
    let mut y = MARGIN_MM;
    for (text, size, weight) in shown {
        scene.push(Primitive::Text {
            line: TextLine {
                top_left: PosMm::new(MARGIN_MM, y),
                text,
                size_mm: size,
                weight,
            },
            colour: theme::INK,
        });
        y += line_height(size);
    }
    whole
}

/// Everything that did not fit on the sheet, in full, under the heading of where it
/// belongs: the header if it was cut, crowded circles and boxes, long arrow notes.
fn continuation(
    case: &Case,
    meeting: &Meeting,
    board: &BoardLayout,
    header: Option<&[(String, f32, Weight)]>,
    t: &Texts,
) -> Vec<Vec<Primitive>> {
    let size = 4.0;
    let mut flow = Flow::new(
        Frame {
            top: MARGIN_MM,
            bottom: HEIGHT_MM - MARGIN_MM,
            columns: CONTINUATION_COLUMNS,
        },
        crate::layout::text::Hyphenation::of(t),
    );
    // The title on the first continuation page only, so that text running on from one
    // page to the next reads on without it in between.
    let title = fill(t.sheet_continued, &[("child", &case.child)]);
    flow.paragraph(&title, 6.0, Weight::Bold, 0.0);
    if let Some(parts) = header {
        flow.heading(t.sheet_header, size * 1.2);
        for (text, _, weight) in parts {
            flow.paragraph(text, size, *weight, 0.0);
        }
    }
    for circle in board
        .circles
        .iter()
        .filter(|c| c.fits < c.items.len() || c.title_cut)
    {
        flow.heading(&circle.title, size * 1.2);
        // Looked up once per circle: one search of the board per item made a circle of a
        // thousand items cost a million steps.
        let texts: std::collections::HashMap<_, String> = meeting
            .board
            .circle(circle.id)
            .map(|c| {
                c.items
                    .iter()
                    .map(|i| (i.id, crate::names::item_with_author(i, t)))
                    .collect()
            })
            .unwrap_or_default();
        for item in &circle.items[circle.fits..] {
            let text = texts.get(&item.id).map(String::as_str).unwrap_or_default();
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
    let continued: Vec<_> = board
        .arrows
        .iter()
        .filter(|a| a.continued)
        .filter_map(|a| meeting.board.arrows.iter().find(|arrow| arrow.id == a.id))
        .collect();
    if !continued.is_empty() {
        flow.heading(t.section_interaction, size * 1.2);
        for arrow in continued {
            let line = crate::names::arrow_line(arrow, &meeting.board, t);
            flow.bullet(&line, size);
            flow.paragraph(
                &arrow.note,
                size,
                Weight::Regular,
                super::flow::BULLET_INDENT_MM,
            );
        }
    }
    flow.pages
}
