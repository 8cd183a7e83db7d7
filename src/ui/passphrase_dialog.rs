//! Asking for a passphrase: to open a protected case, to protect one, or to remove the
//! protection. The typed text stays in the dialog; the app reads it when it is submitted.

use std::path::PathBuf;

use egui::{Id, Modal};

use super::Action;
use crate::i18n::{Texts, fill};

/// What the passphrase is for.
#[derive(Clone, Debug, PartialEq)]
pub enum PassphrasePurpose {
    /// Open the file at `path`, or, in a web page, the file named so that came as `bytes`.
    Open {
        path: PathBuf,
        bytes: Option<std::sync::Arc<[u8]>>,
    },
    Protect,
    Unprotect,
}

#[derive(Debug)]
pub struct PassphraseDialog {
    pub purpose: PassphrasePurpose,
    pub text: String,
    pub repeat: String,
    /// Why the last try did not work, shown in the dialog.
    pub error: Option<String>,
    /// The passphrase is being tried beside the UI (the key derivation takes a moment).
    pub busy: bool,
}

impl PassphraseDialog {
    pub fn new(purpose: PassphrasePurpose) -> Self {
        Self {
            purpose,
            text: String::new(),
            repeat: String::new(),
            error: None,
            busy: false,
        }
    }
}

/// Shortest passphrase accepted for protecting a case: a few words, not a PIN.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

fn password_field(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    focus: bool,
) -> egui::Response {
    ui.label(label);
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .password(true)
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::PasswordInput, true, label));
    if focus && !response.has_focus() && text.is_empty() {
        response.request_focus();
    }
    response
}

pub fn passphrase_ui(
    ctx: &egui::Context,
    t: &Texts,
    dialog: &mut PassphraseDialog,
) -> Option<Action> {
    let mut action = None;
    Modal::new(Id::unique("passphrase")).show(ctx, |ui| {
        ui.set_max_width(crate::theme::DIALOG_WIDTH);
        let enter = |ui: &egui::Ui, r: &egui::Response| {
            r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        };
        let submit_text = match &dialog.purpose {
            PassphrasePurpose::Open { path, .. } => {
                ui.heading(t.passphrase_open_title);
                ui.label(fill(t.passphrase_open_body, &[("path", &path.display())]));
                let field = password_field(ui, t.passphrase, &mut dialog.text, true);
                if enter(ui, &field) {
                    action = Some(Action::SubmitPassphrase);
                }
                t.open
            }
            PassphrasePurpose::Protect => {
                ui.heading(t.protect_title);
                ui.label(t.protect_body);
                ui.colored_label(crate::theme::VERMILLION.to_egui(), t.protect_warning);
                password_field(ui, t.passphrase, &mut dialog.text, true);
                let again = password_field(ui, t.passphrase_again, &mut dialog.repeat, false);
                if enter(ui, &again) {
                    action = Some(Action::SubmitPassphrase);
                }
                t.protect_button
            }
            PassphrasePurpose::Unprotect => {
                ui.heading(t.unprotect_title);
                ui.label(t.unprotect_body);
                t.unprotect_button
            }
        };
        if let Some(error) = &dialog.error {
            ui.colored_label(crate::theme::VERMILLION.to_egui(), error);
        }
        if dialog.busy {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t.opening);
            });
            return;
        }
        ui.horizontal(|ui| {
            if ui.button(submit_text).clicked() {
                action = Some(Action::SubmitPassphrase);
            }
            if ui.button(t.cancel).clicked() {
                action = Some(Action::CancelPassphrase);
            }
        });
    });
    action
}
