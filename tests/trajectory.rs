#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! A follow-up meeting: made from the last one, the agreements reviewed, a goal scored, and
//! the change since last time shown, saved and printed.

mod common;

use common::{click, example, shown, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::SideTab;
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::model::{GuideStep, ItemKind, ReviewOutcome};

/// The app on a copy of the example, with the copy's path.
fn app_on_example() -> (std::path::PathBuf, Harness<'static, UitzichtApp>) {
    let path = example();
    let harness = common::open_app(Some(&path), Lang::Nl, (1800.0, 1400.0));
    (path, harness)
}

const LEZEN: &str = "Technisch lezen: nu AVI M5, nog een half jaar achter";

#[test]
fn a_follow_up_reviews_the_agreements_scores_a_goal_and_shows_what_changed() {
    let (path, mut harness) = app_on_example();

    click(&mut harness, "+ Nieuw vervolgoverleg");
    // It asks for the day: the one agreed at the close of the last meeting.
    assert_eq!(harness.state().doc.case.meetings.len(), 2);
    click(&mut harness, "Vervolgoverleg maken");
    assert_eq!(harness.state().doc.case.meetings.len(), 3);
    let agreed = harness.state().doc.case.meetings[1].next.clone().unwrap();
    assert_eq!(harness.state().doc.case.meetings[2].date, agreed.date);
    assert_eq!(harness.state().doc.case.meetings[2].start, agreed.start);
    assert_eq!(harness.state().meeting, 2);
    let follow_up = shown(&harness);
    let items: Vec<_> = follow_up
        .board
        .circles
        .iter()
        .flat_map(|c| &c.items)
        .collect();
    assert!(!items.is_empty() && items.iter().all(|i| i.carried));
    let carried: Vec<_> = follow_up
        .agreements
        .iter()
        .map(|a| a.what.as_str())
        .collect();
    assert_eq!(
        carried,
        [
            "Elke dag 15 minuten duolezen met een maatje",
            "Elke week een kort telefoontje over samen lezen",
            "Leeslijst met dierenboeken op AVI M5 mailen",
            "Dossieronderzoek dyslexie aanvragen",
        ],
        "the agreements still running at the last meeting (the adjusted one too)"
    );
    assert!(
        follow_up
            .agreements
            .iter()
            .all(|a| a.carried && a.review.is_none())
    );

    // Step 1: look back at what was agreed.
    click(&mut harness, "Volgende stap ▶");
    assert_eq!(shown(&harness).guide.current, GuideStep::Start);
    harness.get_by_label("Terugblik op de afspraken van vorige keer");
    click(&mut harness, "Afspraak 3 gedaan");
    click(&mut harness, "Afspraak 3 ja: doorgaan");
    click(&mut harness, "Afspraak 4 niet gedaan");
    click(&mut harness, "Afspraak 4 nee: anders");
    type_into(
        &mut harness,
        "Afspraak 4 Wat doen we anders, en hoe?",
        "De IB'er vraagt het zelf aan, met de ouders erbij",
    );
    let reviewed = shown(&harness).agreements;
    let list = reviewed[2].review.clone().unwrap();
    assert_eq!(list.outcome, ReviewOutcome::Done);
    assert_eq!(list.approach_works, Some(true));
    let research = reviewed[3].review.clone().unwrap();
    assert_eq!(research.outcome, ReviewOutcome::NotDone);
    assert_eq!(research.approach_works, Some(false));
    assert_eq!(
        research.better,
        "De IB'er vraagt het zelf aan, met de ouders erbij"
    );
    assert!(
        reviewed[0].review.is_none(),
        "not reviewed yet: nothing written"
    );

    // Step 3: score the reading goal.
    click(&mut harness, "Volgende stap ▶");
    click(&mut harness, "Volgende stap ▶");
    assert_eq!(shown(&harness).guide.current, GuideStep::Goals);
    click(&mut harness, "Doel 1: score 8");
    assert_eq!(shown(&harness).goals[0].score, Some(8));
    harness.get_by_label_contains("1. Daan leest eind groep 6 op AVI M5.: 3, 6, 8");

    // On the board: reading now goes well.
    click(&mut harness, "Bord");
    click(&mut harness, &format!("moet beter: {LEZEN}"));
    harness.get_by_label("+ gaat goed: Geselecteerd").click();
    harness.run();
    let lezen = shown(&harness)
        .board
        .circles
        .iter()
        .flat_map(|c| c.items.clone())
        .find(|i| i.text == LEZEN)
        .unwrap();
    assert_eq!(lezen.kind, ItemKind::GoingWell);

    // Since last time.
    click(&mut harness, "Verloop");
    assert_eq!(harness.state().panels.side_tab, SideTab::Trajectory);
    harness.get_by_label("Sinds vorige keer (10 nov. 2026)");
    harness.get_by_label("Van − naar +");
    harness.get_by_label_contains(&format!("Kind/jongere: {LEZEN}"));
    harness.get_by_label("Afspraken gedaan");
    harness.get_by_label_contains("Leeslijst met dierenboeken op AVI M5 mailen (Sanne Mulder)");
    harness.get_by_label_contains("Daan leest eind groep 6 op AVI M5.: 6 → 8");

    // The earlier meeting opens read-only; the review is in the saved file.
    click(&mut harness, "Openen 2. overleg van 10 nov. 2026");
    assert_eq!(harness.state().meeting, 1);
    assert!(!harness.state().editable());
    harness.get_by_label_contains("Dit is een eerder overleg");
    click(&mut harness, "Naar het laatste overleg");
    assert_eq!(harness.state().meeting, 2);
    assert!(harness.state().editable());

    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        uitzicht::ui::Action::Command(uitzicht::ui::Command::Save),
    );
    harness.run();
    let saved = uitzicht::storage::load(&path).unwrap().case;
    assert_eq!(saved, harness.state().doc.case);
    assert_eq!(saved.meetings[2].agreements[3].review, Some(research));
}

#[test]
fn an_earlier_meeting_changes_only_when_unlocked_on_purpose() {
    let path = example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1800.0, 1400.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, uitzicht::ui::Action::ShowMeeting(0));
    harness.run();
    let before = harness.state().doc.case.clone();

    // The board's tools are not offered, and a typed edit is refused.
    click(&mut harness, "Bord");
    assert!(
        harness
            .query_by_label("Nieuw in 3. School/onderwijs")
            .is_none()
    );
    harness
        .state_mut()
        .apply(&ctx, uitzicht::ui::Action::GoToStep(GuideStep::Close));
    assert_eq!(harness.state().doc.case, before);

    click(&mut harness, "Toch bewerken");
    assert!(harness.state().editable());
    click(&mut harness, "Bord");
    type_into(
        &mut harness,
        "Nieuw in 3. School/onderwijs",
        "+ Achteraf aangevuld",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let school = &harness.state().doc.case.meetings[0].board.circles[1];
    assert!(school.items.iter().any(|i| i.text == "Achteraf aangevuld"));

    // Going elsewhere locks it again.
    harness
        .state_mut()
        .apply(&ctx, uitzicht::ui::Action::ShowMeeting(1));
    harness
        .state_mut()
        .apply(&ctx, uitzicht::ui::Action::ShowMeeting(0));
    assert!(!harness.state().editable());
}

#[test]
fn the_review_decides_what_runs_on_and_box_5_and_the_report_agree() {
    use uitzicht::model::{AgreementStatus, ReviewDecision};
    let (_, mut harness) = app_on_example();
    click(&mut harness, "+ Nieuw vervolgoverleg");
    click(&mut harness, "Vervolgoverleg maken");
    click(&mut harness, "Volgende stap ▶");
    // Carried: 1 (goes on), 2 (adjusted), 3 and 4 (open).
    click(&mut harness, "Afspraak 3 gedaan");
    click(&mut harness, "Afspraak 3 afgerond");
    click(&mut harness, "Afspraak 1 gedaan");
    click(&mut harness, "Afspraak 1 loopt door");
    type_into(&mut harness, "Tot wanneer? 1", " en daarna");
    let agreements = shown(&harness).agreements;
    assert_eq!(agreements[2].status, AgreementStatus::Done);
    assert_eq!(
        agreements[2].review.as_ref().and_then(|r| r.decision),
        Some(ReviewDecision::Closed)
    );
    assert_eq!(agreements[0].status, AgreementStatus::InProgress);
    assert!(agreements[0].when.ends_with(" en daarna"));

    // Box 5 holds what runs from now on: not the closed one.
    let index = harness.state().meeting;
    let layout =
        uitzicht::layout::board_layout(&harness.state().doc.case.meetings[index], Lang::Nl.texts());
    let box_5: String = layout
        .agreements
        .lines
        .iter()
        .map(|l| l.text.clone())
        .collect();
    assert!(!box_5.contains("Leeslijst"), "{box_5}");
    assert!(box_5.contains("duolezen"), "{box_5}");

    // The report says the review and what follows side by side.
    let report = uitzicht::export::report_pdf(
        &harness.state().doc.case,
        index,
        Lang::Nl.texts(),
        uitzicht::export::ExportOptions::now(),
    )
    .unwrap();
    let doc = lopdf::Document::load_mem(&report).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    assert!(text.contains("afgerond"), "{text}");
    assert!(text.contains("loopt door (tot de"), "{text}");
}
