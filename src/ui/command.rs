use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Texts;
use crate::model::{Circle, CircleKind};

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
    Protect,
    Unprotect,
    Quit,
}

impl Command {
    pub const FILE_MENU: [Self; 10] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::ExportSheet,
        Self::ExportReport,
        Self::ExportPng,
        Self::Protect,
        Self::Unprotect,
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
            Self::Protect => t.cmd_protect,
            Self::Unprotect => t.cmd_unprotect,
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
            Self::ExportReport | Self::ExportPng | Self::Protect | Self::Unprotect => {
                return None;
            }
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

/// With Ctrl (⌘ on a Mac), a digit puts the keyboard in a circle's quick entry. The
/// method's circles keep their number from the board (2 child, 3 school, 4 home); circles
/// the participants added follow from 5.
pub fn circle_key(circles: &[Circle], index: usize) -> Option<Key> {
    let digit = match circles.get(index)?.kind {
        CircleKind::Child => 2,
        CircleKind::School => 3,
        CircleKind::Home => 4,
        CircleKind::Custom(_) => {
            let earlier_custom = circles[..index]
                .iter()
                .filter(|c| matches!(c.kind, CircleKind::Custom(_)))
                .count();
            5 + earlier_custom
        }
    };
    DIGITS.get(digit).copied()
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
        let keys: Vec<_> = (0..board.circles.len())
            .map(|i| circle_key(&board.circles, i))
            .collect();
        assert_eq!(
            keys,
            [
                Some(Key::Num2),
                Some(Key::Num3),
                Some(Key::Num4),
                Some(Key::Num5)
            ]
        );
        // Reordered or with a method circle removed, each keeps its own digit.
        board.circles.swap(0, 2);
        assert_eq!(circle_key(&board.circles, 0), Some(Key::Num4));
        assert_eq!(circle_key(&board.circles, 9), None);
    }
}
