#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! The projector follows the chair's step, in type no smaller than its floor: people and
//! questions at the start, the board in the analysis, the goals with their needs, the
//! agreements at the close; the board can be pinned; a crowded circle folds, and opens.

mod common;

use common::example;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::UitzichtApp;
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
    assert_floor_at(harness, HEIGHT, "");
}

fn assert_floor_at(harness: &Harness<'_, UitzichtApp>, height: f32, what: &str) {
    let floor = floor_points(height);
    let sizes = text_sizes(harness);
    assert!(!sizes.is_empty());
    let small: Vec<_> = sizes.iter().filter(|(_, s)| *s < floor - 0.01).collect();
    assert!(
        small.is_empty(),
        "{what}: below the floor of {floor}: {small:?}"
    );
}

#[test]
fn the_start_shows_the_people_the_questions_and_the_time_box() {
    let mut harness = presenting(GuideStep::Start);
    harness.get_by_label("Deelnemers");
    harness.get_by_label("Ilse de Boer — intern begeleider (voorzitter)");
    harness.get_by_label("dinsdag 10 november 2026, 15:00–15:45");
    // Why we are all here, as the chair put it in the start.
    harness.get_by_label("Gezamenlijk belang");
    harness.get_by_label_contains("We zijn hier allemaal omdat Daan leest met plezier");
    // A follow-up reviews last time's agreements next; the questions follow on the next page.
    harness.get_by_label("Terugblik op de afspraken van vorige keer");
    assert!(harness.query_by_label("Bord van het overleg").is_none());
    assert_floor(&harness);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::NextPage));
    harness.run();
    harness.get_by_label("1. Vragen");
    harness.get_by_label_contains("Wat kunnen we thuis nog meer doen?");
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
fn step_three_shows_the_goals_with_what_they_build_on_and_change() {
    let harness = presenting(GuideStep::Goals);
    harness.get_by_label("Doelen (uitzicht)");
    harness.get_by_label_contains("Daan leest eind groep 6 op AVI M5.");
    harness.get_by_label_contains("Bouwen op: + Leest graag met zijn maatje Mila");
    harness.get_by_label_contains("Veranderen of compenseren: − Technisch lezen");
    assert!(
        harness
            .query_by_label("Onderwijs- en opvoedbehoeften")
            .is_none()
    );
    assert_floor(&harness);
}

#[test]
fn step_four_shows_the_needs_per_area() {
    let harness = presenting(GuideStep::Needs);
    harness.get_by_label("Onderwijs- en opvoedbehoeften");
    harness.get_by_label_contains("Dit kind heeft nodig: een vast leesmoment, ook in drukke weken");
    assert!(harness.query_by_label("Doelen (uitzicht)").is_none());
    assert_floor(&harness);
}

#[test]
fn step_five_shows_the_support_per_adult_with_how_often_when_and_how() {
    let harness = presenting(GuideStep::SupportNeeds);
    harness.get_by_label("Ondersteuningsbehoeften");
    harness.get_by_label("Leerkracht/mentor");
    harness.get_by_label_contains("Voorleestekst van zaakvakken");
    assert!(harness.get_all_by_label_contains("Hoe vaak: ").count() > 0);
    assert_floor(&harness);
}

/// Every text drawn this frame, with the rectangle its letters take on the screen.
fn text_rects(harness: &Harness<'_, UitzichtApp>) -> Vec<(String, egui::Rect)> {
    fn collect(shape: &egui::Shape, out: &mut Vec<(String, egui::Rect)>) {
        match shape {
            egui::Shape::Text(text) if !text.galley.job.text.trim().is_empty() => {
                out.push((text.galley.job.text.clone(), text.visual_bounding_rect()));
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut rects = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut rects);
    }
    rects
}

/// No two texts on the screen cover each other and none leaves the screen.
fn assert_clear(harness: &Harness<'_, UitzichtApp>, size: egui::Vec2, what: &str) {
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size).expand(0.5);
    let rects = text_rects(harness);
    assert!(!rects.is_empty(), "{what}: nothing drawn");
    for (i, (text, rect)) in rects.iter().enumerate() {
        assert!(
            screen.contains_rect(*rect),
            "{what}: {text:?} at {rect:?} leaves the screen"
        );
        for (other, other_rect) in &rects[i + 1..] {
            let both = rect.intersect(*other_rect);
            assert!(
                both.width() <= 1.0 || both.height() <= 1.0,
                "{what}: {text:?} at {rect:?} covers {other:?} at {other_rect:?}"
            );
        }
    }
}

/// The example with far more than fits one screen: goals, needs, support, agreements and
/// tops and tips for a whole team.
fn crowded(harness: &mut Harness<'static, UitzichtApp>) {
    use uitzicht::model::{Agreement, Area, Feedback, Goal, Need, SupportFor, SupportNeed};
    let last = harness.state().doc.case.meetings.len() - 1;
    let meeting = &mut harness.state_mut().doc.case.meetings[last];
    for i in 0..8 {
        let goal = Goal {
            id: uitzicht::model::GoalId(1000 + i as u32),
            text: format!(
                "Doel {i}: Daan leest zelfstandig een tekst van een bladzijde en vertelt wat erin stond"
            ),
            area: Area::ALL[i % Area::ALL.len()],
            ..Goal::default()
        };
        let id = goal.id;
        meeting.goals.push(goal);
        meeting.needs.push(Need {
            area: Area::ALL[i % Area::ALL.len()],
            text: format!("Behoefte {i}: een vast moment op de dag met een volwassene die meeleest en doorvraagt"),
            goal: Some(id),
            from: None,
        });
        meeting.support_needs.push(SupportNeed {
            of: SupportFor::ALL[i % SupportFor::ALL.len()],
            what: format!("Steun {i}: een gesprek met de intern begeleider over wat werkt"),
            how_often: "elke week".to_owned(),
            when: "op dinsdag".to_owned(),
            how: "kort, tien minuten".to_owned(),
            goal: Some(id),
        });
    }
    for i in 0..12 {
        meeting.agreements.push(Agreement {
            what: format!(
                "Afspraak {i}: elke dag samen lezen en in een schriftje bijhouden wat lukte"
            ),
            who: "Sanne Mulder".to_owned(),
            why: "Zodat Daan ziet dat hij vooruitgaat en het plezier houdt".to_owned(),
            when: "tot de voorjaarsvakantie".to_owned(),
            how: "tien minuten na de kleine pauze".to_owned(),
            ..Agreement::default()
        });
        meeting.evaluation.feedback.push(Feedback {
            participant: format!("Deelnemer {i}"),
            top: "Fijn dat iedereen aan het woord kwam".to_owned(),
            tip: "Volgende keer de vragen vooraf rondsturen".to_owned(),
        });
    }
}

#[test]
fn every_step_view_fits_or_pages_without_overlap_at_720_and_1080() {
    let steps = [
        GuideStep::Start,
        GuideStep::Goals,
        GuideStep::Needs,
        GuideStep::SupportNeeds,
        GuideStep::Close,
    ];
    for (width, height) in [(1280.0, 720.0), (1920.0, 1080.0)] {
        for crowd in [false, true] {
            for step in steps {
                let path = example();
                let mut harness = common::open_app(Some(&path), Lang::Nl, (width, height));
                if crowd {
                    crowded(&mut harness);
                }
                let last = harness.state().doc.case.meetings.len() - 1;
                harness.state_mut().doc.case.meetings[last].guide.current = step;
                let ctx = harness.ctx.clone();
                harness
                    .state_mut()
                    .apply(&ctx, Action::Command(Command::Present));
                harness.run();
                let pages = harness.state().presentation.pages.count;
                for page in 0..pages {
                    let what = format!(
                        "{step:?} at {width}×{height}, crowded {crowd}, page {}",
                        page + 1
                    );
                    assert_clear(&harness, egui::vec2(width, height), &what);
                    harness.key_press(egui::Key::PageDown);
                    harness.run();
                }
                if crowd && step == GuideStep::Close {
                    assert!(pages > 1, "twelve agreements fit no screen at {height}");
                    // The last page was reached; the page number says so.
                    assert_eq!(harness.state().presentation.pages.shown, pages - 1);
                    harness.get_by_label(&format!("{pages}/{pages}"));
                }
            }
        }
    }
}

#[test]
fn a_tap_turns_the_page_and_after_the_last_comes_the_first() {
    let path = example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (WIDTH, HEIGHT));
    crowded(&mut harness);
    let last = harness.state().doc.case.meetings.len() - 1;
    harness.state_mut().doc.case.meetings[last].guide.current = GuideStep::Close;
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::Present));
    harness.run();
    let pages = harness.state().presentation.pages.count;
    assert!(pages > 1);
    harness.get_by_label(&format!("1/{pages}"));
    assert!(harness.query_by_label_contains("Afspraak 11:").is_none());
    // The page number sits in the corner; a tap there, as anywhere, turns the page.
    let mut seen = false;
    for page in 1..pages {
        harness.get_by_label(&format!("{page}/{pages}")).click();
        harness.run();
        seen |= harness.query_by_label_contains("Afspraak 11:").is_some();
    }
    assert!(seen, "the last agreement is on a later page");
    harness.get_by_label(&format!("{pages}/{pages}")).click();
    harness.run();
    assert_eq!(harness.state().presentation.pages.shown, 0);
}

#[test]
fn the_close_shows_the_agreements_with_their_five_ws() {
    let harness = presenting(GuideStep::Close);
    harness.get_by_label("5. Afspraken");
    harness.get_by_label("1. Elke dag 15 minuten duolezen met een maatje");
    assert!(harness.get_all_by_label("Wie: Sanne Mulder").count() >= 1);
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

#[test]
fn a_crowded_circle_on_the_projector_shows_each_kind_and_nothing_covers_anything() {
    for (width, height) in [(1280.0, 720.0), (1920.0, 1080.0)] {
        let path = example();
        let mut harness = common::open_app(Some(&path), Lang::Nl, (width, height));
        let last = harness.state().doc.case.meetings.len() - 1;
        let meeting = &mut harness.state_mut().doc.case.meetings[last];
        meeting.guide.current = GuideStep::Analysis;
        let child = meeting.board.circles[0].id;
        meeting.board.circles[0].items.clear();
        let kinds = [
            (ItemKind::GoingWell, 4),
            (ItemKind::MustImprove, 3),
            (ItemKind::Goal, 1),
            (ItemKind::Question, 2),
        ];
        for (kind, count) in kinds {
            for i in 0..count {
                meeting
                    .board
                    .add_item(child, kind, &format!("{} nummer {i}", kind.symbol()));
            }
        }
        // The last concern is starred: it comes forward among the concerns.
        let starred = meeting.board.circles[0]
            .items
            .iter()
            .rfind(|i| i.kind == ItemKind::MustImprove)
            .map(|i| i.id)
            .unwrap();
        for item in &mut meeting.board.circles[0].items {
            item.top_three = item.id == starred;
        }
        // Box 5 full to its foot, where the screen's buttons stand.
        for i in 0..10 {
            meeting.agreements.push(uitzicht::model::Agreement {
                what: format!("Afspraak {i}: elke dag samen lezen"),
                who: "Sanne Mulder".to_owned(),
                when: "tot de voorjaarsvakantie".to_owned(),
                ..Default::default()
            });
        }
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(&ctx, Action::Command(Command::Present));
        harness
            .state_mut()
            .apply(&ctx, Action::Command(Command::ZoomFit));
        harness.run();
        let what = format!("the board at {width}×{height}");
        assert_clear(&harness, egui::vec2(width, height), &what);
        let drawn: Vec<String> = text_rects(&harness).into_iter().map(|(t, _)| t).collect();
        let shows = |text: &str| drawn.iter().any(|d| d.contains(text));
        // Every kind is seen: the concerns and questions are not folded behind the positives.
        for (kind, _) in kinds {
            assert!(
                shows(&format!("{} nummer 0", kind.symbol())) || kind == ItemKind::MustImprove,
                "{what}: {kind:?} {drawn:?}"
            );
        }
        assert!(shows("− nummer 2"), "{what}: the starred concern is shown");
        assert!(shows("? nummer 1") || shows(" meer"), "{what}");
    }
}

#[test]
fn a_word_broken_on_the_projector_gets_its_hyphen() {
    let source = "Overleg met het samenwerkingsverband over de ondersteuningsbehoeften van \
                  de leerkracht en de jeugdconsulent, tot de voorjaarsvakantie en daarna";
    let mut harness = presenting(GuideStep::Goals);
    let last = harness.state().doc.case.meetings.len() - 1;
    harness.state_mut().doc.case.meetings[last].goals[0].text = source.to_owned();
    harness.run();
    let words: Vec<&str> = source.split_whitespace().collect();
    let drawn: Vec<String> = text_sizes(&harness).into_iter().map(|(t, _)| t).collect();
    let goal = drawn
        .iter()
        .find(|t| t.contains("samenwerking"))
        .expect("the goal is on the projector");
    let lines: Vec<&str> = goal.lines().collect();
    assert!(lines.len() > 1, "{goal:?}");
    for line in &lines[..lines.len() - 1] {
        let end = line.split_whitespace().last().unwrap_or_default();
        assert!(
            end.ends_with('-') || words.contains(&end),
            "{line:?} in {goal:?}"
        );
    }
}

#[test]
fn the_examples_arrow_notes_are_whole_on_the_projector() {
    let harness = presenting(GuideStep::Analysis);
    let last = harness.state().doc.case.meetings.len() - 1;
    let notes: Vec<String> = (harness.state().doc.case.meetings[last].board.arrows.iter())
        .map(|a| a.note.clone())
        .collect();
    // Every text drawn, joined, with the lines of a note run together again.
    let drawn = text_sizes(&harness)
        .into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>()
        .join(" ")
        .replace("- ", "");
    let drawn = drawn.split_whitespace().collect::<Vec<_>>().join(" ");
    for note in notes {
        let whole = note.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(drawn.contains(&whole), "{note:?} not whole in {drawn}");
    }
}

#[test]
fn while_presenting_the_chair_turns_the_step_with_ctrl_page_down() {
    let mut harness = presenting(GuideStep::Start);
    let last = harness.state().doc.case.meetings.len() - 1;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::PageDown);
    harness.run();
    assert_eq!(
        harness.state().doc.case.meetings[last].guide.current,
        GuideStep::Analysis
    );
    harness.get_by_label("2. Kind/jongere");
}

#[test]
fn pinning_the_board_is_for_the_meeting_it_was_set_in() {
    let mut harness = presenting(GuideStep::Start);
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::PinBoard));
    harness.run();
    assert!(harness.state().presentation.board_pinned);
    // A follow-up begins: its projector opens on its own start view, not the board.
    let date = jiff::civil::date(2027, 1, 11);
    harness.state_mut().apply(&ctx, Action::MakeFollowUp(date));
    harness.run();
    assert!(!harness.state().presentation.board_pinned);
    assert!(
        harness.query_by_label_contains("Deelnemers").is_some(),
        "the start view, not the pinned board"
    );
    // F6 pins it in this meeting, and going back to the earlier one leaves it unpinned.
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::PinBoard));
    harness.run();
    assert!(harness.state().presentation.board_pinned);
    harness.state_mut().apply(&ctx, Action::ShowMeeting(0));
    harness.run();
    assert!(!harness.state().presentation.board_pinned);
}

#[test]
fn the_childs_own_words_stand_in_quotes_on_the_projector_and_on_paper() {
    use uitzicht::model::{BoardEdit, CircleKind, ItemKind, Preparation, Said};
    let path = example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (WIDTH, HEIGHT));
    let last = harness.state().doc.case.meetings.len() - 1;
    let child = harness.state().doc.case.child.clone();
    // What the child wrote on its own sheet comes in marked as its words.
    harness.state_mut().doc.case.meetings[last].take_in(&Preparation {
        by: child,
        answers: vec![Said::Item {
            circle: CircleKind::Child,
            kind: ItemKind::Goal,
            text: "Zelf een boek uitkiezen".to_owned(),
        }],
        childs_own: true,
    });
    let from_sheet = (harness.state().doc.case.meetings[last].board.items())
        .find(|i| i.text == "Zelf een boek uitkiezen")
        .cloned()
        .unwrap();
    assert!(from_sheet.childs_words);
    // What the child says in the meeting, the chair marks in the item's card.
    let said = (harness.state().doc.case.meetings[last].board.items())
        .find(|i| i.text.starts_with("Wil Daan zelf een spreekbeurt"))
        .unwrap()
        .id;
    let ctx = harness.ctx.clone();
    for edit in [
        BoardEdit::TakeIn {
            items: vec![from_sheet.id],
        },
        BoardEdit::SetChildsWords {
            item: said,
            childs_words: true,
        },
    ] {
        harness.state_mut().apply(&ctx, Action::Board(edit));
    }
    harness.state_mut().doc.case.meetings[last].guide.current = GuideStep::Analysis;
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::Present));
    harness.run();
    let drawn: Vec<String> = text_sizes(&harness)
        .into_iter()
        .map(|(text, _)| text)
        .collect();
    // (The new goal is past the first three of its kind: the projector folds it away.)
    assert!(
        drawn.iter().any(|line| line.starts_with("„Wil Daan zelf")),
        "{drawn:?}"
    );
    // Cut short on the board where the circle is full, whole on the page after it.
    let mut whole = drawn.iter().any(|line| line.ends_with("houden?”"));
    for _ in 1..harness.state().presentation.pages.count {
        harness.key_press(egui::Key::PageDown);
        harness.run();
        whole |=
            page_text(&harness).contains("„Wil Daan zelf een spreekbeurt over dieren houden?”");
    }
    assert!(whole, "{drawn:?}");
    // On paper too.
    let app = harness.state();
    let t = Lang::Nl.texts();
    let options = uitzicht::export::ExportOptions::now();
    let sheet = common::unbroken(&common::pdf_lines(
        &uitzicht::export::sheet_pdf(&app.doc.case, last, t, options).unwrap(),
    ));
    assert!(sheet.contains("„Zelf een boek uitkiezen”"), "{sheet}");
}

/// A crowded board as a real meeting makes one: twenty items of all four kinds in the home
/// circle (in place of its own), three arrows with notes of fifteen words, eight questions in box 1.
fn crowd_the_board(meeting: &mut uitzicht::model::Meeting) {
    use uitzicht::model::{Question, Spiral};
    let [child, school, home] = [0, 1, 2].map(|i| meeting.board.circles[i].id);
    // None starred: the board shows the first three of each kind.
    meeting.board.circles[2].items.clear();
    for i in 0..20 {
        let kind = ItemKind::ALL[i % ItemKind::ALL.len()];
        meeting.board.add_item(
            home,
            kind,
            &format!("Thuis {i}: wat de ouders zien bij het huiswerk, het eten en het slapengaan"),
        );
    }
    meeting.board.arrows.clear();
    for (n, (from, to)) in [(child, school), (school, home), (home, child)]
        .into_iter()
        .enumerate()
    {
        meeting.board.add_arrow(
            from,
            to,
            Spiral::Upward,
            &format!(
                "Pijl {n}: wat thuis goed gaat geeft hem rust en daardoor durft hij in de klas meer"
            ),
        );
    }
    for i in 0..8 {
        meeting.questions.push(Question {
            asked_by: "Sanne Mulder".to_owned(),
            question: format!("Vraag {i}: hoe houden we het lezen thuis en op school vol?"),
            decision_needed: i % 3 == 0,
            ..Question::default()
        });
    }
}

/// Every text drawn, joined, with words broken at a line's end whole again.
fn page_text(harness: &Harness<'_, UitzichtApp>) -> String {
    let joined = text_rects(harness)
        .into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>()
        .join(" ")
        .replace("-\n", "")
        .replace("- ", "");
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn whole(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_view_of_a_follow_up_and_of_a_crowded_board_is_whole_on_some_page() {
    for (width, height) in [(1280.0, 720.0), (1920.0, 1080.0)] {
        for crowd in [false, true] {
            for step in GuideStep::ALL {
                let path = example();
                let mut harness = common::open_app(Some(&path), Lang::Nl, (width, height));
                let last = harness.state().doc.case.meetings.len() - 1;
                assert!(last > 0, "the example's last meeting is a follow-up");
                let meeting = &mut harness.state_mut().doc.case.meetings[last];
                if crowd {
                    crowd_the_board(meeting);
                }
                meeting.guide.current = step;
                let meeting = meeting.clone();
                let ctx = harness.ctx.clone();
                harness
                    .state_mut()
                    .apply(&ctx, Action::Command(Command::Present));
                harness.run();
                let pages = harness.state().presentation.pages.count.max(1);
                let mut seen = Vec::new();
                for page in 0..pages {
                    let what = format!(
                        "{step:?} at {width}×{height}, crowded {crowd}, page {}/{pages}",
                        page + 1
                    );
                    assert_floor_at(&harness, height, &what);
                    assert_clear(&harness, egui::vec2(width, height), &what);
                    seen.push(page_text(&harness));
                    harness.key_press(egui::Key::PageDown);
                    harness.run();
                }
                let what = format!("{step:?} at {width}×{height}, crowded {crowd}");
                let on_some_page = |text: &str| seen.iter().any(|page| page.contains(&whole(text)));
                let mut wanted: Vec<String> = match step {
                    GuideStep::Preparation | GuideStep::Start => meeting
                        .questions
                        .iter()
                        .map(|q| q.question.clone())
                        .chain(
                            meeting
                                .participants
                                .iter()
                                .filter(|p| p.present)
                                .map(|p| p.name.clone()),
                        )
                        .collect(),
                    GuideStep::Analysis => meeting
                        .board
                        .items()
                        .map(|i| i.text.clone())
                        .chain(meeting.board.arrows.iter().map(|a| a.note.clone()))
                        .chain(meeting.questions.iter().map(|q| q.question.clone()))
                        .collect(),
                    GuideStep::Goals => meeting.goals.iter().map(|g| g.text.clone()).collect(),
                    GuideStep::Needs => meeting.needs.iter().map(|n| n.text.clone()).collect(),
                    GuideStep::SupportNeeds => meeting
                        .support_needs
                        .iter()
                        .map(|n| n.what.clone())
                        .collect(),
                    GuideStep::Close => meeting
                        .agreements
                        .iter()
                        .filter(|a| a.is_running())
                        .map(|a| a.what.clone())
                        .collect(),
                };
                wanted.retain(|text| !text.trim().is_empty());
                assert!(!wanted.is_empty(), "{what}: nothing to look for");
                for text in wanted {
                    assert!(
                        on_some_page(&text),
                        "{what}: {text:?} is whole on no page: {seen:#?}"
                    );
                }
                if crowd && step == GuideStep::Analysis {
                    assert!(
                        pages > 1,
                        "{what}: the crowded board has pages after the board"
                    );
                    // The board itself shows the home circle's first of each kind, at least.
                    for i in 0..4 {
                        assert!(
                            seen[0].contains(&format!("Thuis {i}:")),
                            "{what}: item {i} on the board: {}",
                            seen[0]
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_crowded_circles_counts_and_items_stay_inside_it_on_the_projector() {
    let t = Lang::Nl.texts();
    let mut case = common::example_case();
    let meeting = case.meetings.last_mut().unwrap();
    crowd_the_board(meeting);
    for (width, height) in [(1280.0, 720.0), (1920.0, 1080.0)] {
        let size = egui::vec2(width, height);
        let options = uitzicht::layout::LayoutOptions::projector(uitzicht::ui::floor_mm(
            size,
            floor_points(height),
        ));
        let board = uitzicht::layout::board_layout_with(meeting, t, options);
        let home = &board.circles[2];
        assert!(home.overflows, "twenty items fold");
        let note = home
            .overflow_note
            .as_ref()
            .expect("the folded items are counted");
        let inside = |x: f32, y: f32, circle: &uitzicht::layout::CircleLayout| {
            (x - circle.center.x).hypot(y - circle.center.y) <= circle.radius_mm + 0.01
        };
        for circle in &board.circles {
            let lines = circle
                .items
                .iter()
                .flat_map(|i| &i.lines)
                .chain(circle.overflow_note.as_ref());
            for line in lines {
                let metrics = uitzicht::fonts::FontMetrics::shipped();
                let right =
                    line.top_left.x + metrics.width_em(&line.text, line.weight) * line.size_mm;
                let bottom = line.top_left.y + uitzicht::layout::text::line_height(line.size_mm);
                for (x, y) in [
                    (line.top_left.x, line.top_left.y),
                    (right, line.top_left.y),
                    (line.top_left.x, bottom),
                    (right, bottom),
                ] {
                    assert!(
                        inside(x, y, circle),
                        "{width}×{height}: {:?} leaves circle {:?}",
                        line.text,
                        circle.title
                    );
                }
            }
        }
        // Of each kind the first is shown at least; the note counts all the rest.
        for kind in ItemKind::ALL {
            let shown = home.items.iter().filter(|i| i.kind == kind).count();
            assert!((1..=3).contains(&shown), "{kind:?}: {shown}");
        }
        let counted: usize = note
            .text
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse::<usize>().ok())
            .sum();
        assert_eq!(home.items.len() + counted, 20, "{}", note.text);
    }
}
