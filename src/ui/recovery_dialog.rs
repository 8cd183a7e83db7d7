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

pub fn recovery_ui(
    ctx: &egui::Context,
    t: &Texts,
    found: &[Found],
    comparing: Option<usize>,
    passphrase: &mut String,
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
                    ts.to_zoned_datetime(jiff::tz::TimeZone::system())
                        .strftime("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            ui.strong(fill(t.recovery_entry, &[("name", &name), ("when", &when)]));
            if copy.protected {
                // Comparing would decrypt every frame; the passphrase restores it instead.
                ui.label(t.recovery_protected);
                let field = ui.add(egui::TextEdit::singleline(passphrase).password(true));
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::PasswordInput, true, t.passphrase)
                });
            } else if comparing == Some(index) {
                let recovered = copy
                    .load()
                    .map(|l| summary(&l.case, t))
                    .unwrap_or_else(|e| e.message(t));
                ui.label(fill(t.recovery_copy_line, &[("summary", &recovered)]));
                if let Some(original) = &copy.original {
                    let on_disk = crate::storage::load(original)
                        .map(|l| summary(&l.case, t))
                        .unwrap_or_else(|e| e.message(t));
                    ui.label(fill(t.recovery_file_line, &[("summary", &on_disk)]));
                }
            }
            ui.horizontal(|ui| {
                if ui.button(t.restore).clicked() {
                    action = Some(Action::Restore(index));
                }
                if !copy.protected && ui.button(t.compare).clicked() {
                    action = Some(Action::CompareRecovery(index));
                }
                if ui.button(t.discard).clicked() {
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
