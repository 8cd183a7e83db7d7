#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! The PDFs and the PNG read back: page sizes, embedded fonts, and every text whole.

mod common;

use std::path::Path;

use lopdf::{Document, Object};
use uitzicht::export::{self, ExportOptions};
use uitzicht::i18n::Lang;
use uitzicht::model::{
    Agreement, AgreementId, Case, CircleId, Feedback, ItemKind, Question, Spiral,
};
use uitzicht::storage;

fn example() -> Case {
    storage::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"))
        .unwrap()
        .case
}

fn options() -> ExportOptions {
    ExportOptions {
        created: "2026-11-30T12:00:00Z".parse().unwrap(),
    }
}

/// Page sizes in points, rounded to a tenth.
fn page_sizes(doc: &Document) -> Vec<(f32, f32)> {
    doc.get_pages()
        .values()
        .map(|id| {
            let page = doc.get_dictionary(*id).unwrap();
            let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let n = |o: &Object| o.as_float().unwrap();
            let round = |v: f32| (v * 10.0).round() / 10.0;
            (
                round(n(&media[2]) - n(&media[0])),
                round(n(&media[3]) - n(&media[1])),
            )
        })
        .collect()
}

/// Every font used on a page, with whether its program is embedded.
fn fonts_embedded(doc: &Document) -> Vec<(String, bool)> {
    let mut fonts = Vec::new();
    for page in doc.get_pages().values() {
        for (_, font) in doc.get_page_fonts(*page).unwrap() {
            let name = String::from_utf8_lossy(font.get(b"BaseFont").unwrap().as_name().unwrap())
                .into_owned();
            let descendant = font
                .get(b"DescendantFonts")
                .ok()
                .and_then(|d| d.as_array().ok())
                .and_then(|a| a.first())
                .and_then(|o| doc.dereference(o).ok())
                .and_then(|(_, o)| o.as_dict().ok().cloned());
            let descriptor_of = |dict: &lopdf::Dictionary| {
                dict.get(b"FontDescriptor")
                    .ok()
                    .and_then(|o| doc.dereference(o).ok())
                    .and_then(|(_, o)| o.as_dict().ok().cloned())
            };
            let descriptor = descendant
                .as_ref()
                .and_then(descriptor_of)
                .or_else(|| descriptor_of(font));
            let embedded = descriptor
                .is_some_and(|d| d.has(b"FontFile2") || d.has(b"FontFile3") || d.has(b"FontFile"));
            fonts.push((name, embedded));
        }
    }
    fonts
}

/// All text of the document with whitespace removed, so that wrapped lines join again.
fn squeezed_text(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    squeeze(&common::unbroken(&doc.extract_text(&pages).unwrap()))
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn assert_has(haystack: &str, needle: &str, what: &str) {
    let needle = squeeze(needle);
    if !needle.is_empty() {
        assert!(haystack.contains(&needle), "{what} lacks {needle:?}");
    }
}

#[test]
fn the_sheet_is_one_a3_landscape_page_with_embedded_fonts_and_the_whole_board() {
    let case = example();
    let t = Lang::Nl.texts();
    let bytes = export::sheet_pdf(&case, 1, t, options()).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    assert_eq!(page_sizes(&doc), vec![(1190.6, 841.9)]);
    let fonts = fonts_embedded(&doc);
    assert!(fonts.len() >= 2, "{fonts:?}");
    assert!(fonts.iter().all(|(_, embedded)| *embedded), "{fonts:?}");
    // Subset: the whole DejaVu alone would be 750 KB.
    assert!(bytes.len() < 100_000, "{} bytes", bytes.len());

    let text = squeezed_text(&doc);
    let meeting = &case.meetings[1];
    assert_has(&text, &case.child, "header");
    for participant in &meeting.participants {
        assert_has(&text, &participant.name, "header");
        assert_has(&text, &participant.role, "header");
    }
    for circle in &meeting.board.circles {
        for item in &circle.items {
            assert_has(&text, &item.text, "sheet");
        }
    }
    for arrow in &meeting.board.arrows {
        assert_has(&text, &arrow.note, "sheet");
    }
    for question in &meeting.questions {
        assert_has(&text, &question.question, "box 1");
    }
    // Box 5 holds the agreements that run from now on; a closed one is in the report.
    for agreement in meeting.agreements.iter().filter(|a| a.is_running()) {
        for field in [&agreement.who, &agreement.what, &agreement.when] {
            assert_has(&text, field, "box 5");
        }
    }
    assert_has(&text, "4. Thuis/opvoeding", "sheet");
    assert_has(&text, "Legenda", "sheet");

    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| doc.dereference(o))
        .unwrap()
        .1
        .as_dict()
        .unwrap()
        .clone();
    let title = info.get(b"Title").unwrap().as_str().unwrap();
    assert!(!title.is_empty());
    let created =
        String::from_utf8_lossy(info.get(b"CreationDate").unwrap().as_str().unwrap()).into_owned();
    assert!(created.starts_with("D:20261130"), "{created}");
}

#[test]
fn the_report_is_a4_and_holds_every_field_of_the_meeting() {
    let case = example();
    let t = Lang::Nl.texts();
    let bytes = export::report_pdf(&case, 1, t, options()).unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    let sizes = page_sizes(&doc);
    assert!(sizes.len() >= 2);
    assert!(sizes.iter().all(|s| *s == (595.3, 841.9)), "{sizes:?}");
    assert!(fonts_embedded(&doc).iter().all(|(_, embedded)| *embedded));

    let text = squeezed_text(&doc);
    let meeting = &case.meetings[1];
    for question in &meeting.questions {
        assert_has(&text, &question.question, "questions");
        assert_has(&text, &question.why, "questions");
    }
    for agreement in &meeting.agreements {
        for field in [
            &agreement.who,
            &agreement.what,
            &agreement.why,
            &agreement.when,
            &agreement.how,
        ] {
            assert_has(&text, field, "agreements");
        }
        if let Some(review) = &agreement.review {
            assert_has(&text, &review.better, "review");
        }
    }
    for need in &meeting.needs {
        assert_has(&text, &need.text, "needs");
    }
    for support in &meeting.support_needs {
        for field in [
            &support.what,
            &support.how_often,
            &support.when,
            &support.how,
        ] {
            assert_has(&text, field, "support needs");
        }
    }
    for goal in &meeting.goals {
        assert_has(&text, &goal.text, "goals");
    }
    assert_has(&text, &meeting.summary, "summary");
    assert_has(&text, &meeting.insight, "insight");
    assert_has(&text, "Terugblik op de afspraken van vorige keer", "review");
    assert_has(
        &text,
        &format!("pagina {} van {}", sizes.len(), sizes.len()),
        "page numbers",
    );

    // The first meeting has the tops and tips, and no review of earlier agreements.
    let first = Document::load_mem(&export::report_pdf(&case, 0, t, options()).unwrap()).unwrap();
    let first_text = squeezed_text(&first);
    for feedback in &case.meetings[0].evaluation.feedback {
        assert_has(&first_text, &feedback.top, "tops");
        assert_has(&first_text, &feedback.tip, "tips");
    }
    assert!(!first_text.contains(&squeeze("Terugblik op de afspraken")));
}

fn long_text(seed: usize) -> String {
    let words = [
        "leesmoment",
        "aanpak",
        "ĳverig",
        "pleinwacht",
        "ouders",
        "één",
        "afspraak",
        "☺",
        "groep",
    ];
    let mut text = format!("tekst{seed}");
    let mut i = seed;
    while text.chars().count() < 600 {
        text.push(' ');
        text.push_str(words[i % words.len()]);
        i = (i * 7 + 3) % 1009;
    }
    text
}

#[test]
fn a_stress_case_loses_no_text() {
    let mut case = Case::new(jiff::civil::date(2026, 11, 30));
    case.child = "Stress".to_owned();
    let meeting = &mut case.meetings[0];
    for i in 0..15 {
        let kind = ItemKind::ALL[i % 4];
        meeting
            .board
            .add_item(CircleId(2), kind, &long_text(i))
            .unwrap();
    }
    meeting
        .board
        .add_item(CircleId(1), ItemKind::Goal, &"x".repeat(600))
        .unwrap();
    meeting
        .board
        .add_arrow(
            CircleId(2),
            CircleId(3),
            Spiral::Downward,
            &long_text(99).chars().take(200).collect::<String>(),
        )
        .unwrap();
    for i in 0..12 {
        meeting.questions.push(Question {
            asked_by: format!("Deelnemer {i}"),
            question: long_text(100 + i),
            ..Question::default()
        });
    }
    for i in 0..25 {
        meeting.agreements.push(Agreement {
            id: AgreementId(i),
            who: format!("Persoon {i}"),
            what: long_text(200 + i as usize),
            why: long_text(300 + i as usize),
            when: format!("week {i}"),
            how: long_text(400 + i as usize),
            ..Agreement::default()
        });
    }
    meeting.evaluation.feedback.push(Feedback {
        participant: "Moeder".to_owned(),
        top: long_text(500),
        tip: long_text(501),
    });

    let t = Lang::Nl.texts();
    let sheet = Document::load_mem(&export::sheet_pdf(&case, 0, t, options()).unwrap()).unwrap();
    let sizes = page_sizes(&sheet);
    assert!(sizes.len() >= 2, "the overflow continues on a second page");
    assert!(sizes.iter().all(|s| *s == (1190.6, 841.9)));
    let sheet_text = squeezed_text(&sheet);
    let meeting = &case.meetings[0];
    for circle in &meeting.board.circles {
        for item in &circle.items {
            assert_has(&sheet_text, &item.text, "sheet");
        }
    }
    assert_has(&sheet_text, &meeting.board.arrows[0].note, "sheet");
    for question in &meeting.questions {
        assert_has(&sheet_text, &question.question, "sheet");
    }
    for agreement in &meeting.agreements {
        assert_has(&sheet_text, &agreement.what, "sheet");
    }

    let report = Document::load_mem(&export::report_pdf(&case, 0, t, options()).unwrap()).unwrap();
    let report_text = squeezed_text(&report);
    for agreement in &meeting.agreements {
        for field in [
            &agreement.who,
            &agreement.what,
            &agreement.why,
            &agreement.how,
        ] {
            assert_has(&report_text, field, "report");
        }
    }
    assert_has(&report_text, &meeting.evaluation.feedback[0].top, "report");
    assert_has(&report_text, &meeting.evaluation.feedback[0].tip, "report");
}

#[test]
fn the_png_has_the_asked_width_and_the_board_proportions() {
    let case = example();
    let bytes = export::board_png(&case, 1, 1200, Lang::Nl.texts()).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!(width, 1200);
    assert!((f64::from(height) / f64::from(width) - 248.0 / 408.0).abs() < 0.01);
}

#[test]
fn a_meeting_that_does_not_exist_is_an_error() {
    let case = example();
    let t = Lang::Nl.texts();
    let error = export::sheet_pdf(&case, 5, t, options()).unwrap_err();
    assert!(error.message(t).contains('6'), "{}", error.message(t));
}

#[test]
fn the_report_of_a_follow_up_holds_the_review_and_the_scores_so_far() {
    use uitzicht::model::{Review, ReviewOutcome};
    let mut case = example();
    let index = case.add_follow_up(jiff::civil::date(2027, 1, 19));
    let meeting = &mut case.meetings[index];
    meeting.agreements[1].review = Some(Review {
        outcome: ReviewOutcome::Done,
        approach_works: Some(true),
        better: String::new(),
        ..Review::default()
    });
    meeting.agreements[2].review = Some(Review {
        outcome: ReviewOutcome::NotDone,
        approach_works: Some(false),
        better: "De IB'er vraagt het zelf aan, met de ouders erbij".to_owned(),
        ..Review::default()
    });
    // Adjusted at the review: the report keeps what was agreed beside what it became.
    let agreed = meeting.agreements[0].what.clone();
    meeting.agreements[0].decide(uitzicht::model::ReviewDecision::Adjusted);
    meeting.agreements[0].what = "Twee keer per week samen lezen".to_owned();
    meeting.goals[0].score = Some(8);

    let t = Lang::Nl.texts();
    let pdf = export::report_pdf(&case, index, t, options()).unwrap();
    let doc = Document::load_mem(&pdf).unwrap();
    let text = squeezed_text(&doc);
    for needle in [
        t.section_review,
        "Leeslijst met dierenboeken op AVI M5 mailen",
        "Dossieronderzoek dyslexie aanvragen",
        "niet gedaan",
        "ja, we gaan door",
        "De IB'er vraagt het zelf aan, met de ouders erbij",
        "Daan leest eind groep 6 op AVI M5. (8 op 10; eerder: 3 → 6)",
        &agreed,
        "aangepast tot: Twee keer per week samen lezen",
    ] {
        assert_has(&text, needle, "the follow-up report");
    }
}
