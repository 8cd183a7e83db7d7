//! Opening, saving and exporting the case, leaving it for another, and restoring a
//! recovery copy in its place.

use std::path::Path;
use web_time::Instant;

use crate::platform::page;
use crate::platform::work::Work;

use super::{Leave, UitzichtApp};
use crate::canvas::BoardState;
use crate::document::{self, Document};
use crate::export::{self, ExportOptions};
use crate::i18n::fill;
use crate::model::Preparation;
use crate::storage::{Repair, SecretString, StorageError};
use crate::ui::{self, ExportKind, PathDialog, PathPurpose};

impl UitzichtApp {
    /// Opens a recovery copy in place of the open case, as unsaved work of its file. A
    /// protected copy is decrypted beside the UI.
    pub(super) fn restore(&mut self, index: usize) {
        if self.work.restoring.is_some() {
            return;
        }
        let Some(found) = self.recovery.offered.get(index).cloned() else {
            return;
        };
        let passphrase = found
            .protected
            .then(|| SecretString::from(std::mem::take(&mut self.dialogs.recovery_passphrase)));
        if found.protected {
            self.work.restoring = Some(Work::start(move || {
                let loaded = found.load_with(passphrase.as_ref());
                (found, passphrase, loaded)
            }));
            return;
        }
        let loaded = found.load_with(None);
        self.restored((found, None, loaded));
    }

    /// Takes in a recovery copy decrypted beside the UI once it is done; true while it runs.
    pub(super) fn restoring_busy(&mut self) -> bool {
        match super::work::finished(&mut self.work.restoring) {
            None => self.work.restoring.is_some(),
            Some(Ok(restored)) => {
                self.restored(restored);
                false
            }
            Some(Err(_)) => {
                self.status.error = Some(self.t().open_interrupted.to_owned());
                false
            }
        }
    }

    /// Shows a recovery copy that was read, in place of the open case.
    fn restored(&mut self, (found, passphrase, loaded): super::work::Restored) {
        let loaded = match loaded {
            Ok(loaded) => loaded,
            Err(error) => {
                self.status.error = Some(error.message(self.t()));
                return;
            }
        };
        self.recovery.offered.retain(|f| f.copy != found.copy);
        self.dialogs.comparing = None;
        self.dialogs.recovery_passphrase.clear();
        self.doc = Document::restored(
            loaded.case,
            loaded.format_version,
            found.original.as_deref(),
            passphrase,
        );
        self.meeting = self.doc.case.last_meeting_index().unwrap_or(0);
        self.unlocked_meeting = None;
        self.history.clear();
        self.board = BoardState::default();
        self.panels.side_tab = self.tab_for_step();
        // The copy stays until the restored case is saved: it takes the name of the case
        // it now belongs to (already encrypted as it must be; nothing is written again).
        let adopted = self
            .recovery
            .autosave
            .adopt(&found.copy, self.doc.path.as_deref());
        self.tell(adopted);
        self.say_stale_lock_taken();
    }

    /// Says, once, that a lock left by a session that no longer runs was taken over.
    fn say_stale_lock_taken(&mut self) {
        if let Some(holder) = self.doc.stale_lock_of.take() {
            let said = fill(
                self.t().stale_lock_taken,
                &[("user", &holder.user), ("machine", &holder.machine)],
            );
            self.status.info = Some(match self.status.info.take() {
                Some(before) => format!("{before} {said}"),
                None => said,
            });
        }
    }

    /// The case is safe on disk (or deliberately dropped): its recovery copy can go.
    pub(super) fn forget_recovery_copy(&mut self) {
        let removed = self.recovery.autosave.forget();
        self.tell(removed);
    }

    /// A side matter that went wrong (e.g. a recovery copy that stays) is said in the
    /// status bar, once; it stops nothing.
    pub(super) fn tell(&mut self, result: Result<(), StorageError>) {
        if let Err(error) = result {
            self.status.info = Some(error.message(self.t()));
        }
    }

    pub(super) fn open_path(&mut self, path: &Path) {
        self.install_opened(path, Document::open(path));
    }

    /// Shows a case just opened, or says why it could not be; a protected file first asks
    /// for its passphrase.
    pub(super) fn install_opened(
        &mut self,
        path: &Path,
        opened: Result<(Document, Vec<Repair>), StorageError>,
    ) {
        match opened {
            Err(StorageError::NeedsPassphrase { .. }) => {
                self.dialogs.passphrase =
                    Some(ui::PassphraseDialog::new(ui::PassphrasePurpose::Open {
                        path: path.to_owned(),
                        bytes: None,
                    }));
            }
            Ok((doc, repairs)) => {
                self.meeting = doc.case.last_meeting_index().unwrap_or(0);
                self.unlocked_meeting = None;
                self.doc = doc;
                self.panels.side_tab = self.tab_for_step();
                self.history.clear();
                self.board = BoardState::default();
                self.status.info = Some(if repairs.is_empty() {
                    fill(self.t().opened, &[("path", &path.display())])
                } else {
                    crate::storage::repairs_message(path, &repairs, self.t())
                });
                self.say_stale_lock_taken();
            }
            Err(error) => self.status.error = Some(error.message(self.t())),
        }
    }

    /// The passphrase dialog's answer: open the protected file, or change the protection.
    pub(super) fn submit_passphrase(&mut self) {
        let Some(mut dialog) = self.dialogs.passphrase.take() else {
            return;
        };
        let t = self.t();
        let typed = std::mem::take(&mut dialog.text);
        let repeat = std::mem::take(&mut dialog.repeat);
        match dialog.purpose.clone() {
            ui::PassphrasePurpose::Open { .. } if typed.is_empty() => {
                dialog.error = Some(t.passphrase_empty.to_owned());
                self.dialogs.passphrase = Some(dialog);
            }
            ui::PassphrasePurpose::Open { path, bytes } => {
                // The key derivation takes a moment, and a crafted file must not freeze the
                // window: the file is opened beside the UI while the dialog waits.
                let passphrase = SecretString::from(typed);
                dialog.busy = true;
                dialog.error = None;
                self.dialogs.passphrase = Some(dialog);
                self.work.opening = Some(Work::start(move || {
                    let opened = match bytes {
                        Some(bytes) => {
                            let name = path.to_string_lossy();
                            Document::from_bytes(&name, &bytes, Some(passphrase))
                        }
                        None => Document::open_with(&path, Some(passphrase)),
                    };
                    (path, opened)
                }));
            }
            ui::PassphrasePurpose::Protect => {
                if typed.chars().count() < ui::MIN_PASSPHRASE_CHARS {
                    dialog.error = Some(fill(
                        t.protect_too_short,
                        &[("min", &ui::MIN_PASSPHRASE_CHARS)],
                    ));
                    self.dialogs.passphrase = Some(dialog);
                    return;
                }
                if typed != repeat {
                    dialog.error = Some(t.protect_mismatch.to_owned());
                    self.dialogs.passphrase = Some(dialog);
                    return;
                }
                self.doc.passphrase = Some(SecretString::from(typed));
                self.protection_changed();
            }
            ui::PassphrasePurpose::Unprotect => {
                self.doc.passphrase = None;
                self.protection_changed();
            }
        }
    }

    /// The file is written again right away, so that what is on disk matches what the
    /// chair chose; a case never saved is protected at its first save.
    pub(super) fn protection_changed(&mut self) {
        self.mark_changed();
        // The old recovery copy was written the other way; the next one follows the choice.
        self.forget_recovery_copy();
        self.recovery.autosave.due_again(Instant::now());
        match self.doc.path.clone() {
            Some(_) => {
                self.work.protecting = true;
                self.save_soon();
            }
            None => self.status.info = Some(self.t().protected_pending.to_owned()),
        }
    }

    /// Saves to `path`; true when it worked. An error is shown and the edits stay.
    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        let mended = self.mend_texts();
        if !page::HAS_PATHS {
            return self.save_in_page(path);
        }
        let saved = self.doc.save_to(path);
        let ok = self.saved(path, saved);
        if let (true, Some(mended), Some(info)) = (ok, mended, &mut self.status.info) {
            *info = format!("{info} {mended}");
        }
        ok
    }

    /// Before a save: a text holding what a file cannot keep (a control character that
    /// came in some other way than the ones that clean it) is mended, as one undoable step,
    /// and said, rather than the save refusing it.
    fn mend_texts(&mut self) -> Option<String> {
        if self.doc.is_read_only() {
            return None;
        }
        let before = self.doc.case.clone();
        let mended = self.doc.case.clean_texts();
        (mended > 0).then(|| {
            self.history.record(before);
            self.mark_changed();
            fill(self.t().texts_mended, &[("count", &mended)])
        })
    }

    /// Says how a save went; a saved case needs its recovery copy no more.
    fn saved(&mut self, path: &Path, result: Result<(), StorageError>) -> bool {
        match result {
            Ok(()) => {
                self.forget_recovery_copy();
                self.status.info = Some(fill(self.t().saved, &[("path", &path.display())]));
                true
            }
            Err(error) => {
                self.status.error = Some(error.message(self.t()));
                false
            }
        }
    }

    /// Saves a protected case to its own file beside the UI: the key derivation takes half
    /// a second, which the chair should not feel on every Ctrl+S. Other cases save at once.
    pub(super) fn save_soon(&mut self) {
        let Some(path) = self.doc.path.clone() else {
            self.save();
            return;
        };
        if self.doc.passphrase.is_none() || !page::HAS_PATHS {
            self.save_to(&path);
            return;
        }
        if self.work.saving.is_some() {
            return;
        }
        if let Some(mended) = self.mend_texts() {
            self.status.info = Some(mended);
        }
        match self.doc.prepare_save(&path) {
            Ok(pending) => {
                self.status.info = Some(self.t().saving.to_owned());
                self.work.saving = Some(Work::start(move || {
                    let written = pending.write(&crate::storage::RealDisk);
                    (pending, written)
                }));
            }
            Err(error) => self.status.error = Some(error.message(self.t())),
        }
    }

    /// Takes in a protected file opened beside the UI once it is done; true while it runs.
    pub(super) fn opening_busy(&mut self) -> bool {
        match super::work::finished(&mut self.work.opening) {
            None => self.work.opening.is_some(),
            Some(done) => {
                let t = self.t();
                match done {
                    Ok((_, Err(error @ StorageError::WrongPassphrase { .. }))) => {
                        if let Some(dialog) = &mut self.dialogs.passphrase {
                            dialog.busy = false;
                            dialog.error = Some(error.message(t));
                        }
                    }
                    Ok((path, opened)) => {
                        self.dialogs.passphrase = None;
                        self.install_opened(&path, opened);
                    }
                    Err(_) => {
                        self.dialogs.passphrase = None;
                        self.status.error = Some(t.open_interrupted.to_owned());
                    }
                }
                false
            }
        }
    }

    /// Takes in a save that ran beside the UI once it is done; true while it still runs.
    pub(super) fn saving_busy(&mut self) -> bool {
        match super::work::finished(&mut self.work.saving) {
            None => self.work.saving.is_some(),
            Some(done) => {
                match done {
                    Ok((pending, written)) => {
                        let path = pending.path().to_owned();
                        let finished = self.doc.finish_save(pending, written);
                        let ok = self.saved(&path, finished);
                        if ok && self.doc.passphrase.is_some() && self.work.protecting {
                            self.status.info =
                                Some(fill(self.t().protected_saved, &[("path", &path.display())]));
                        }
                    }
                    // The thread did not come back: nothing was taken as saved.
                    Err(_) => self.status.error = Some(self.t().save_interrupted.to_owned()),
                }
                self.work.protecting = false;
                false
            }
        }
    }

    pub(super) fn save(&mut self) -> bool {
        match self.doc.path.clone() {
            Some(path) => self.save_to(&path),
            // The browser's own picker asks for the name.
            None if page::can_save_in_place() => self.save_in_page(Path::new("")),
            None => {
                self.dialogs.path = Some(PathDialog::new(PathPurpose::SaveAs, None));
                false
            }
        }
    }

    /// Puts the report of the shown meeting on the clipboard as plain text.
    pub(super) fn copy_report_text(&mut self, ctx: &egui::Context) {
        let t = self.t();
        match export::report_text(&self.doc.case, self.meeting, t) {
            Ok(text) => {
                ctx.copy_text(text);
                self.status.info = Some(t.copied_text.to_owned());
            }
            Err(error) => self.status.error = Some(error.message(t)),
        }
    }

    /// Opens the export dialog with a file name next to the case: `daan-bord-2026-11-10.pdf`.
    pub(super) fn ask_export(&mut self, kind: ExportKind) {
        let t = self.t();
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_owned)
            .unwrap_or_default();
        let stem = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| crate::storage::case_stem(&n.to_string_lossy()).to_owned())
            .unwrap_or_else(|| t.file_word_case.to_owned());
        let date = self.shown_date();
        let word = match (kind, self.doc.case.meetings.get(self.meeting)) {
            (ExportKind::Preparation(whom), Some(meeting)) => whom.file_word(meeting, t),
            _ => kind.file_word(t).to_owned(),
        };
        let name = format!("{stem}-{word}-{date}.{}", kind.extension());
        self.dialogs.path = Some(PathDialog::new(
            PathPurpose::Export(kind),
            Some(folder.join(name)),
        ));
    }

    /// Exports the shown meeting; true when the file was written (in a page: asked for).
    pub(super) fn export(
        &mut self,
        ctx: &egui::Context,
        kind: ExportKind,
        path: &Path,
        png_width: u32,
        pseudonymise: bool,
    ) -> bool {
        let t = self.t();
        let job = export::Job::Meeting {
            made: kind.made(png_width),
            case: if pseudonymise {
                export::pseudonymise(&self.doc.case, t)
            } else {
                self.doc.case.clone()
            },
            meeting: self.meeting,
            lang: self.lang,
            created: ExportOptions::now().created,
        };
        if !page::HAS_PATHS {
            return self.export_in_page(ctx, path, &job, kind.extension());
        }
        let private = self.doc.passphrase.is_some();
        let written = export::check_targets(self.doc.path.as_deref(), &[path])
            .map_err(|error| error.message(t))
            .and_then(|()| job.make())
            .and_then(|bytes| export::write_file(path, &bytes, private).map_err(|e| e.message(t)));
        match written {
            Ok(()) => {
                let said = fill(t.exported, &[("path", &path.display())]);
                self.status.exported(path, said);
                true
            }
            Err(error) => {
                self.status.error = Some(error);
                false
            }
        }
    }

    /// Starts reading a filled-in preparation sheet beside the UI (a long one takes a
    /// moment, and the chair may stop it); true when it started.
    pub(super) fn read_preparation(&mut self, path: &Path) -> bool {
        if self.doc.is_read_only() || self.work.reading_sheet.is_some() {
            return false;
        }
        let t = self.t();
        let case = self.doc.case.clone();
        let progress = std::sync::Arc::new(export::preparation::Reading::default());
        let (reading, file) = (std::sync::Arc::clone(&progress), path.to_owned());
        let job = Work::start(move || {
            let bytes = export::preparation::sheet_bytes(&file, t)?;
            export::preparation::read_preparation_with(&case, &bytes, &reading)
                .map(|(index, preparation)| (index, case.meetings[index].date, preparation))
                .map_err(|error| format!("{}: {}", file.display(), error.message(t)))
        });
        self.work.reading_sheet = Some(super::work::SheetReading {
            path: path.to_owned(),
            progress,
            job,
        });
        true
    }

    /// Takes in the sheet being read once it is read; true while it is still being read.
    pub(super) fn reading_busy(&mut self) -> bool {
        let Some(reading) = self.work.reading_sheet.take() else {
            return false;
        };
        if !reading.job.is_finished() {
            self.work.reading_sheet = Some(reading);
            return true;
        }
        match reading.job.join() {
            // The meeting it was read for is still where it was: the chair may have worked
            // on while it was read, but not removed or moved meetings.
            Ok(Ok((index, date, preparation)))
                if self.doc.case.meetings.get(index).map(|m| m.date) == Some(date) =>
            {
                self.take_in_preparation(index, &preparation);
            }
            Ok(Ok(_)) => {
                let changed = self.t().prep_changed_meanwhile;
                self.status.error = Some(format!("{}: {changed}", reading.path.display()));
            }
            Ok(Err(message)) => self.status.error = Some(message),
            Err(_) => self.status.error = Some(self.t().prep_stopped.to_owned()),
        }
        false
    }

    /// [`Self::read_preparation`] of a sheet's bytes; `path` names it in messages.
    pub(super) fn read_preparation_bytes(&mut self, path: &Path, bytes: &[u8]) -> bool {
        let t = self.t();
        if self.doc.is_read_only() {
            return false;
        }
        let (index, preparation) =
            match export::preparation::read_preparation(&self.doc.case, bytes) {
                Ok(read) => read,
                Err(error) => {
                    self.status.error = Some(format!("{}: {}", path.display(), error.message(t)));
                    return false;
                }
            };
        self.take_in_preparation(index, &preparation)
    }

    /// What a sheet said taken into meeting `index`, as one undoable change, and that
    /// meeting shown; true when it was (or said why not).
    fn take_in_preparation(&mut self, index: usize, preparation: &Preparation) -> bool {
        let t = self.t();
        if self.doc.is_read_only() {
            return false;
        }
        let before = self.doc.case.clone();
        let Some(meeting) = self.doc.case.meetings.get_mut(index) else {
            return false;
        };
        let taken = meeting.take_in(preparation);
        if self.undone_past_limits(&before) {
            return false;
        }
        if self.doc.case != before {
            self.history.record(before);
            self.mark_changed();
        }
        if index != self.meeting {
            self.meeting = index;
            self.unlocked_meeting = None;
            self.board.selection = crate::canvas::Selection::None;
            self.board.editing = None;
            self.panels.side_tab = self.tab_for_step();
        }
        self.status.info = Some(export::preparation::read_message(preparation, taken, t));
        true
    }

    /// The system ends the session (logout, shutdown): unsaved work goes to the recovery
    /// copy, offered at the next start, and the lock is let go, so nobody finds the file
    /// held by a session that is gone. Then the window closes without asking.
    pub(super) fn end_session(&mut self, ctx: &egui::Context) {
        self.keep_unsaved_work();
        self.window.allow_close = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Waits for a save in flight, writes what is still unsaved to the recovery copy and
    /// lets go of the lock.
    pub(super) fn keep_unsaved_work(&mut self) {
        while self.saving_busy() {
            crate::platform::work::pause(std::time::Duration::from_millis(20));
        }
        if self.doc.dirty {
            // Nowhere to say it: the window is going. The lock stays then, and the next
            // start finds it stale and takes it over.
            if self.recovery.autosave.write_now(&self.doc).is_err() {
                return;
            }
        }
        self.doc.lock = None;
    }

    pub(super) fn leave(&mut self, ctx: &egui::Context, leave: Leave) {
        if self.doc.dirty {
            self.dialogs.confirm = Some(leave);
        } else {
            self.do_leave(ctx, leave);
        }
    }

    pub(super) fn do_leave(&mut self, ctx: &egui::Context, leave: Leave) {
        // Whatever was not saved was let go on purpose (or there was nothing).
        if !matches!(leave, Leave::Open(None)) {
            self.forget_recovery_copy();
        }
        match leave {
            Leave::New => {
                self.recovery.autosave.new_case();
                // Nothing said about the case before applies to the new one.
                self.status.info = None;
                self.status.forget_export();
                self.doc = Document::new_case(document::today());
                self.meeting = 0;
                self.unlocked_meeting = None;
                self.history.clear();
                self.board = BoardState::default();
            }
            Leave::Open(None) if !page::HAS_PATHS => self.pick_in_page(ctx, page::Wanted::Case),
            Leave::Open(None) => {
                let folder = self
                    .doc
                    .path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(Path::to_owned);
                self.dialogs.path = Some(PathDialog::new(PathPurpose::Open, folder));
            }
            Leave::Open(Some(path)) => self.open_path(&path),
            Leave::Quit => {
                self.window.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}
