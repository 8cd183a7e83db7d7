//! Print: the A3 sheet and the agreements report as PDF, and the board as PNG. All three
//! draw the board's one [`layout`](crate::layout) through its [`scene`](crate::scene).

mod flow;
mod pdf;
mod png;
mod pseudonymise;
mod report;
mod sheet;

use std::path::Path;

use printpdf::{Mm, PdfDocument, PdfPage, PdfSaveOptions};

pub use png::board_png;
pub use pseudonymise::pseudonymise;
pub use report::agreement_columns;

use crate::i18n::{Texts, fill};
use crate::model::{Case, Meeting, Participant};
use crate::scene::Primitive;

/// Why an export did not work.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the case has no meeting {0}")]
    NoSuchMeeting(usize),
    #[error("a shipped font could not be read")]
    Font,
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("the PNG could not be made: {0}")]
    Image(String),
}

impl ExportError {
    /// A plain sentence for the user.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            Self::NoSuchMeeting(number) => fill(t.err_no_meeting, &[("number", number)]),
            Self::Font | Self::Image(_) => fill(t.err_export, &[("detail", &self.to_string())]),
            Self::Write { path, source } => {
                let error = crate::storage::StorageError::Write {
                    path: path.clone(),
                    source: std::io::Error::new(source.kind(), source.to_string()),
                };
                error.message(t)
            }
        }
    }
}

/// What goes into the PDF's metadata besides the title.
#[derive(Clone, Copy, Debug)]
pub struct ExportOptions {
    /// The creation date written into the PDF.
    pub created: jiff::Timestamp,
}

impl ExportOptions {
    pub fn now() -> Self {
        Self {
            created: jiff::Timestamp::now(),
        }
    }
}

fn meeting(case: &Case, index: usize) -> Result<&Meeting, ExportError> {
    case.meetings
        .get(index)
        .ok_or(ExportError::NoSuchMeeting(index + 1))
}

/// The A3 sheet of meeting `index` as PDF bytes.
pub fn sheet_pdf(
    case: &Case,
    index: usize,
    t: &Texts,
    options: ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    SHEET.pdf(case, index, t, options)
}

/// The agreements report of meeting `index` as PDF bytes.
pub fn report_pdf(
    case: &Case,
    index: usize,
    t: &Texts,
    options: ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    REPORT.pdf(case, index, t, options)
}

const SHEET: Paper = Paper {
    title: |t| t.sheet_doc_title,
    width_mm: sheet::WIDTH_MM,
    height_mm: sheet::HEIGHT_MM,
    pages: sheet::pages,
};

const REPORT: Paper = Paper {
    title: |t| t.report_doc_title,
    width_mm: report::WIDTH_MM,
    height_mm: report::HEIGHT_MM,
    pages: report::pages,
};

/// One kind of printed document: its title, page size, and how its pages are made.
struct Paper {
    title: fn(&Texts) -> &'static str,
    width_mm: f32,
    height_mm: f32,
    pages: fn(&Case, usize, &Meeting, &Texts) -> Vec<Vec<Primitive>>,
}

impl Paper {
    fn pdf(
        &self,
        case: &Case,
        index: usize,
        t: &Texts,
        options: ExportOptions,
    ) -> Result<Vec<u8>, ExportError> {
        let meeting = meeting(case, index)?;
        let title = fill(
            (self.title)(t),
            &[("child", &case.child), ("date", &meeting.date)],
        );
        let pages = (self.pages)(case, index, meeting, t);
        pdf_document(&title, &pages, self.width_mm, self.height_mm, options)
    }
}

fn pdf_document(
    title: &str,
    scenes: &[Vec<Primitive>],
    width_mm: f32,
    height_mm: f32,
    options: ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let mut doc = PdfDocument::new(title);
    let fonts = pdf::PdfFonts::register(&mut doc)?;
    let pages = scenes
        .iter()
        .map(|scene| {
            let mut painter = pdf::PagePainter::new(height_mm, &fonts);
            for primitive in scene {
                painter.primitive(primitive);
            }
            PdfPage::new(Mm(width_mm), Mm(height_mm), painter.ops)
        })
        .collect();
    let created = printpdf::OffsetDateTime::from_unix_timestamp(options.created.as_second())
        .unwrap_or_else(|_| printpdf::OffsetDateTime::now());
    let info = &mut doc.metadata.info;
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    info.creator = "Uitzicht".to_owned();
    info.producer = "Uitzicht".to_owned();
    let save = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    Ok(doc.with_pages(pages).save(&save, &mut warnings))
}

/// Writes an export next to nothing else: through a temporary file and a rename, so a
/// failed export never leaves a broken PDF with the right name.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::storage::write_atomically(path, bytes).map_err(|source| ExportError::Write {
        path: path.to_owned(),
        source,
    })
}

/// "Meeting 2 on 2026-11-10 · 15:00–15:45 · school, group".
pub(crate) fn meeting_line(case: &Case, index: usize, meeting: &Meeting, t: &Texts) -> String {
    let mut parts = vec![fill(
        t.meeting_entry,
        &[("number", &(index + 1)), ("date", &meeting.date)],
    )];
    if let (Some(start), Some(end)) = (meeting.start, meeting.planned_end) {
        parts.push(format!(
            "{}–{}",
            start.strftime("%H:%M"),
            end.strftime("%H:%M")
        ));
    }
    parts.extend(
        [&case.school, &case.group]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .cloned(),
    );
    parts.join(" · ")
}

/// "Name (role, organisation)", marked when absent.
pub(crate) fn participant_text(participant: &Participant, t: &Texts) -> String {
    let mut details: Vec<&str> = [participant.role.as_str(), participant.organisation.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !participant.present {
        details.push(t.absent);
    }
    if details.is_empty() {
        participant.name.clone()
    } else {
        format!("{} ({})", participant.name, details.join(", "))
    }
}

/// All participants on one line, for the sheet's header.
pub(crate) fn participants_line(meeting: &Meeting, t: &Texts) -> String {
    let names: Vec<String> = meeting
        .participants
        .iter()
        .map(|p| participant_text(p, t))
        .collect();
    if names.is_empty() {
        return String::new();
    }
    format!("{}: {}", t.participants, names.join(" · "))
}
