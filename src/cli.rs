//! The command line: `uitzicht [FILE]` opens the app, subcommands work without a window.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::export::{self, ExportError, ExportOptions};
use crate::i18n::{Lang, fill};
use crate::storage::{self, StorageError};

/// Uitzicht: case meetings (MDO) about a child, in the handelingsgericht werken method.
#[derive(Debug, Parser)]
#[command(
    name = "uitzicht",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    /// A case file (*.uitzicht, or *.mdo.ron as before) to open in the app.
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Read a case file and print a one-line summary; never changes the file.
    Check {
        /// The case file to check.
        file: PathBuf,
    },
    /// Print a meeting: the A3 sheet and the agreements report as PDF, the board as PNG.
    #[command(group(clap::ArgGroup::new("outputs").required(true).multiple(true)))]
    Export {
        /// The case file to export from.
        file: PathBuf,
        /// The meeting, counted from 1; the last one if not given.
        #[arg(long, value_name = "N")]
        meeting: Option<usize>,
        /// Write the A3 sheet of the board here.
        #[arg(long, value_name = "OUT.pdf", group = "outputs")]
        sheet: Option<PathBuf>,
        /// Write the agreements report (A4) here.
        #[arg(long, value_name = "OUT.pdf", group = "outputs")]
        report: Option<PathBuf>,
        /// Write the board as a PNG image here.
        #[arg(long, value_name = "OUT.png", group = "outputs")]
        png: Option<PathBuf>,
        /// Write the report as an editable Word document (for the pupil's dossier) here.
        #[arg(long, value_name = "OUT.docx", group = "outputs")]
        docx: Option<PathBuf>,
        /// Width of the PNG in pixels.
        #[arg(long, value_name = "PX", default_value_t = 2400)]
        width: u32,
        /// Replace names by role or initials and leave the school out, for readers
        /// outside the meeting (pseudonymised, not anonymous).
        #[arg(long)]
        pseudonymise: bool,
    },
    /// Make a participant's preparation sheet (an editable Word document), or read a
    /// filled-in sheet back into the case: each answer an item in its circle or a question
    /// in box 1, named by who filled it in, prepared until the chair takes it in.
    #[command(group(clap::ArgGroup::new("what").required(true)))]
    Prepare {
        /// The case file.
        file: PathBuf,
        /// The meeting, counted from 1; the last one if not given.
        #[arg(long, value_name = "N")]
        meeting: Option<usize>,
        /// The participant the sheet is for, by name (as in the meeting's list).
        #[arg(long = "for", value_name = "NAME", group = "what", requires = "docx")]
        for_whom: Option<String>,
        /// The sheet is for the child, in the child's own words.
        #[arg(long, group = "what", requires = "docx")]
        child: bool,
        /// The sheet is the referral form (aanmeldformulier): why now, the questions and
        /// decisions for the meeting, and what it must deliver.
        #[arg(long, group = "what", requires = "docx")]
        referral: bool,
        /// Write the sheet here.
        #[arg(long, value_name = "OUT.docx")]
        docx: Option<PathBuf>,
        /// Read this filled-in sheet into the case (and save the case).
        #[arg(long, value_name = "IN.docx", group = "what", conflicts_with = "docx")]
        read: Option<PathBuf>,
    },
    /// List every case file in a folder: the child, the last and next meeting, agreements
    /// overdue and due within two weeks, decisions waiting; the most urgent first. Reads
    /// only: no lock is taken, nothing is written beside the cases.
    Overview {
        /// The folder with the case files.
        folder: PathBuf,
        /// Print a JSON array, one object per file, instead of the table.
        #[arg(long)]
        json: bool,
        /// Also write the planned meetings and due agreements as a calendar file here.
        #[arg(long, value_name = "OUT.ics")]
        ics: Option<PathBuf>,
        /// Name the child in full and the whole agreement in the calendar (by default:
        /// initials and an agreement's first words, as calendars sync to the cloud).
        #[arg(long, requires = "ics")]
        full_names: bool,
        /// Also print the overview as an A4 landscape PDF here.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// Replace names by role or initials in the table, the JSON and the PDF.
        #[arg(long)]
        pseudonymise: bool,
    },
    /// Print the manual page (roff), for the package.
    #[command(hide = true)]
    Manpage,
    /// Print the completions for a shell, for the package.
    #[command(hide = true)]
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
}

/// Runs a subcommand; the exit code says whether it worked.
pub fn run(command: &CliCommand) -> ExitCode {
    let lang = Lang::from_env();
    match command {
        CliCommand::Check { file } => {
            report(check(file, lang).map_err(|e| e.message(lang.texts())))
        }
        CliCommand::Export {
            file,
            meeting,
            sheet,
            report: report_path,
            png,
            docx,
            width,
            pseudonymise,
        } => {
            let outputs = Outputs {
                sheet: sheet.as_deref(),
                report: report_path.as_deref(),
                png: png.as_deref(),
                docx: docx.as_deref(),
                png_width: *width,
                pseudonymise: *pseudonymise,
            };
            report(export(file, *meeting, &outputs, lang))
        }
        CliCommand::Prepare {
            file,
            meeting,
            for_whom,
            child,
            referral,
            docx,
            read,
        } => {
            let t = lang.texts();
            let done = match (read, docx) {
                (Some(sheet), _) => read_sheet(file, sheet, lang),
                (None, Some(out)) => {
                    let whom = match (for_whom, child, referral) {
                        (Some(name), _, _) => Sheet::For(name),
                        (None, true, _) => Sheet::Child,
                        (None, false, _) => Sheet::Referral,
                    };
                    make_sheet(file, *meeting, whom, out, lang)
                }
                (None, None) => Err(t.cli_prepare_what.to_owned()),
            };
            report(done)
        }
        CliCommand::Overview {
            folder,
            json,
            ics,
            full_names,
            pdf,
            pseudonymise,
        } => {
            let asked = OverviewOutputs {
                json: *json,
                ics: ics.as_deref(),
                full_names: *full_names,
                pdf: pdf.as_deref(),
                pseudonymise: *pseudonymise,
            };
            report(overview(folder, &asked, lang))
        }
        CliCommand::Manpage => {
            let page = clap_mangen::Man::new(<Cli as clap::CommandFactory>::command());
            let mut out = std::io::stdout().lock();
            match page.render(&mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(_) => ExitCode::FAILURE,
            }
        }
        CliCommand::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut command, "uitzicht", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
    }
}

/// Where `export` writes, and how wide the PNG is.
pub struct Outputs<'a> {
    pub sheet: Option<&'a Path>,
    pub report: Option<&'a Path>,
    pub png: Option<&'a Path>,
    pub docx: Option<&'a Path>,
    pub png_width: u32,
    pub pseudonymise: bool,
}

/// The longest passphrase read from standard input, in bytes.
const MAX_PASSPHRASE_BYTES: u64 = 4096;

/// Reads a case file; a protected one asks for its passphrase on the terminal (one line
/// on standard input, so a script can pipe it in; it is never taken from an argument,
/// where other users could see it in the process list).
pub fn load(file: &Path, lang: Lang) -> Result<storage::Loaded, StorageError> {
    match storage::load(file) {
        Err(StorageError::NeedsPassphrase { .. }) => {
            let passphrase = read_passphrase(file, lang)?;
            storage::load_with(file, Some(&passphrase))
        }
        other => other,
    }
}

/// Asks for the passphrase of `file` on the terminal and reads one line of standard input.
fn read_passphrase(file: &Path, lang: Lang) -> Result<storage::SecretString, StorageError> {
    {
        {
            let t = lang.texts();
            let mut stderr = std::io::stderr().lock();
            let _ = write!(
                stderr,
                "{}",
                printable(&fill(t.cli_passphrase, &[("path", &file.display())]))
            );
            let _ = stderr.flush();
            // A passphrase is a line, not a file: at most a few KB are read.
            let mut line = Vec::new();
            std::io::BufRead::read_until(
                &mut std::io::Read::take(std::io::stdin().lock(), MAX_PASSPHRASE_BYTES),
                b'\n',
                &mut line,
            )
            .map_err(|source| StorageError::Read {
                path: PathBuf::from("-"),
                source,
            })?;
            // Cut inside a character, or not text at all: said in words, not as a stream.
            let typed = String::from_utf8(line)
                .map_err(|_| StorageError::Read {
                    path: PathBuf::from("-"),
                    source: std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        fill(t.cli_passphrase_not_text, &[("max", &MAX_PASSPHRASE_BYTES)]),
                    ),
                })?
                .trim_end_matches(['\n', '\r'])
                .to_owned();
            if typed.is_empty() {
                // Nothing typed is not a wrong passphrase: the file still asks for one.
                return Err(StorageError::NeedsPassphrase {
                    path: file.to_owned(),
                });
            }
            Ok(storage::SecretString::from(typed))
        }
    }
}

/// Exports meeting `meeting` (from 1; the last if `None`) of a case file; returns the lines
/// to print, one per file written, or the user's message.
pub fn export(
    file: &Path,
    meeting: Option<usize>,
    outputs: &Outputs<'_>,
    lang: Lang,
) -> Result<String, String> {
    let t = lang.texts();
    let loaded = load(file, lang).map_err(|e| e.message(t))?;
    let case = &if outputs.pseudonymise {
        export::pseudonymise(&loaded.case, t)
    } else {
        loaded.case
    };
    let index = match meeting {
        Some(number) => number
            .checked_sub(1)
            .ok_or_else(|| ExportError::NoSuchMeeting(0).message(t))?,
        None => case
            .last_meeting_index()
            .ok_or_else(|| ExportError::NoSuchMeeting(1).message(t))?,
    };
    let targets: Vec<&Path> = [outputs.sheet, outputs.report, outputs.png, outputs.docx]
        .into_iter()
        .flatten()
        .collect();
    export::check_targets(Some(file), &targets).map_err(|e| e.message(t))?;
    let private = storage::is_protected(&storage::read_case_bytes(file).map_err(|e| e.message(t))?);
    let options = ExportOptions::now();
    let mut written = Vec::new();
    let mut write = |path: Option<&Path>, make: &dyn Fn() -> Result<Vec<u8>, ExportError>| {
        if let Some(path) = path {
            let bytes = make().map_err(|e| e.message(t))?;
            export::write_file(path, &bytes, private).map_err(|e| e.message(t))?;
            written.push(fill(t.exported, &[("path", &path.display())]));
        }
        Ok::<(), String>(())
    };
    write(outputs.sheet, &|| {
        export::sheet_pdf(case, index, t, options)
    })?;
    write(outputs.report, &|| {
        export::report_pdf(case, index, t, options)
    })?;
    write(outputs.png, &|| {
        export::board_png(case, index, outputs.png_width, t)
    })?;
    write(outputs.docx, &|| export::report_docx(case, index, t))?;
    let used = outputs
        .png_width
        .clamp(export::MIN_WIDTH_PX, export::MAX_WIDTH_PX);
    if outputs.png.is_some() && used != outputs.png_width {
        // The PNG was made, at a width other than asked: said, not done silently.
        written.push(fill(
            t.cli_width_clamped,
            &[
                ("used", &used),
                ("min", &export::MIN_WIDTH_PX),
                ("max", &export::MAX_WIDTH_PX),
            ],
        ));
    }
    Ok(written.join("\n"))
}

/// What `overview` prints and writes besides the table.
pub struct OverviewOutputs<'a> {
    pub json: bool,
    pub ics: Option<&'a Path>,
    pub full_names: bool,
    pub pdf: Option<&'a Path>,
    pub pseudonymise: bool,
}

/// The caseload of `folder`: the table (or JSON) to print, or why the folder could not be
/// read. Files that do not read are rows with their reason, not a failure.
pub fn overview(folder: &Path, asked: &OverviewOutputs<'_>, lang: Lang) -> Result<String, String> {
    use crate::caseload::{self, CalendarNames, ReadOptions};
    let t = lang.texts();
    let options = ReadOptions {
        today: crate::document::today(),
        retention_months: crate::retention::DEFAULT_MONTHS,
        passphrase: None,
        texts: t,
    };
    let read = caseload::read_folder(folder, &options, |_, _, _| {
        std::ops::ControlFlow::Continue(())
    })
    .map_err(|error| {
        fill(
            t.overview_folder_unreadable,
            &[
                ("path", &folder.display()),
                ("reason", &storage::io_reason(&error, t)),
            ],
        )
    })?;
    // The calendar names as asked (initials by default); the table, JSON and print are
    // pseudonymised where asked.
    let renamed: Vec<caseload::Listed>;
    let listed = if asked.pseudonymise {
        renamed = read.iter().map(caseload::Listed::pseudonymised).collect();
        &renamed
    } else {
        &read
    };
    let mut lines = vec![if asked.json {
        caseload::json(listed)
    } else {
        caseload::table(listed, options.today, t)
    }];
    if let Some(out) = asked.ics {
        let names = if asked.full_names {
            CalendarNames::Full
        } else {
            CalendarNames::Initials
        };
        let text = caseload::calendar(&read, names, jiff::Timestamp::now(), t);
        export::write_file(out, text.as_bytes(), false).map_err(|e| e.message(t))?;
        lines.push(fill(t.exported, &[("path", &out.display())]));
    }
    if let Some(out) = asked.pdf {
        let bytes = export::overview_pdf(listed, options.today, asked.pseudonymise, t)
            .map_err(|e| e.message(t))?;
        export::write_file(out, &bytes, true).map_err(|e| e.message(t))?;
        lines.push(fill(t.exported, &[("path", &out.display())]));
    }
    if asked.json && lines.len() > 1 {
        // The JSON alone on standard output, for a script to read; the rest is said aside.
        let _ = writeln!(
            std::io::stderr().lock(),
            "{}",
            printable(&lines[1..].join("\n"))
        );
        lines.truncate(1);
    }
    Ok(lines.join("\n"))
}

/// Which sheet `prepare` makes.
#[derive(Clone, Copy, Debug)]
pub enum Sheet<'a> {
    /// The participant of this name.
    For(&'a str),
    Child,
    Referral,
}

/// Writes the sheet `whom` of meeting `meeting` (from 1; the last if `None`) to `out`.
pub fn make_sheet(
    file: &Path,
    meeting: Option<usize>,
    whom: Sheet<'_>,
    out: &Path,
    lang: Lang,
) -> Result<String, String> {
    use export::preparation::{SheetFor, preparation_docx};
    let t = lang.texts();
    let loaded = load(file, lang).map_err(|e| e.message(t))?;
    let case = &loaded.case;
    let index = match meeting {
        Some(number) => number.checked_sub(1),
        None => case.last_meeting_index(),
    }
    .filter(|i| *i < case.meetings.len())
    .ok_or_else(|| ExportError::NoSuchMeeting(meeting.unwrap_or(1)).message(t))?;
    let sheet_for = match whom {
        Sheet::Child => SheetFor::Child,
        Sheet::Referral => SheetFor::Referral,
        // The child at the table gets the child's sheet, whoever asks for it by name.
        Sheet::For(name)
            if crate::names::compared(name)
                == crate::names::compared(&export::bare_name(&case.child)) =>
        {
            SheetFor::Child
        }
        Sheet::For(name) => {
            let wanted = crate::names::compared(name);
            let at = case.meetings[index]
                .participants
                .iter()
                .position(|p| crate::names::compared(&p.name) == wanted)
                .ok_or_else(|| fill(t.cli_no_participant, &[("name", &name)]))?;
            SheetFor::Participant(at)
        }
    };
    export::check_targets(Some(file), &[out]).map_err(|e| e.message(t))?;
    let private = storage::is_protected(&storage::read_case_bytes(file).map_err(|e| e.message(t))?);
    let bytes = preparation_docx(case, index, sheet_for, t).map_err(|e| e.message(t))?;
    export::write_file(out, &bytes, private).map_err(|e| e.message(t))?;
    Ok(fill(t.exported, &[("path", &out.display())]))
}

/// Reads a filled-in preparation sheet into the case file and saves it, under the same
/// lock and protection as the app: a case open elsewhere is not written.
pub fn read_sheet(file: &Path, sheet: &Path, lang: Lang) -> Result<String, String> {
    let t = lang.texts();
    let (mut doc, _) = match crate::document::Document::open(file) {
        Err(StorageError::NeedsPassphrase { .. }) => {
            let passphrase = read_passphrase(file, lang).map_err(|e| e.message(t))?;
            crate::document::Document::open_with(file, Some(passphrase))
        }
        other => other,
    }
    .map_err(|e| e.message(t))?;
    if let Some(why) = doc.read_only_reason(file) {
        return Err(why.message(t));
    }
    let bytes = export::preparation::sheet_bytes(sheet, t)?;
    let (index, preparation) = export::preparation::read_preparation(&doc.case, &bytes)
        .map_err(|e| format!("{}: {}", sheet.display(), e.message(t)))?;
    let taken = doc.case.meetings[index].take_in(&preparation);
    let path = doc.path.clone().unwrap_or_else(|| file.to_owned());
    doc.save_to(&path).map_err(|e| e.message(t))?;
    Ok(export::preparation::read_message(&preparation, taken, t))
}

/// The summary line of a case file, or why it cannot be read (or saved) by this version.
pub fn check(file: &std::path::Path, lang: Lang) -> Result<String, StorageError> {
    let loaded = load(file, lang)?;
    if loaded.is_from_newer_version() {
        return Err(StorageError::Newer {
            path: file.to_owned(),
            file_version: loaded.format_version,
            app_version: storage::CURRENT_FORMAT_VERSION,
        });
    }
    let totals = loaded.case.totals();
    let t = lang.texts();
    if !loaded.repairs.is_empty() {
        // Reading mended something; the file itself stays as it is.
        let message = storage::repairs_message(file, &loaded.repairs, t);
        let _ = writeln!(std::io::stderr().lock(), "{}", printable(&message));
    }
    Ok(fill(
        t.cli_summary,
        &[
            ("child", &loaded.case.child),
            ("meetings", &totals.meetings),
            ("circles", &totals.circles),
            ("items", &totals.items),
            ("arrows", &totals.arrows),
            ("agreements", &totals.agreements),
        ],
    ))
}

fn report(result: Result<String, String>) -> ExitCode {
    match result {
        Ok(line) => {
            // A closed pipe is no reason to fail a check that worked.
            let _ = writeln!(std::io::stdout().lock(), "{}", printable(&line));
            ExitCode::SUCCESS
        }
        Err(error) => {
            let _ = writeln!(std::io::stderr().lock(), "{}", printable(&error));
            ExitCode::FAILURE
        }
    }
}

/// `text` as a terminal may show it: a name or path from a file could hold escape sequences
/// that retitle the window or clear the screen; every control character but the line break
/// is written as `\u{…}` instead.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Bidirectional controls are no control characters to Unicode, but they turn what the
    // terminal shows around ("evil.exe" shown as "exe.live").
    let bidi = |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    for c in text.chars() {
        if (c.is_control() && c != '\n') || bidi(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}
