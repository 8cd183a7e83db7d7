//! Help → About Uitzicht and Help → Manual: offline, in the app itself, in the user's
//! language. No browser, no network.

use std::path::PathBuf;

use super::Action;
use crate::i18n::{Texts, fill};

/// Which help window is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    About,
    Manual,
}

/// Where this machine keeps what the app writes besides the case files.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Places {
    /// The settings (language, reminder, panels) and egui's layout memory.
    pub settings: Option<PathBuf>,
    /// Recovery copies of unsaved work.
    pub recovery: Option<PathBuf>,
    /// The case file open now, if it has one.
    pub case_file: Option<PathBuf>,
}

/// The help window; returns the action that closes it.
pub fn help_ui(ctx: &egui::Context, t: &Texts, help: Help, places: &Places) -> Option<Action> {
    let mut action = None;
    let title = match help {
        Help::About => t.about_title,
        Help::Manual => t.manual_title,
    };
    let modal = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        ui.set_max_width(crate::theme::DIALOG_WIDE);
        ui.heading(title);
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.7)
            .show(ui, |ui| match help {
                Help::About => about_ui(ui, t, places),
                Help::Manual => manual_ui(ui, t),
            });
        ui.add_space(crate::theme::SPACE);
        if ui.button(t.close).clicked() {
            action = Some(Action::CloseHelp);
        }
    });
    if modal.should_close() && action.is_none() {
        action = Some(Action::CloseHelp);
    }
    action
}

fn about_ui(ui: &mut egui::Ui, t: &Texts, places: &Places) {
    ui.label(fill(
        t.about_version,
        &[("version", &env!("CARGO_PKG_VERSION"))],
    ));
    ui.label(t.about_what);
    ui.add_space(crate::theme::SPACE);
    ui.strong(t.about_licences_heading);
    ui.label(fill(
        t.about_licence,
        &[("licence", &env!("CARGO_PKG_LICENSE"))],
    ));
    ui.label(t.about_fonts);
    ui.add_space(crate::theme::SPACE);
    ui.strong(t.about_places_heading);
    let place = |path: &Option<PathBuf>| {
        path.as_ref()
            .map_or_else(|| t.about_nowhere.to_owned(), |p| p.display().to_string())
    };
    for (what, path) in [
        (t.about_case_file, &places.case_file),
        (t.about_recovery, &places.recovery),
        (t.about_settings, &places.settings),
    ] {
        ui.label(format!("{what}: {}", place(path)));
    }
    ui.label(t.about_privacy);
}

fn manual_ui(ui: &mut egui::Ui, t: &Texts) {
    for (heading, body) in [
        (t.manual_before_heading, t.manual_before),
        (t.manual_during_heading, t.manual_during),
        (t.manual_projector_heading, t.manual_projector),
        (t.manual_after_heading, t.manual_after),
        (t.manual_safe_heading, t.manual_safe),
        (t.manual_keys_heading, t.manual_keys),
    ] {
        ui.add_space(crate::theme::SPACE);
        ui.strong(heading);
        for paragraph in body.split("\n\n") {
            ui.label(paragraph);
        }
    }
}
