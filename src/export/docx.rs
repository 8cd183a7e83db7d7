//! The report as an editable Word document (.docx) for the pupil's dossier: the same
//! sections as the PDF, real Word headings (so it pastes into a school's template), the
//! tables as real tables, the shipped fonts named but not required.

use docx_rs::{
    AlignmentType, Docx, FieldCharType, Footer, Header, InstrNUMPAGES, InstrPAGE, InstrText,
    Paragraph, Run, RunFonts, Shading, Style, StyleType, Table as WordTable, TableCell, TableRow,
    WidthType,
};

use super::ExportError;
use super::columns::{Setting, column_widths};
use super::content::{Block, Report, Table};
use crate::i18n::Texts;
use crate::layout::text::Hyphenation;

/// The face the document asks for; Word falls back to its own where it is not installed.
pub(super) const FACE: &str = "Atkinson Hyperlegible Next";
/// Sizes in half points, as Word counts them.
const BODY_SIZE: usize = 22;
const HEADING_1_SIZE: usize = 32;
const HEADING_2_SIZE: usize = 26;
/// The width a table spans, in twentieths of a point (an A4 page's text width).
const TABLE_TWIPS: f32 = 9000.0;
/// Set in under a bullet, in twentieths of a point.
const INDENT_TWIPS: i32 = 360;
/// Millimetres per twentieth of a point, and Word's own padding of a table cell.
const MM_PER_TWIP: f32 = 25.4 / 1440.0;
const CELL_PAD_TWIPS: f32 = 108.0;
/// How much wider than our face the widest common stand-in sets the same text.
const FALLBACK_WIDER: f32 = 1.25;
/// The running head and the page numbers, in half points.
const FRAME_SIZE: usize = 18;
const MUTED: &str = "555555";

/// The report as .docx bytes, in the language of `t`, with `running_head` above every page
/// and the page numbers below, as on the PDF.
pub fn report_docx(report: &Report, running_head: &str, t: &Texts) -> Result<Vec<u8>, ExportError> {
    let fonts = RunFonts::new().ascii(FACE).hi_ansi(FACE).cs(FACE);
    let hyphens = Hyphenation::of(t);
    let mut docx = Docx::new()
        .default_fonts(fonts)
        .default_size(BODY_SIZE)
        .add_style(heading_style("Heading1", "heading 1", HEADING_1_SIZE, 1))
        .add_style(heading_style("Heading2", "heading 2", HEADING_2_SIZE, 2))
        .header(Header::new().add_paragraph(Paragraph::new().add_run(framing(running_head))))
        .footer(Footer::new().add_paragraph(page_numbers(t)));
    docx = docx.add_paragraph(
        Paragraph::new()
            .style("Heading1")
            .keep_next(true)
            .add_run(Run::new().add_text(&report.title)),
    );
    for line in &report.intro {
        docx = docx.add_paragraph(text(line));
    }
    for section in &report.sections {
        // A heading stays with what follows it, as in the PDF.
        docx = docx.add_paragraph(
            Paragraph::new()
                .style("Heading2")
                .keep_next(true)
                .keep_lines(true)
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
                    .add_table(word_table(table, hyphens))
                    .add_paragraph(Paragraph::new()),
            };
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.pack(&mut bytes)
        .map_err(|error| ExportError::Document(error.to_string()))?;
    let bytes = word_settings(&bytes.into_inner(), t.language_tag)?;
    // Read back before it is called done: Word refuses a document that is not well-formed.
    check_well_formed(&bytes)?;
    Ok(bytes)
}

/// Small muted text for the running head and the page numbers.
fn framing(text: &str) -> Run {
    words(text).size(FRAME_SIZE).color(MUTED)
}

/// "pagina 2 van 3" as Word fields, which Word fills in on every page.
fn page_numbers(t: &Texts) -> Paragraph {
    let field = |instr: InstrText| {
        Run::new()
            .size(FRAME_SIZE)
            .color(MUTED)
            .add_field_char(FieldCharType::Begin, false)
            .add_instr_text(instr)
            .add_field_char(FieldCharType::Separate, false)
            .add_text("1")
            .add_field_char(FieldCharType::End, false)
    };
    let mut paragraph = Paragraph::new().align(AlignmentType::Right);
    let mut rest = t.page_number;
    while !rest.is_empty() {
        let next = [("{page}", 0), ("{pages}", 1)]
            .into_iter()
            .filter_map(|(hole, kind)| rest.find(hole).map(|at| (at, hole, kind)))
            .min();
        let Some((at, hole, kind)) = next else {
            paragraph = paragraph.add_run(framing(rest));
            break;
        };
        if at > 0 {
            paragraph = paragraph.add_run(framing(&rest[..at]));
        }
        paragraph = paragraph.add_run(if kind == 0 {
            field(InstrText::PAGE(InstrPAGE::new()))
        } else {
            field(InstrText::NUMPAGES(InstrNUMPAGES::new()))
        });
        rest = &rest[at + hole.len()..];
    }
    paragraph
}

/// What docx-rs cannot say, written into its parts: the document's language on its default
/// style (so Word checks the spelling of the right language and can hyphenate), automatic
/// hyphenation on, and each table's first row repeated as its header on a new page.
fn word_settings(bytes: &[u8], language: &str) -> Result<Vec<u8>, ExportError> {
    use std::io::{Read as _, Write as _};
    let broken = |detail: String| ExportError::Document(detail);
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| broken(e.to_string()))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(|e| broken(e.to_string()))?;
        let name = part.name().to_owned();
        let mut content = Vec::new();
        part.read_to_end(&mut content)
            .map_err(|e| broken(format!("{name}: {e}")))?;
        let content = match name.as_str() {
            "word/styles.xml" => with_language(&content, language),
            "word/settings.xml" => with_hyphenation(&content),
            "word/document.xml" => with_header_rows(&content),
            _ => content,
        };
        out.start_file(name.as_str(), options)
            .map_err(|e| broken(format!("{name}: {e}")))?;
        out.write_all(&content)
            .map_err(|e| broken(format!("{name}: {e}")))?;
    }
    let written = out.finish().map_err(|e| broken(e.to_string()))?;
    Ok(written.into_inner())
}

/// `xml` with `insert` put right after the first `after` (and the XML unchanged when there
/// is none: a document without the setting is still a document).
fn inserted(xml: &[u8], after: &str, insert: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    match text.find(after) {
        Some(at) => {
            let at = at + after.len();
            format!("{}{insert}{}", &text[..at], &text[at..]).into_bytes()
        }
        None => xml.to_vec(),
    }
}

fn with_language(styles: &[u8], language: &str) -> Vec<u8> {
    inserted(
        styles,
        "<w:rPrDefault><w:rPr>",
        &format!(r#"<w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="ar-SA" />"#),
    )
}

fn with_hyphenation(settings: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(settings);
    // After the default tab stop, where Word's schema has it.
    let after = match text.find("<w:defaultTabStop") {
        Some(at) => text[at..]
            .find("/>")
            .map(|end| text[..at + end + 2].to_owned()),
        None => None,
    };
    match after {
        Some(head) => inserted(settings, &head, r#"<w:autoHyphenation w:val="true" />"#),
        None => settings.to_vec(),
    }
}

fn with_header_rows(document: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(document)
        .replace(
            "</w:tblGrid><w:tr><w:trPr>",
            "</w:tblGrid><w:tr><w:trPr><w:tblHeader />",
        )
        .into_bytes()
}

pub(super) fn heading_style(id: &str, name: &str, size: usize, level: usize) -> Style {
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
pub(super) fn words(text: &str) -> Run {
    Run::new().add_text(crate::model::clean_text(text))
}

fn word_table(table: &Table, hyphens: Hyphenation) -> WordTable {
    // Word sets the table in its body size, with its own padding in each cell; where our
    // face is not installed a wider one stands in (LibreOffice's DejaVu Sans), so a column
    // is measured a quarter wider than our face needs.
    let setting = Setting {
        room_mm: TABLE_TWIPS * MM_PER_TWIP,
        size_mm: BODY_SIZE as f32 / 2.0 * 25.4 / 72.0 * FALLBACK_WIDER,
        pad_mm: CELL_PAD_TWIPS * MM_PER_TWIP,
        hyphens,
    };
    let widths = column_widths(table, setting, crate::fonts::FontMetrics::shipped());
    let twips: Vec<usize> = widths.iter().map(|w| (w / MM_PER_TWIP) as usize).collect();
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
    )
    .cant_split();
    let mut rows = vec![header];
    for row in &table.rows {
        rows.push(
            TableRow::new(
                row.iter()
                    .enumerate()
                    .zip(&twips)
                    .map(|((column, text), width)| cell(text, *width, table.bold.contains(&column)))
                    .collect(),
            )
            .cant_split(),
        );
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
        super::xml::parse(&xml).map_err(|e| broken(format!("{name}: {e}")))?;
    }
    Ok(())
}
