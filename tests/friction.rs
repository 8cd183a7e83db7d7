#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! A meeting without friction: panels that fold away for the board, forms whose buttons
//! stay in the panel and whose new rows take the keyboard, looking at a step without
//! changing the case, a new case that forgets the old one's messages.

mod common;

use common::example;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::ui::{Action, Command};

fn app(width: f32, height: f32) -> Harness<'static, UitzichtApp> {
    let path = example();
    common::open_app(Some(&path), Lang::Nl, (width, height))
}

#[test]
fn the_guide_and_the_forms_fold_away_for_the_board_and_come_back() {
    let mut harness = app(1366.0, 768.0);
    harness.get_by_role_and_label(egui::accesskit::Role::Navigation, "Leidraad");
    let board_before = harness.get_by_label("Bord van het overleg").rect().width();
    harness.key_press(egui::Key::F7);
    harness.key_press(egui::Key::F8);
    harness.run();
    assert!(!harness.state().panels.guide_open && !harness.state().panels.side_open);
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::Navigation, "Leidraad")
            .is_none()
    );
    let board_after = harness.get_by_label("Bord van het overleg").rect().width();
    assert!(
        board_after > board_before + 500.0,
        "{board_before} → {board_after}"
    );
    // One click each brings them back.
    harness
        .get_all_by_label_contains("Leidraad (F7)")
        .next()
        .unwrap()
        .click();
    harness
        .get_all_by_label_contains("Formulieren (F8)")
        .next()
        .unwrap()
        .click();
    harness.run();
    assert!(harness.state().panels.guide_open && harness.state().panels.side_open);
}

#[test]
fn the_row_buttons_stay_inside_the_panel_at_any_width() {
    for width in [1100.0, 1366.0, 1920.0] {
        let harness = app(width, 900.0);
        for remove in harness.get_all_by_label("Verwijderen: Naam 1") {
            let right = remove.rect().right();
            assert!(right <= width, "at {width}: the button ends at {right}");
        }
        // Every text field of the rows is as wide as the panel allows, not a fixed box.
        let name = harness.get_by_label("Naam 1").rect();
        assert!(name.width() > 150.0, "at {width}: {}", name.width());
    }
}

#[test]
fn a_new_row_takes_the_keyboard_and_presence_is_named_by_person() {
    // Tall enough that the whole form of step 1 is in view.
    let mut harness = app(1600.0, 2400.0);
    harness.get_by_label("Ilse de Boer aanwezig");
    let before = harness.state().doc.case.meetings[1].participants.len();
    harness.get_by_label("Deelnemer toevoegen").click();
    harness.run();
    harness.run();
    // No click in the new field: typing lands there.
    harness.event(egui::Event::Text("Noor Visser".to_owned()));
    harness.run();
    let participants = &harness.state().doc.case.meetings[1].participants;
    assert_eq!(participants.len(), before + 1);
    assert_eq!(participants[before].name, "Noor Visser");
}

#[test]
fn looking_at_another_step_changes_nothing_and_a_new_case_forgets_the_old_messages() {
    let mut harness = app(1600.0, 1000.0);
    assert!(!harness.state().doc.dirty);
    harness
        .get_by_label_contains("4. Onderwijs- en opvoedbehoeften")
        .click();
    harness.run();
    assert!(
        !harness.state().doc.dirty,
        "opening a step to read it is no change"
    );
    harness.get_by_label("Naar deze stap");
    assert!(
        harness.state().status.info.is_some(),
        "opening said where from"
    );
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::New));
    harness.run();
    assert!(harness.state().status.info.is_none());
    assert!(harness.state().doc.path.is_none());
    assert!(!harness.state().doc.dirty);
}

#[test]
fn every_button_of_every_step_has_a_name_of_its_own() {
    let mut harness = app(1366.0, 2400.0);
    let mut row_buttons = 0;
    for _ in 0..6 {
        let mut names: Vec<String> = harness
            .query_all_by_role(egui::accesskit::Role::Button)
            .filter_map(|b| b.accesskit_node().label())
            .collect();
        row_buttons += names
            .iter()
            .filter(|n| n.starts_with("Verwijderen: "))
            .count();
        names.sort();
        let twice: Vec<&String> = names
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| &w[0])
            .collect();
        let step = harness
            .state()
            .doc
            .case
            .meetings
            .last()
            .unwrap()
            .guide
            .current;
        assert!(
            twice.is_empty(),
            "in {step:?} buttons share a name: {twice:?}"
        );
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(&ctx, Action::Command(Command::NextStep));
        harness.run();
    }
    assert!(
        row_buttons > 10,
        "the forms' rows were not reached: {row_buttons}"
    );
}

#[test]
fn a_message_goes_once_what_it_said_is_no_longer_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("casus.uitzicht");
    std::fs::copy(example(), &path).unwrap();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    common::type_into(&mut harness, "Naam 1", " (ib)");
    harness.run();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::Save));
    for _ in 0..20 {
        harness.run();
    }
    let saved = harness.state().status.info.clone().unwrap_or_default();
    assert!(saved.contains("Opgeslagen"), "{saved}");
    assert!(!harness.state().doc.dirty);
    // A new edit: the case is not saved any more, and the bar no longer says it is.
    common::type_into(&mut harness, "Naam 1", "!");
    harness.run();
    assert!(harness.state().doc.dirty);
    assert_eq!(harness.state().status.info, None);
}

/// Every text drawn this frame.
fn drawn_texts(harness: &Harness<'_, UitzichtApp>) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(text) => out.push(text.galley.job.text.clone()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut texts);
    }
    texts
}

#[test]
fn a_questions_ticks_read_as_words_and_carry_their_number_for_screen_readers() {
    let path = example();
    // Tall enough that the form's questions are drawn, not scrolled away.
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 3000.0));
    harness.run();
    // Screen readers and tests still tell the cards apart.
    harness.get_by_label("Besluit nodig 1");
    harness.get_by_label("Beantwoord 2");
    let drawn = drawn_texts(&harness);
    assert!(drawn.iter().any(|t| t == "Besluit nodig"), "{drawn:?}");
    assert!(
        !drawn.iter().any(|t| t.starts_with("Besluit nodig 1")),
        "{drawn:?}"
    );
}

/// Clicks the last widget named `label`: the one in the dialog over the form.
fn click_last(harness: &mut Harness<'_, UitzichtApp>, label: &str) {
    harness.get_all_by_label(label).last().unwrap().click();
    harness.run();
}

#[test]
fn the_date_is_picked_in_the_apps_language_and_a_day_past_the_month_end_is_its_last() {
    let mut harness = app(1366.0, 768.0);
    common::click(&mut harness, "+ Nieuw vervolgoverleg");
    click_last(&mut harness, "Datum maand");
    let drawn = drawn_texts(&harness);
    assert!(drawn.iter().any(|t| t == "januari"), "{drawn:?}");
    for english in ["January", "Cancel", "Save", "Week", "today"] {
        assert!(!drawn.iter().any(|t| t.contains(english)), "{english}");
    }
    // The hint names no day: the date is the one picked below it.
    let hint = drawn
        .iter()
        .find(|t| t.starts_with("Neemt het bord"))
        .unwrap();
    assert!(!hint.contains("vandaag"), "{hint}");
    click_last(&mut harness, "februari");
    click_last(&mut harness, "Datum dag");
    click_last(&mut harness, "28");
    click_last(&mut harness, "Datum maand");
    click_last(&mut harness, "april");
    click_last(&mut harness, "Datum dag");
    click_last(&mut harness, "30");
    click_last(&mut harness, "Datum maand");
    click_last(&mut harness, "februari");
    common::click(&mut harness, "Vervolgoverleg maken");
    let date = harness.state().doc.case.meetings.last().unwrap().date;
    assert_eq!((date.month(), date.day()), (2, date.days_in_month()));
}

#[test]
fn a_field_keeps_its_height_while_typing_and_grows_when_left() {
    let mut harness = app(1366.0, 3000.0);
    let below = |harness: &Harness<'_, UitzichtApp>| {
        let field = egui::accesskit::Role::TextInput;
        let rect = (harness.get_by_role_and_label(field, "We zijn hier allemaal omdat …")).rect();
        rect.min.y
    };
    let before = below(&harness);
    let long = " en of het lezen thuis en op school op elkaar aansluit, ook in drukke weken";
    common::type_into(&mut harness, "Aan het eind hebben we …", long);
    common::type_into(&mut harness, "Aan het eind hebben we …", long);
    harness.run();
    assert_eq!(
        below(&harness),
        before,
        "the field below stays under the pointer"
    );
    // Another field takes the keyboard: the one typed in now shows its whole text.
    (harness.get_by_role_and_label(
        egui::accesskit::Role::TextInput,
        "We zijn hier allemaal omdat …",
    ))
    .focus();
    harness.run();
    harness.run();
    assert!(below(&harness) > before + 10.0, "it grew when left");
}

#[test]
fn every_answer_of_the_evaluation_stays_inside_the_form() {
    for (lang, undecided) in [
        (Lang::Nl, "nog niet bepaald"),
        (Lang::En, "not decided yet"),
    ] {
        for width in [800.0, 1024.0, 1366.0] {
            let path = example();
            let mut harness = common::open_app(Some(&path), lang, (width, 768.0));
            let ctx = harness.ctx.clone();
            let close = Action::GoToStep(uitzicht::model::GuideStep::Close);
            harness.state_mut().apply(&ctx, close);
            harness.run();
            let answers: Vec<_> = harness.get_all_by_label_contains(undecided).collect();
            assert!(answers.len() >= 3, "{}", answers.len());
            for answer in answers {
                let (rect, name) = (answer.rect(), answer.accesskit_node().label());
                assert!(
                    rect.right() <= width,
                    "at {width}: {name:?} ends at {rect:?}"
                );
            }
        }
    }
}

#[test]
fn a_small_window_keeps_room_for_the_board_and_a_tiny_one_still_draws() {
    // A small laptop, a window beside another, one almost minimised (Windows reports a
    // minimised window as having no size at all).
    for (width, height) in [
        (800.0, 600.0),
        (1024.0, 600.0),
        (300.0, 200.0),
        (40.0, 30.0),
    ] {
        let mut harness = app(width, height);
        if width >= 800.0 {
            let board = harness.get_by_label("Bord van het overleg").rect();
            assert!(board.width() >= width * 0.2, "at {width}: {board:?}");
        }
        // Presenting every step in a window that small draws too, in type it can have.
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(&ctx, Action::Command(Command::Present));
        for step in uitzicht::model::GuideStep::ALL {
            harness.state_mut().apply(&ctx, Action::GoToStep(step));
            harness.run();
        }
    }
}

#[test]
fn with_the_guide_folded_for_the_board_its_questions_stay_beside_it() {
    let mut harness = app(1366.0, 768.0);
    let t = Lang::Nl.texts();
    let analysis = uitzicht::model::GuideStep::Analysis;
    let question = uitzicht::names::step_questions(analysis, t)
        .lines()
        .next()
        .unwrap();
    let quoted = format!("“{question}”");
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Action::GoToStep(analysis));
    harness.run();
    // On a laptop the guide folds away for the board; the step's questions do not.
    assert!(!harness.state().panels.guide_open);
    assert_eq!(harness.get_all_by_label(&quoted).count(), 1);
    // With the guide open they are in the guide only, not twice.
    harness.key_press(egui::Key::F7);
    harness.run();
    assert!(harness.state().panels.guide_open);
    assert_eq!(harness.get_all_by_label(&quoted).count(), 1);
}
