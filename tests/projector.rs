#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! The projector follows the chair's step, in type no smaller than its floor: people and
//! questions at the start, the board in the analysis, the goals with their needs, the
//! agreements at the close; the board can be pinned; a crowded circle folds, and opens.

mod common;

use common::example;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::model::{GuideStep, ItemKind};
use uitzicht::ui::{Action, Command, floor_points};

const WIDTH: f32 = 1280.0;
const HEIGHT: f32 = 720.0;

fn presenting(step: GuideStep) -> Harness<'static, UitzichtApp> {
    let path = example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (WIDTH, HEIGHT));
    let last = harness.state().doc.case.meetings.len() - 1;
    harness.state_mut().doc.case.meetings[last].guide.current = step;
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::Present));
    harness.run();
    harness
}

/// The size of every text drawn this frame, but for single symbols (marker icons).
fn text_sizes(harness: &Harness<'_, UitzichtApp>) -> Vec<(String, f32)> {
    fn collect(shape: &egui::Shape, out: &mut Vec<(String, f32)>) {
        match shape {
            egui::Shape::Text(text) => {
                for section in &text.galley.job.sections {
                    let range = section.byte_range.start.0..section.byte_range.end.0;
                    let words = text.galley.job.text.get(range).unwrap_or_default();
                    if words.trim().chars().count() > 1 {
                        out.push((words.to_owned(), section.format.font_id.size));
                    }
                }
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut sizes = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut sizes);
    }
    sizes
}

fn assert_floor(harness: &Harness<'_, UitzichtApp>) {
    let floor = floor_points(HEIGHT);
    let sizes = text_sizes(harness);
    assert!(!sizes.is_empty());
    let small: Vec<_> = sizes.iter().filter(|(_, s)| *s < floor - 0.01).collect();
    assert!(small.is_empty(), "below the floor of {floor}: {small:?}");
}

#[test]
fn the_start_shows_the_people_the_questions_and_the_time_box() {
    let harness = presenting(GuideStep::Start);
    harness.get_by_label("Deelnemers");
    harness.get_by_label("Ilse de Boer — intern begeleider (voorzitter)");
    harness.get_by_label("1. Vragen");
    harness.get_by_label_contains("Wat kunnen we thuis nog meer doen?");
    harness.get_by_label("2026-11-10, 15:00–15:45");
    assert!(harness.query_by_label("Bord van het overleg").is_none());
    assert_floor(&harness);
}

#[test]
fn the_analysis_shows_the_board_and_the_board_can_be_pinned() {
    let harness = presenting(GuideStep::Analysis);
    harness.get_by_label("Bord van het overleg");
    assert_floor(&harness);

    let mut harness = presenting(GuideStep::Close);
    assert!(harness.query_by_label("Bord van het overleg").is_none());
    harness.get_by_label("Bord vastzetten").click();
    harness.run();
    harness.get_by_label("Bord van het overleg");
    harness.get_by_label("Bord vastzetten").click();
    harness.run();
    assert!(harness.query_by_label("Bord van het overleg").is_none());
}

#[test]
fn the_goals_show_what_they_build_on_their_needs_and_support() {
    let harness = presenting(GuideStep::Needs);
    harness.get_by_label("Doelen (uitzicht)");
    harness.get_by_label_contains("Daan leest eind groep 6 op AVI M5.");
    // The chain of each goal: what it builds on and changes, its needs and support.
    harness.get_by_label_contains("Bouwen op: + Leest graag met zijn maatje Mila");
    harness.get_by_label_contains("Veranderen of compenseren: − Technisch lezen");
    harness.get_by_label_contains("Daan heeft een vast leesmoment nodig");
    harness.get_by_label_contains("Leerkracht/mentor: Voorleestekst van zaakvakken");
    // What serves no goal yet is still there.
    harness.get_by_label("Ondersteuningsbehoeften");
    assert_floor(&harness);
}

#[test]
fn the_close_shows_the_agreements_with_their_five_ws() {
    let harness = presenting(GuideStep::Close);
    harness.get_by_label("5. Afspraken");
    harness.get_by_label("1. Elke dag 15 minuten duolezen met een maatje");
    assert_eq!(harness.get_all_by_label("Wie: Sanne Mulder").count(), 2);
    harness.get_by_label("Waarom: Leesplezier en leestempo");
    assert_floor(&harness);
}

#[test]
fn a_crowded_circle_keeps_to_the_floor_folds_and_opens_with_every_item() {
    let mut harness = presenting(GuideStep::Analysis);
    let last = harness.state().doc.case.meetings.len() - 1;
    let child = harness.state().doc.case.meetings[last].board.circles[0].id;
    for i in 0..14 {
        harness.state_mut().doc.case.meetings[last].board.add_item(
            child,
            ItemKind::Question,
            &format!("Nog een vraag over het lezen, nummer {i}"),
        );
    }
    // A change goes through an action, which lays the board out again.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::ZoomFit));
    harness.run();
    assert_floor(&harness);
    harness
        .get_all_by_label_contains(" meer")
        .next()
        .unwrap()
        .click();
    harness.run();
    // The opened circle lists every item with its marker.
    harness.get_by_label("? Nog een vraag over het lezen, nummer 13");
    // Nothing is lost: the file, the laptop and the print keep every item.
    let items = harness.state().doc.case.meetings[last].board.circles[0]
        .items
        .len();
    assert!(items >= 20);
}
