//! The caseload printed for the chair's planning: A4 landscape, one row per case, the most
//! urgent first, flowing over as many pages as it needs.

use super::content::Table;
use super::flow::{Flow, Frame};
use super::report::{MARGIN_MM, TEXT_MM, TITLE_MM, page_frame, table_rows};
use crate::caseload::{Due, Listed, state_text};
use crate::fonts::Weight;
use crate::i18n::{Texts, fill};
use crate::model::Date;
use crate::names::date_short;
use crate::scene::Primitive;

/// A4 landscape.
pub const WIDTH_MM: f32 = 297.0;
pub const HEIGHT_MM: f32 = 210.0;
const COLUMNS: &[(f32, f32)] = &[(MARGIN_MM, WIDTH_MM - 2.0 * MARGIN_MM)];

/// The pages of the overview of `listed` on `today` as scenes in page millimetres.
pub fn pages(
    listed: &[Listed],
    today: Date,
    pseudonymised: bool,
    t: &Texts,
) -> Vec<Vec<Primitive>> {
    let mut flow = Flow::new(
        Frame {
            top: 24.0,
            bottom: HEIGHT_MM - 18.0,
            columns: COLUMNS,
        },
        crate::layout::text::Hyphenation::of(t),
    );
    let title = fill(t.overview_print_title, &[("today", &date_short(today, t))]);
    flow.paragraph(&title, TITLE_MM, Weight::Bold, 0.0);
    if pseudonymised {
        flow.paragraph(t.pseudonymised, TEXT_MM, Weight::Regular, 0.0);
    }
    table_rows(&mut flow, &table(listed, t));
    let mut pages = flow.pages;
    let count = pages.len();
    let head = fill(t.overview_print_title, &[("today", &date_short(today, t))]);
    for (number, page) in pages.iter_mut().enumerate() {
        page_frame(page, &head, (number + 1, count), (WIDTH_MM, HEIGHT_MM), t);
    }
    pages
}

/// One row per file: the case, its meetings, what runs late and what is due soon.
fn table(listed: &[Listed], t: &Texts) -> Table {
    let dues = |list: &[Due]| {
        list.iter()
            .map(|d| format!("{} {}: {}", date_short(d.due, t), d.who, d.what))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let rows = listed
        .iter()
        .map(|one| {
            let name = one
                .file
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let Some(summary) = &one.summary else {
                return vec![
                    name,
                    String::new(),
                    String::new(),
                    state_text(&one.state, t),
                    String::new(),
                    String::new(),
                ];
            };
            let mut case = summary.child.clone();
            if !summary.group.is_empty() {
                case.push_str(&format!("\n{}", summary.group));
            }
            let next = summary.next_meeting.as_ref().map_or_else(String::new, |p| {
                let mut text = date_short(p.date, t);
                if let Some(start) = p.start {
                    text.push_str(&format!(" {}", start.strftime("%H:%M")));
                }
                if !p.place.is_empty() {
                    text.push_str(&format!("\n{}", p.place));
                }
                text
            });
            let mut notes: Vec<String> = summary
                .decisions_waiting
                .iter()
                .map(|q| format!("{} {q}", t.overview_decision))
                .collect();
            notes.extend(
                summary
                    .retention_due
                    .map(|d| fill(t.overview_retention_print, &[("date", &date_short(d, t))])),
            );
            let state = state_text(&one.state, t);
            if !state.is_empty() {
                notes.push(state);
            }
            vec![
                case,
                summary
                    .last_meeting
                    .map_or_else(String::new, |d| date_short(d, t)),
                next,
                dues(&summary.overdue),
                dues(&summary.due_soon),
                notes.join("\n"),
            ]
        })
        .collect();
    Table {
        header: vec![
            t.overview_col_case.to_owned(),
            t.overview_col_last.to_owned(),
            t.overview_col_next.to_owned(),
            t.overview_overdue.to_owned(),
            t.overview_due_soon.to_owned(),
            t.overview_col_notes.to_owned(),
        ],
        rows,
        widths: vec![0.16, 0.09, 0.13, 0.22, 0.22, 0.18],
        bold: vec![0],
    }
}
