//! A preparation sheet as an editable Word document: what the meeting is about, then each
//! part's questions as the rows of a table whose right cells are left empty to answer in.
//! Tables are what every editor keeps (Word, LibreOffice, Google Docs) and what a pen on
//! paper understands.

use docx_rs::{
    Docx, HeightRule, Paragraph, Run, RunFonts, Shading, Table, TableCell, TableRow, WidthType,
};

use super::super::ExportError;
use super::super::docx::{FACE, check_well_formed, heading_style, words};
use super::{Form, SheetFor, parts, sheet_reference};
use crate::i18n::{Texts, fill};
use crate::model::Case;

/// Sizes in half points; the child's sheet is set larger.
const BODY_SIZE: usize = 22;
const CHILD_SIZE: usize = 28;
/// The question's column and the answer's, in twentieths of a point (an A4 text width).
const QUESTION_TWIPS: usize = 3400;
const ANSWER_TWIPS: usize = 5600;
/// The least height of an answer's cell, in twentieths of a point: room for a few lines
/// by hand; the room to draw in is a good part of a page.
const ANSWER_HEIGHT: f32 = 1100.0;
const DRAW_HEIGHT: f32 = 5200.0;

/// The sheet for `whom` of meeting `index` of `case`, in the language of `t`.
pub fn preparation_docx(
    case: &Case,
    index: usize,
    whom: SheetFor,
    t: &Texts,
) -> Result<Vec<u8>, ExportError> {
    let meeting = case
        .meetings
        .get(index)
        .ok_or(ExportError::NoSuchMeeting(index))?;
    let form = Form::of(whom, meeting).ok_or(ExportError::NoSuchMeeting(index))?;
    // Whoever fills in the referral writes their own name.
    let name = match whom {
        SheetFor::Participant(at) => meeting
            .participants
            .get(at)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        // The child reads its own name, not the note that it is a pseudonym.
        SheetFor::Child => crate::export::bare_name(&case.child),
        SheetFor::Referral => String::new(),
    };
    let size = if form == Form::Child {
        CHILD_SIZE
    } else {
        BODY_SIZE
    };
    let fonts = RunFonts::new().ascii(FACE).hi_ansi(FACE).cs(FACE);
    let (title, intro) = match form {
        Form::Adult(_) => (fill(t.prep_title, &[("child", &case.child)]), t.prep_intro),
        Form::Child => (t.prep_child_title.to_owned(), t.prep_child_intro),
        Form::Referral => (
            fill(t.referral_title, &[("child", &case.child)]),
            t.referral_intro,
        ),
    };
    let mut docx = Docx::new()
        .default_fonts(fonts)
        .default_size(size)
        .add_style(heading_style("Heading1", "heading 1", size + 10, 1))
        .add_style(heading_style("Heading2", "heading 2", size + 4, 2))
        .add_paragraph(
            Paragraph::new()
                .style("Heading1")
                .keep_next(true)
                .add_run(words(&title)),
        )
        .add_paragraph(Paragraph::new().add_run(words(t.prep_one_per_line).bold()))
        .add_paragraph(Paragraph::new().add_run(words(t.prep_ask_example)))
        .add_paragraph(Paragraph::new().add_run(words(intro)));

    // What the sheet is about, and the reference that brings it back to this case.
    // The child's sheet speaks to the child: whose sheet it is and why we talk, in words
    // of its own; the meeting's aim, in the chair's words, is for the adults' sheets.
    let mut about = if form == Form::Child {
        vec![
            (t.prep_row_child_sheet, name),
            (t.prep_row_meeting, crate::names::date_long(meeting.date, t)),
            (t.prep_row_child_why, t.prep_child_why.to_owned()),
        ]
    } else {
        vec![
            (t.prep_row_child, case.child.clone()),
            (t.prep_row_meeting, crate::names::date_long(meeting.date, t)),
            (t.prep_row_for, name),
        ]
    };
    if form != Form::Child && !meeting.intended_outcome.trim().is_empty() {
        about.push((
            t.prep_row_purpose,
            meeting.intended_outcome.trim().to_owned(),
        ));
    }
    about.push((t.prep_row_key, sheet_reference(case, meeting, whom)));
    let rows = about
        .iter()
        .map(|(label, value)| {
            TableRow::new(vec![
                label_cell(label),
                TableCell::new()
                    .width(ANSWER_TWIPS, WidthType::Dxa)
                    .add_paragraph(Paragraph::new().add_run(words(value))),
            ])
        })
        .collect();
    docx = with_table(docx, t.prep_about, rows);

    for part in parts(form, t) {
        let rows = part
            .rows
            .iter()
            .map(|(question, _)| {
                let height = if *question == t.prep_child_draw {
                    DRAW_HEIGHT
                } else {
                    ANSWER_HEIGHT
                };
                TableRow::new(vec![
                    label_cell(question),
                    TableCell::new()
                        .width(ANSWER_TWIPS, WidthType::Dxa)
                        .add_paragraph(Paragraph::new()),
                ])
                .row_height(height)
                .height_rule(HeightRule::AtLeast)
                .cant_split()
            })
            .collect();
        docx = with_table(docx, &part.heading, rows);
    }

    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.pack(&mut bytes)
        .map_err(|error| ExportError::Document(error.to_string()))?;
    let bytes = bytes.into_inner();
    check_well_formed(&bytes)?;
    Ok(bytes)
}

/// `docx` with a part: its heading, kept with the table of its rows, and room after.
fn with_table(docx: Docx, heading: &str, rows: Vec<TableRow>) -> Docx {
    docx.add_paragraph(
        Paragraph::new()
            .style("Heading2")
            .keep_next(true)
            .add_run(words(heading)),
    )
    .add_table(Table::new(rows).set_grid(vec![QUESTION_TWIPS, ANSWER_TWIPS]))
    .add_paragraph(Paragraph::new())
}

/// The left cell of a row: what is asked, on a light ground.
fn label_cell(text: &str) -> TableCell {
    TableCell::new()
        .width(QUESTION_TWIPS, WidthType::Dxa)
        .shading(Shading::new().fill("F2F2F2"))
        .add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(crate::model::clean_text(text))),
        )
}
