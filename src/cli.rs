//! The command line: `uitzicht [FILE]` opens the app, subcommands work without a window.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// A case file (*.mdo.ron) to open in the app.
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Read a case file and print a one-line summary; never changes the file.
    Check {
        /// The case file to check.
        file: PathBuf,
    },
}

/// Runs a subcommand; the exit code says whether it worked.
pub fn run(command: &CliCommand) -> ExitCode {
    let lang = Lang::from_env();
    match command {
        CliCommand::Check { file } => report(check(file, lang), lang),
    }
}

/// The summary line of a case file, or why it cannot be read (or saved) by this version.
pub fn check(file: &std::path::Path, lang: Lang) -> Result<String, StorageError> {
    let loaded = storage::load(file)?;
    if loaded.is_from_newer_version() {
        return Err(StorageError::Newer {
            path: file.to_owned(),
            file_version: loaded.format_version,
            app_version: storage::CURRENT_FORMAT_VERSION,
        });
    }
    let totals = loaded.case.totals();
    let t = lang.texts();
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

fn report(result: Result<String, StorageError>, lang: Lang) -> ExitCode {
    match result {
        Ok(line) => {
            // A closed pipe is no reason to fail a check that worked.
            let _ = writeln!(std::io::stdout().lock(), "{line}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            let _ = writeln!(std::io::stderr().lock(), "{}", error.message(lang.texts()));
            ExitCode::FAILURE
        }
    }
}
