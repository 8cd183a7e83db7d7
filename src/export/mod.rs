//! Print: the A3 sheet and the agreements report as PDF, and the board as PNG. All three
//! draw the board's one [`layout`](crate::layout) through its [`scene`](crate::scene).

mod columns;
pub mod content;
mod docx;
pub use docx::check_well_formed;
mod flow;
mod job;
pub use job::{Job, Made};
mod overview;
mod pdf;
mod png;
pub mod preparation;
mod report;
mod sheet;
pub mod xml;

use std::path::Path;

use printpdf::{Mm, PdfDocument, PdfPage, PdfSaveOptions};

pub use crate::pseudonymise::{Pseudonyms, bare_name, child_initials, pseudonymise};
pub use content::{
    agreement_columns, next_meeting_text, plain_text, report as report_content, when_text,
};
pub use png::{MAX_WIDTH_PX, MIN_WIDTH_PX, board_png};

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
    #[error("the Word document could not be made: {0}")]
    Document(String),
    #[error("{}: not a place for an export ({problem:?})", path.display())]
    Target {
        path: std::path::PathBuf,
        problem: TargetProblem,
    },
}

/// Why a path may not receive an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetProblem {
    /// It is the case file itself, its backup or its lock.
    CaseFile,
    /// Its name ends as a case file's, its backup's or its lock's do.
    CaseName,
    /// Another export of the same run goes there too.
    Twice,
    /// Something that is not a regular file is there (a folder, a device, a pipe).
    NotAFile,
}

impl ExportError {
    /// A plain sentence for the user.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            Self::NoSuchMeeting(number) => fill(t.err_no_meeting, &[("number", number)]),
            Self::Font | Self::Image(_) | Self::Document(_) => {
                fill(t.err_export, &[("detail", &self.to_string())])
            }
            Self::Target { path, problem } => {
                let detail = match problem {
                    TargetProblem::CaseFile => t.err_export_onto_case.to_owned(),
                    TargetProblem::CaseName => t.err_export_case_name.to_owned(),
                    TargetProblem::Twice => t.err_export_twice.to_owned(),
                    TargetProblem::NotAFile => t.err_not_a_file.to_owned(),
                };
                format!("{}: {detail}", path.display())
            }
            // Not the case's own write error: an export leaves the case as it was.
            Self::Write { path, source } => format!(
                "{}: {}",
                path.display(),
                fill(
                    t.err_export_write,
                    &[("reason", &crate::storage::io_reason(source, t))]
                )
            ),
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

/// The caseload of `listed` on `today` as an A4 landscape PDF, for the chair's planning.
pub fn overview_pdf(
    listed: &[crate::caseload::Listed],
    today: crate::model::Date,
    pseudonymised: bool,
    t: &Texts,
) -> Result<Vec<u8>, ExportError> {
    let title = fill(
        t.overview_print_title,
        &[("today", &crate::names::date_short(today, t))],
    );
    let pages = overview::pages(listed, today, pseudonymised, t);
    pdf_document(
        &title,
        pages,
        overview::WIDTH_MM,
        overview::HEIGHT_MM,
        ExportOptions::now(),
    )
}

/// Pages as shapes in page millimetres, with the page's width and height.
pub type PageScenes = (Vec<Vec<Primitive>>, (f32, f32));

/// The pages of the A3 sheet as shapes in page millimetres, and the page's size: what the
/// PDF draws, for checks of where every text lands.
pub fn sheet_scenes(case: &Case, index: usize, t: &Texts) -> Result<PageScenes, ExportError> {
    let pages = sheet::pages(case, index, meeting(case, index)?, t);
    Ok((pages, (SHEET.width_mm, SHEET.height_mm)))
}

/// [`sheet_scenes`] for the agreements report.
pub fn report_scenes(case: &Case, index: usize, t: &Texts) -> Result<PageScenes, ExportError> {
    let pages = report::pages(case, index, meeting(case, index)?, t);
    Ok((pages, (REPORT.width_mm, REPORT.height_mm)))
}

/// The report of meeting `index` as an editable Word document, for the dossier.
pub fn report_docx(case: &Case, index: usize, t: &Texts) -> Result<Vec<u8>, ExportError> {
    let meeting = meeting(case, index)?;
    let running_head = format!(
        "{} · {}",
        case.child,
        crate::names::date_short(meeting.date, t)
    );
    docx::report_docx(&content::report(case, index, meeting, t), &running_head, t)
}

/// The report of meeting `index` as plain text, for pasting.
pub fn report_text(case: &Case, index: usize, t: &Texts) -> Result<String, ExportError> {
    let meeting = meeting(case, index)?;
    Ok(content::plain_text(&content::report(
        case, index, meeting, t,
    )))
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
            &[
                ("child", &case.child),
                ("date", &crate::names::date_short(meeting.date, t)),
            ],
        );
        let pages = (self.pages)(case, index, meeting, t);
        pdf_document(&title, pages, self.width_mm, self.height_mm, options)
    }
}

fn pdf_document(
    title: &str,
    scenes: Vec<Vec<Primitive>>,
    width_mm: f32,
    height_mm: f32,
    options: ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let mut doc = PdfDocument::new(title);
    let fonts = pdf::PdfFonts::register(&mut doc)?;
    // Each page's shapes go as soon as they are drawn: a sheet of a thousand pages does not
    // hold its shapes and its drawing at once.
    let pages = scenes
        .into_iter()
        .map(|scene| {
            let mut painter = pdf::PagePainter::new(height_mm, &fonts);
            for primitive in &scene {
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

/// Checks the paths one run of exports will write, before anything is made: none may be
/// the case file, its backup or its lock, be named like a case file, come twice, or be
/// anything but a regular file or a new name.
pub fn check_targets(case_file: Option<&Path>, targets: &[&Path]) -> Result<(), ExportError> {
    let protected: Vec<_> = case_file
        .map(|case| {
            [
                case.to_owned(),
                crate::storage::backup_path(case),
                crate::storage::CaseLock::path_for(case),
            ]
            .map(|p| canonical(&p))
            .to_vec()
        })
        .unwrap_or_default();
    let mut seen = Vec::new();
    for &target in targets {
        let refuse = |problem| ExportError::Target {
            path: target.to_owned(),
            problem,
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase());
        // Not this case's only: any case file, its backup or its lock belongs to a case.
        let case_like = |n: &str| {
            let n = n
                .strip_suffix(".bak")
                .or_else(|| n.strip_suffix(".lock"))
                .unwrap_or(n);
            crate::storage::is_case_name(n)
        };
        if name.as_deref().is_some_and(case_like) {
            return Err(refuse(TargetProblem::CaseName));
        }
        let full = canonical(target);
        if protected.contains(&full) {
            return Err(refuse(TargetProblem::CaseFile));
        }
        if seen.contains(&full) {
            return Err(refuse(TargetProblem::Twice));
        }
        seen.push(full);
        not_a_file(target).map_or(Ok(()), |()| Err(refuse(TargetProblem::NotAFile)))?;
    }
    Ok(())
}

/// `Some` when something other than a regular file is at `path` (followed through links).
fn not_a_file(path: &Path) -> Option<()> {
    let exists = std::fs::symlink_metadata(path).is_ok();
    let regular = std::fs::metadata(path).is_ok_and(|m| m.is_file());
    // A link that leads nowhere is replaced like a new name.
    let dangling = exists && std::fs::metadata(path).is_err();
    (exists && !regular && !dangling).then_some(())
}

/// The path with its folder resolved, so that two spellings of one file compare equal.
fn canonical(path: &Path) -> std::path::PathBuf {
    if let Ok(full) = dunce::canonicalize(path) {
        return full;
    }
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let folder = folder.map_or_else(|| dunce::canonicalize("."), dunce::canonicalize);
    match (folder, path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path.to_owned(),
    }
}

/// Writes an export: only over a regular file or to a new name, through a temporary file
/// and a rename, so a failed export never leaves a broken PDF with the right name. The
/// file is its owner's only when the case is `private` (protected).
pub fn write_file(path: &Path, bytes: &[u8], private: bool) -> Result<(), ExportError> {
    if not_a_file(path).is_some() {
        return Err(ExportError::Target {
            path: path.to_owned(),
            problem: TargetProblem::NotAFile,
        });
    }
    crate::storage::write_export(path, bytes, private).map_err(|source| ExportError::Write {
        path: path.to_owned(),
        source,
    })
}

/// "Meeting 2 on Tuesday 10 November 2026 · 15:00–15:45 · school, group".
pub(crate) fn meeting_line(case: &Case, index: usize, meeting: &Meeting, t: &Texts) -> String {
    let mut parts = vec![fill(
        t.meeting_entry,
        &[
            ("number", &(index + 1)),
            ("date", &crate::names::date_long(meeting.date, t)),
        ],
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
    if !meeting.chair.trim().is_empty() {
        parts.push(fill(t.chair_line, &[("chair", &meeting.chair)]));
    }
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
