#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! A whole meeting run through the guide and its forms, saved and read back.

use std::path::Path;

mod common;

use common::{click, type_into};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::model::{Area, GuideStep, SupportFor};
use uitzicht::ui::Action;

fn harness(path: Option<&Path>, lang: Lang) -> Harness<'static, UitzichtApp> {
    common::open_app(path, lang, (1800.0, 1400.0))
}

fn step(harness: &Harness<'_, UitzichtApp>) -> GuideStep {
    harness.state().doc.case.meetings[0].guide.current
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one meeting from start to close, step by step, reads best as one story"
)]
fn a_whole_meeting_on_a_new_case_survives_save_and_reload() {
    let mut harness = harness(None, Lang::Nl);

    click(&mut harness, "▶ Overleg starten");
    let meeting = &harness.state().doc.case.meetings[0];
    assert!(meeting.clock_started.is_some());
    assert!(meeting.planned_end.is_some());
    assert_eq!(step(&harness), GuideStep::Start);

    // Step 1: who is here, and what do they ask.
    click(&mut harness, "Positief begonnen: fijn dat iedereen er is");
    click(&mut harness, "Deelnemer toevoegen");
    click(&mut harness, "Deelnemer toevoegen");
    type_into(&mut harness, "Naam 1", "Ilse de Boer");
    type_into(&mut harness, "Rol 1", "intern begeleider");
    type_into(&mut harness, "Organisatie 1", "De Wilgenhoek");
    type_into(&mut harness, "Naam 2", "Fatima El Amrani");
    type_into(&mut harness, "Rol 2", "moeder");
    click(&mut harness, "Vraag toevoegen");
    type_into(&mut harness, "Wie vraagt 1", "Fatima El Amrani");
    type_into(&mut harness, "Vraag 1", "Is onderzoek naar dyslexie nodig?");
    type_into(&mut harness, "Waarom 1", "Lezen kost thuis veel moeite");
    click(&mut harness, "Besluit nodig 1");

    // Step 2: the board; tick a point.
    click(&mut harness, "Volgende stap ▶");
    assert_eq!(step(&harness), GuideStep::Analysis);
    click(&mut harness, "Eerst gevraagd wat al goed gaat");

    // Step 3.
    click(&mut harness, "Volgende stap ▶");
    click(&mut harness, "Formulier");
    click(
        &mut harness,
        "Stimulerende factoren gekozen om op voort te bouwen",
    );

    // Step 4: needs of the child and at school.
    click(&mut harness, "Volgende stap ▶");
    assert_eq!(step(&harness), GuideStep::Needs);
    click(&mut harness, "Wat heeft het kind nodig?");
    click(&mut harness, "Behoefte toevoegen (Kind/jongere)");
    type_into(
        &mut harness,
        "Kind/jongere heeft nodig … 1",
        "een leesmaatje",
    );
    click(&mut harness, "Behoefte toevoegen (School)");
    type_into(
        &mut harness,
        "School heeft nodig … 2",
        "een rustige start na de pauze",
    );

    // Step 5: what the parents need, concretely.
    click(&mut harness, "Volgende stap ▶");
    click(&mut harness, "Wat hebben de ouders nodig?");
    click(&mut harness, "Ondersteuningsbehoefte toevoegen (Ouders)");
    type_into(&mut harness, "Wat precies 1", "Uitleg over samen lezen");
    type_into(&mut harness, "Hoe vaak 1", "twee keer");
    type_into(&mut harness, "Wanneer 1", "in oktober");
    type_into(&mut harness, "Hoe 1", "huisbezoek");

    // Step 6: two agreements with all five W's, and a top and a tip.
    click(&mut harness, "Volgende stap ▶");
    assert_eq!(step(&harness), GuideStep::Close);
    click(
        &mut harness,
        "Afspraken met wie, wat, waarom, wanneer en hoe",
    );
    click(&mut harness, "Afspraak toevoegen");
    click(&mut harness, "Afspraak toevoegen");
    for (row, [who, what, why, when, how]) in [
        (
            1,
            [
                "Sanne",
                "Duolezen",
                "Leesplezier",
                "vanaf maandag",
                "na de pauze",
            ],
        ),
        (
            2,
            [
                "Ruben",
                "Huisbezoek",
                "Rust bij huiswerk",
                "oktober",
                "thuis",
            ],
        ),
    ] {
        type_into(&mut harness, &format!("Wie {row}"), who);
        type_into(&mut harness, &format!("Wat {row}"), what);
        type_into(&mut harness, &format!("Waarom {row}"), why);
        type_into(&mut harness, &format!("Wanneer {row}"), when);
        type_into(&mut harness, &format!("Hoe {row}"), how);
    }
    click(&mut harness, "Top en tip toevoegen");
    type_into(&mut harness, "Deelnemer 1", "Fatima El Amrani");
    type_into(&mut harness, "Top 1", "We werden gehoord");
    type_into(&mut harness, "Tip 1", "Eerder beginnen");

    // Save, read back, and compare with what was typed.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nieuw.mdo.ron");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::SaveToPath(file.clone()));
    harness.run();
    assert!(
        harness.state().status.error.is_none(),
        "{:?}",
        harness.state().status.error
    );
    let reloaded = uitzicht::storage::load(&file).unwrap().case;
    assert_eq!(reloaded, harness.state().doc.case);

    let meeting = &reloaded.meetings[0];
    let people: Vec<_> = meeting
        .participants
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            ("Ilse de Boer", "intern begeleider"),
            ("Fatima El Amrani", "moeder")
        ]
    );
    assert_eq!(meeting.participants[0].organisation, "De Wilgenhoek");
    let question = &meeting.questions[0];
    assert_eq!(question.question, "Is onderzoek naar dyslexie nodig?");
    assert!(question.decision_needed);
    for key in [
        "start.welcome",
        "analysis.positives-first",
        "goals.build-on",
        "needs.child",
        "support.parents",
        "close.agreements",
    ] {
        assert!(meeting.guide.ticked.contains(key), "{key} not ticked");
    }
    let needs: Vec<_> = meeting
        .needs
        .iter()
        .map(|n| (n.area, n.text.as_str()))
        .collect();
    assert_eq!(
        needs,
        [
            (Area::Child, "een leesmaatje"),
            (Area::School, "een rustige start na de pauze")
        ]
    );
    let support = &meeting.support_needs[0];
    assert_eq!(support.of, SupportFor::Parents);
    assert_eq!(
        [
            support.what.as_str(),
            &support.how_often,
            &support.when,
            &support.how
        ],
        [
            "Uitleg over samen lezen",
            "twee keer",
            "in oktober",
            "huisbezoek"
        ]
    );
    let agreements: Vec<_> = meeting
        .agreements
        .iter()
        .map(|a| [a.who.as_str(), &a.what, &a.why, &a.when, &a.how])
        .collect();
    assert_eq!(
        agreements,
        [
            [
                "Sanne",
                "Duolezen",
                "Leesplezier",
                "vanaf maandag",
                "na de pauze"
            ],
            [
                "Ruben",
                "Huisbezoek",
                "Rust bij huiswerk",
                "oktober",
                "thuis"
            ],
        ]
    );
    let feedback = &meeting.evaluation.feedback[0];
    assert_eq!(
        [feedback.participant.as_str(), &feedback.top, &feedback.tip],
        ["Fatima El Amrani", "We werden gehoord", "Eerder beginnen"]
    );
}

#[test]
fn typing_a_field_undoes_as_one_step() {
    let mut harness = harness(None, Lang::Nl);
    click(&mut harness, "Deelnemer toevoegen");
    type_into(&mut harness, "Naam 1", "Ilse");
    type_into(&mut harness, "Naam 1", " de Boer");
    assert_eq!(
        harness.state().doc.case.meetings[0].participants[0].name,
        "Ilse de Boer"
    );
    click(&mut harness, "Bord van het overleg");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().doc.case.meetings[0].participants[0].name,
        ""
    );
}

#[test]
fn the_same_controls_are_found_by_their_english_labels() {
    let mut harness = harness(Some(&common::example()), Lang::Nl);
    click(&mut harness, "Taal");
    click(&mut harness, "English");
    assert_eq!(harness.state().lang, Lang::En);
    harness.get_by_role_and_label(Role::Navigation, "Chair's guide");
    for label in [
        "Next step ▶",
        "◀ Previous step",
        "Form",
        "Board",
        "File",
        "Language",
    ] {
        harness.get_by_label(label);
    }
    harness.get_by_label("Add participant");
    harness.get_by_label("Add question");
    harness.get_by_role_and_label(Role::TextInput, "Name 1");
    for _ in 0..5 {
        click(&mut harness, "Next step ▶");
    }
    click(&mut harness, "Form");
    harness.get_by_label("Goals met and questions answered?");
    harness.get_by_label("Add agreement");
    harness.get_by_role_and_label(Role::TextInput, "Who 1");
}

/// Every "add" of the chain puts the new card in view with the keyboard in its first field,
/// so what the chair types next lands there; each on the step whose form shows the card.
#[test]
fn adding_from_the_chain_gives_the_new_card_the_keyboard() {
    let path = common::example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    let last = harness.state().doc.case.meetings.len() - 1;
    let goal = harness.state().doc.case.meetings[last].goals[0]
        .text
        .clone();
    let title = format!("1. {goal}");
    for (step, button) in [
        (GuideStep::Needs, "+ Behoefte"),
        (GuideStep::SupportNeeds, "+ Ondersteuning Leerkracht/mentor"),
        (GuideStep::Close, "+ Afspraak"),
    ] {
        harness.state_mut().doc.case.meetings[last].guide.current = step;
        harness.run();
        click(&mut harness, "Formulier");
        let typed = format!("Getypt na {button}");
        harness.get_by_label(&format!("{button}: {title}")).click();
        harness.run();
        harness.run();
        let focused: Vec<_> = harness
            .query_all_by_role(Role::TextInput)
            .filter(|node| node.is_focused())
            .collect();
        assert_eq!(focused.len(), 1, "{button}: one field has the keyboard");
        focused[0].type_text(&typed);
        harness.run();
        let meeting = &harness.state().doc.case.meetings[last];
        let landed = meeting.needs.iter().any(|n| n.text == typed)
            || meeting.support_needs.iter().any(|n| n.what == typed)
            || meeting.agreements.iter().any(|a| a.who == typed);
        assert!(landed, "{button}: what was typed reached the new card");
    }
}

#[test]
fn a_question_that_needs_a_decision_gets_it_at_the_close_and_the_report_lists_it() {
    let path = common::example();
    let mut harness = harness(Some(&path), Lang::Nl);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Close));
    harness.run();
    harness.get_by_label("Besluiten");
    type_into(&mut harness, "Besluit 1", "We gaan door met duolezen");
    type_into(&mut harness, "Besluit door 1", "Ilse de Boer");
    let meeting = common::shown(&harness);
    let question = meeting
        .questions
        .iter()
        .find(|q| q.decision_needed)
        .unwrap();
    assert_eq!(question.decided, "We gaan door met duolezen");
    assert_eq!(question.decided_by, "Ilse de Boer");
    let report = uitzicht::export::report_content(
        &harness.state().doc.case,
        harness.state().meeting,
        &meeting,
        Lang::Nl.texts(),
    );
    let texts = report.texts().join("\n");
    assert!(texts.contains("Besluiten"), "{texts}");
    assert!(
        texts.contains("Besluit: We gaan door met duolezen (door Ilse de Boer)"),
        "{texts}"
    );
}
