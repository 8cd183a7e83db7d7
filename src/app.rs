//! The eframe glue: one open case, the panels around its board, and the one place where
//! the user's actions are applied.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::canvas::{self, FontFamilies};
use crate::document::{self, Document};
use crate::i18n::{Lang, Texts, fill};
use crate::layout;
use crate::storage::CURRENT_FORMAT_VERSION;
use crate::ui::{self, Action, Command, FileDialogs, NativeDialogs, PathDialog, PathPurpose};

const LANG_KEY: &str = "uitzicht.lang";

/// Something that replaces or closes the open case, and so must first ask about
/// unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Leave {
    New,
    /// Open a file; `None` asks which.
    Open(Option<PathBuf>),
    Quit,
}

/// The running app.
pub struct UitzichtApp {
    pub doc: Document,
    pub lang: Lang,
    /// Index of the meeting shown.
    pub meeting: usize,
    pub path_dialog: Option<PathDialog>,
    /// Waiting for an answer to "save your changes?" before doing this.
    pub confirm: Option<Leave>,
    /// Done once a save that the user asked for on the way out has succeeded.
    after_save: Option<Leave>,
    pub error: Option<String>,
    pub info: Option<String>,
    native: Box<dyn FileDialogs>,
    allow_close: bool,
    shown_title: String,
}

impl UitzichtApp {
    /// The app as eframe starts it, on `path` if given.
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<&Path>) -> Self {
        let lang = cc
            .storage
            .and_then(|s| eframe::get_value(s, LANG_KEY))
            .unwrap_or_default();
        Self::with_dialogs(&cc.egui_ctx, path, lang, Box::new(NativeDialogs))
    }

    /// The app with the given file pickers; tests pass [`ui::NoDialogs`].
    pub fn with_dialogs(
        ctx: &egui::Context,
        path: Option<&Path>,
        lang: Lang,
        native: Box<dyn FileDialogs>,
    ) -> Self {
        install_fonts(ctx);
        install_style(ctx);
        let mut app = Self {
            doc: Document::new_case(document::today()),
            lang,
            meeting: 0,
            path_dialog: None,
            confirm: None,
            after_save: None,
            error: None,
            info: None,
            native,
            allow_close: false,
            shown_title: String::new(),
        };
        if let Some(path) = path {
            app.open_path(path);
        }
        app
    }

    fn t(&self) -> &'static Texts {
        self.lang.texts()
    }

    fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(doc) => {
                self.meeting = doc.case.last_meeting_index().unwrap_or(0);
                self.doc = doc;
                self.info = Some(fill(self.t().opened, &[("path", &path.display())]));
            }
            Err(error) => self.error = Some(error.message(self.t())),
        }
    }

    /// Saves to `path`; true when it worked. An error is shown and the edits stay.
    fn save_to(&mut self, path: &Path) -> bool {
        match self.doc.save_to(path) {
            Ok(()) => {
                self.info = Some(fill(self.t().saved, &[("path", &path.display())]));
                true
            }
            Err(error) => {
                self.error = Some(error.message(self.t()));
                false
            }
        }
    }

    fn save(&mut self) -> bool {
        match self.doc.path.clone() {
            Some(path) => self.save_to(&path),
            None => {
                self.path_dialog = Some(PathDialog::new(PathPurpose::SaveAs, None));
                false
            }
        }
    }

    fn leave(&mut self, ctx: &egui::Context, leave: Leave) {
        if self.doc.dirty {
            self.confirm = Some(leave);
        } else {
            self.do_leave(ctx, leave);
        }
    }

    fn do_leave(&mut self, ctx: &egui::Context, leave: Leave) {
        match leave {
            Leave::New => {
                self.doc = Document::new_case(document::today());
                self.meeting = 0;
            }
            Leave::Open(None) => {
                let folder = self
                    .doc
                    .path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(Path::to_owned);
                self.path_dialog = Some(PathDialog::new(PathPurpose::Open, folder));
            }
            Leave::Open(Some(path)) => self.open_path(&path),
            Leave::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Applies one action. Every change to the open case or the app goes through here.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(Command::New) => self.leave(ctx, Leave::New),
            Action::Command(Command::Open) => self.leave(ctx, Leave::Open(None)),
            Action::Command(Command::Save) => {
                self.save();
            }
            Action::Command(Command::SaveAs) => {
                self.path_dialog =
                    Some(PathDialog::new(PathPurpose::SaveAs, self.doc.path.clone()));
            }
            Action::Command(Command::Quit) => self.leave(ctx, Leave::Quit),
            Action::OpenPath(path) => {
                self.path_dialog = None;
                self.leave(ctx, Leave::Open(Some(path)));
            }
            Action::SaveToPath(path) => {
                if self.save_to(&path) {
                    self.path_dialog = None;
                    if let Some(leave) = self.after_save.take() {
                        self.do_leave(ctx, leave);
                    }
                }
            }
            Action::ShowMeeting(index) => {
                if index < self.doc.case.meetings.len() {
                    self.meeting = index;
                }
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::ConfirmSave => {
                if let Some(leave) = self.confirm.take() {
                    if self.doc.path.is_some() {
                        if self.save() {
                            self.do_leave(ctx, leave);
                        }
                    } else {
                        self.after_save = Some(leave);
                        self.path_dialog = Some(PathDialog::new(PathPurpose::SaveAs, None));
                    }
                }
            }
            Action::ConfirmDiscard => {
                if let Some(leave) = self.confirm.take() {
                    self.do_leave(ctx, leave);
                }
            }
            Action::ConfirmCancel => self.confirm = None,
            Action::CloseDialog => {
                self.path_dialog = None;
                self.after_save = None;
            }
            Action::DismissError => self.error = None,
        }
    }

    fn window_title(&self) -> String {
        let t = self.t();
        let name = self
            .doc
            .display_name()
            .unwrap_or_else(|| t.new_case.to_owned());
        let mark = if self.doc.dirty { "● " } else { "" };
        format!("{mark}{name} — {}", t.app_name)
    }

    fn dropped_file(ctx: &egui::Context) -> Option<PathBuf> {
        ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned()))
    }
}

impl eframe::App for UitzichtApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let t = self.t();
        let mut actions = Vec::new();

        if ctx.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Leave::Quit);
        }
        if self.path_dialog.is_none() && self.confirm.is_none() {
            actions.extend(Command::from_shortcuts(&ctx).map(Action::Command));
        }
        if let Some(path) = Self::dropped_file(&ctx) {
            actions.push(Action::OpenPath(path));
        }

        egui::Panel::top("menu").show(ui, |ui| {
            actions.extend(ui::menu_bar_ui(ui, t, self.lang, &self.doc, self.meeting));
        });
        if self.doc.is_read_only() {
            egui::Panel::top("read_only").show(ui, |ui| {
                ui.colored_label(
                    crate::theme::VERMILLION.to_egui(),
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
        egui::Panel::bottom("status").show(ui, |ui| {
            let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
            let text = if hovering {
                t.drop_hint
            } else {
                self.info.as_deref().unwrap_or("")
            };
            ui.label(text);
        });
        egui::CentralPanel::default().show(ui, |ui| {
            match self.doc.case.meetings.get(self.meeting) {
                Some(meeting) => {
                    let board = layout::board_layout(meeting, t);
                    canvas::board_ui(ui, &board, meeting, t);
                }
                None => {
                    ui.centered_and_justified(|ui| ui.heading(t.no_meetings));
                }
            }
        });

        if let Some(dialog) = &mut self.path_dialog {
            let suggested = self
                .doc
                .display_name()
                .unwrap_or_else(|| t.new_case.to_owned());
            actions.extend(ui::path_dialog_ui(
                &ctx,
                dialog,
                t,
                self.native.as_ref(),
                &suggested,
            ));
        }
        if self.confirm.is_some() {
            actions.extend(ui::confirm_unsaved_ui(&ctx, t));
        }
        if let Some(message) = &self.error {
            actions.extend(ui::error_ui(&ctx, t, message));
        }

        for action in actions {
            self.apply(&ctx, action);
        }

        let title = self.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, LANG_KEY, &self.lang);
    }
}

/// Installs the shipped fonts: Atkinson Hyperlegible Next first, DejaVu Sans for the
/// symbols it lacks, and egui's own fonts last.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::{FontData, FontDefinitions, FontFamily};
    let mut fonts = FontDefinitions::default();
    let faces = [
        ("atkinson", crate::fonts::ATKINSON_REGULAR),
        ("atkinson-bold", crate::fonts::ATKINSON_BOLD),
        ("dejavu", crate::fonts::DEJAVU_SANS),
    ];
    for (name, bytes) in faces {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let chain = |first: &str| {
        let mut chain = vec![first.to_owned(), "dejavu".to_owned()];
        chain.extend(defaults.iter().cloned());
        chain
    };
    fonts
        .families
        .insert(FontFamily::Proportional, chain("atkinson"));
    fonts.families.insert(
        FontFamily::Name(FontFamilies::BOLD.into()),
        chain("atkinson-bold"),
    );
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("dejavu".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Larger type and a light theme: the app is read from across a meeting room.
fn install_style(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.global_style_mut(|style| {
        for font in style.text_styles.values_mut() {
            font.size *= 1.25;
        }
        style.spacing.interact_size.y = 30.0;
        style.spacing.button_padding = egui::vec2(10.0, 6.0);
    });
}
