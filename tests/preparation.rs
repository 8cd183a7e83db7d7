#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // A test: a panic is a failed test.

//! Preparation sheets filled in by independent writers and read back: python-docx types into
//! the sheet as a person would (runs split, a bulleted list, an answer over two paragraphs,
//! a row added), and LibreOffice re-saves it; every answer comes back in its place, named.
//!
//! Needs `python3` with `python-docx` and LibreOffice's `soffice` (`.ci/run` installs them).

mod common;

use std::process::Command;

use egui_kittest::kittest::Queryable as _;

use uitzicht::export::preparation::{SheetFor, preparation_docx, read_preparation};
use uitzicht::i18n::Lang;
use uitzicht::model::{CircleKind, ItemKind, Said};

fn example() -> uitzicht::model::Case {
    uitzicht::storage::load(&common::example()).unwrap().case
}

/// Fills `sheet` with python-docx; the filled sheet and what was typed, as (question, answer).
fn filled_by_python(sheet: &[u8], dir: &std::path::Path) -> (Vec<u8>, Vec<(String, String)>) {
    let blank = dir.join("blank.docx");
    let filled = dir.join("ingevuld.docx");
    std::fs::write(&blank, sheet).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fill_sheet.py");
    let out = Command::new("python3")
        .arg(script)
        .args([&blank, &filled])
        .output()
        .expect("python3 must be installed (see .ci/run)");
    assert!(
        out.status.success(),
        "python-docx must be installed (pip install python-docx; see .ci/run): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let typed = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(q, a)| (q.to_owned(), a.to_owned()))
        .collect();
    (std::fs::read(filled).unwrap(), typed)
}

/// `docx` opened and saved again as .docx by LibreOffice.
fn resaved_by_libreoffice(docx: &[u8], dir: &std::path::Path) -> Vec<u8> {
    let source = dir.join("door-libreoffice.docx");
    let out_dir = dir.join("opnieuw");
    std::fs::write(&source, docx).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", dir.join("lo").display());
    let out = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
        ])
        .arg(&out_dir)
        .arg(&source)
        .output()
        .expect("LibreOffice (soffice) must be installed (see .ci/run)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(out_dir.join("door-libreoffice.docx")).unwrap()
}

/// The last meeting's sheet for `whom`, filled in by python-docx and read back: the meeting
/// it was read into, what it says, and what python typed.
fn filled_and_read(
    case: &uitzicht::model::Case,
    whom: SheetFor,
) -> (usize, uitzicht::model::Preparation, Vec<(String, String)>) {
    let last = case.meetings.len() - 1;
    let sheet = preparation_docx(case, last, whom, Lang::Nl.texts()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (filled, typed) = filled_by_python(&sheet, dir.path());
    let (index, preparation) = read_preparation(case, &filled).unwrap();
    (index, preparation, typed)
}

fn answer_texts(answers: &[Said]) -> Vec<String> {
    answers
        .iter()
        .map(|a| match a {
            Said::Item { text, .. }
            | Said::Question(text)
            | Said::Decision(text)
            | Said::Outcome(text)
            | Said::Reason(text)
            | Said::ReferredOn(text) => text.clone(),
        })
        .collect()
}

/// Where the mother stands in the participants of meeting `index`.
fn mother(case: &uitzicht::model::Case, index: usize) -> usize {
    case.meetings[index]
        .participants
        .iter()
        .position(|p| p.role == "moeder")
        .unwrap()
}

#[test]
fn a_parents_sheet_filled_by_python_docx_and_resaved_by_libreoffice_reads_back_whole() {
    let case = example();
    let last = case.meetings.len() - 1;
    let mother = mother(&case, last);
    let t = Lang::Nl.texts();
    let sheet = preparation_docx(&case, last, SheetFor::Participant(mother), t).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (filled, typed) = filled_by_python(&sheet, dir.path());
    // Three circles of two to six questions each, and the hope.
    assert!(typed.len() > 15, "{typed:?}");
    let resaved = resaved_by_libreoffice(&filled, dir.path());
    // LibreOffice wrote its own document, not ours back.
    assert_ne!(resaved, filled);
    let xml = |bytes: &[u8]| {
        use std::io::Read as _;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        let mut part = zip.by_name("word/document.xml").unwrap();
        part.read_to_string(&mut text).unwrap();
        text
    };
    assert_ne!(xml(&resaved), xml(&filled));
    for (editor, bytes) in [("python-docx", &filled), ("LibreOffice", &resaved)] {
        let (index, preparation) = read_preparation(&case, bytes).unwrap();
        assert_eq!(index, last, "{editor}");
        assert_eq!(preparation.by, "Fatima El Amrani", "{editor}");
        let read = answer_texts(&preparation.answers);
        let wanted: Vec<String> = typed.iter().map(|(_, a)| a.clone()).collect();
        assert_eq!(read, wanted, "{editor}: every answer, once, in order");
        // The four sides of learning at home are the home circle's, going well.
        let (_, involvement) = typed
            .iter()
            .find(|(q, _)| q.starts_with("+ Betrokkenheid"))
            .unwrap();
        assert!(
            preparation.answers.contains(&Said::Item {
                circle: CircleKind::Home,
                kind: ItemKind::GoingWell,
                text: involvement.clone(),
            }),
            "{editor}: {:?}",
            preparation.answers
        );
        // Each answer in the circle its question is about.
        for (question, answer) in &typed {
            let circle = if question.contains("op school") || question.contains("over school") {
                CircleKind::School
            } else if question.contains("thuis") || question.starts_with("+ Betrokkenheid") {
                CircleKind::Home
            } else if question.contains("het kind") {
                CircleKind::Child
            } else {
                continue;
            };
            let landed = preparation.answers.iter().find_map(|a| match a {
                Said::Item { circle, text, .. } if text == answer => Some(circle.clone()),
                _ => None,
            });
            assert_eq!(landed, Some(circle), "{editor}: {question} → {answer}");
        }
        let (_, hope) = typed
            .iter()
            .find(|(q, _)| q.starts_with("Wat hoopt"))
            .unwrap();
        assert!(
            preparation.answers.contains(&Said::Question(hope.clone())),
            "{editor}"
        );
    }

    // Into the meeting: named and prepared; read again, nothing is added twice.
    let mut meeting = case.meetings[last].clone();
    let (_, preparation) = read_preparation(&case, &resaved).unwrap();
    let taken = meeting.take_in(&preparation);
    assert_eq!(taken.items + taken.questions, typed.len());
    let again = meeting.take_in(&read_preparation(&case, &filled).unwrap().1);
    assert_eq!((again.items, again.questions), (0, 0));
    let from_her: Vec<_> = meeting
        .board
        .items()
        .filter(|i| i.said_by.as_deref() == Some("Fatima El Amrani") && i.prepared)
        .collect();
    assert_eq!(from_her.len(), taken.items);
}

#[test]
fn the_childs_own_sheet_reads_back_into_the_childs_circle_and_its_own_goal() {
    let case = example();
    let (_, preparation, typed) = filled_and_read(&case, SheetFor::Child);
    assert_eq!(preparation.by, case.child);
    assert_eq!(
        answer_texts(&preparation.answers),
        typed.iter().map(|(_, a)| a.clone()).collect::<Vec<_>>()
    );
    let (_, wants) = typed
        .iter()
        .find(|(q, _)| q.starts_with("Wat wil jij"))
        .unwrap();
    assert!(preparation.answers.iter().any(|a| matches!(
        a,
        Said::Item { circle: CircleKind::Child, kind: ItemKind::Goal, text } if text == wants
    )));
}

#[test]
fn a_sheet_of_another_case_or_meeting_or_no_sheet_at_all_is_refused_with_a_reason() {
    let case = example();
    let last = case.meetings.len() - 1;
    let t = Lang::Nl.texts();
    let sheet = preparation_docx(&case, last, SheetFor::Child, t).unwrap();
    // Another child's case: its own identity (renaming alone keeps a case's identity).
    let mut other = case.clone();
    other.child = "Mila".to_owned();
    other.id = "UZ-00000000000000A1".to_owned();
    let refused = read_preparation(&other, &sheet).unwrap_err();
    assert!(
        refused.message(t).contains("ander kind"),
        "{}",
        refused.message(t)
    );
    let mut moved = case.clone();
    moved.meetings[last].date = "2027-01-01".parse().unwrap();
    let refused = read_preparation(&moved, &sheet).unwrap_err();
    assert!(
        refused.message(t).contains("2026-11-10"),
        "{}",
        refused.message(t)
    );
    let report = uitzicht::export::report_docx(&case, last, t).unwrap();
    let refused = read_preparation(&case, &report).unwrap_err();
    assert!(refused.message(t).contains("geen voorbereidingsblad"));
    let refused = read_preparation(&case, b"geen zip").unwrap_err();
    assert!(refused.message(t).contains("niet te lezen"));
}

/// The mother's sheet, filled in by python-docx, in a file.
fn mothers_filled_sheet(dir: &std::path::Path) -> (std::path::PathBuf, usize) {
    let case = example();
    let last = case.meetings.len() - 1;
    let mother = mother(&case, last);
    let sheet = preparation_docx(&case, last, SheetFor::Participant(mother), Lang::Nl.texts());
    let (filled, typed) = filled_by_python(&sheet.unwrap(), dir);
    let path = dir.join("fatima-ingevuld.docx");
    std::fs::write(&path, filled).unwrap();
    (path, typed.len())
}

#[test]
fn in_the_app_a_read_sheet_waits_in_step_two_until_the_chair_takes_it_in_or_leaves_it_out() {
    use uitzicht::model::GuideStep;
    use uitzicht::ui::Action;
    let dir = tempfile::tempdir().unwrap();
    let (sheet, answers) = mothers_filled_sheet(dir.path());
    let case_path = dir.path().join("daan.uitzicht");
    std::fs::copy(common::example(), &case_path).unwrap();
    let mut harness = common::open_app(Some(&case_path), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    let items_before = common::shown(&harness).board.item_count();
    harness
        .state_mut()
        .apply(&ctx, Action::ReadPreparation(sheet.clone()));
    common::wait_for_sheet(&mut harness);
    let waiting = |harness: &egui_kittest::Harness<'_, uitzicht::app::UitzichtApp>| {
        common::shown(harness)
            .board
            .items()
            .filter(|i| i.prepared && i.said_by.as_deref() == Some("Fatima El Amrani"))
            .count()
    };
    let read = waiting(&harness);
    let questions = common::shown(&harness)
        .questions
        .iter()
        .filter(|q| q.asked_by == "Fatima El Amrani")
        .count();
    // The example had one question of hers already; every answer is in, once.
    assert_eq!(read + questions - 1, answers);
    assert!(harness.state().doc.dirty);
    // Read a second time: nothing is added twice.
    harness
        .state_mut()
        .apply(&ctx, Action::ReadPreparation(sheet));
    common::wait_for_sheet(&mut harness);
    assert_eq!(waiting(&harness), read);

    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Analysis));
    harness.run();
    harness.get_by_label("Vooraf ingebracht, nog niet besproken");
    harness
        .get_all_by_label("Overnemen")
        .next()
        .unwrap()
        .click();
    // The example's child has an item of their own waiting too, listed first.
    let all_waiting = |harness: &egui_kittest::Harness<'_, uitzicht::app::UitzichtApp>| {
        common::shown(harness)
            .board
            .items()
            .filter(|i| i.prepared)
            .count()
    };
    harness.run();
    assert_eq!(all_waiting(&harness), read);
    harness.get_all_by_label("Weglaten").next().unwrap().click();
    harness.run();
    assert_eq!(all_waiting(&harness), read - 1);
    assert_eq!(
        common::shown(&harness).board.item_count(),
        items_before + read - 1
    );
    common::click(&mut harness, "Alles van Fatima El Amrani overnemen");
    assert_eq!(waiting(&harness), 0);
    assert_eq!(all_waiting(&harness), 0);
    assert!(
        harness
            .query_by_label("Vooraf ingebracht, nog niet besproken")
            .is_none()
    );
    // What she said stays hers, for the report.
    let report = uitzicht::export::report_content(
        &harness.state().doc.case,
        harness.state().meeting,
        &common::shown(&harness),
        Lang::Nl.texts(),
    );
    let texts = report.texts().join("\n");
    assert!(texts.contains("Inbreng vooraf"), "{texts}");
}

#[test]
fn in_step_two_a_prepared_point_the_board_has_already_merges_into_it_and_stays_hers() {
    use uitzicht::model::{GuideStep, Preparation};
    use uitzicht::ui::Action;
    let mut harness = common::open_app(Some(&common::example()), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    let index = harness.state().meeting;
    // As read from the father's sheet: one point the school circle has in other words, one new.
    let taken = harness.state_mut().doc.case.meetings[index].take_in(&Preparation {
        by: "Joost Verbeek".to_owned(),
        answers: vec![
            Said::Item {
                circle: CircleKind::School,
                kind: ItemKind::GoingWell,
                text: "Elke dag duolezen op school".to_owned(),
            },
            Said::Item {
                circle: CircleKind::School,
                kind: ItemKind::GoingWell,
                text: "De juf belt als er iets is".to_owned(),
            },
        ],
        childs_own: false,
    });
    assert_eq!(taken.items, 2);
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Analysis));
    harness.run();
    let items_before = common::shown(&harness).board.item_count();
    // Only the point the board has already is offered to merge, with what it repeats.
    assert_eq!(harness.get_all_by_label_contains("samenvoegen").count(), 1);
    common::click(
        &mut harness,
        "Zelfde als “Duolezen gebeurt elke dag”: samenvoegen",
    );
    let meeting = common::shown(&harness);
    assert_eq!(meeting.board.item_count(), items_before - 1);
    let merged = meeting
        .board
        .items()
        .find(|i| i.text == "Duolezen gebeurt elke dag")
        .unwrap();
    assert_eq!(merged.also_said_by, vec!["Joost Verbeek".to_owned()]);
    // The report still says the father brought it in; undo brings his own words back.
    let report = uitzicht::export::report_content(
        &harness.state().doc.case,
        index,
        &meeting,
        Lang::Nl.texts(),
    );
    let texts = report.texts().join("\n");
    let beforehand = texts.split("Inbreng vooraf").nth(1).unwrap_or_default();
    let his = beforehand.split("Joost Verbeek").nth(1).unwrap_or_default();
    assert!(his.contains("Duolezen gebeurt elke dag"), "{texts}");
    harness
        .state_mut()
        .apply(&ctx, Action::Command(uitzicht::ui::Command::Undo));
    harness.run();
    assert!(
        common::shown(&harness)
            .board
            .items()
            .any(|i| i.text == "Elke dag duolezen op school" && i.prepared)
    );
}

#[test]
fn the_referral_form_filled_by_python_docx_fills_box_one_the_meetings_aim_and_the_referral() {
    let case = example();
    let last = case.meetings.len() - 1;
    let t = Lang::Nl.texts();
    let (index, referral, typed) = filled_and_read(&case, SheetFor::Referral);
    assert_eq!(index, last);
    // Whoever refers writes their name on the form.
    let typed_under = |prompt: &str| -> Vec<String> {
        typed
            .iter()
            .filter(|(asked, _)| asked == prompt)
            .map(|(_, text)| text.clone())
            .collect()
    };
    let by = typed_under(t.prep_row_for).join(" ");
    assert_eq!(referral.by, by);
    let read = answer_texts(&referral.answers);
    for (prompt, text) in typed.iter().filter(|(p, _)| p != t.prep_row_for) {
        assert!(read.contains(text), "{prompt}: {text} not in {read:?}");
    }

    let mut meeting = case.meetings[last].clone();
    meeting.guide.ticked.clear();
    let taken = meeting.take_in(&referral);
    assert!(taken.questions >= 2 && taken.referral >= 3, "{taken:?}");
    let asked = |text: &str, decision: bool| {
        meeting
            .questions
            .iter()
            .any(|q| q.question == text && q.asked_by == by && q.decision_needed == decision)
    };
    for text in typed_under(t.referral_questions) {
        assert!(asked(&text, false), "question {text}");
    }
    for text in typed_under(t.referral_decisions) {
        assert!(asked(&text, true), "decision {text}");
    }
    for text in typed_under(t.referral_reason) {
        assert!(
            meeting.referral.reason.contains(&text),
            "{:?}",
            meeting.referral
        );
    }
    for text in typed_under(t.referral_when) {
        assert!(
            meeting.referral.when.contains(&text),
            "{:?}",
            meeting.referral
        );
    }
    for text in typed_under(t.referral_outcome) {
        assert!(
            meeting.intended_outcome.contains(&text),
            "{}",
            meeting.intended_outcome
        );
    }
    assert_eq!(meeting.referral.by, by);
    // What was tried goes to school's circle, the worries to the child's, both prepared.
    for text in typed_under(t.referral_concerns) {
        assert!(meeting.board.items().any(|i| i.text == text && i.prepared));
    }
    // The guide's point "goals taken from the referral" is done by the referral itself.
    assert!(meeting.guide.ticked.contains("prep.goals"));

    let mut referred = case.clone();
    referred.meetings[last] = meeting.clone();
    let report = uitzicht::export::report_content(&referred, last, &meeting, t);
    let texts = report.texts().join("\n");
    assert!(texts.contains(&format!("Aangemeld door {by}")), "{texts}");
    // Read again: nothing twice.
    let again = meeting.take_in(&referral);
    assert_eq!((again.items, again.questions, again.referral), (0, 0, 0));
}

#[test]
fn each_persons_sheet_is_offered_under_its_own_file_name() {
    use uitzicht::ui::Action;
    let mut harness = common::open_app(Some(&common::example()), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    let people = common::shown(&harness).participants.len();
    let mut names: Vec<String> = (0..people)
        .map(SheetFor::Participant)
        .chain([SheetFor::Child, SheetFor::Referral])
        .map(|whom| {
            harness
                .state_mut()
                .apply(&ctx, Action::AskPreparationSheet(whom));
            harness.run();
            let dialog = harness.state_mut().dialogs.path.take().unwrap();
            std::path::Path::new(&dialog.path)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.contains("-voorbereiding-fatima-el-amrani-")),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n.contains("voorbereiding-kind")),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n.contains("-aanmelding-")),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".docx") && !n.contains(' ')),
        "{names:?}"
    );
    names.sort();
    names.dedup();
    assert_eq!(names.len(), people + 2, "one file each: {names:?}");
}

#[test]
fn the_referral_is_typed_in_the_preparation_step_and_made_by_the_cli() {
    use uitzicht::model::GuideStep;
    use uitzicht::ui::Action;
    let mut harness = common::open_app(Some(&common::example()), Lang::Nl, (1366.0, 768.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(GuideStep::Preparation));
    harness.run();
    common::type_into(&mut harness, "Aangemeld door", "Sanne Mulder");
    common::type_into(&mut harness, "Wanneer", "na de herfstvakantie");
    let referral = common::shown(&harness).referral;
    assert_eq!(referral.by, "Sanne Mulder");
    assert_eq!(referral.when, "na de herfstvakantie");

    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("aanmelding.docx");
    let out = common::uitzicht_in_dutch([
        "prepare".as_ref(),
        common::example().as_os_str(),
        "--referral".as_ref(),
        "--docx".as_ref(),
        form.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Read back blank, it is known as this case's form, and nobody has filled it in yet.
    let bytes = std::fs::read(&form).unwrap();
    assert_eq!(
        read_preparation(&example(), &bytes).unwrap_err(),
        uitzicht::export::preparation::ReadError::NoName
    );
}

#[test]
fn a_sheet_of_another_case_read_in_the_app_says_why_and_changes_nothing() {
    use uitzicht::ui::Action;
    let dir = tempfile::tempdir().unwrap();
    let mut other = example();
    other.child = "Mila".to_owned();
    other.id = "UZ-00000000000000A1".to_owned();
    let last = other.meetings.len() - 1;
    let sheet = preparation_docx(&other, last, SheetFor::Child, Lang::Nl.texts()).unwrap();
    let path = dir.path().join("mila.docx");
    std::fs::write(&path, sheet).unwrap();
    let mut harness = common::open_app(Some(&common::example()), Lang::Nl, (1366.0, 768.0));
    let before = harness.state().doc.case.clone();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::ReadPreparation(path));
    common::wait_for_sheet(&mut harness);
    assert_eq!(harness.state().doc.case, before);
    let error = harness.state().status.error.clone().unwrap();
    assert!(error.contains("ander kind"), "{error}");
}

#[test]
fn the_cli_makes_a_sheet_reads_it_back_once_and_keeps_off_a_case_open_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("daan.uitzicht");
    std::fs::copy(common::example(), &case).unwrap();
    let blank = dir.path().join("sanne.docx");
    let out = common::uitzicht_in_dutch([
        "prepare".as_ref(),
        case.as_os_str(),
        "--for".as_ref(),
        // Typed as people type names: another case, another spacing.
        "sanne  MULDER".as_ref(),
        "--docx".as_ref(),
        blank.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (filled, typed) = filled_by_python(&std::fs::read(&blank).unwrap(), dir.path());
    let sheet = dir.path().join("sanne-ingevuld.docx");
    std::fs::write(&sheet, filled).unwrap();
    let read = || {
        common::uitzicht_in_dutch([
            "prepare".as_ref(),
            case.as_os_str(),
            "--read".as_ref(),
            sheet.as_os_str(),
        ])
    };

    // Someone else has the case open: nothing is written.
    let before = std::fs::read(&case).unwrap();
    let elsewhere = uitzicht::storage::CaseLock::acquire(&case).unwrap();
    let out = read();
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&case).unwrap(), before);
    drop(elsewhere);

    let out = read();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains("Sanne Mulder"), "{said}");
    let saved = uitzicht::storage::load(&case).unwrap();
    assert_eq!(
        saved.format_version,
        uitzicht::storage::CURRENT_FORMAT_VERSION
    );
    let last = saved.case.meetings.last().unwrap();
    let hers = last
        .board
        .items()
        .filter(|i| i.said_by.as_deref() == Some("Sanne Mulder") && i.prepared)
        .count();
    let questions = last
        .questions
        .iter()
        .filter(|q| q.asked_by == "Sanne Mulder")
        .count();
    assert_eq!(hers + questions, typed.len());
    // Read again: nothing twice.
    let out = read();
    assert!(out.status.success());
    assert_eq!(uitzicht::storage::load(&case).unwrap().case, saved.case);

    let out = common::uitzicht_in_dutch([
        "prepare".as_ref(),
        case.as_os_str(),
        "--for".as_ref(),
        "Niemand".as_ref(),
        "--docx".as_ref(),
        dir.path().join("x.docx").as_os_str(),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Niemand"));
}
