//! Opening, saving and exporting in a web page, where a file is a name and bytes, not a
//! path (`platform::page`): what the browser's picker or a drop gives arrives a moment
//! later; saving and exporting hand the bytes out as a download.

use std::path::Path;

use super::UitzichtApp;
use crate::document::Document;
use crate::i18n::fill;
use crate::platform::page::{self, NotMade, Wanted};
use crate::storage::{FILE_EXTENSION, StorageError};
use crate::ui;

impl UitzichtApp {
    /// Takes in the files the page received since the last frame, and says when the
    /// browser kept no recovery copy.
    pub(super) fn take_arrived(&mut self, ctx: &egui::Context) {
        self.take_saved_in_place(ctx);
        self.take_documents_made();
        if let Some(reason) = page::copy_failure() {
            self.status.info = Some(fill(self.t().err_page_copy, &[("reason", &reason)]));
        }
        for arrived in page::arrived() {
            match arrived.wanted {
                Wanted::Case => self.open_arrived(&arrived.name, arrived.bytes),
                Wanted::Preparation => {
                    self.read_preparation_bytes(Path::new(&arrived.name), &arrived.bytes);
                }
                Wanted::Listed { done, total } => {
                    let months = self.retention.months;
                    let lang = self.lang;
                    self.caseload.take_in_page(
                        &arrived.name,
                        &arrived.bytes,
                        (done, total),
                        lang,
                        months,
                    );
                }
            }
            ctx.request_repaint();
        }
    }

    /// Asks the page's picker for a case or a filled-in sheet.
    pub(super) fn pick_in_page(&self, ctx: &egui::Context, wanted: Wanted) {
        let extensions: &[&str] = match wanted {
            Wanted::Case | Wanted::Listed { .. } => &[FILE_EXTENSION, "ron"],
            Wanted::Preparation => &["docx"],
        };
        page::pick(ctx, wanted, extensions);
    }

    fn open_arrived(&mut self, name: &str, bytes: Vec<u8>) {
        match Document::from_bytes(name, &bytes, None) {
            Err(StorageError::NeedsPassphrase { path }) => {
                self.dialogs.passphrase =
                    Some(ui::PassphraseDialog::new(ui::PassphrasePurpose::Open {
                        path,
                        bytes: Some(bytes.into()),
                    }));
            }
            opened => self.install_opened(Path::new(name), opened),
        }
    }

    /// Saves the case as a file named as `path`'s: into the same file again where the
    /// browser allows it (done a moment later), else as a download; true when it is saved.
    pub(super) fn save_in_page(&mut self, path: &Path) -> bool {
        let t = self.t();
        let name = page_name(path, t.file_word_case, FILE_EXTENSION);
        if self.work.saving_in_place.is_some() {
            return false;
        }
        let bytes = match self.doc.encoded(&name) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.status.error = Some(error.message(t));
                return false;
            }
        };
        if page::can_save_in_place() {
            page::save_in_place(&name, &bytes);
            self.work.saving_in_place = Some(self.doc.case.clone());
            self.status.info = Some(t.saving.to_owned());
            return false;
        }
        match hand_out(&name, &bytes, t) {
            Ok(()) => {
                let saved = self.doc.case.clone();
                self.doc.handed_out_as(&name, &saved);
                self.forget_recovery_copy();
                self.status.info = Some(fill(t.saved_as_download, &[("name", &name)]));
                true
            }
            Err(said) => {
                self.status.error = Some(said);
                false
            }
        }
    }

    /// Takes in how a save into a file went, once the browser is done; goes on with what
    /// waited for the save (opening another case, say).
    fn take_saved_in_place(&mut self, ctx: &egui::Context) {
        let Some(done) = page::saved_in_place() else {
            if self.work.saving_in_place.is_some() {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            return;
        };
        let Some(saved) = self.work.saving_in_place.take() else {
            return;
        };
        let t = self.t();
        match done {
            page::SavedInPlace::Written(name) => {
                self.doc.handed_out_as(&name, &saved);
                self.forget_recovery_copy();
                self.status.info = Some(fill(t.saved_in_place, &[("name", &name)]));
                self.dialogs.path = None;
                if let Some(leave) = self.work.after_save.take() {
                    self.do_leave(ctx, leave);
                }
            }
            page::SavedInPlace::Cancelled => {
                self.status.info = None;
                self.work.after_save = None;
            }
            page::SavedInPlace::Failed(reason) => {
                let name = self.doc.path.as_ref().map(|p| p.display().to_string());
                let name = name.unwrap_or_else(|| t.file_word_case.to_owned());
                self.status.error = Some(fill(
                    t.err_save_in_place,
                    &[("name", &name), ("reason", &reason)],
                ));
                self.work.after_save = None;
            }
        }
    }

    /// Hands an export out as a download named as `path`'s file; true when the browser
    /// took it.
    /// Asks the page for the document `job` as the download named by `path`; it is said
    /// once made (see [`Self::take_documents_made`]). True when it was asked.
    pub(super) fn export_in_page(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        job: &crate::export::Job,
        extension: &str,
    ) -> bool {
        let name = page_name(path, self.t().file_word_case, extension);
        self.make_in_page(ctx, job, &name)
    }

    /// Hands `job` to the page's program that makes documents, to be offered as `name`.
    pub(super) fn make_in_page(
        &mut self,
        ctx: &egui::Context,
        job: &crate::export::Job,
        name: &str,
    ) -> bool {
        let t = self.t();
        match job.to_text() {
            Ok(text) => {
                page::make_document(ctx, text, name);
                self.status.info = Some(fill(t.export_being_made, &[("name", &name)]));
                true
            }
            Err(detail) => {
                self.status.error = Some(fill(t.err_export, &[("detail", &detail)]));
                false
            }
        }
    }

    /// Offers the documents the page made as downloads, or says why one was not made.
    fn take_documents_made(&mut self) {
        let t = self.t();
        for made in page::documents_made() {
            let name = made.name.as_str();
            let handed = match made.result {
                Ok(bytes) => hand_out(name, &bytes, t),
                Err(NotMade::Said(said)) => Err(said),
                Err(NotMade::NotLoaded(reason)) => Err(fill(
                    t.err_documents_unloaded,
                    &[("name", &name), ("reason", &reason)],
                )),
            };
            match handed {
                Ok(()) => self.status.info = Some(fill(t.exported_as_download, &[("name", &name)])),
                Err(said) => self.status.error = Some(said),
            }
        }
    }
}

/// A page offers only a name: whatever folder was typed before it is dropped.
fn page_name(path: &Path, fallback: &str, extension: &str) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| format!("{fallback}.{extension}"))
}

fn hand_out(name: &str, bytes: &[u8], t: &crate::i18n::Texts) -> Result<(), String> {
    page::hand_out(name, bytes)
        .map_err(|reason| fill(t.err_download, &[("name", &name), ("reason", &reason)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_file_keeps_only_its_name() {
        let name = |typed: &str| page_name(Path::new(typed), "casus", "uitzicht");
        assert_eq!(name("/home/x/daan.uitzicht"), "daan.uitzicht");
        assert_eq!(name("daan-bord.pdf"), "daan-bord.pdf");
        assert_eq!(name(""), "casus.uitzicht");
    }
}
