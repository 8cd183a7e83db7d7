use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Texts;

/// The commands of the File menu, with their text and shortcut in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    Quit,
}

impl Command {
    pub const FILE_MENU: [Self; 5] = [Self::New, Self::Open, Self::Save, Self::SaveAs, Self::Quit];

    pub fn text(self, t: &Texts) -> &'static str {
        match self {
            Self::New => t.cmd_new,
            Self::Open => t.cmd_open,
            Self::Save => t.cmd_save,
            Self::SaveAs => t.cmd_save_as,
            Self::Quit => t.cmd_quit,
        }
    }

    pub fn shortcut(self) -> KeyboardShortcut {
        let command = Modifiers::COMMAND;
        match self {
            Self::New => KeyboardShortcut::new(command, Key::N),
            Self::Open => KeyboardShortcut::new(command, Key::O),
            Self::Save => KeyboardShortcut::new(command, Key::S),
            Self::SaveAs => KeyboardShortcut::new(command | Modifiers::SHIFT, Key::S),
            Self::Quit => KeyboardShortcut::new(command, Key::Q),
        }
    }

    /// The command whose shortcut was pressed this frame, consuming it. Longer chords are
    /// checked first, so Ctrl+Shift+S is not taken for Ctrl+S.
    pub fn from_shortcuts(ctx: &egui::Context) -> Option<Self> {
        let mut commands = Self::FILE_MENU;
        commands.sort_by_key(|c| std::cmp::Reverse(c.shortcut().modifiers.shift));
        ctx.input_mut(|input| {
            commands
                .into_iter()
                .find(|command| input.consume_shortcut(&command.shortcut()))
        })
    }
}
