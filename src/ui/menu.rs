use super::{Action, Command};
use crate::document::Document;
use crate::i18n::{Lang, Texts, fill};

/// The menu bar: File, Language, and the meeting picker.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    lang: Lang,
    doc: &Document,
    meeting: usize,
    retention_months: u32,
) -> Vec<Action> {
    let mut actions = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t.menu_file, |ui| {
            for command in Command::FILE_MENU {
                // Only the one of protect / unprotect that applies.
                let protected = doc.passphrase.is_some();
                if (command == Command::Protect && protected)
                    || (command == Command::Unprotect && !protected)
                {
                    continue;
                }
                if matches!(
                    command,
                    Command::ExportSheet | Command::Protect | Command::Unprotect | Command::Quit
                ) {
                    ui.separator();
                }
                if command.menu_entry(ui, t, true) {
                    actions.push(Action::Command(command));
                }
                if command == Command::ExportDocx {
                    preparation_menu_ui(ui, t, doc, meeting, &mut actions);
                }
            }
        });
        ui.menu_button(t.menu_language, |ui| {
            for choice in Lang::ALL {
                if ui.radio(lang == choice, choice.name()).clicked() {
                    actions.push(Action::SetLang(choice));
                }
            }
        });
        ui.menu_button(t.menu_privacy, |ui| {
            ui.set_max_width(crate::theme::MENU_WIDTH);
            ui.label(t.retention_setting);
            let mut months = retention_months;
            let slider = ui.add(egui::Slider::new(
                &mut months,
                0..=crate::retention::MAX_MONTHS,
            ));
            slider.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Slider, true, t.retention_setting)
            });
            if months != retention_months {
                actions.push(Action::SetRetention(months));
            }
            ui.separator();
            ui.label(t.privacy_facts);
            if !crate::platform::page::HAS_PATHS {
                ui.separator();
                ui.label(t.page_privacy);
                if ui.button(t.forget_page_copies).clicked() {
                    actions.push(Action::ForgetPageCopies);
                }
            }
        });
        ui.menu_button(t.menu_help, |ui| {
            for command in [Command::Manual, Command::About] {
                if command.menu_entry(ui, t, true) {
                    actions.push(Action::Command(command));
                }
            }
        });
        if ui.button(t.caseload_menu).clicked() {
            actions.push(Action::Caseload(super::CaseloadAction::Show));
        }
        ui.separator();
        meeting_picker_ui(ui, t, doc, meeting, &mut actions);
        if Command::FollowUp.button(ui, t, !doc.is_read_only()) {
            actions.push(Action::Command(Command::FollowUp));
        }
    });
    actions
}

fn meeting_picker_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    doc: &Document,
    meeting: usize,
    actions: &mut Vec<Action>,
) {
    let entry = |index: usize| {
        doc.case.meetings.get(index).map_or_else(String::new, |m| {
            fill(
                t.meeting_entry,
                &[
                    ("number", &(index + 1)),
                    ("date", &crate::names::date_short(m.date, t)),
                ],
            )
        })
    };
    if doc.case.meetings.is_empty() {
        ui.label(t.no_meetings);
        return;
    }
    egui::ComboBox::from_id_salt("meeting")
        .selected_text(entry(meeting))
        .show_ui(ui, |ui| {
            for index in 0..doc.case.meetings.len() {
                if ui
                    .selectable_label(index == meeting, entry(index))
                    .clicked()
                {
                    actions.push(Action::ShowMeeting(index));
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t.meeting_picker));
}

/// The sheets participants fill in before the meeting, one per person and one for the
/// child, and reading them back in.
fn preparation_menu_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    doc: &Document,
    meeting: usize,
    actions: &mut Vec<Action>,
) {
    use crate::export::preparation::SheetFor;
    ui.separator();
    ui.menu_button(t.prep_make, |ui| {
        let people = doc
            .case
            .meetings
            .get(meeting)
            .map(|m| m.participants.as_slice())
            .unwrap_or_default();
        let child = crate::names::compared(&crate::export::bare_name(&doc.case.child));
        for (at, person) in people.iter().enumerate() {
            // The child at the table gets the child's sheet below, not an adult's.
            if !child.is_empty() && crate::names::compared(&person.name) == child {
                continue;
            }
            if ui
                .button(fill(t.prep_make_for, &[("who", &person.name)]))
                .clicked()
            {
                actions.push(Action::AskPreparationSheet(SheetFor::Participant(at)));
            }
        }
        if ui.button(t.prep_make_child).clicked() {
            actions.push(Action::AskPreparationSheet(SheetFor::Child));
        }
        ui.separator();
        if ui.button(t.prep_make_referral).clicked() {
            actions.push(Action::AskPreparationSheet(SheetFor::Referral));
        }
    });
    let read = ui.add_enabled(!doc.is_read_only(), egui::Button::new(t.prep_read));
    if read.clicked() {
        actions.push(Action::AskReadPreparation);
    }
}
