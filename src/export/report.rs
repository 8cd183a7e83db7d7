//! The agreements report: A4 portrait, flowing over as many pages as it needs, with the
//! case and date on every page and page numbers.

use super::columns::{Setting, column_widths};
use super::content::{self, Block, Table};
use super::flow::{BULLET_INDENT_MM, CELL_PAD_MM, Cell, Flow, Frame};
use crate::fonts::Weight;
use crate::i18n::{Texts, fill};
use crate::layout::TextLine;
use crate::model::{Case, Meeting, PosMm};
use crate::scene::{Dash, Primitive};
use crate::theme;

/// A4 portrait.
pub const WIDTH_MM: f32 = 210.0;
pub const HEIGHT_MM: f32 = 297.0;
pub(super) const MARGIN_MM: f32 = 18.0;
const COLUMNS: &[(f32, f32)] = &[(MARGIN_MM, WIDTH_MM - 2.0 * MARGIN_MM)];
pub(super) const TEXT_MM: f32 = 3.7;
const HEADING_MM: f32 = 5.0;
pub(super) const TITLE_MM: f32 = 7.0;
/// The running head and the page number.
const HEAD_MM: f32 = 3.0;
const TABLE_MM: f32 = 3.3;

/// The pages of the report as scenes in page millimetres.
pub fn pages(case: &Case, index: usize, meeting: &Meeting, t: &Texts) -> Vec<Vec<Primitive>> {
    let report = content::report(case, index, meeting, t);
    let mut flow = Flow::new(
        Frame {
            top: 32.0,
            bottom: HEIGHT_MM - 20.0,
            columns: COLUMNS,
        },
        crate::layout::text::Hyphenation::of(t),
    );
    flow.paragraph(&report.title, TITLE_MM, Weight::Bold, 0.0);
    for line in &report.intro {
        flow.paragraph(line, TEXT_MM, Weight::Regular, 0.0);
    }
    for section in &report.sections {
        flow.heading(&section.heading, HEADING_MM);
        for block in &section.blocks {
            match block {
                Block::Text(text) => flow.paragraph(text, TEXT_MM, Weight::Regular, 0.0),
                Block::Bullet(text) => flow.bullet(text, TEXT_MM),
                Block::Detail(text) => {
                    flow.paragraph(text, TEXT_MM, Weight::Regular, BULLET_INDENT_MM);
                }
                Block::Table(table) => table_rows(&mut flow, table),
            }
        }
    }

    let mut pages = flow.pages;
    let count = pages.len();
    // The running head keeps to one line: the child's name shortened if need be (it stands
    // whole on the sheet), the date always.
    let date = format!(" · {}", crate::names::date_short(meeting.date, t));
    let metrics = crate::fonts::FontMetrics::shipped();
    let date_width = metrics.width_em(&date, Weight::Regular) * HEAD_MM;
    let running_head = format!(
        "{}{date}",
        fit_line(
            &case.child,
            WIDTH_MM - 2.0 * MARGIN_MM - date_width,
            HEAD_MM
        )
    );
    for (number, page) in pages.iter_mut().enumerate() {
        page_frame(
            page,
            &running_head,
            (number + 1, count),
            (WIDTH_MM, HEIGHT_MM),
            t,
        );
    }
    pages
}

/// A table: its header in bold (again where it runs on to a new page), then its rows,
/// shaded by turns, in columns sized by what they hold.
pub(super) fn table_rows(flow: &mut Flow, table: &Table) {
    let setting = Setting {
        room_mm: flow.width(),
        size_mm: TABLE_MM,
        pad_mm: CELL_PAD_MM,
        hyphens: flow.hyphens(),
    };
    let widths = column_widths(table, setting, crate::fonts::FontMetrics::shipped());
    let header: Vec<Cell<'_>> = (table.header.iter())
        .map(|text| Cell {
            text,
            weight: Weight::Bold,
        })
        .collect();
    flow.space(1.0);
    flow.start_table(&header, &widths, TABLE_MM);
    for (i, row) in table.rows.iter().enumerate() {
        let cells: Vec<Cell<'_>> = row
            .iter()
            .enumerate()
            .map(|(column, text)| Cell {
                text,
                weight: if table.bold.contains(&column) {
                    Weight::Bold
                } else {
                    Weight::Regular
                },
            })
            .collect();
        flow.row(&cells, &widths, TABLE_MM, i % 2 == 1);
    }
    flow.end_table();
}

/// The running head and the page number, on a page `width` by `height` millimetres.
pub(super) fn page_frame(
    page: &mut Vec<Primitive>,
    head: &str,
    (number, count): (usize, usize),
    (width, height): (f32, f32),
    t: &Texts,
) {
    let small = HEAD_MM;
    let line = |x: f32, y: f32, text: String| Primitive::Text {
        line: TextLine {
            top_left: PosMm::new(x, y),
            text,
            size_mm: small,
            weight: Weight::Regular,
        },
        colour: theme::MUTED,
    };
    page.push(line(MARGIN_MM, 12.0, head.to_owned()));
    page.push(Primitive::Line {
        from: PosMm::new(MARGIN_MM, 17.0),
        to: PosMm::new(width - MARGIN_MM, 17.0),
        width_mm: 0.2,
        dash: Dash::Solid,
        colour: theme::MUTED,
    });
    let number = fill(t.page_number, &[("page", &number), ("pages", &count)]);
    page.push(line(MARGIN_MM, height - 13.0, number));
}

/// `text` as it fits on one line `width` millimetres wide in type `size`, ending in "…"
/// when it had to be shortened.
pub(super) fn fit_line(text: &str, width: f32, size: f32) -> String {
    let metrics = crate::fonts::FontMetrics::shipped();
    let fits = |s: &str| metrics.width_em(s, Weight::Regular) * size <= width;
    if fits(text) {
        return text.to_owned();
    }
    let mut shortened: String = text.to_owned();
    while !shortened.is_empty() && !fits(&format!("{shortened}…")) {
        shortened.pop();
    }
    format!("{}…", shortened.trim_end())
}
