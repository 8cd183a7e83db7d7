//! Helpers shared by the UI tests.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::UitzichtApp;

/// Focuses the text field with this label and types into it.
pub fn type_into(harness: &mut Harness<'_, UitzichtApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}
