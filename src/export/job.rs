//! A document to make, told as data. The desktop makes it at once; a page hands the text of
//! it to its second program, which only a first print or export loads
//! (`src/documents_main.rs`): the PDF, PNG and Word writers were a third of what every visit
//! to the page downloaded, and many meetings print nothing.

use serde::{Deserialize, Serialize};

use super::ExportOptions;
use super::preparation::SheetFor;
use crate::caseload::Listed;
use crate::i18n::Lang;
use crate::model::{Case, Date};

/// What is made of one meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Made {
    /// The A3 sheet of the board (PDF).
    Sheet,
    /// The agreements report (PDF).
    Report,
    /// The board as an image this many pixels wide (PNG).
    Png { width: u32 },
    /// The report as an editable Word document.
    Docx,
    /// A preparation sheet to fill in (Word).
    Preparation(SheetFor),
}

/// One document to make, with all it is made of.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// Of meeting `meeting` of `case` (already pseudonymised where that was asked).
    Meeting {
        made: Made,
        case: Case,
        meeting: usize,
        lang: Lang,
        /// The creation time written into a PDF.
        created: jiff::Timestamp,
    },
    /// The caseload's print of what is listed, on `today`.
    Caseload {
        listed: Vec<Listed>,
        today: Date,
        pseudonymised: bool,
        lang: Lang,
    },
}

impl Job {
    /// The document's bytes, or why not in the job's language.
    pub fn make(&self) -> Result<Vec<u8>, String> {
        match self {
            Self::Meeting {
                made,
                case,
                meeting,
                lang,
                created,
            } => {
                let (t, index) = (lang.texts(), *meeting);
                let options = ExportOptions { created: *created };
                match *made {
                    Made::Sheet => super::sheet_pdf(case, index, t, options),
                    Made::Report => super::report_pdf(case, index, t, options),
                    Made::Png { width } => super::board_png(case, index, width, t),
                    Made::Docx => super::report_docx(case, index, t),
                    Made::Preparation(whom) => {
                        super::preparation::preparation_docx(case, index, whom, t)
                    }
                }
                .map_err(|error| error.message(t))
            }
            Self::Caseload {
                listed,
                today,
                pseudonymised,
                lang,
            } => {
                let t = lang.texts();
                super::overview_pdf(listed, *today, *pseudonymised, t)
                    .map_err(|error| error.message(t))
            }
        }
    }

    /// The job as text, for the page's other program.
    pub fn to_text(&self) -> Result<String, String> {
        ron::to_string(self).map_err(|error| error.to_string())
    }

    /// A job from [`Self::to_text`]; both programs are built from the same source, so a
    /// failure here is a fault of the app, said as such.
    pub fn from_text(text: &str) -> Result<Self, String> {
        ron::from_str(text).map_err(|error| {
            let t = Lang::default().texts();
            crate::i18n::fill(t.err_export, &[("detail", &error)])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::caseload::{FileState, Listed};

    fn example() -> Case {
        let text = include_str!("../../examples/voorbeeld.uitzicht");
        crate::storage::parse(text, std::path::Path::new("voorbeeld.uitzicht"))
            .expect("the example reads")
            .case
    }

    /// What the page's second program receives is what the app asked for, to the letter:
    /// every kind of document, and a caseload with a row in every state a file can be in.
    #[test]
    fn a_job_reads_back_as_it_was_written() {
        let created = jiff::Timestamp::from_second(1_790_000_000).expect("a time");
        let kinds = [
            Made::Sheet,
            Made::Report,
            Made::Png { width: 1600 },
            Made::Docx,
            Made::Preparation(SheetFor::Participant(1)),
            Made::Preparation(SheetFor::Child),
        ];
        for made in kinds {
            let job = Job::Meeting {
                made,
                case: example(),
                meeting: 1,
                lang: Lang::En,
                created,
            };
            let text = job.to_text().expect("a job as text");
            assert_eq!(Job::from_text(&text), Ok(job));
        }
        let today = Date::constant(2026, 12, 7);
        // What the JSON table leaves out the print does not use either: the agreements' ids
        // and the names behind a pseudonymised row (the rows come renamed).
        let mut summary = crate::caseload::CaseSummary::of(&example(), today, None, 12);
        summary.pseudonyms = crate::pseudonymise::Pseudonyms::default();
        for due in [
            &mut summary.overdue,
            &mut summary.due_soon,
            &mut summary.due_later,
        ] {
            due.iter_mut().for_each(|due| due.id = 0);
        }
        assert!(!summary.due_later.is_empty() || !summary.overdue.is_empty());
        let row = |state| Listed {
            file: "casussen/daan.uitzicht".into(),
            state,
            summary: Some(summary.clone()),
            open_by: None,
        };
        let job = Job::Caseload {
            listed: vec![
                row(FileState::Ok),
                row(FileState::Newer { version: 9 }),
                row(FileState::Protected),
                row(FileState::Unreadable {
                    reason: "kapot".to_owned(),
                }),
            ],
            today,
            pseudonymised: true,
            lang: Lang::Nl,
        };
        let text = job.to_text().expect("a job as text");
        assert_eq!(Job::from_text(&text), Ok(job));
    }

    #[test]
    fn a_garbled_job_is_refused_in_words() {
        let said = Job::from_text("Meeting(made: Sheet").expect_err("refused");
        assert!(said.starts_with("exporteren lukte niet"), "{said}");
    }

    /// The paper sizes of a PDF's pages, in points.
    fn page_sizes(pdf: &[u8]) -> Vec<Vec<f32>> {
        let doc = lopdf::Document::load_mem(pdf).expect("a PDF");
        doc.page_iter()
            .map(|id| {
                let page = doc.get_dictionary(id).expect("a page");
                let media = page.get(b"MediaBox").and_then(|m| m.as_array());
                let media = media.expect("its size");
                media.iter().map(|n| n.as_float().unwrap_or(-1.0)).collect()
            })
            .collect()
    }

    #[test]
    fn a_job_makes_the_document_it_asks_for() {
        let sheet = Job::Meeting {
            made: Made::Sheet,
            case: example(),
            meeting: 0,
            lang: Lang::Nl,
            created: jiff::Timestamp::UNIX_EPOCH,
        };
        let a3 = vec![0.0, 0.0, 1190.55, 841.89];
        let sizes = page_sizes(&sheet.make().expect("the sheet"));
        assert_eq!(sizes.len(), 1);
        assert!(
            sizes[0].iter().zip(&a3).all(|(a, b)| (a - b).abs() < 1.0),
            "{sizes:?}"
        );
        let caseload = Job::Caseload {
            listed: Vec::new(),
            today: Date::constant(2026, 12, 7),
            pseudonymised: false,
            lang: Lang::En,
        };
        let sizes = page_sizes(&caseload.make().expect("the print"));
        assert!(
            sizes.iter().all(|size| size[2] > size[3]),
            "landscape: {sizes:?}"
        );
        let missing = Job::Meeting {
            made: Made::Docx,
            case: example(),
            meeting: 9,
            lang: Lang::En,
            created: jiff::Timestamp::UNIX_EPOCH,
        };
        let said = missing.make().expect_err("no such meeting");
        assert!(said.contains("10"), "{said}");
    }
}
