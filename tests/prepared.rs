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
        childs_own: false,
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

#[test]
fn an_item_carries_a_recent_example_from_the_sheet_or_the_chair() {
    let path = common::example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1366.0, 768.0));
    let index = harness.state().meeting;
    harness.state_mut().doc.case.meetings[index].take_in(&Preparation {
        by: "Sanne Mulder".to_owned(),
        answers: vec![Said::Item {
            circle: CircleKind::School,
            kind: ItemKind::MustImprove,
            text: "Ruzie na de pauze, bijv. maandag om het voetbal".to_owned(),
        }],
        childs_own: false,
    });
    let from_sheet = (common::shown(&harness).board.items())
        .find(|i| i.text == "Ruzie na de pauze")
        .cloned()
        .unwrap();
    assert_eq!(
        from_sheet.example.as_deref(),
        Some("maandag om het voetbal")
    );
    // The chair gives another item an example in its card.
    let other = (common::shown(&harness).board.items())
        .find(|i| i.text.starts_with("Duolezen gebeurt"))
        .unwrap()
        .id;
    harness.state_mut().board.selection = Selection::Item(other);
    harness.state_mut().panels.side_tab = uitzicht::app::SideTab::Board;
    harness.run();
    common::type_into(
        &mut harness,
        "Voorbeeld",
        "Vandaag las hij met Mila een heel hoofdstuk",
    );
    harness.get_by_label("Bewerken").focus();
    harness.run();
    let item = common::shown(&harness).board.item(other).cloned().unwrap();
    assert_eq!(
        item.example.as_deref(),
        Some("Vandaag las hij met Mila een heel hoofdstuk")
    );
    // Both in the report, not on the A3 board.
    let app = harness.state();
    let t = Lang::Nl.texts();
    let text = uitzicht::export::report_text(&app.doc.case, index, t).unwrap();
    assert!(text.contains("Voorbeelden bij het bord"), "{text}");
    assert!(text.contains("bijv. maandag om het voetbal"), "{text}");
    assert!(
        text.contains("bijv. Vandaag las hij met Mila een heel hoofdstuk"),
        "{text}"
    );
    let options = uitzicht::export::ExportOptions::now();
    let sheet =
        common::pdf_lines(&uitzicht::export::sheet_pdf(&app.doc.case, index, t, options).unwrap());
    assert!(!common::unbroken(&sheet).contains("maandag om het voetbal"));
}
