//! Every user command that has a menu entry, a button or a shortcut: its text, its tooltip
//! and its keys in one place. Menus, buttons and the keyboard all go through [`Command`].

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Texts, fill};
use crate::model::{Circle, CircleKind};

/// How much one zoom step enlarges (or, inverted, reduces) the board.
pub const ZOOM_STEP: f32 = 1.25;

/// A user command. Its effect is applied by the app, in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    ExportSheet,
    ExportReport,
    ExportPng,
    ExportDocx,
    /// The report as plain text on the clipboard, for a web form.
    CopyText,
    Protect,
    Unprotect,
    Quit,
    Undo,
    Redo,
    /// The board full screen for the projector, and back.
    Present,
    /// Only while presenting: back to the chair's screen.
    LeavePresentation,
    /// A second window with only the board, for a second screen.
    Projector,
    ZoomIn,
    ZoomOut,
    ZoomFit,
    NextStep,
    PreviousStep,
    /// The projector's next or previous page of a step view that does not fit one screen.
    NextPage,
    PreviousPage,
    /// Start the next meeting from the last one.
    FollowUp,
    /// Help: the offline manual.
    Manual,
    /// Help: version, licences, where things are kept.
    About,
    /// Keep the board on the projector whatever the step, or let it follow the step again.
    PinBoard,
    /// The projector in high contrast (for a washed-out beamer), or normal again.
    HighContrast,
    /// Fold the guide away for the board, or bring it back.
    ToggleGuide,
    /// Fold the form panel away for the board, or bring it back.
    ToggleSidePanel,
    /// The keyboard to the quick entry of the circle with this number (2 child, 3 school,
    /// 4 home, 5… added circles), as the board numbers them.
    QuickEntry(u8),
}

/// A click of the pointer (mouse, pen, finger) on a button that saves, replaces or deletes,
/// or a screen reader activating it: not Space or Enter on a button that has the keyboard,
/// which is how a sentence typed after a click beside a field used to save the case and start
/// a new one. A screen reader's activation is asked for on purpose, and for its user it is
/// the click: without it, Save and Export in the menu only closed the menu.
pub fn pressed(response: &egui::Response) -> bool {
    response.clicked_by(egui::PointerButton::Primary)
        || response
            .ctx
            .input(|i| i.has_accesskit_action_request(response.id, egui::accesskit::Action::Click))
}

impl Command {
    pub const FILE_MENU: [Self; 12] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::ExportSheet,
        Self::ExportReport,
        Self::ExportPng,
        Self::ExportDocx,
        Self::CopyText,
        Self::Protect,
        Self::Unprotect,
        Self::Quit,
    ];

    /// Commands with a fixed shortcut, longer chords first so that Ctrl+Shift+S is not
    /// taken for Ctrl+S, nor Ctrl+Shift+Z for Ctrl+Z.
    const WITH_KEYS: [Self; 24] = [
        Self::SaveAs,
        Self::Redo,
        Self::New,
        Self::Open,
        Self::Save,
        Self::ExportSheet,
        Self::Quit,
        Self::Undo,
        // Shift+F5 before F5, which a pattern without Shift would also match.
        Self::Projector,
        Self::Present,
        Self::LeavePresentation,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomFit,
        Self::NextStep,
        Self::PreviousStep,
        Self::NextPage,
        Self::PreviousPage,
        Self::FollowUp,
        Self::ToggleGuide,
        Self::ToggleSidePanel,
        Self::PinBoard,
        Self::HighContrast,
        Self::Manual,
    ];

    /// What the menu entry or button says.
    pub fn text(self, t: &Texts) -> String {
        let text = match self {
            Self::New => t.cmd_new,
            Self::Open => t.cmd_open,
            Self::Save => t.cmd_save,
            Self::SaveAs => t.cmd_save_as,
            Self::ExportSheet => t.cmd_export_sheet,
            Self::ExportReport => t.cmd_export_report,
            Self::ExportPng => t.cmd_export_png,
            Self::ExportDocx => t.cmd_export_docx,
            Self::CopyText => t.cmd_copy_text,
            Self::Protect => t.cmd_protect,
            Self::Unprotect => t.cmd_unprotect,
            Self::Quit => t.cmd_quit,
            Self::Undo => t.undo,
            Self::Redo => t.redo,
            Self::Present => t.present,
            Self::LeavePresentation => t.stop_presenting,
            Self::Projector => t.projector,
            Self::ZoomIn => t.zoom_in,
            Self::ZoomOut => t.zoom_out,
            Self::ZoomFit => t.zoom_fit,
            Self::NextStep => t.next_step,
            Self::PreviousStep => t.previous_step,
            Self::NextPage => t.cmd_next_page,
            Self::PreviousPage => t.cmd_previous_page,
            Self::FollowUp => return format!("+ {}", t.follow_up),
            Self::Manual => t.cmd_manual,
            Self::About => t.cmd_about,
            Self::PinBoard => t.cmd_pin_board,
            Self::HighContrast => t.cmd_high_contrast,
            Self::ToggleGuide => t.cmd_toggle_guide,
            Self::ToggleSidePanel => t.cmd_toggle_side,
            Self::QuickEntry(number) => return fill(t.cmd_quick_entry, &[("number", &number)]),
        };
        text.to_owned()
    }

    /// What hovering the button or entry explains.
    pub fn tooltip(self, t: &Texts) -> &'static str {
        match self {
            Self::New => t.tip_new,
            Self::Open => t.tip_open,
            Self::Save => t.tip_save,
            Self::SaveAs => t.tip_save_as,
            Self::ExportSheet => t.tip_export_sheet,
            Self::ExportReport => t.tip_export_report,
            Self::ExportPng => t.tip_export_png,
            Self::ExportDocx => t.tip_export_docx,
            Self::CopyText => t.tip_copy_text,
            Self::Protect => t.tip_protect,
            Self::Unprotect => t.tip_unprotect,
            Self::Quit => t.tip_quit,
            Self::Undo => t.tip_undo,
            Self::Redo => t.tip_redo,
            Self::Present | Self::LeavePresentation => t.tip_present,
            Self::Projector => t.tip_projector,
            Self::ZoomIn | Self::ZoomOut | Self::ZoomFit => t.tip_zoom,
            Self::NextStep | Self::PreviousStep => t.tip_step,
            Self::NextPage | Self::PreviousPage => t.tip_page,
            Self::FollowUp => t.follow_up_hint,
            Self::ToggleGuide | Self::ToggleSidePanel => t.tip_toggle_panel,
            Self::Manual => t.tip_manual,
            Self::About => t.tip_about,
            Self::PinBoard => t.tip_pin_board,
            Self::HighContrast => t.tip_high_contrast,
            Self::QuickEntry(_) => t.quick_hint,
        }
    }

    /// The keys that run the command; the first is the one shown.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let command = Modifiers::COMMAND;
        let shift = command | Modifiers::SHIFT;
        let keys = |list: &[(Modifiers, Key)]| {
            list.iter()
                .map(|&(modifiers, key)| KeyboardShortcut::new(modifiers, key))
                .collect()
        };
        match self {
            Self::New => keys(&[(command, Key::N)]),
            Self::Open => keys(&[(command, Key::O)]),
            Self::Save => keys(&[(command, Key::S)]),
            Self::SaveAs => keys(&[(shift, Key::S)]),
            Self::ExportSheet => keys(&[(command, Key::P)]),
            Self::Quit => keys(&[(command, Key::Q)]),
            Self::Undo => keys(&[(command, Key::Z)]),
            Self::Redo => keys(&[(shift, Key::Z), (command, Key::Y)]),
            Self::Present => keys(&[(Modifiers::NONE, Key::F5)]),
            Self::Projector => keys(&[(Modifiers::SHIFT, Key::F5)]),
            Self::LeavePresentation => keys(&[(Modifiers::NONE, Key::Escape)]),
            Self::ZoomIn => keys(&[(command, Key::Plus), (command, Key::Equals)]),
            Self::ZoomOut => keys(&[(command, Key::Minus)]),
            Self::ZoomFit => keys(&[(command, Key::Num0)]),
            Self::NextStep => keys(&[(command, Key::PageDown)]),
            Self::PreviousStep => keys(&[(command, Key::PageUp)]),
            Self::NextPage => keys(&[(Modifiers::NONE, Key::PageDown)]),
            Self::PreviousPage => keys(&[(Modifiers::NONE, Key::PageUp)]),
            Self::Manual => keys(&[(Modifiers::NONE, Key::F1)]),
            Self::PinBoard => keys(&[(Modifiers::NONE, Key::F6)]),
            Self::HighContrast => keys(&[(Modifiers::NONE, Key::F9)]),
            Self::ToggleGuide => keys(&[(Modifiers::NONE, Key::F7)]),
            Self::ToggleSidePanel => keys(&[(Modifiers::NONE, Key::F8)]),
            Self::QuickEntry(number) => DIGITS
                .get(usize::from(number))
                .map(|&key| keys(&[(command, key)]))
                .unwrap_or_default(),
            Self::ExportReport
            | Self::ExportPng
            | Self::ExportDocx
            | Self::CopyText
            | Self::About
            | Self::Protect
            | Self::Unprotect
            | Self::FollowUp => Vec::new(),
        }
    }

    /// Whether the keys only count when no text field has the keyboard: a text field has
    /// its own undo, and Ctrl+Z there undoes typing.
    pub fn needs_free_keyboard(self) -> bool {
        matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::Present
                | Self::LeavePresentation
                | Self::ZoomIn
                | Self::ZoomOut
                | Self::ZoomFit
                | Self::NextPage
                | Self::PreviousPage
        )
    }

    /// Whether the command writes or replaces files or the open case: it runs from its
    /// shortcut or a click, never from Space or Enter on a button that Tab happened to
    /// reach while the chair was typing (see [`pressed`]).
    pub fn is_weighty(self) -> bool {
        matches!(
            self,
            Self::New
                | Self::Open
                | Self::Save
                | Self::SaveAs
                | Self::ExportSheet
                | Self::ExportReport
                | Self::ExportPng
                | Self::ExportDocx
                | Self::Protect
                | Self::Unprotect
                | Self::Quit
                | Self::FollowUp
        )
    }

    /// Whether the button of this command was pressed, as [`pressed`] reads it.
    fn pressed(self, response: &egui::Response) -> bool {
        if self.is_weighty() {
            pressed(response)
        } else {
            response.clicked()
        }
    }

    /// The text with its shortcut in brackets, for buttons that show no shortcut column.
    pub fn text_with_keys(self, ctx: &egui::Context, t: &Texts) -> String {
        match self.shortcuts().first() {
            Some(shortcut) => format!("{} ({})", self.text(t), ctx.format_shortcut(shortcut)),
            None => self.text(t),
        }
    }

    /// A menu entry: its text, its shortcut to the right, its tooltip.
    pub fn menu_entry(self, ui: &mut egui::Ui, t: &Texts, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.text(t));
        if let Some(shortcut) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
        }
        let response = ui
            .add_enabled(enabled, button)
            .on_hover_text(self.tooltip(t));
        self.pressed(&response)
    }

    /// A button with the shortcut in its text and the tooltip on hover.
    pub fn button(self, ui: &mut egui::Ui, t: &Texts, enabled: bool) -> bool {
        let text = self.text_with_keys(ui.ctx(), t);
        let response = ui
            .add_enabled(enabled, egui::Button::new(text))
            .on_hover_text(self.tooltip(t));
        self.pressed(&response)
    }

    /// A button (with its frame, so it reads as one) that stays lit while what it switches
    /// on is on.
    pub fn toggle(self, ui: &mut egui::Ui, t: &Texts, on: bool) -> bool {
        let text = self.text_with_keys(ui.ctx(), t);
        ui.add(egui::Button::new(text).selected(on))
            .on_hover_text(self.tooltip(t))
            .clicked()
    }

    /// The commands whose keys were pressed this frame, consuming them; only those that
    /// `live` lets through are read. Quick entry is read per circle, with
    /// [`circle_number`].
    pub fn from_keys(ctx: &egui::Context, live: impl Fn(Self) -> bool) -> Vec<Self> {
        ctx.input_mut(|input| {
            Self::WITH_KEYS
                .into_iter()
                .filter(|&command| live(command))
                .filter(|command| {
                    // Every key of the command is consumed, so none leaks to a widget.
                    command
                        .shortcuts()
                        .iter()
                        .filter(|shortcut| input.consume_shortcut(shortcut))
                        .count()
                        > 0
                })
                .collect()
        })
    }
}

/// The number a circle has on the board: the method's circles keep theirs (2 child,
/// 3 school, 4 home); circles the participants added follow from 5.
pub fn circle_number(circles: &[Circle], index: usize) -> Option<u8> {
    let number = match circles.get(index)?.kind {
        CircleKind::Child => 2,
        CircleKind::School => 3,
        CircleKind::Home => 4,
        CircleKind::Custom(_) => {
            let earlier_custom = circles[..index]
                .iter()
                .filter(|c| matches!(c.kind, CircleKind::Custom(_)))
                .count();
            u8::try_from(5 + earlier_custom).ok()?
        }
    };
    Some(number)
}

const DIGITS: [Key; 10] = [
    Key::Num0,
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Board;

    #[test]
    fn the_method_circles_keep_their_number_and_added_ones_follow() {
        let mut board = Board::default();
        board.apply(crate::model::BoardEdit::AddCircle {
            title: "Vrije tijd".to_owned(),
        });
        let numbers: Vec<_> = (0..board.circles.len())
            .map(|i| circle_number(&board.circles, i))
            .collect();
        assert_eq!(numbers, [Some(2), Some(3), Some(4), Some(5)]);
        // Reordered or with a method circle removed, each keeps its own number.
        board.circles.swap(0, 2);
        assert_eq!(circle_number(&board.circles, 0), Some(4));
        assert_eq!(circle_number(&board.circles, 9), None);
        let ctrl_4 = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num4);
        assert_eq!(Command::QuickEntry(4).shortcuts(), [ctrl_4]);
    }

    #[test]
    fn every_command_has_a_text_and_a_tooltip_in_both_languages_and_no_key_twice() {
        let mut all: Vec<Command> = Command::WITH_KEYS.to_vec();
        all.extend(Command::FILE_MENU);
        all.push(Command::QuickEntry(2));
        for t in [&crate::i18n::NL, &crate::i18n::EN] {
            for command in &all {
                assert!(!command.text(t).trim().is_empty(), "{command:?}");
                assert!(!command.tooltip(t).trim().is_empty(), "{command:?}");
            }
        }
        let mut seen = Vec::new();
        for command in Command::WITH_KEYS {
            for shortcut in command.shortcuts() {
                assert!(!seen.contains(&shortcut), "{command:?} shares a key");
                seen.push(shortcut);
            }
        }
        // Every command with keys is in the list the keyboard is read from.
        for command in Command::FILE_MENU {
            assert!(
                command.shortcuts().is_empty() || Command::WITH_KEYS.contains(&command),
                "{command:?}"
            );
        }
    }

    #[test]
    fn longer_chords_are_read_before_the_shorter_ones_they_contain() {
        let position = |c| Command::WITH_KEYS.iter().position(|&x| x == c);
        assert!(position(Command::SaveAs) < position(Command::Save));
        assert!(position(Command::Redo) < position(Command::Undo));
    }
}
