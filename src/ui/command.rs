use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Texts;

/// The commands of the File menu, with their text and shortcut in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    ExportSheet,
    ExportReport,
    ExportPng,
    Quit,
}

impl Command {
    pub const FILE_MENU: [Self; 8] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::ExportSheet,
        Self::ExportReport,
        Self::ExportPng,
        Self::Quit,
    ];

    pub fn text(self, t: &Texts) -> &'static str {
        match self {
            Self::New => t.cmd_new,
            Self::Open => t.cmd_open,
            Self::Save => t.cmd_save,
            Self::SaveAs => t.cmd_save_as,
            Self::ExportSheet => t.cmd_export_sheet,
            Self::ExportReport => t.cmd_export_report,
            Self::ExportPng => t.cmd_export_png,
            Self::Quit => t.cmd_quit,
        }
    }

    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = Modifiers::COMMAND;
        let shortcut = match self {
            Self::New => KeyboardShortcut::new(command, Key::N),
            Self::Open => KeyboardShortcut::new(command, Key::O),
            Self::Save => KeyboardShortcut::new(command, Key::S),
            Self::SaveAs => KeyboardShortcut::new(command | Modifiers::SHIFT, Key::S),
            Self::ExportSheet => KeyboardShortcut::new(command, Key::P),
            Self::ExportReport | Self::ExportPng => return None,
            Self::Quit => KeyboardShortcut::new(command, Key::Q),
        };
        Some(shortcut)
    }

    /// The command whose shortcut was pressed this frame, consuming it. Longer chords are
    /// checked first, so Ctrl+Shift+S is not taken for Ctrl+S.
    pub fn from_shortcuts(ctx: &egui::Context) -> Option<Self> {
        let mut commands = Self::FILE_MENU;
        commands.sort_by_key(|c| std::cmp::Reverse(c.shortcut().map(|s| s.modifiers.shift)));
        ctx.input_mut(|input| {
            commands.into_iter().find(|command| {
                command
                    .shortcut()
                    .is_some_and(|shortcut| input.consume_shortcut(&shortcut))
            })
        })
    }
}

/// With Ctrl (⌘ on a Mac), the keys that put the keyboard in the first nine circles' quick
/// entry.
pub const CIRCLE_KEYS: [Key; 9] = [
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
