//! The report as an editable Word document (.docx) for the pupil's dossier: the same
//! sections as the PDF, real Word headings (so it pastes into a school's template), the
//! tables as real tables, the shipped fonts named but not required.

use docx_rs::{
    Docx, Paragraph, Run, RunFonts, Shading, Style, StyleType, Table as WordTable, TableCell,
    TableRow, WidthType,
};

use super::ExportError;
use super::content::{Block, Report, Table};

/// The face the document asks for; Word falls back to its own where it is not installed.
const FACE: &str = "Atkinson Hyperlegible Next";
/// Sizes in half points, as Word counts them.
const BODY_SIZE: usize = 22;
const HEADING_1_SIZE: usize = 32;
const HEADING_2_SIZE: usize = 26;
/// The width a table spans, in twentieths of a point (an A4 page's text width).
const TABLE_TWIPS: f32 = 9000.0;
/// Set in under a bullet, in twentieths of a point.
const INDENT_TWIPS: i32 = 360;

/// The report as .docx bytes.
pub fn report_docx(report: &Report) -> Result<Vec<u8>, ExportError> {
    let fonts = RunFonts::new().ascii(FACE).hi_ansi(FACE).cs(FACE);
    let mut docx = Docx::new()
        .default_fonts(fonts)
        .default_size(BODY_SIZE)
        .add_style(heading_style("Heading1", "heading 1", HEADING_1_SIZE, 1))
        .add_style(heading_style("Heading2", "heading 2", HEADING_2_SIZE, 2));
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Heading1")
            .add_run(Run::new().add_text(&report.title)),
    );
    for line in &report.intro {
        docx = docx.add_paragraph(text(line));
    }
    for section in &report.sections {
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Heading2")
                .add_run(words(&section.heading)),
        );
        for block in &section.blocks {
            docx = match block {
                Block::Text(line) => docx.add_paragraph(text(line)),
                Block::Bullet(line) => docx.add_paragraph(text(&format!("• {line}")).indent(
                    Some(INDENT_TWIPS),
                    None,
                    None,
                    None,
                )),
                Block::Detail(line) => {
                    docx.add_paragraph(text(line).indent(Some(2 * INDENT_TWIPS), None, None, None))
                }
                Block::Table(table) => docx
                    .add_table(word_table(table))
                    .add_paragraph(Paragraph::new()),
            };
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.pack(&mut bytes)
        .map_err(|error| ExportError::Document(error.to_string()))?;
    let bytes = bytes.into_inner();
    // Read back before it is called done: Word refuses a document that is not well-formed.
    check_well_formed(&bytes)?;
    Ok(bytes)
}

fn heading_style(id: &str, name: &str, size: usize, level: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .bold()
        .size(size)
        // Word's own outline level: the headings show in the navigation pane and a TOC.
        .outline_lvl(level - 1)
}

fn text(line: &str) -> Paragraph {
    Paragraph::new().add_run(words(line))
}

/// A run of text, cleaned again of what XML cannot hold: whatever got into the case past
/// the cleaning where text enters must not make the document unreadable.
fn words(text: &str) -> Run {
    Run::new().add_text(crate::model::clean_text(text))
}

fn word_table(table: &Table) -> WordTable {
    let total: f32 = table.widths.iter().sum::<f32>().max(f32::EPSILON);
    let twips: Vec<usize> = table
        .widths
        .iter()
        .map(|w| (w / total * TABLE_TWIPS) as usize)
        .collect();
    let cell = |text: &str, width: usize, bold: bool| {
        let mut run = words(text);
        if bold {
            run = run.bold();
        }
        TableCell::new()
            .width(width, WidthType::Dxa)
            .add_paragraph(Paragraph::new().add_run(run))
    };
    let header = TableRow::new(
        table
            .header
            .iter()
            .zip(&twips)
            .map(|(text, width)| cell(text, *width, true).shading(Shading::new().fill("EEEEEE")))
            .collect(),
    );
    let mut rows = vec![header];
    for row in &table.rows {
        rows.push(TableRow::new(
            row.iter()
                .enumerate()
                .zip(&twips)
                .map(|((column, text), width)| cell(text, *width, table.bold.contains(&column)))
                .collect(),
        ));
    }
    WordTable::new(rows).set_grid(twips)
}

/// Opens every XML part of a Word document and parses it strictly, as Word does: a
/// character XML cannot hold, or a broken part, is an error here rather than in Word.
pub fn check_well_formed(bytes: &[u8]) -> Result<(), ExportError> {
    use std::io::Read as _;
    let broken = |detail: String| ExportError::Document(detail);
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| broken(e.to_string()))?;
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(|e| broken(e.to_string()))?;
        let name = part.name().to_owned();
        if !(name.ends_with(".xml") || name.ends_with(".rels")) {
            continue;
        }
        let mut xml = String::new();
        part.read_to_string(&mut xml)
            .map_err(|e| broken(format!("{name}: {e}")))?;
        roxmltree::Document::parse(&xml).map_err(|e| broken(format!("{name}: {e}")))?;
    }
    Ok(())
}
