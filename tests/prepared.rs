#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
//! Who brought an item in beforehand stays with it once the chair takes it in, and the
//! report quotes their own words beside the chair's wording.

mod common;

use egui_kittest::kittest::Queryable as _;
use uitzicht::canvas::Selection;
use uitzicht::i18n::Lang;
use uitzicht::model::{BoardEdit, CircleKind, ItemKind, Preparation, Said};
use uitzicht::ui::Action;

#[test]
fn a_taken_in_item_keeps_its_author_and_their_words() {
    let path = common::example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    let index = harness.state().meeting;
    harness.state_mut().doc.case.meetings[index].take_in(&Preparation {
        by: "Fatima El Amrani".to_owned(),
        answers: vec![Said::Item {
            circle: CircleKind::Home,
            kind: ItemKind::GoingWell,
            text: "Hij leest met papa in het weekend".to_owned(),
        }],
    });
    let id = (common::shown(&harness).board.items())
        .find(|i| i.text == "Hij leest met papa in het weekend")
        .unwrap()
        .id;
    // The chair takes it in, then words it for the board.
    for edit in [
        BoardEdit::TakeIn { items: vec![id] },
        BoardEdit::SetItemText {
            item: id,
            text: "Leest in het weekend samen met vader".to_owned(),
        },
    ] {
        harness.state_mut().apply(&ctx, Action::Board(edit));
    }
    harness.state_mut().board.selection = Selection::Item(id);
    harness.state_mut().panels.side_tab = uitzicht::app::SideTab::Board;
    harness.run();
    // The item's card says who brought it in and what they wrote.
    harness.get_by_label("Vooraf ingebracht door Fatima El Amrani");
    harness.get_by_label("(eigen woorden: “Hij leest met papa in het weekend”)");
    let item = common::shown(&harness).board.item(id).cloned().unwrap();
    assert!(!item.prepared);
    assert_eq!(item.said_by.as_deref(), Some("Fatima El Amrani"));
    // The report: under what she brought in, the chair's wording and her own.
    let app = harness.state();
    let text = uitzicht::export::report_text(&app.doc.case, index, Lang::Nl.texts()).unwrap();
    assert!(
        text.contains("Leest in het weekend samen met vader — 4. Thuis/opvoeding (eigen woorden: “Hij leest met papa in het weekend”)"),
        "{text}"
    );
}
