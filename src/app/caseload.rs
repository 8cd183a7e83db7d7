//! The chair's caseload beside the open case: the folder read on a thread of its own, one
//! file at a time, each row shown as it arrives; a passphrase held for this session only.

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use crate::caseload::{self, CalendarNames, Listed, ReadOptions};
use crate::i18n::{Lang, fill};
use crate::storage::SecretString;
use crate::ui::{CaseloadAction, CaseloadView};

/// Where the settings keep the caseload's folder.
const FOLDER_KEY: &str = "uitzicht.caseload_folder";

/// The caseload's part of the app.
#[derive(Default)]
pub struct Caseload {
    /// Shown in place of the board.
    pub open: bool,
    pub view: CaseloadView,
    /// Tried on each protected file; in memory for this session only, never stored.
    passphrase: Option<SecretString>,
    reading: Option<FolderReading>,
}

/// A folder being read beside the UI.
struct FolderReading {
    stop: Arc<AtomicBool>,
    arrived: mpsc::Receiver<Arrived>,
}

enum Arrived {
    One(Box<Listed>, usize, usize),
    Done(Result<(), String>),
}

impl Caseload {
    /// With the folder an earlier session remembered, if any.
    pub fn remembered(storage: &dyn eframe::Storage) -> Self {
        let mut caseload = Self::default();
        let folder: Option<PathBuf> = eframe::get_value(storage, FOLDER_KEY).flatten();
        if let Some(folder) = folder {
            caseload.view.folder = folder.display().to_string();
        }
        caseload
    }

    /// Remembers the folder (a place, never what is in it) for the next session.
    pub fn remember(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, FOLDER_KEY, &self.folder());
    }

    /// The folder to remember for the next session.
    pub fn folder(&self) -> Option<PathBuf> {
        let typed = self.view.folder.trim();
        (!typed.is_empty()).then(|| PathBuf::from(typed))
    }

    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// Starts reading the folder typed, dropping what an earlier reading listed.
    pub fn read(&mut self, ctx: &egui::Context, lang: Lang, retention_months: u32) {
        self.stop();
        let t = lang.texts();
        let Some(folder) = self.folder() else {
            self.view.failed = Some(t.caseload_no_folder.to_owned());
            return;
        };
        self.view.listed.clear();
        self.view.failed = None;
        self.view.progress = Some((0, 0));
        let stop = Arc::new(AtomicBool::new(false));
        let (send, arrived) = mpsc::channel();
        let passphrase = self.passphrase.clone();
        let stopped = Arc::clone(&stop);
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let options = ReadOptions {
                today: crate::document::today(),
                retention_months,
                passphrase: passphrase.as_ref(),
                texts: t,
            };
            let each = |one: &Listed, done: usize, total: usize| {
                let sent = send.send(Arrived::One(Box::new(one.clone()), done, total));
                ctx.request_repaint();
                if sent.is_err() || stopped.load(Ordering::Relaxed) {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            };
            let result = caseload::read_folder(&folder, &options, each)
                .map(|_| ())
                .map_err(|error| {
                    fill(
                        t.overview_folder_unreadable,
                        &[
                            ("path", &folder.display()),
                            ("reason", &crate::storage::io_reason(&error, t)),
                        ],
                    )
                });
            let _ = send.send(Arrived::Done(result));
            ctx.request_repaint();
        });
        self.reading = Some(FolderReading { stop, arrived });
    }

    /// Stops the reading under way; what was read stays listed.
    pub fn stop(&mut self) {
        if let Some(reading) = self.reading.take() {
            reading.stop.store(true, Ordering::Relaxed);
        }
        self.view.progress = None;
    }

    /// Takes in what the reading thread sent since the last frame.
    pub fn take_arrived(&mut self) {
        let Some(reading) = &self.reading else { return };
        let mut changed = false;
        let mut finished = None;
        while let Ok(arrived) = reading.arrived.try_recv() {
            match arrived {
                Arrived::One(one, done, total) => {
                    self.view.listed.push(*one);
                    self.view.progress = Some((done, total));
                    changed = true;
                }
                Arrived::Done(result) => finished = Some(result),
            }
        }
        if changed {
            caseload::sort_by_urgency(&mut self.view.listed);
        }
        if let Some(result) = finished {
            self.reading = None;
            self.view.progress = None;
            self.view.failed = result.err();
        }
    }

    /// Holds the passphrase typed for this session and reads the folder again with it.
    pub fn unlock(&mut self) {
        let typed = std::mem::take(&mut self.view.passphrase);
        if typed.is_empty() {
            return;
        }
        self.passphrase = Some(SecretString::from(typed));
        self.view.unlocked = true;
    }

    /// The calendar of what is listed, as the view asks it named.
    pub fn calendar_text(&self, lang: Lang) -> String {
        let names = if self.view.calendar_full_names {
            CalendarNames::Full
        } else {
            CalendarNames::Initials
        };
        caseload::calendar(
            &self.view.listed,
            names,
            jiff::Timestamp::now(),
            lang.texts(),
        )
    }

    /// The A4 landscape print of what is listed, pseudonymised where the view asks it.
    pub fn print_job(&self, lang: Lang) -> crate::export::Job {
        let pseudonymised = self.view.print_pseudonymised;
        let listed = if pseudonymised {
            self.view.listed.iter().map(Listed::pseudonymised).collect()
        } else {
            self.view.listed.clone()
        };
        crate::export::Job::Caseload {
            listed,
            today: crate::document::today(),
            pseudonymised,
            lang,
        }
    }

    /// Takes in one file of the caseload a page picked: number `done` of `total`, the first
    /// starting the list anew.
    pub fn take_in_page(
        &mut self,
        name: &str,
        bytes: &[u8],
        (done, total): (usize, usize),
        lang: Lang,
        retention_months: u32,
    ) {
        if done <= 1 {
            self.view.listed.clear();
            self.view.failed = None;
        }
        if !name.is_empty() {
            let options = ReadOptions {
                today: crate::document::today(),
                retention_months,
                passphrase: self.passphrase.as_ref(),
                texts: lang.texts(),
            };
            let one = caseload::read_bytes(std::path::Path::new(name), bytes, None, &options);
            self.view.listed.push(one);
            caseload::sort_by_urgency(&mut self.view.listed);
        }
        self.view.progress = (done < total).then_some((done, total));
    }
}

impl Drop for Caseload {
    fn drop(&mut self) {
        self.stop();
    }
}

/// What the app does with the caseload's actions.
impl super::UitzichtApp {
    pub(super) fn apply_caseload(&mut self, ctx: &egui::Context, action: CaseloadAction) {
        let t = self.t();
        let months = self.retention.months;
        match action {
            CaseloadAction::Show => {
                self.caseload.open = true;
                if self.caseload.view.listed.is_empty() && self.caseload.folder().is_some() {
                    self.caseload.read(ctx, self.lang, months);
                }
            }
            CaseloadAction::Close => {
                self.caseload.stop();
                self.caseload.open = false;
            }
            // A page has no folders to name: the browser gives the files.
            CaseloadAction::PickFolder | CaseloadAction::Read
                if !crate::platform::page::HAS_PATHS =>
            {
                crate::platform::page::pick_caseload(ctx, false, crate::storage::MAX_FILE_BYTES);
            }
            CaseloadAction::Unlock if !crate::platform::page::HAS_PATHS => {
                self.caseload.unlock();
                crate::platform::page::pick_caseload(ctx, true, crate::storage::MAX_FILE_BYTES);
            }
            CaseloadAction::Open(path) if !crate::platform::page::HAS_PATHS => {
                self.caseload.open = false;
                crate::platform::page::open_picked(
                    ctx,
                    &path.to_string_lossy(),
                    crate::storage::MAX_FILE_BYTES,
                );
            }
            CaseloadAction::PickFolder => {
                if let Some(folder) = self.window.pickers.as_ref().pick_folder(t.caseload_title) {
                    self.caseload.view.folder = folder.display().to_string();
                    self.caseload.read(ctx, self.lang, months);
                }
            }
            CaseloadAction::Read => self.caseload.read(ctx, self.lang, months),
            CaseloadAction::Stop => self.caseload.stop(),
            CaseloadAction::Unlock => {
                self.caseload.unlock();
                self.caseload.read(ctx, self.lang, months);
            }
            CaseloadAction::Open(path) => {
                self.caseload.stop();
                self.caseload.open = false;
                self.apply(ctx, crate::ui::Action::OpenPath(path));
            }
            CaseloadAction::PickCalendarPath => {
                if let Some(path) = self.window.pickers.as_ref().pick_save(
                    t.caseload_calendar_title,
                    "uitzicht.ics",
                    "ics",
                ) {
                    self.caseload.view.calendar_path = path.display().to_string();
                }
            }
            CaseloadAction::PickPrintPath => {
                let name = format!("{}.pdf", crate::storage::file_name_part(t.caseload_title));
                if let Some(path) =
                    self.window
                        .pickers
                        .as_ref()
                        .pick_save(t.caseload_print, &name, "pdf")
                {
                    self.caseload.view.print_path = path.display().to_string();
                }
            }
            CaseloadAction::ExportCalendar => {
                let text = self.caseload.calendar_text(self.lang);
                let typed = self.caseload.view.calendar_path.clone();
                self.write_caseload_file(&typed, "uitzicht.ics", Ok(text.into_bytes()), false);
            }
            CaseloadAction::Print => {
                let job = self.caseload.print_job(self.lang);
                let typed = self.caseload.view.print_path.clone();
                if crate::platform::page::HAS_PATHS {
                    self.write_caseload_file(&typed, "mijn-casussen.pdf", job.make(), true);
                } else {
                    self.make_in_page(ctx, &job, download_name(&typed, "mijn-casussen.pdf"));
                }
            }
        }
    }

    /// Writes a calendar or a print of the caseload to the path typed (in a page: offers
    /// it as a download), and says so.
    fn write_caseload_file(
        &mut self,
        typed: &str,
        download: &str,
        bytes: Result<Vec<u8>, String>,
        private: bool,
    ) {
        let t = self.t();
        let typed = typed.trim();
        if !crate::platform::page::HAS_PATHS {
            let name = download_name(typed, download);
            let written = bytes.and_then(|bytes| crate::platform::page::hand_out(name, &bytes));
            match written {
                Ok(()) => self.status.info = Some(fill(t.exported, &[("path", &name)])),
                Err(message) => self.status.error = Some(message),
            }
            return;
        }
        if typed.is_empty() {
            self.status.error = Some(t.caseload_no_path.to_owned());
            return;
        }
        let path = PathBuf::from(typed);
        let written = bytes.and_then(|bytes| {
            crate::export::check_targets(None, &[&path]).map_err(|e| e.message(t))?;
            crate::export::write_file(&path, &bytes, private).map_err(|e| e.message(t))
        });
        match written {
            Ok(()) => {
                let said = fill(t.exported, &[("path", &path.display())]);
                self.status.exported(&path, said);
            }
            Err(message) => self.status.error = Some(message),
        }
    }
}

/// In a page, the name typed for a caseload's file, else the one offered.
fn download_name<'a>(typed: &'a str, offered: &'a str) -> &'a str {
    match typed.trim() {
        "" => offered,
        typed => typed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The settings as eframe keeps them, in memory.
    #[derive(Default)]
    struct Settings(std::collections::HashMap<String, String>);

    impl eframe::Storage for Settings {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn the_folder_is_remembered_for_the_next_session() {
        let mut settings = Settings::default();
        let mut caseload = Caseload::default();
        caseload.view.folder = "/home/ib/casussen".to_owned();
        caseload.remember(&mut settings);
        assert_eq!(
            Caseload::remembered(&settings).view.folder,
            "/home/ib/casussen"
        );
        // No folder chosen: none remembered, and none read back.
        Caseload::default().remember(&mut settings);
        assert_eq!(Caseload::remembered(&settings).view.folder, "");
        assert_eq!(Caseload::remembered(&Settings::default()).view.folder, "");
    }

    #[test]
    fn a_page_downloads_under_the_name_typed_or_else_the_one_offered() {
        assert_eq!(
            download_name("  ", "mijn-casussen.pdf"),
            "mijn-casussen.pdf"
        );
        assert_eq!(
            download_name(" groep6.pdf ", "mijn-casussen.pdf"),
            "groep6.pdf"
        );
    }
}
