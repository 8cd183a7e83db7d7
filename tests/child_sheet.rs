#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
//! The child gets one sheet, its own, in words a child is spoken to.

mod common;

use egui_kittest::kittest::Queryable as _;
use uitzicht::export::preparation::{SheetFor, preparation_docx};
use uitzicht::i18n::Lang;
use uitzicht::model::Participant;

fn case_with_the_child_at_the_table() -> uitzicht::model::Case {
    let mut case = common::example_case();
    case.child = "Noor (pseudoniem)".to_owned();
    let meeting = case.meetings.last_mut().unwrap();
    meeting.intended_outcome = "weten we wat we gaan doen".to_owned();
    meeting.participants.push(Participant {
        name: "Noor".to_owned(),
        role: "leerling".to_owned(),
        ..Participant::default()
    });
    case
}

#[test]
fn the_childs_sheet_speaks_to_the_child() {
    let case = case_with_the_child_at_the_table();
    let index = case.meetings.len() - 1;
    let t = Lang::Nl.texts();
    let text =
        common::word::document_words(&preparation_docx(&case, index, SheetFor::Child, t).unwrap());
    assert!(text.contains("Dit blad is van\nNoor\n"), "{text}");
    assert!(!text.contains("pseudoniem"), "{text}");
    assert!(!text.contains("Ingevuld door"), "{text}");
    assert!(
        !text.contains("weten we wat we gaan doen"),
        "the chair's aim is for adults"
    );
    assert!(
        text.contains("We praten samen over hoe het met je gaat"),
        "{text}"
    );
    assert!(text.contains("Zet elk antwoord op een eigen regel."));
    // An adult's sheet names the aim as the chair wrote it, under a label it fits.
    let adult = common::word::document_words(
        &preparation_docx(&case, index, SheetFor::Participant(0), t).unwrap(),
    );
    assert!(
        adult.contains("Aan het eind van het overleg\nweten we wat we gaan doen"),
        "{adult}"
    );
}

#[test]
fn the_menu_offers_the_child_one_sheet_only() {
    let path = common::example();
    let case = case_with_the_child_at_the_table();
    uitzicht::storage::save(&path, &case, uitzicht::storage::CURRENT_FORMAT_VERSION).unwrap();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    common::click(&mut harness, "Bestand");
    common::click(&mut harness, "Voorbereidingsblad maken…");
    assert!(
        harness.query_by_label("Blad voor Noor").is_none(),
        "an adult's sheet for the child"
    );
    harness.get_by_label("Blad voor het kind");
    harness.get_by_label("Blad voor Sanne Mulder");
}

#[test]
fn asked_by_name_on_the_command_line_the_child_gets_the_childs_sheet() {
    let path = common::example();
    let case = case_with_the_child_at_the_table();
    uitzicht::storage::save(&path, &case, uitzicht::storage::CURRENT_FORMAT_VERSION).unwrap();
    let out = path.with_file_name("noor.docx");
    let run = common::uitzicht_in_dutch([
        "prepare".as_ref(),
        path.as_os_str(),
        "--for".as_ref(),
        "Noor".as_ref(),
        "--docx".as_ref(),
        out.as_os_str(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = common::word::document_words(&std::fs::read(&out).unwrap());
    assert!(text.contains("Dit blad is van\nNoor\n"), "{text}");
}

#[test]
fn the_often_forgotten_are_offered_at_the_table_each_with_a_sheet_of_their_kind() {
    use uitzicht::model::GuideStep;
    use uitzicht::ui::Action;
    let mut harness = common::open_app(None, Lang::Nl, (1366.0, 768.0));
    harness.state_mut().doc.case.child = "Noor (pseudoniem)".to_owned();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Preparation));
    harness.run();
    harness.get_by_label("Wie hoort er nog aan tafel?");
    for offer in [
        "+ Ervaringsdeskundige",
        "+ Iemand uit het netwerk (opa of oma, coach, buur)",
        "+ Het kind zelf (vanaf een passende leeftijd)",
    ] {
        harness.get_by_label(offer).click_accesskit();
        harness.run();
        assert!(
            harness.query_by_label(offer).is_none(),
            "offered again: {offer}"
        );
    }
    let people = common::shown(&harness).participants;
    let roles: Vec<&str> = people.iter().map(|p| p.role.as_str()).collect();
    assert_eq!(
        roles,
        [
            "ervaringsdeskundige",
            "netwerk (opa, oma, coach, buur)",
            "leerling (het kind zelf)"
        ]
    );
    assert_eq!(people[2].name, "Noor");
    assert!(
        harness
            .query_by_label("Wie hoort er nog aan tafel?")
            .is_none()
    );
    // Each adult gets the sheet of their kind; the child the child's own.
    let app = harness.state();
    let t = Lang::Nl.texts();
    let sheet =
        |whom| common::word::document_words(&preparation_docx(&app.doc.case, 0, whom, t).unwrap());
    assert!(sheet(SheetFor::Participant(0)).contains("Wat herkent u uit uw eigen ervaring"));
    assert!(sheet(SheetFor::Participant(1)).contains("Wat doet u samen met het kind"));
    assert!(!sheet(SheetFor::Participant(0)).contains("Wat doet u samen met het kind"));
}
