//! Sheets made by hand, as someone could send them: past a circle's limits, with control
//! characters, for another child, for another person, from before sheets said whom they
//! were for; each read as the reader must.

use super::*;

/// A sheet as the reader sees one: a table of (label, answer) rows, an answer's lines
/// as paragraphs; the case's reference and the meeting's date on top.
pub(super) fn crafted_sheet(case: &Case, by: &str, rows: &[(String, String)]) -> Vec<u8> {
    let date = case
        .meetings
        .last()
        .map(|m| m.date.to_string())
        .unwrap_or_default();
    sheet_with_reference(&format!("{} · {date}", case.id), by, rows)
}

/// [`crafted_sheet`] with the reference as given.
fn sheet_with_reference(reference: &str, by: &str, rows: &[(String, String)]) -> Vec<u8> {
    use std::io::Write as _;
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    let cell = |text: &str| {
        let paras: String = text
            .split('\n')
            .map(|line| format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", escape(line)))
            .collect();
        format!("<w:tc>{paras}</w:tc>")
    };
    let mut all = vec![
        (NL.prep_row_key.to_owned(), reference.to_owned()),
        (NL.prep_row_for.to_owned(), by.to_owned()),
    ];
    all.extend_from_slice(rows);
    let table: String = all
        .iter()
        .map(|(label, answer)| format!("<w:tr>{}{}</w:tr>", cell(label), cell(answer)))
        .collect();
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>{table}</w:tbl></w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// The compared text of the first question that goes to `target`.
pub(super) fn prompt_for(target: &Target) -> String {
    all_prompts()
        .into_iter()
        .find(|(_, t)| t == target)
        .map(|(text, _)| text)
        .unwrap()
}

fn example() -> Case {
    let text = include_str!("../../../examples/voorbeeld.uitzicht");
    crate::storage::parse(text, std::path::Path::new("voorbeeld"))
        .unwrap()
        .case
}

/// `rows` answers under one question going to `target`, in one sheet.
fn many_answers(case: &Case, target: &Target, count: usize) -> Vec<u8> {
    let mut rows = vec![(prompt_for(target), "antwoord 0".to_owned())];
    rows.extend((1..count).map(|n| (String::new(), format!("antwoord {n}"))));
    crafted_sheet(case, "Fatima El Amrani", &rows)
}

/// The case saves and reads back as it is in memory.
fn saves_and_reads_back(case: &Case) {
    let path = std::path::Path::new("casus.uitzicht");
    let bytes =
        crate::storage::encode(case, crate::storage::CURRENT_FORMAT_VERSION, None, path).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(crate::storage::parse(&text, path).unwrap().case, *case);
}

#[test]
fn a_sheet_past_a_circles_limit_fills_it_says_what_did_not_fit_and_the_case_saves() {
    let mut case = example();
    let last = case.meetings.len() - 1;
    let home = Target::Item(CircleKind::Home, crate::model::ItemKind::GoingWell);
    let sheet = many_answers(&case, &home, 1_200);
    let (index, preparation) = super::read_preparation(&case, &sheet).unwrap();
    assert_eq!((index, preparation.answers.len()), (last, 1_200));
    let before = case.meetings[last].board.items().count();
    let taken = case.meetings[last].take_in(&preparation);
    let board = &case.meetings[last].board;
    let circle = board
        .circles
        .iter()
        .find(|c| c.kind == CircleKind::Home)
        .unwrap();
    assert_eq!(circle.items.len(), crate::model::limits::MAX_ITEMS);
    assert_eq!(taken.items + taken.left_out, 1_200);
    assert_eq!(board.items().count(), before + taken.items);
    assert!(taken.left_out > 0);
    let said = super::read_message(&preparation, taken, &NL);
    assert!(said.contains(&taken.left_out.to_string()), "{said}");
    assert_eq!(case.over_limit(), None);
    saves_and_reads_back(&case);
    // Read again, nothing is added twice and nothing more is left out than before.
    let again = case.meetings[last].take_in(&preparation);
    assert_eq!(again.items, 0);
}

#[test]
fn questions_past_box_ones_limit_are_left_out_and_said() {
    let mut case = example();
    let last = case.meetings.len() - 1;
    let sheet = many_answers(&case, &Target::Question, 1_200);
    let (_, preparation) = super::read_preparation(&case, &sheet).unwrap();
    let taken = case.meetings[last].take_in(&preparation);
    assert_eq!(
        case.meetings[last].questions.len(),
        crate::model::limits::MAX_ROWS
    );
    assert_eq!(taken.questions + taken.left_out, 1_200);
    saves_and_reads_back(&case);
}

#[test]
fn control_characters_in_any_cell_never_reach_the_case() {
    let mut case = example();
    let last = case.meetings.len() - 1;
    // What XML 1.0 lets a file carry of what no text should hold.
    let junk = "\u{2028}\u{85}\u{7f}\u{9b}\u{2029}";
    let by = format!("Fatima{junk} El{junk} Amrani");
    let rows = vec![
        (prompt_for(&Target::Question), format!("Waarom{junk} nu?")),
        (
            prompt_for(&Target::Reason),
            format!("Zorgen{junk} om lezen"),
        ),
        (
            prompt_for(&Target::Item(
                CircleKind::Child,
                crate::model::ItemKind::GoingWell,
            )),
            format!("Leest{junk} graag"),
        ),
    ];
    let sheet = crafted_sheet(&case, &by, &rows);
    let (_, preparation) = super::read_preparation(&case, &sheet).unwrap();
    assert_eq!(preparation.by, "Fatima El Amrani");
    case.meetings[last].take_in(&preparation);
    // The reader cleaned every text at the door: nothing is left to clean after it.
    assert_eq!(case.clean_texts(), 0, "everything is clean already");
    for text in case.texts_mut() {
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{text:?}"
        );
    }
    saves_and_reads_back(&case);
}

#[test]
fn a_sheet_whose_date_was_taken_out_says_so_without_an_empty_date() {
    let case = example();
    let sheet = sheet_with_reference(&case.id, "Fatima", &[]);
    let error = super::read_preparation(&case, &sheet).unwrap_err();
    assert_eq!(error, super::ReadError::NoMeetingDate);
    assert!(!error.message(&NL).contains("van ,"));
}

/// The reference a sheet made now for `whom` of the last meeting carries.
fn reference_for(case: &Case, whom: SheetFor) -> String {
    let meeting = case.meetings.last().unwrap();
    sheet_reference(case, meeting, whom)
}

#[test]
fn a_case_keeps_its_identity_when_renamed_and_two_alike_do_not_share_one() {
    let mut case = example();
    let sheet = sheet_with_reference(
        &reference_for(&case, SheetFor::Referral),
        "Meester Tom",
        &[(prompt_for(&Target::Reason), "Zorgen om lezen".to_owned())],
    );
    case.child = "J.B.".to_owned();
    assert!(super::read_preparation(&case, &sheet).is_ok());
    // Two cases with the same initials begun the same day refuse each other's sheets.
    let today = jiff::civil::date(2026, 12, 7);
    let (mut first, mut second) = (Case::new(today), Case::new(today));
    first.child = "J.B.".to_owned();
    second.child = "J.B.".to_owned();
    assert_ne!(first.id, second.id);
    let theirs = sheet_with_reference(&reference_for(&first, SheetFor::Child), "J.", &[]);
    assert!(matches!(
        super::read_preparation(&second, &theirs),
        Err(super::ReadError::OtherCase(_))
    ));
}

#[test]
fn a_sheet_reads_in_as_whom_and_what_it_was_made_for() {
    let case = example();
    let meeting = case.meetings.last().unwrap();
    let mother = meeting
        .participants
        .iter()
        .position(|p| p.role.contains("moeder"))
        .unwrap();
    let rows = vec![
        (
            prompt_for(&Target::Question),
            "Krijgt hij extra tijd?".to_owned(),
        ),
        // Copied in from the referral form: no reason of a parent's sheet.
        (prompt_for(&Target::Reason), "Omdat ik het zeg".to_owned()),
        (prompt_for(&Target::Outcome), "Een ander doel".to_owned()),
    ];
    let sheet = sheet_with_reference(
        &reference_for(&case, SheetFor::Participant(mother)),
        "Haar buurman",
        &rows,
    );
    let (_, preparation) = super::read_preparation(&case, &sheet).unwrap();
    assert_eq!(preparation.by, meeting.participants[mother].name);
    assert_eq!(
        preparation.answers,
        vec![crate::model::Said::Question(
            "Krijgt hij extra tijd?".to_owned()
        )]
    );
    // The child's sheet is the child's words, whatever name was written on it.
    let sheet = sheet_with_reference(&reference_for(&case, SheetFor::Child), "Papa", &[]);
    let (_, preparation) = super::read_preparation(&case, &sheet).unwrap();
    assert_eq!(preparation.by, case.child.trim());
}

#[test]
fn a_case_and_its_sheets_from_before_keep_reading_each_other() {
    let text = include_str!("../../../tests/fixtures/v4.mdo.ron");
    let case = crate::storage::parse(text, std::path::Path::new("v4"))
        .unwrap()
        .case;
    assert_eq!(case.id, case.legacy_id());
    let date = case.meetings.last().unwrap().date;
    let old = sheet_with_reference(
        &format!("{} · {date}", case.legacy_id()),
        "Fatima El Amrani",
        &[(prompt_for(&Target::Question), "Waarom nu?".to_owned())],
    );
    assert!(super::read_preparation(&case, &old).is_ok());
}
