#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
//! The chair's laptop: what stays where the pointer aims, and needs that read one way.

mod common;

use egui_kittest::kittest::{NodeT as _, Queryable as _};
use uitzicht::i18n::Lang;
use uitzicht::model::GuideStep;
use uitzicht::ui::Action;

#[test]
fn previous_and_next_keep_their_places_in_every_step() {
    for (lang, previous, next) in [
        (Lang::Nl, "◀ Vorige stap", "Volgende stap ▶"),
        (Lang::En, "◀ Previous step", "Next step ▶"),
    ] {
        let path = common::example();
        let mut harness = common::open_app(Some(&path), lang, (1366.0, 768.0));
        let ctx = harness.ctx.clone();
        let mut places = Vec::new();
        for step in GuideStep::ALL {
            harness.state_mut().apply(&ctx, Action::GoToStep(step));
            // Step 2 folds the guide for the board (its ▲ ▼ stand still there): opened
            // again, its buttons must be where they were.
            harness.state_mut().panels.guide_open = true;
            harness.run();
            // Greyed where there is no step to go to: looked up among all, enabled or not.
            let place = |label: &str| {
                let found: Vec<_> = (harness.get_all_by_label_contains(label))
                    .filter(|node| node.accesskit_node().label().as_deref() == Some(label))
                    .map(|node| node.rect())
                    .collect();
                assert_eq!(found.len(), 1, "{step:?}: {label}");
                found[0]
            };
            let (previous, next) = (place(previous), place(next));
            places.push((step, previous, next));
        }
        let (_, first_previous, first_next) = places[0];
        for (step, previous, next) in &places {
            assert_eq!(*previous, first_previous, "{step:?}: previous moved");
            assert_eq!(*next, first_next, "{step:?}: next moved");
        }
    }
}

#[test]
fn a_need_made_from_the_board_and_one_typed_read_alike_in_the_report() {
    let mut case = common::example_case();
    let meeting = case.meetings.last_mut().unwrap();
    let worse = meeting
        .board
        .items()
        .find(|i| i.kind == uitzicht::model::ItemKind::MustImprove)
        .unwrap()
        .id;
    meeting.need_from_item(worse, None);
    meeting.needs.last_mut().unwrap().text = "rust na de pauze".to_owned();
    let index = case.meetings.len() - 1;
    let text = uitzicht::export::report_text(&case, index, Lang::Nl.texts()).unwrap();
    assert!(
        text.contains("Dit kind heeft nodig: rust na de pauze"),
        "{text}"
    );
    for need in &case.meetings[index].needs {
        assert!(
            text.contains(&format!("Dit kind heeft nodig: {}", need.text.trim())),
            "{}",
            need.text
        );
    }
}

/// Whether `text` holds a date as a file writes it (2026-11-10).
fn iso_dates(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(10)
        .filter(|w| {
            w.iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == '-',
                _ => c.is_ascii_digit(),
            })
        })
        .map(|w| w.iter().collect())
        .collect()
}

#[test]
fn every_date_a_parent_reads_is_written_out_in_the_language() {
    use uitzicht::export::{self, ExportOptions, preparation};
    let case = common::example_case();
    for lang in [Lang::Nl, Lang::En] {
        let t = lang.texts();
        for (index, meeting) in case.meetings.iter().enumerate() {
            let long = uitzicht::names::date_long(meeting.date, t);
            let options = ExportOptions::now();
            let report = common::unbroken(&common::pdf_lines(
                &export::report_pdf(&case, index, t, options).unwrap(),
            ));
            let sheet = common::unbroken(&common::pdf_lines(
                &export::sheet_pdf(&case, index, t, options).unwrap(),
            ));
            let word = common::word::document_words(&export::report_docx(&case, index, t).unwrap());
            let mut sheets = Vec::new();
            for whom in [
                preparation::SheetFor::Participant(0),
                preparation::SheetFor::Child,
                preparation::SheetFor::Referral,
            ] {
                let bytes = preparation::preparation_docx(&case, index, whom, t).unwrap();
                sheets.push(common::word::document_words(&bytes));
            }
            for (what, text) in [("report", &report), ("sheet", &sheet), ("word", &word)]
                .into_iter()
                .chain(sheets.iter().map(|s| ("preparation sheet", s)))
            {
                // A preparation sheet's reference ties it to its meeting for the app to read
                // back (case · date · whom): that line is the machine's, not a parent's.
                let read: Vec<&str> = (text.lines())
                    .filter(|line| !line.contains(&case.id))
                    .collect();
                let iso: Vec<String> = read.iter().flat_map(|l| iso_dates(l)).collect();
                assert!(
                    iso.is_empty(),
                    "{lang:?} {what} of meeting {index}: {iso:?}"
                );
                assert!(
                    text.replace('\n', " ").contains(&long),
                    "{lang:?} {what} of meeting {index} lacks {long}"
                );
            }
        }
    }
}

#[test]
fn appreciation_said_at_the_start_is_kept_and_reported() {
    let path = common::example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Start));
    harness.run();
    let before = common::shown(&harness).evaluation.appreciations.len();
    // Below the fold of a follow-up's long start form: clicked as a screen reader would.
    harness.get_by_label("+ Waardering").click_accesskit();
    harness.run();
    let row = before + 1;
    common::type_into(&mut harness, &format!("Van {row}"), "Ruben Schouten");
    common::type_into(&mut harness, &format!("Voor {row}"), "Joost Verbeek");
    common::type_into(
        &mut harness,
        &format!("Wat gewaardeerd wordt {row}"),
        "Dat hij op zaterdag voorleest",
    );
    let said = common::shown(&harness).evaluation.appreciations;
    assert_eq!(said.len(), before + 1);
    let last = said.last().unwrap();
    assert_eq!(
        (last.from.as_str(), last.to.as_str(), last.what.as_str()),
        (
            "Ruben Schouten",
            "Joost Verbeek",
            "Dat hij op zaterdag voorleest"
        )
    );
    let app = harness.state();
    let text = uitzicht::export::report_text(&app.doc.case, app.meeting, Lang::Nl.texts()).unwrap();
    assert!(
        text.contains(
            "Waardering van Ruben Schouten voor Joost Verbeek: Dat hij op zaterdag voorleest"
        ),
        "{text}"
    );
}

#[test]
fn a_filled_field_keeps_its_label_in_sight() {
    let path = common::example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::SupportNeeds));
    harness.run();
    let row = common::shown(&harness).support_needs.len() + 1;
    harness
        .get_by_label("Ondersteuningsbehoefte toevoegen (Leerkracht/mentor)")
        .click_accesskit();
    harness.run();
    for (field, typed) in [
        ("Hoe vaak", "elke week"),
        ("Wanneer", "op maandag"),
        ("Hoe", "in de kring"),
    ] {
        common::type_into(&mut harness, &format!("{field} {row}"), typed);
    }
    // Away from the fields: each filled one still says what it holds, right above it.
    common::type_into(
        &mut harness,
        &format!("Wat precies {row}"),
        "Tijd om voor te lezen",
    );
    for field in ["Hoe vaak", "Wanneer", "Hoe"] {
        let input = harness.get_by_label(&format!("{field} {row}")).rect();
        let labelled = harness
            .get_all_by_label(field)
            .map(|label| label.rect())
            .any(|label| {
                label.bottom() <= input.top() + 1.0
                    && label.bottom() > input.top() - 30.0
                    && label.left() >= input.left() - 1.0
                    && label.left() < input.right()
            });
        assert!(labelled, "{field} has no label above its field");
    }
}

#[test]
fn an_adjusted_agreement_is_typed_once() {
    let path = common::example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    let day = uitzicht::document::today();
    harness.state_mut().apply(&ctx, Action::MakeFollowUp(day));
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Start));
    harness.run();
    let better = "Afspraak 1 Wat doen we anders, en hoe?";
    harness
        .get_by_label("Afspraak 1 nee: anders")
        .click_accesskit();
    harness.run();
    common::type_into(
        &mut harness,
        better,
        "Drie keer per week, in de kleine pauze",
    );
    harness
        .get_by_label("Afspraak 1 aangepast")
        .click_accesskit();
    harness.run();
    // What was typed is the new "how"; nothing asks it a second time.
    assert!(harness.query_by_label(better).is_none(), "asked twice");
    let agreement = common::shown(&harness).agreements[0].clone();
    assert_eq!(agreement.how, "Drie keer per week, in de kleine pauze");
    assert_eq!(
        harness
            .get_by_label("Hoe 1")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Drie keer per week, in de kleine pauze")
    );
}

#[test]
fn a_clock_started_hours_early_says_so_and_starts_again_from_now() {
    use jiff::civil::time;
    let mut harness = common::open_app(None, Lang::Nl, (1366.0, 768.0));
    {
        let app = harness.state_mut();
        let meeting = &mut app.doc.case.meetings[0];
        meeting.date = uitzicht::document::today();
        meeting.start = Some(time(14, 30, 0, 0));
        meeting.planned_end = Some(time(15, 30, 0, 0));
        meeting.clock_started = Some(time(1, 3, 0, 0));
        meeting.guide.current = GuideStep::Start;
    }
    harness.run();
    harness.get_by_label_contains("de geplande tijd (14:30)");
    harness
        .get_by_label("Vanaf nu starten (60 min)")
        .click_accesskit();
    harness.run();
    let meeting = common::shown(&harness);
    assert_eq!(
        meeting.start, meeting.clock_started,
        "the time box starts now"
    );
    // The planned hour, or what is left of the day where the test runs in its last hour
    // (nothing, in its last minute).
    let length = uitzicht::model::clock::planned_minutes(&meeting).unwrap();
    assert!(length == 60 || meeting.planned_end == Some(time(23, 59, 0, 0)));
    assert!(
        harness
            .query_by_label("Vanaf nu starten (60 min)")
            .is_none()
    );
}

/// Presses the primary button at `at` and lets one frame pass: the frame the press is seen in.
fn press_at(
    harness: &mut egui_kittest::Harness<'_, uitzicht::app::UitzichtApp>,
    at: egui::Pos2,
    pressed: bool,
) {
    harness
        .input_mut()
        .events
        .push(egui::Event::PointerMoved(at));
    harness.input_mut().events.push(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::default(),
    });
    harness.step();
}

#[test]
fn a_click_lands_where_it_was_aimed_when_a_field_lets_go_of_the_keyboard() {
    let mut harness = common::open_app(None, Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Start));
    harness.run();
    harness
        .get_by_label("Deelnemer toevoegen")
        .click_accesskit();
    harness.run();
    common::type_into(&mut harness, "Naam 1", "Fatima El Amrani");
    // A role long enough to wrap over several lines while it is typed in its steady field.
    let role = "moeder, en daarnaast vrijwilliger bij de bibliotheek van de school, waar ze \
                op woensdag voorleest aan de kleuters en de leesclub van groep zes begeleidt";
    common::type_into(&mut harness, "Rol 1", role);
    let aimed = harness.get_by_label("Deelnemer toevoegen").rect().center();
    press_at(&mut harness, aimed, true);
    // In the frame of the press the field has let go of the keyboard: the button is still
    // where the chair saw it.
    let now = harness.get_by_label("Deelnemer toevoegen").rect();
    assert!(
        now.contains(aimed),
        "moved from under the pointer to {now:?}"
    );
    press_at(&mut harness, aimed, false);
    harness.run();
    let meeting = common::shown(&harness);
    assert_eq!(
        meeting.participants.len(),
        2,
        "the click added a participant"
    );
    assert!(meeting.participants[0].present, "and unticked nothing");
}

#[test]
fn making_goals_from_the_board_keeps_the_panel_as_wide_as_it_was() {
    use uitzicht::model::ItemKind;
    let mut harness = common::open_app(None, Lang::Nl, (1366.0, 768.0));
    {
        let board = &mut harness.state_mut().doc.case.meetings[0].board;
        let circle = board.circles[0].id;
        for text in [
            "Daan leest aan het eind van groep zes vlot en met plezier een boek over dieren voor",
            "Daan speelt in de pauze samen met anderen zonder dat het op ruzie uitloopt, ook op het plein",
        ] {
            board.add_item(circle, ItemKind::Goal, text).unwrap();
        }
    }
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Goals));
    harness.state_mut().panels.side_tab = uitzicht::app::SideTab::Form;
    harness.run();
    let panel_edge = |harness: &egui_kittest::Harness<'_, uitzicht::app::UitzichtApp>| {
        harness.get_by_label("Formulier").rect().left()
    };
    let before = panel_edge(&harness);
    for _ in 0..2 {
        let button = harness
            .get_all_by_label_contains("doel maken")
            .next()
            .unwrap();
        button.click_accesskit();
        harness.run();
        assert_eq!(panel_edge(&harness), before, "the panel widened");
    }
    assert_eq!(common::shown(&harness).goals.len(), 2);
}
