#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! Editing the board through the UI, as a chair would, asserting the case after each step.

mod common;

use common::{example, type_into};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::SideTab;
use uitzicht::app::UitzichtApp;
use uitzicht::canvas::Selection;
use uitzicht::i18n::Lang;
use uitzicht::model::{CircleId, ItemKind, Meeting, Spiral};

/// The app on a copy of the example.
fn app_on_example() -> Harness<'static, UitzichtApp> {
    let path = example();
    common::open_app(Some(&path), Lang::Nl, (1800.0, 1100.0))
}

/// The app on the example, with the board's tools open on the right.
fn harness() -> Harness<'static, UitzichtApp> {
    let mut harness = app_on_example();
    harness.get_by_role_and_label(Role::Button, "Bord").click();
    harness.run();
    assert_eq!(harness.state().panels.side_tab, SideTab::Board);
    harness
}

fn meeting(harness: &Harness<'_, UitzichtApp>) -> Meeting {
    let app = harness.state();
    app.doc.case.meetings[app.meeting].clone()
}

const SCHOOL: CircleId = CircleId(2);
const HOME: CircleId = CircleId(3);

/// Where the item with this text is: its circle, place, kind and star.
fn find(meeting: &Meeting, text: &str) -> Option<(CircleId, usize, ItemKind, bool)> {
    meeting.board.circles.iter().find_map(|circle| {
        let index = circle.items.iter().position(|i| i.text == text)?;
        let item = &circle.items[index];
        Some((circle.id, index, item.kind, item.top_three))
    })
}

#[test]
fn add_edit_move_star_undo_and_redo_an_item() {
    let mut harness = harness();
    harness.run();
    let school_items = meeting(&harness).board.circle(SCHOOL).unwrap().items.len();

    // Add by typing, with the + prefix choosing the marker.
    type_into(
        &mut harness,
        "Nieuw in 3. School/onderwijs",
        "+ Leest graag voor aan de klas",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let added = find(&meeting(&harness), "Leest graag voor aan de klas").unwrap();
    assert_eq!(added, (SCHOOL, school_items, ItemKind::GoingWell, false));
    assert!(harness.state().doc.dirty);

    // Edit in place: select it, Enter opens the editor.
    harness
        .get_by_label("gaat goed: Leest graag voor aan de klas")
        .click();
    harness.run();
    harness.get_by_label("Bewerken").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Item bewerken")
        .type_text("Leest graag voor aan kleuters");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(find(&meeting(&harness), "Leest graag voor aan de klas").is_none());
    let edited = find(&meeting(&harness), "Leest graag voor aan kleuters").unwrap();
    assert_eq!(edited.0, SCHOOL);

    // Move to the home circle.
    harness
        .get_by_label("gaat goed: Leest graag voor aan kleuters")
        .click();
    harness.run();
    harness.get_by_label("Verplaatsen naar").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "4. Thuis/opvoeding")
        .click();
    harness.run();
    let moved = find(&meeting(&harness), "Leest graag voor aan kleuters").unwrap();
    assert_eq!(moved.0, HOME);

    // Star it into the top three.
    harness.get_by_label("★ top 3").click();
    harness.run();
    assert!(
        find(&meeting(&harness), "Leest graag voor aan kleuters")
            .unwrap()
            .3
    );

    // Undo three times: star, move and edit are gone.
    harness.get_by_label("Bord van het overleg").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let unstarred = find(&meeting(&harness), "Leest graag voor aan kleuters").unwrap();
    assert_eq!((unstarred.0, unstarred.3), (HOME, false));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        find(&meeting(&harness), "Leest graag voor aan kleuters")
            .unwrap()
            .0,
        SCHOOL
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        find(&meeting(&harness), "Leest graag voor aan de klas")
            .unwrap()
            .0,
        SCHOOL
    );

    // Redo once: the edit is back, still in school.
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    let redone = find(&meeting(&harness), "Leest graag voor aan kleuters").unwrap();
    assert_eq!((redone.0, redone.3), (SCHOOL, false));
}

#[test]
fn draw_an_arrow_with_a_downward_spiral_and_a_note() {
    let mut harness = harness();
    harness.run();
    let arrows = meeting(&harness).board.arrows.len();

    harness.get_by_label("↗ Pijl tekenen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::List, "4. Thuis/opvoeding")
        .click_accesskit();
    harness.run();
    harness
        .get_by_role_and_label(Role::List, "3. School/onderwijs")
        .click_accesskit();
    harness.run();
    let board = meeting(&harness).board;
    assert_eq!(board.arrows.len(), arrows + 1);
    let arrow = board.arrows.last().unwrap().clone();
    assert_eq!(
        (arrow.from, arrow.to, arrow.spiral),
        (HOME, SCHOOL, Spiral::Unknown)
    );
    assert_eq!(harness.state().board.selection, Selection::Arrow(arrow.id));
    // The new arrow's note has the keyboard: what the chair types next is its note.
    harness.run();
    let note = harness.get_by_role_and_label(Role::TextInput, "Toelichting bij de pijl");
    assert!(note.is_focused(), "the new arrow's note takes the keyboard");

    harness.get_by_label("↘ neerwaartse spiraal").click();
    harness.run();
    type_into(
        &mut harness,
        "Toelichting bij de pijl",
        "Zorgen thuis over huiswerk maken Daan onrustig in de klas",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let arrow = meeting(&harness).board.arrows.last().unwrap().clone();
    assert_eq!(arrow.spiral, Spiral::Downward);
    assert_eq!(
        arrow.note,
        "Zorgen thuis over huiswerk maken Daan onrustig in de klas"
    );
    harness.get_by_label_contains(
        "Pijl van 4. Thuis/opvoeding naar 3. School/onderwijs, neerwaartse spiraal",
    );
}

#[test]
fn presentation_mode_hides_the_chrome_and_escape_leaves_it() {
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Bestand");
    // The projector follows the step (here the start); pinned, it shows the board.
    harness.key_press(egui::Key::F6);
    harness.key_press(egui::Key::F5);
    harness.run();
    assert!(harness.state().presentation.presenting);
    assert!(
        harness.query_by_label("Bestand").is_none(),
        "the menu is hidden"
    );
    harness.get_by_role_and_label(Role::List, "2. Kind/jongere");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().presentation.presenting);
    harness.get_by_label("Bestand");
}

#[test]
fn items_are_reached_and_removed_by_keyboard() {
    let mut harness = harness();
    harness.run();
    let name = "vraag: Kan opa een leesmoment overnemen?";
    harness.get_by_label(name).focus();
    harness.run();
    assert!(matches!(
        harness.state().board.selection,
        Selection::Item(_)
    ));
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(find(&meeting(&harness), "Kan opa een leesmoment overnemen?").is_none());
    assert!(harness.query_by_label(name).is_none());
}

#[test]
fn a_clicked_item_is_edited_with_enter_and_removed_with_delete() {
    let mut harness = harness();
    harness.run();
    let name = "vraag: Kan opa een leesmoment overnemen?";
    harness.get_by_label(name).click();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        harness.state().board.editing.is_some(),
        "Enter edits the clicked item"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label(name).click();
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(find(&meeting(&harness), "Kan opa een leesmoment overnemen?").is_none());
}

#[test]
fn circles_are_added_renamed_and_locked_against_dragging() {
    let mut harness = harness();
    harness.run();
    let circles = meeting(&harness).board.circles.len();
    harness.get_by_label("+ Klasgenoten").click();
    harness.run();
    let board = meeting(&harness).board;
    assert_eq!(board.circles.len(), circles + 1);
    let added = board.circles.last().unwrap().id;
    assert_eq!(harness.state().board.selection, Selection::Circle(added));
    assert!(
        harness.state().board.locked,
        "circles are locked by default"
    );

    harness
        .get_by_role_and_label(Role::TextInput, "Titel van de cirkel")
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Titel van de cirkel")
        .type_text("Vriendjes");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_role_and_label(Role::List, "Vriendjes");
}

#[test]
fn an_unlocked_circle_moves_and_is_removed_by_keyboard() {
    let mut harness = harness();
    click_label(&mut harness, "+ Netwerk");
    let board = meeting(&harness).board;
    let netwerk = board.circles.last().unwrap().clone();
    harness.get_by_label("Cirkels vastzetten").click();
    harness.run();
    assert!(!harness.state().board.locked);
    harness.get_by_role_and_label(Role::List, "Netwerk").focus();
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    let moved = meeting(&harness).board.circle(netwerk.id).unwrap().center;
    assert!((moved.x - netwerk.center.x - 2.0).abs() < 1e-3, "{moved:?}");
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert!(meeting(&harness).board.circle(netwerk.id).is_none());
}

fn click_label(harness: &mut Harness<'_, UitzichtApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn ctrl_and_the_circles_number_puts_the_keyboard_in_its_quick_entry() {
    let mut harness = app_on_example();
    harness
        .get_by_role_and_label(Role::Button, "Formulier")
        .click();
    harness.run();
    assert_eq!(harness.state().panels.side_tab, SideTab::Form);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num3);
    harness.run();
    assert_eq!(harness.state().panels.side_tab, SideTab::Board);
    assert!(
        harness
            .get_by_role_and_label(Role::TextInput, "Nieuw in 3. School/onderwijs")
            .is_focused()
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Nieuw in 3. School/onderwijs")
        .type_text("? Hoe gaat het in de gymles");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let added = find(&meeting(&harness), "Hoe gaat het in de gymles").unwrap();
    assert_eq!((added.0, added.2), (SCHOOL, ItemKind::Question));
}

#[test]
fn a_circle_of_hundreds_keeps_a_hundred_folded_items_reachable_and_the_selected_one() {
    let mut harness = app_on_example();
    let ctx = harness.ctx.clone();
    for n in 0..400 {
        harness.state_mut().apply(
            &ctx,
            uitzicht::ui::Action::Board(uitzicht::model::BoardEdit::AddItem {
                circle: HOME,
                kind: ItemKind::GoingWell,
                text: format!("Stapelpunt {n:03}"),
            }),
        );
    }
    harness.run();
    let reachable = |harness: &Harness<'_, UitzichtApp>| {
        harness.query_all_by_label_contains("Stapelpunt").count()
    };
    // What the circle shows, and a hundred of what it folds: not all four hundred.
    let seen = reachable(&harness);
    assert!(seen > 100 && seen <= 100 + 40, "{seen} of 400 are widgets");
    // The last one, selected (as the open circle does), is a widget again.
    let last = meeting(&harness)
        .board
        .items()
        .find(|i| i.text == "Stapelpunt 399")
        .unwrap()
        .id;
    harness.state_mut().board.selection = Selection::Item(last);
    harness.run();
    assert_eq!(reachable(&harness), seen + 1);
}
