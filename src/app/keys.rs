//! The keyboard: every shortcut is a [`Command`], read in one place.

use super::UitzichtApp;
use crate::ui::{self, Action, Command};

impl UitzichtApp {
    /// The commands whose keys were pressed this frame. Undo, zoom and presenting wait
    /// while a text field has the keyboard (it has its own undo); Ctrl and a circle's
    /// number reach its quick entry from anywhere, so what is said goes onto the board
    /// without the mouse.
    pub(super) fn keys(&mut self, ctx: &egui::Context) -> Vec<Action> {
        let keyboard_free = !ctx.text_edit_focused();
        let presenting = self.presentation.presenting;
        let projecting = presenting || self.presentation.window_open;
        let mut commands = Command::from_keys(ctx, |command| match command {
            Command::LeavePresentation => presenting && keyboard_free,
            // Only the projector has pages; elsewhere the keys scroll what they always did.
            Command::NextPage | Command::PreviousPage => projecting && keyboard_free,
            command => keyboard_free || !command.needs_free_keyboard(),
        });
        if !presenting && let Some(number) = self.pressed_circle(ctx) {
            commands.push(Command::QuickEntry(number));
        }
        commands.into_iter().map(Action::Command).collect()
    }

    /// The number of the circle whose Ctrl+digit was pressed, consuming it.
    fn pressed_circle(&self, ctx: &egui::Context) -> Option<u8> {
        let circles = &self.doc.case.meetings.get(self.meeting)?.board.circles;
        ctx.input_mut(|input| {
            (0..circles.len()).find_map(|index| {
                let number = ui::circle_number(circles, index)?;
                Command::QuickEntry(number)
                    .shortcuts()
                    .iter()
                    .any(|shortcut| input.consume_shortcut(shortcut))
                    .then_some(number)
            })
        })
    }
}
