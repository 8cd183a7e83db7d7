//! "Unsaved work was found": the recovery copies left by a crash, to restore, compare or
//! throw away.

use egui::{Id, Modal};

use super::Action;
use crate::i18n::{Texts, fill};
use crate::model::Case;
use crate::storage::Found;

fn summary(case: &Case, t: &Texts) -> String {
    let totals = case.totals();
    fill(
        t.cli_summary,
        &[
            ("child", &case.child),
            ("meetings", &totals.meetings),
            ("circles", &totals.circles),
            ("items", &totals.items),
            ("arrows", &totals.arrows),
            ("agreements", &totals.agreements),
        ],
    )
}

/// The copy and its file side by side, read once when the chair asked to compare.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub index: usize,
    pub copy: String,
    /// `None` for a case that never had a file.
    pub file: Option<String>,
}

impl Comparison {
    /// Reads the copy and its file, once.
    pub fn of(index: usize, copy: &Found, t: &Texts) -> Self {
        let read = |loaded: Result<crate::storage::Loaded, crate::storage::StorageError>| {
            loaded
                .map(|l| summary(&l.case, t))
                .unwrap_or_else(|e| e.message(t))
        };
        Self {
            index,
            copy: read(copy.load()),
            file: copy
                .file()
                .map(|original| read(crate::storage::load(original))),
        }
    }
}

pub fn recovery_ui(
    ctx: &egui::Context,
    t: &Texts,
    found: &[Found],
    comparing: Option<&Comparison>,
    passphrase: &mut String,
    busy: bool,
) -> Option<Action> {
    let mut action = None;
    Modal::new(Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(crate::theme::DIALOG_WIDE);
        ui.heading(t.recovery_title);
        ui.label(t.recovery_body);
        for (index, copy) in found.iter().enumerate() {
            ui.separator();
            let name = copy.original.as_ref().map_or_else(
                || t.recovery_new_case.to_owned(),
                |p| p.display().to_string(),
            );
            let when = jiff::Timestamp::try_from(copy.written)
                .map(|ts| {
                    ts.to_zoned_datetime(crate::platform::zone::local())
                        .strftime("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            ui.strong(fill(t.recovery_entry, &[("name", &name), ("when", &when)]));
            if copy.older_than_file {
                ui.label(t.recovery_older_than_file);
            }
            if copy.protected {
                // Comparing would decrypt every frame; the passphrase restores it instead.
                ui.label(t.recovery_protected);
                let field = ui.add(egui::TextEdit::singleline(passphrase).password(true));
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::PasswordInput, true, t.passphrase)
                });
            } else if let Some(comparison) = comparing.filter(|c| c.index == index) {
                ui.label(fill(t.recovery_copy_line, &[("summary", &comparison.copy)]));
                if let Some(on_disk) = &comparison.file {
                    ui.label(fill(t.recovery_file_line, &[("summary", on_disk)]));
                }
            }
            if busy {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t.opening);
                });
                continue;
            }
            ui.horizontal(|ui| {
                if ui.button(t.restore).clicked() {
                    action = Some(Action::Restore(index));
                }
                if !copy.protected && ui.button(t.compare).clicked() {
                    action = Some(Action::CompareRecovery(index));
                }
                if super::pressed(&ui.button(t.discard)) {
                    action = Some(Action::DiscardRecovery(index));
                }
            });
        }
        ui.separator();
        if ui.button(t.recover_later).clicked() {
            action = Some(Action::RecoverLater);
        }
    });
    action
}
