#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! A case at its limits in the app: whatever way something comes in (typing on the board,
//! a form, a follow-up), a list that would pass what a case file may hold is not changed,
//! the chair is told which list is full, and the case in memory still saves; a pasted text
//! holds no more than one text may.

mod common;

use uitzicht::i18n::Lang;
use uitzicht::model::limits::{MAX_ITEMS, MAX_MEETINGS, MAX_ROWS};
use uitzicht::model::{BoardEdit, CircleKind, ItemKind, Question};
use uitzicht::ui::Action;

fn app() -> egui_kittest::Harness<'static, uitzicht::app::UitzichtApp> {
    common::open_app(Some(&common::example()), Lang::Nl, (1800.0, 1100.0))
}

fn error(harness: &egui_kittest::Harness<'_, uitzicht::app::UitzichtApp>) -> String {
    harness.state().status.error.clone().unwrap_or_default()
}

#[test]
fn a_full_circle_takes_no_more_items_and_says_which_circle() {
    let mut harness = app();
    let (meeting, home) = {
        let app = harness.state_mut();
        let meeting = app.meeting;
        let board = &mut app.doc.case.meetings[meeting].board;
        let home = board
            .circles
            .iter()
            .find(|c| c.kind == CircleKind::Home)
            .unwrap()
            .id;
        while board.circle(home).unwrap().items.len() < MAX_ITEMS {
            board
                .add_item(home, ItemKind::GoingWell, "nog een")
                .unwrap();
        }
        (meeting, home)
    };
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(
        &ctx,
        Action::Board(BoardEdit::AddItem {
            circle: home,
            kind: ItemKind::Question,
            text: "Past dit nog?".into(),
        }),
    );
    let items = harness.state().doc.case.meetings[meeting]
        .board
        .circle(home)
        .unwrap()
        .items
        .len();
    assert_eq!(items, MAX_ITEMS);
    let said = error(&harness);
    assert!(said.contains("Hier kan niets meer bij"), "{said}");
    assert!(said.contains("Thuis"), "{said}");
    let case = &harness.state().doc.case;
    let version = uitzicht::storage::CURRENT_FORMAT_VERSION;
    uitzicht::storage::encode(case, version, None, "vol.uitzicht".as_ref()).unwrap();
}

#[test]
fn a_form_that_would_pass_a_lists_limit_is_undone_and_said() {
    let mut harness = app();
    let mut case = harness.state().doc.case.clone();
    let last = case.meetings.len() - 1;
    case.meetings[last].questions = vec![Question::default(); MAX_ROWS + 1];
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::ReplaceCase(Box::new(case)));
    assert!(harness.state().doc.case.meetings[last].questions.len() <= MAX_ROWS);
    assert!(error(&harness).contains("Hier kan niets meer bij"));
    assert_eq!(harness.state().doc.case.over_limit(), None);
}

#[test]
fn no_follow_up_past_the_last_meeting_a_case_may_hold() {
    let mut harness = app();
    {
        let case = &mut harness.state_mut().doc.case;
        let first = case.meetings[0].clone();
        case.meetings.resize(MAX_MEETINGS, first);
    }
    let ctx = harness.ctx.clone();
    let date = jiff::civil::date(2027, 1, 11);
    harness.state_mut().apply(&ctx, Action::MakeFollowUp(date));
    assert_eq!(harness.state().doc.case.meetings.len(), MAX_MEETINGS);
    assert!(
        error(&harness).contains("overleggen"),
        "{}",
        error(&harness)
    );
}

#[test]
fn a_pasted_text_holds_no_more_than_one_text_may() {
    use egui_kittest::kittest::Queryable as _;
    let mut harness = app();
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Bord")
        .click();
    harness.run();
    let field = "Nieuw in 3. School/onderwijs";
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, field)
        .focus();
    harness.run();
    let pasted = "lang".repeat(20_000);
    harness.event(egui::Event::Paste(pasted));
    harness.key_press(egui::Key::Enter);
    harness.run();
    let app = harness.state();
    let longest = app.doc.case.meetings[app.meeting]
        .board
        .items()
        .map(|i| i.text.chars().count())
        .max()
        .unwrap();
    assert_eq!(longest, uitzicht::model::limits::MAX_TEXT_CHARS);
}

#[test]
fn a_save_mends_a_text_no_file_can_keep_and_says_so() {
    let mut harness = app();
    let last = harness.state().doc.case.meetings.len() - 1;
    harness.state_mut().doc.case.meetings[last].summary = "Rust\u{85} na de pauze".to_owned();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(uitzicht::ui::Command::Save));
    harness.run();
    let app = harness.state();
    assert!(app.status.error.is_none(), "{:?}", app.status.error);
    let said = app.status.info.clone().unwrap_or_default();
    assert!(said.contains("onzichtbare tekens"), "{said}");
    let path = app.doc.path.clone().unwrap();
    let saved = uitzicht::storage::load(&path).unwrap().case;
    assert_eq!(saved.meetings[last].summary, "Rust na de pauze");
}
