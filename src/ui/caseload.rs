//! "Mijn casussen": every case in the chair's folder, the most urgent first, in place of the
//! board; one click opens a case.

use std::path::PathBuf;

use crate::caseload::{Direction, Due, FileState, Listed, state_text};
use crate::i18n::{Texts, fill};
use crate::model::Date;
use crate::names::date_short;
use crate::theme;

/// What runs late, and what could not be read: dark enough to read as text on white.
const LATE: theme::Rgb = theme::ORANGE_TEXT;

/// What the caseload view shows and what the chair typed in it.
#[derive(Default)]
pub struct CaseloadView {
    /// The folder as typed or picked; read on "Lezen".
    pub folder: String,
    pub listed: Vec<Listed>,
    /// Files read of how many, while reading.
    pub progress: Option<(usize, usize)>,
    /// Why the folder itself could not be read.
    pub failed: Option<String>,
    /// The passphrase being typed, until "Ontgrendelen".
    pub passphrase: String,
    /// A passphrase is held for this session.
    pub unlocked: bool,
    /// Where the calendar and the print go, as typed or picked.
    pub calendar_path: String,
    pub print_path: String,
    /// The calendar names the child in full (by default: initials only).
    pub calendar_full_names: bool,
    pub print_pseudonymised: bool,
}

/// What the chair asked of the caseload.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseloadAction {
    Show,
    Close,
    PickFolder,
    Read,
    Stop,
    Unlock,
    Open(PathBuf),
    PickCalendarPath,
    ExportCalendar,
    PickPrintPath,
    Print,
}

/// The view in the middle of the window. Returns what the chair asked.
pub fn caseload_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    view: &mut CaseloadView,
    today: Date,
) -> Vec<CaseloadAction> {
    let mut asked = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(t.caseload_title);
        ui.add_space(theme::GAP);
        if ui.button(t.caseload_close).clicked() {
            asked.push(CaseloadAction::Close);
        }
    });
    ui.label(fill(t.caseload_intro, &[("today", &date_short(today, t))]));
    if crate::platform::page::HAS_PATHS {
        folder_ui(ui, t, view, &mut asked);
    } else if ui.button(t.caseload_pick_files).clicked() {
        // A page is given the files by the browser: a folder where it can, else several.
        asked.push(CaseloadAction::PickFolder);
    }
    if let Some((done, total)) = view.progress {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(fill(
                t.caseload_reading,
                &[("done", &done), ("total", &total)],
            ));
            if ui.button(t.caseload_stop).clicked() {
                asked.push(CaseloadAction::Stop);
            }
        });
    }
    if let Some(failed) = &view.failed {
        ui.colored_label(LATE.to_egui(), failed);
    }
    let protected = (view.listed.iter())
        .filter(|one| one.state == FileState::Protected)
        .count();
    if protected > 0 {
        unlock_ui(ui, t, view, protected, &mut asked);
    }
    if !view.listed.is_empty() {
        // Folded by default: the list is what the chair came for.
        egui::CollapsingHeader::new(t.caseload_outputs)
            .default_open(false)
            .show(ui, |ui| outputs_ui(ui, t, view, &mut asked));
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| table_ui(ui, t, &view.listed, today, &mut asked));
    } else if view.progress.is_none()
        && view.failed.is_none()
        && !view.folder.is_empty()
        && crate::platform::page::HAS_PATHS
    {
        ui.label(t.overview_empty);
    }
    asked
}

/// The folder typed or picked, and "Lezen".
fn folder_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    view: &mut CaseloadView,
    asked: &mut Vec<CaseloadAction>,
) {
    ui.horizontal(|ui| {
        ui.label(t.caseload_folder);
        let field = egui::TextEdit::singleline(&mut view.folder)
            .desired_width(ui.available_width().min(480.0) - 200.0);
        let response = ui.add(field);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.caseload_folder)
        });
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            asked.push(CaseloadAction::Read);
        }
        if ui.button(t.caseload_pick_folder).clicked() {
            asked.push(CaseloadAction::PickFolder);
        }
        if ui.button(t.caseload_read).clicked() {
            asked.push(CaseloadAction::Read);
        }
    });
}

fn unlock_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    view: &mut CaseloadView,
    protected: usize,
    asked: &mut Vec<CaseloadAction>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(fill(t.caseload_protected, &[("count", &protected)]));
        let field = egui::TextEdit::singleline(&mut view.passphrase)
            .password(true)
            .desired_width(220.0);
        let response = ui.add(field).on_hover_text(t.caseload_passphrase);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.caseload_passphrase)
        });
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(t.caseload_unlock).clicked() || entered {
            asked.push(CaseloadAction::Unlock);
        }
        ui.weak(t.caseload_unlock_note);
    });
    // Unlocked, and still protected: the passphrase was not theirs (a list read with it).
    if view.unlocked && view.progress.is_none() {
        ui.colored_label(LATE.to_egui(), t.caseload_wrong_passphrase);
    }
}

/// The calendar and the print: where they go, and what they say of the child.
fn outputs_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    view: &mut CaseloadView,
    asked: &mut Vec<CaseloadAction>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t.caseload_calendar);
        path_field(ui, &mut view.calendar_path, t.caseload_calendar);
        if crate::platform::page::HAS_PATHS && ui.button(t.caseload_choose).clicked() {
            asked.push(CaseloadAction::PickCalendarPath);
        }
        ui.checkbox(&mut view.calendar_full_names, t.caseload_full_names);
        if ui.button(t.caseload_export_calendar).clicked() {
            asked.push(CaseloadAction::ExportCalendar);
        }
    });
    if !view.calendar_full_names {
        ui.weak(t.caseload_calendar_note);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(t.caseload_print);
        path_field(ui, &mut view.print_path, t.caseload_print);
        if crate::platform::page::HAS_PATHS && ui.button(t.caseload_choose).clicked() {
            asked.push(CaseloadAction::PickPrintPath);
        }
        ui.checkbox(&mut view.print_pseudonymised, t.export_pseudonymise);
        if ui.button(t.caseload_print_button).clicked() {
            asked.push(CaseloadAction::Print);
        }
    });
}

fn path_field(ui: &mut egui::Ui, path: &mut String, name: &str) {
    let response = ui.add(egui::TextEdit::singleline(path).desired_width(280.0));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, name));
}

/// How the width is shared among the columns: case, last, next, overdue, due soon, further.
const SHARES: [f32; 6] = [0.14, 0.09, 0.13, 0.23, 0.21, 0.20];

/// One row per file: the case (a button that opens it), its meetings, what runs late and
/// what is due soon, decisions waiting, goals, the reminder to put it away, who has it open.
/// Each column has a fixed share of the width, so that a long agreement wraps in its own
/// column instead of pushing the others out of sight.
fn table_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    listed: &[Listed],
    today: Date,
    asked: &mut Vec<CaseloadAction>,
) {
    let gap = theme::GAP;
    let room = ui.available_width() - gap * (SHARES.len() as f32 - 1.0);
    let widths = SHARES.map(|share| (share * room).max(60.0));
    let headers = [
        t.overview_col_case,
        t.overview_col_last,
        t.overview_col_next,
        t.overview_overdue,
        t.overview_due_soon,
        t.overview_col_notes,
    ];
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (header, width) in headers.into_iter().zip(widths) {
            column(ui, width, |ui| {
                ui.strong(header);
            });
        }
    });
    for (number, one) in listed.iter().enumerate() {
        let stripe = if number % 2 == 0 {
            ui.visuals().faint_bg_color
        } else {
            egui::Color32::TRANSPARENT
        };
        egui::Frame::new().fill(stripe).show(ui, |ui| {
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                row_ui(ui, t, one, today, &widths, asked);
            });
        });
    }
}

/// A column of a row: `width` wide, its texts wrapping within it.
fn column(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, 0.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            add(ui);
        },
    );
}

fn row_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    one: &Listed,
    today: Date,
    widths: &[f32; 6],
    asked: &mut Vec<CaseloadAction>,
) {
    let name = one
        .file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let Some(summary) = &one.summary else {
        column(ui, widths[0], |ui| {
            ui.label(&name);
        });
        let rest = widths[1..].iter().sum::<f32>() + theme::GAP * 4.0;
        column(ui, rest, |ui| {
            ui.colored_label(LATE.to_egui(), state_text(&one.state, t));
        });
        return;
    };
    column(ui, widths[0], |ui| {
        let title = if summary.child.is_empty() {
            name.clone()
        } else {
            summary.child.clone()
        };
        let open = ui.link(egui::RichText::new(&title).strong());
        if open
            .on_hover_text(fill(t.caseload_open_hint, &[("file", &name)]))
            .clicked()
        {
            asked.push(CaseloadAction::Open(one.file.clone()));
        }
        if !summary.group.is_empty() {
            ui.label(&summary.group);
        }
    });
    column(ui, widths[1], |ui| {
        ui.label(
            summary
                .last_meeting
                .map_or_else(|| "–".to_owned(), |d| date_short(d, t)),
        );
    });
    column(ui, widths[2], |ui| match &summary.next_meeting {
        Some(next) => {
            let mut when = date_short(next.date, t);
            if let Some(start) = next.start {
                when.push_str(&format!(" {}", start.strftime("%H:%M")));
            }
            if next.date < today {
                ui.colored_label(
                    LATE.to_egui(),
                    fill(t.caseload_meeting_passed, &[("date", &when)]),
                );
            } else {
                ui.label(when);
            }
            if !next.place.is_empty() {
                ui.weak(&next.place);
            }
        }
        None => {
            ui.weak(t.caseload_no_next);
        }
    });
    column(ui, widths[3], |ui| {
        dues_ui(ui, t, &summary.overdue, Some(LATE.to_egui()));
    });
    column(ui, widths[4], |ui| dues_ui(ui, t, &summary.due_soon, None));
    column(ui, widths[5], |ui| further_ui(ui, t, one, summary, today));
}

/// Decisions waiting, goals with their score, the reminder to put the file away, who has
/// it open, and a newer version's note.
fn further_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    one: &Listed,
    summary: &crate::caseload::CaseSummary,
    today: Date,
) {
    for question in &summary.decisions_waiting {
        ui.label(format!("{} {question}", t.overview_decision));
    }
    // The goals on one line, their scores and which way each went; each goal's words on
    // hover: the list is for seeing where a case needs attention.
    if !summary.goals.is_empty() {
        let scores: Vec<String> = (summary.goals.iter())
            .map(|goal| {
                let arrow = match goal.direction {
                    Some(Direction::Up) => " ↑",
                    Some(Direction::Down) => " ↓",
                    Some(Direction::Same) => " =",
                    None => "",
                };
                let score = goal.score.map_or_else(|| "–".to_owned(), |s| s.to_string());
                format!("{score}{arrow}")
            })
            .collect();
        let words: Vec<String> = (summary.goals.iter().zip(&scores))
            .map(|(goal, score)| format!("{score}: {}", goal.text))
            .collect();
        ui.label(fill(t.caseload_goals, &[("scores", &scores.join(" · "))]))
            .on_hover_text(words.join("\n"));
    }
    // When the file is due to be put away: a reminder once due, the date before.
    match summary.retention_due {
        Some(due) if due <= today => {
            ui.colored_label(
                LATE.to_egui(),
                fill(t.overview_retention, &[("date", &date_short(due, t))]),
            );
        }
        Some(due) => {
            ui.weak(fill(
                t.caseload_retention_on,
                &[("date", &date_short(due, t))],
            ));
        }
        None => {}
    }
    if let Some(holder) = &one.open_by {
        ui.weak(fill(
            t.overview_open_by,
            &[("who", &holder.user), ("machine", &holder.machine)],
        ));
    }
    let state = state_text(&one.state, t);
    if !state.is_empty() {
        ui.weak(state);
    }
}

fn dues_ui(ui: &mut egui::Ui, t: &Texts, dues: &[Due], colour: Option<egui::Color32>) {
    ui.vertical(|ui| {
        for due in dues {
            let text = format!("{} · {}: {}", date_short(due.due, t), due.who, due.what);
            match colour {
                Some(colour) => ui.colored_label(colour, text),
                None => ui.label(text),
            };
        }
    });
}
