//! What surrounds the board on the chair's screen: menu bar, banners, status bar, the
//! guide and the side panel; the projector window; the dialogs.

use super::{UitzichtApp, now};
use crate::document;
use crate::i18n::{Texts, fill};
use crate::storage::CURRENT_FORMAT_VERSION;
use crate::theme;
use crate::ui::{self, Action, Command};

/// What the right-hand panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideTab {
    /// The form of the current step.
    Form,
    /// The board's tools.
    Board,
    /// The meetings of the case, what changed, and the goals' scores over time.
    Trajectory,
}

/// The panels beside the board: which are open, and what the right one shows.
pub struct Panels {
    pub side_tab: SideTab,
    /// The guide on the left is shown (not folded away)…
    pub guide_open: bool,
    /// …and the form panel on the right.
    pub side_open: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Self {
            side_tab: SideTab::Form,
            guide_open: true,
            side_open: true,
        }
    }
}

/// The reminder to move a case away that has not been used for a while.
pub struct Retention {
    /// Months without use after which the chair is reminded.
    pub months: u32,
    /// The reminder was put aside for this session.
    pub(super) dismissed: bool,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            months: crate::retention::DEFAULT_MONTHS,
            dismissed: false,
        }
    }
}

impl UitzichtApp {
    /// "● Daan (alleen lezen) — Uitzicht": unsaved, whose case, and whether it can be saved.
    pub(super) fn window_title(&self) -> String {
        let t = self.t();
        let name = self
            .doc
            .display_name()
            .unwrap_or_else(|| t.new_case.to_owned());
        let mark = if self.doc.dirty { "● " } else { "" };
        let read_only = if self.doc.is_read_only() {
            t.title_read_only
        } else {
            ""
        };
        format!("{mark}{name}{read_only} — {}", t.app_name)
    }

    /// Menu, banners, status bar, guide and side panel: hidden while presenting.
    pub(super) fn chrome_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        self.banners_ui(ui, actions);
        self.status_bar_ui(ui, actions);
        // The caseload takes the whole width: its rows are many cases, not this one.
        if !self.caseload.open {
            self.panels_ui(ui, actions);
        }
    }

    /// The menu bar, and a banner for each reason the case cannot simply be changed.
    fn banners_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let t = self.t();
        egui::Panel::top("menu").show(ui, |ui| {
            ui::landmark(ui, egui::accesskit::Role::Navigation, t.landmark_menu);
            actions.extend(ui::menu_bar_ui(
                ui,
                t,
                self.lang,
                &self.doc,
                self.meeting,
                self.retention.months,
            ));
        });
        if let Some(holder) = &self.doc.locked_by {
            egui::Panel::top("locked").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let since = holder
                        .since
                        .get(..16)
                        .unwrap_or(&holder.since)
                        .replace('T', " ");
                    let banner = if holder.is_known() {
                        fill(
                            t.locked_banner,
                            &[
                                ("user", &holder.user),
                                ("machine", &holder.machine),
                                ("since", &since),
                            ],
                        )
                    } else {
                        t.locked_banner_unknown.to_owned()
                    };
                    ui.colored_label(theme::VERMILLION.to_egui(), banner);
                    if holder.is_stale() {
                        ui.label(t.locked_stale);
                    }
                    if ui.button(t.take_over).clicked() {
                        actions.push(Action::TakeOverLock);
                    }
                });
            });
        } else if self.doc.read_only_file {
            egui::Panel::top("read_only").show(ui, |ui| {
                ui.colored_label(theme::VERMILLION.to_egui(), t.read_only_file);
            });
        } else if self.doc.is_read_only() {
            egui::Panel::top("read_only").show(ui, |ui| {
                ui.colored_label(
                    theme::VERMILLION.to_egui(),
                    fill(
                        t.read_only_newer,
                        &[
                            ("file_version", &self.doc.format_version),
                            ("app_version", &CURRENT_FORMAT_VERSION),
                        ],
                    ),
                );
            });
        }
        if self.is_earlier_meeting() && self.unlocked_meeting != Some(self.meeting) {
            let date = (self.doc.case.meetings.get(self.meeting))
                .map(|m| crate::names::date_long(m.date, t))
                .unwrap_or_default();
            egui::Panel::top("earlier_meeting").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(fill(t.older_meeting, &[("date", &date)]));
                    if ui.button(t.go_to_last).clicked() {
                        let last = self.doc.case.last_meeting_index().unwrap_or(0);
                        actions.push(Action::ShowMeeting(last));
                    }
                    if !self.doc.is_read_only() && ui.button(t.unlock_meeting).clicked() {
                        actions.push(Action::UnlockMeeting);
                    }
                });
            });
        }
        let last_touched = crate::retention::last_touched(
            &self.doc.case,
            self.doc.saved_on,
            crate::document::today(),
        );
        let due = last_touched.filter(|&last| {
            crate::retention::reminder_due(last, document::today(), self.retention.months)
        });
        if let (Some(last), false) = (due, self.retention.dismissed) {
            egui::Panel::top("retention").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(
                        theme::ORANGE_TEXT.to_egui(),
                        fill(
                            t.retention_due,
                            &[("date", &crate::names::date_short(last, t))],
                        ),
                    );
                    if ui.button(t.retention_later).clicked() {
                        actions.push(Action::DismissRetention);
                    }
                });
            });
        }
    }

    /// Protection, last use, the last message, and the last export to open.
    fn status_bar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let t = self.t();
        let ctx = ui.ctx().clone();
        let last_touched = crate::retention::last_touched(
            &self.doc.case,
            self.doc.saved_on,
            crate::document::today(),
        );
        egui::Panel::bottom("status").show(ui, |ui| {
            let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
            ui.horizontal(|ui| {
                if hovering {
                    ui.label(t.drop_hint);
                    return;
                }
                if self.doc.passphrase.is_some() {
                    ui.label(t.status_protected);
                    ui.separator();
                }
                if let Some(last) = last_touched.filter(|_| self.doc.path.is_some()) {
                    ui.label(fill(
                        t.status_last_touched,
                        &[("date", &crate::names::date_short(last, t))],
                    ));
                    ui.separator();
                }
                if let Some(reading) = &self.work.reading_sheet {
                    // A long sheet: how far, and a way to stop it.
                    let file = reading
                        .path
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy();
                    let percent = (reading.progress.fraction() * 100.0).round();
                    ui.spinner();
                    ui.label(fill(
                        t.prep_reading,
                        &[("file", &file), ("percent", &percent)],
                    ));
                    if ui.button(t.prep_stop).clicked() {
                        actions.push(Action::StopReadingSheet);
                    }
                    ui.separator();
                }
                ui.label(self.status.info.as_deref().unwrap_or(""));
                if self.status.export_offered().is_some() && ui.button(t.open_export).clicked() {
                    actions.push(Action::OpenExport);
                }
            });
        });
    }

    /// The guide on the left, the step's form, the board's tools or the trajectory on
    /// the right.
    fn panels_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let t = self.t();
        let Some(meeting) = self.doc.case.meetings.get(self.meeting) else {
            return;
        };
        let editable = self.editable();
        let room = ui.available_width();
        if self.panels.guide_open {
            let range = theme::panel_range(theme::GUIDE_WIDTH_RANGE, room, theme::GUIDE_SHARE);
            egui::Panel::left("guide")
                .resizable(true)
                .default_size(theme::GUIDE_WIDTH.min(*range.end()))
                .size_range(range)
                .show(ui, |ui| {
                    ui::landmark(ui, egui::accesskit::Role::Navigation, t.guide);
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    fold_button(ui, t, Command::ToggleGuide, "◀", actions);
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        actions.extend(ui::guide_panel_ui(ui, t, meeting, now(), editable));
                    });
                });
        } else {
            egui::Panel::left("guide_folded")
                .resizable(false)
                .exact_size(theme::FOLDED_PANEL)
                .show(ui, |ui| {
                    fold_button(ui, t, Command::ToggleGuide, "▶", actions);
                    ui.separator();
                    // The steps stay at hand while the guide is folded away.
                    let current = meeting.guide.current;
                    for (command, arrow, possible) in [
                        (Command::PreviousStep, "▲", current.previous().is_some()),
                        (Command::NextStep, "▼", current.next().is_some()),
                    ] {
                        ui.add_enabled_ui(editable && possible, |ui| {
                            fold_button(ui, t, command, arrow, actions);
                        });
                    }
                });
        }
        if !self.panels.side_open {
            egui::Panel::right("side_folded")
                .resizable(false)
                .exact_size(theme::FOLDED_PANEL)
                .show(ui, |ui| {
                    fold_button(ui, t, Command::ToggleSidePanel, "◀", actions);
                });
            return;
        }
        let context = ui::PanelContext {
            editable,
            can_undo: self.history.can_undo(),
            can_redo: self.history.can_redo(),
            presenting: self.presentation.presenting,
            projector_open: self.presentation.window_open,
            board_pinned: self.presentation.board_pinned,
            high_contrast: self.presentation.high_contrast,
        };
        let range = theme::panel_range(theme::SIDE_WIDTH_RANGE, room, theme::SIDE_SHARE);
        egui::Panel::right("side_panel")
            .resizable(true)
            .default_size(theme::SIDE_WIDTH.min(*range.end()))
            .size_range(range)
            .show(ui, |ui| {
                ui::landmark(ui, egui::accesskit::Role::Complementary, t.landmark_side);
                // A panel keeps its width unless the chair drags it: a resizable panel grows
                // to what it holds, so every text in it wraps (a long goal on a button
                // "doel maken" would widen it, and shrink the board, under the pointer).
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                ui.horizontal(|ui| {
                    fold_button(ui, t, Command::ToggleSidePanel, "▶", actions);
                    ui.selectable_value(&mut self.panels.side_tab, SideTab::Form, t.tab_form);
                    ui.selectable_value(&mut self.panels.side_tab, SideTab::Board, t.tab_board);
                    ui.selectable_value(
                        &mut self.panels.side_tab,
                        SideTab::Trajectory,
                        t.tab_trajectory,
                    );
                });
                ui.separator();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if !self.panels.guide_open && self.panels.side_tab != SideTab::Trajectory {
                        ui::step_questions_ui(ui, t, meeting.guide.current);
                    }
                    match self.panels.side_tab {
                        SideTab::Board => {
                            actions.extend(ui::board_panel_ui(
                                ui,
                                t,
                                meeting,
                                &mut self.board,
                                &context,
                            ));
                        }
                        SideTab::Trajectory => {
                            actions.extend(ui::trajectory_ui(
                                ui,
                                t,
                                &self.doc.case,
                                self.meeting,
                                !self.doc.is_read_only(),
                            ));
                        }
                        SideTab::Form => {
                            ui.add_enabled_ui(editable, |ui| {
                                let case = &self.doc.case;
                                let Some(mut draft) = ui::FormDraft::of(case, self.meeting) else {
                                    return;
                                };
                                ui::step_form_ui(ui, t, (case, self.meeting), &mut draft);
                                if let Some(edited) = draft.edited(case, self.meeting) {
                                    actions.push(Action::ReplaceCase(Box::new(edited)));
                                }
                            });
                        }
                    }
                });
            });
    }

    /// The dialogs that wait for an answer, over everything else.
    pub(super) fn dialogs_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let t = self.t();
        if let Some(dialog) = &mut self.dialogs.path {
            let suggested = self
                .doc
                .display_name()
                .unwrap_or_else(|| t.new_case.to_owned());
            actions.extend(ui::path_dialog_ui(
                ctx,
                dialog,
                t,
                self.window.pickers.as_ref(),
                &suggested,
            ));
        }
        if self.dialogs.confirm.is_some() {
            actions.extend(ui::confirm_unsaved_ui(ctx, t));
        }
        if let Some(date) = &mut self.dialogs.follow_up_date {
            actions.extend(ui::follow_up_ui(ctx, t, date));
        }
        if let Some(help) = self.dialogs.help {
            let places = ui::Places {
                settings: crate::platform::files::data_folder(super::APP_ID),
                recovery: self
                    .recovery
                    .autosave
                    .recovery()
                    .map(|r| r.folder().to_owned()),
                case_file: self.doc.path.clone(),
            };
            actions.extend(ui::help_ui(ctx, t, help, &places));
        }
        if let Some(dialog) = &mut self.dialogs.passphrase {
            actions.extend(ui::passphrase_ui(ctx, t, dialog));
        }
        if let Some(message) = &self.status.error {
            actions.extend(ui::error_ui(ctx, t, message));
        }
        if !self.recovery.offered.is_empty() {
            actions.extend(ui::recovery_ui(
                ctx,
                t,
                &self.recovery.offered,
                self.dialogs.comparing.as_ref(),
                &mut self.dialogs.recovery_passphrase,
                self.work.restoring.is_some(),
            ));
        }
    }
}

/// The arrow that folds a panel away or brings it back, named and explained.
fn fold_button(
    ui: &mut egui::Ui,
    t: &Texts,
    command: Command,
    arrow: &str,
    actions: &mut Vec<Action>,
) {
    let response = ui.button(arrow);
    let name = command.text_with_keys(ui.ctx(), t);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if response
        .on_hover_text(format!("{name}: {}", command.tooltip(t)))
        .clicked()
    {
        actions.push(Action::Command(command));
    }
}
