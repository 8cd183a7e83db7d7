#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! The chain of needs walked by a chair: a goal made from a ↑ item on the board, what it
//! builds on and changes ticked, a need made from the − item, support and an agreement
//! added from the goal's chain, the goal reworded (the board follows), then the follow-up
//! meeting's review of that agreement for that goal, and the chain in the report.

mod common;

use common::{click, example, shown, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::model::{GoalId, GuideStep, ItemKind, ReviewDecision, SupportFor};
use uitzicht::ui::Action;

fn click_last(harness: &mut Harness<'_, UitzichtApp>, label: &str) {
    harness
        .get_all_by_label_contains(label)
        .last()
        .unwrap()
        .click();
    harness.run();
}

#[test]
fn a_chair_builds_a_chain_from_the_board_to_the_review() {
    let path = example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1800.0, 3000.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Goals));
    harness.run();

    // The ↑ item becomes the goal: nothing typed twice.
    let aim = "Teksten bij zaakvakken vooraf samen doorlezen";
    click(&mut harness, &format!("↑ {aim} — doel maken"));
    let meeting = shown(&harness);
    let goal = meeting.goals.last().unwrap().clone();
    assert_eq!(goal.text, aim);
    assert!(goal.item.is_some());
    let id: GoalId = goal.id;

    // What it builds on and what it changes, ticked from the board's items.
    click_last(
        &mut harness,
        "Bouwen op (0) · veranderen of compenseren (0)",
    );
    click(&mut harness, "+ Duolezen gebeurt elke dag");
    click(
        &mut harness,
        "− Begrijpend lezen blijft lastig bij zaakvakken",
    );

    // From the goal's chain, each on the step whose form shows it: a need from the − item,
    // support for the teacher, an agreement.
    let go_to = |harness: &mut Harness<'_, UitzichtApp>, step| {
        let ctx = harness.ctx.clone();
        harness.state_mut().apply(&ctx, Action::GoToStep(step));
        harness.run();
    };
    go_to(&mut harness, GuideStep::Needs);
    click_last(
        &mut harness,
        "+ Heeft nodig: Begrijpend lezen blijft lastig bij zaakvakken",
    );
    // Answered once, the − item is no longer offered; it stands beside the need instead.
    assert!(
        harness
            .query_by_label_contains("+ Heeft nodig: Begrijpend lezen")
            .is_none()
    );
    harness.get_by_label("− Begrijpend lezen blijft lastig bij zaakvakken");
    go_to(&mut harness, GuideStep::SupportNeeds);
    click_last(&mut harness, "+ Ondersteuning Leerkracht/mentor");
    go_to(&mut harness, GuideStep::Close);
    click_last(&mut harness, "+ Afspraak");
    go_to(&mut harness, GuideStep::Goals);
    let meeting = shown(&harness);
    let chain = meeting.chain(id).unwrap();
    assert_eq!(chain.builds_on[0].text, "Duolezen gebeurt elke dag");
    assert_eq!(chain.changes[0].kind, ItemKind::MustImprove);
    // A need to phrase, answering the − item, which is not copied in as if it were one.
    assert_eq!(chain.needs[0].text, "");
    assert_eq!(chain.needs[0].from, Some(chain.changes[0].id));

    assert_eq!(chain.support[0].of, SupportFor::Teacher);
    assert_eq!(chain.agreements.len(), 1);
    // A school goal asks the school's adults only: the teacher's support completes it.
    assert_eq!(chain.gaps, []);
    // The marks show on the board.
    let built_on = chain.builds_on[0].id;
    assert!(meeting.item_mark(built_on).is_some());

    // The goal reworded in the form: the board's ↑ item follows.
    let row = meeting.goals.len();
    type_into(
        &mut harness,
        &format!("Doel {row}"),
        " bij wereldoriëntatie",
    );
    let meeting = shown(&harness);
    let reworded = format!("{aim} bij wereldoriëntatie");
    assert_eq!(meeting.goals.last().unwrap().text, reworded);
    assert_eq!(
        meeting.board.item(goal.item.unwrap()).unwrap().text,
        reworded
    );

    // The agreement gets its five W's in step 6.
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Close));
    harness.run();
    let number = shown(&harness).agreements.len();
    type_into(
        &mut harness,
        &format!("Wat {number}"),
        "Zaakvakteksten een dag eerder met Daan doorlezen",
    );
    type_into(&mut harness, &format!("Wie {number}"), "Sanne Mulder");

    // The report prints the chain per goal.
    let index = harness.state().meeting;
    let report = uitzicht::export::report_content(
        &harness.state().doc.case,
        index,
        &shown(&harness),
        Lang::Nl.texts(),
    );
    let text = uitzicht::export::plain_text(&report);
    assert!(text.contains("\nKeten per doel\n"), "{text}");
    assert!(
        text.contains(&format!(
            "- School: {reworded}\n  Bouwen op: + Duolezen gebeurt elke dag"
        )),
        "{text}"
    );
    let block = text
        .split(&format!("- School: {reworded}\n"))
        .nth(1)
        .unwrap();
    let block = block.split("\n- ").next().unwrap();
    assert!(!block.contains("Nog te vullen"), "{block}");

    review_in_the_next_meetings(&mut harness, id, &reworded);
}

/// The next meeting carries the links of goal `id` (now worded `reworded`); its review
/// asks per goal, and an adjusted agreement keeps what was agreed into the meeting after.
fn review_in_the_next_meetings(harness: &mut Harness<'_, UitzichtApp>, id: GoalId, reworded: &str) {
    click(harness, "+ Nieuw vervolgoverleg");
    click(harness, "Vervolgoverleg maken");
    click(harness, "Volgende stap ▶");
    harness.get_by_label(&format!("Voor doel: {reworded}"));
    let next = shown(harness);
    let carried = next
        .agreements
        .iter()
        .position(|a| a.goal == Some(id))
        .unwrap();
    click(harness, &format!("Afspraak {} gedaan", carried + 1));
    click(harness, &format!("Afspraak {} aangepast", carried + 1));
    // The new wording typed under the one under review, which keeps heading it.
    let agreed = "Zaakvakteksten een dag eerder met Daan doorlezen";
    type_into(harness, &format!("Wat {}", carried + 1), " en bespreken");
    harness.get_by_label(&format!("{}. {agreed}", carried + 1));
    let next = shown(harness);
    let chain = next.chain(id).unwrap();
    let review = chain.agreements[0].review.clone().unwrap();
    assert_eq!(review.decision, Some(ReviewDecision::Adjusted));
    assert_eq!(review.agreed.unwrap().what, agreed);
    assert_eq!(chain.agreements[0].what, format!("{agreed} en bespreken"));
    assert_eq!(chain.builds_on.len(), 1, "the links came along");

    // The meeting after sees what was agreed and what it became.
    click(harness, "+ Nieuw vervolgoverleg");
    click(harness, "Vervolgoverleg maken");
    click(harness, "Volgende stap ▶");
    harness.get_by_label(&format!("eerder afgesproken: {agreed}"));
    harness.get_by_label_contains(&format!("{agreed} en bespreken"));
}
