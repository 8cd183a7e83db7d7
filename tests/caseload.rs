#![allow(clippy::unwrap_used, clippy::expect_used, clippy::disallowed_methods)] // A test: a panic is a failed test; odd files are written on purpose.
//! The chair's caseload: a folder of 300 cases with a broken, a protected, a newer, an
//! empty, a too large file, a pipe and a link to a device among them; listed whole, nothing
//! written; the command line's table, JSON, calendar and print; a case opened from the view.

mod common;

use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use common::caseload::{example_case, generated_case, write_cases};
use uitzicht::caseload::{self, FileState, ReadOptions};
use uitzicht::i18n::NL;
use uitzicht::model::Date;
use uitzicht::storage::{self, SecretString};

const PASSPHRASE: &str = "zeven lange woorden voor de test";

fn today() -> Date {
    uitzicht::document::today()
}

fn options(passphrase: Option<&SecretString>) -> ReadOptions<'_> {
    ReadOptions {
        today: today(),
        retention_months: 12,
        passphrase,
        texts: &NL,
    }
}

/// Every file of `folder` with its length and time of change: what reading must not touch.
fn snapshot(folder: &Path) -> BTreeMap<PathBuf, (u64, std::time::SystemTime)> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let meta = std::fs::symlink_metadata(e.path()).unwrap();
            (e.path(), (meta.len(), meta.modified().unwrap()))
        })
        .collect()
}

/// The odd files a real folder holds beside its cases.
fn add_odd_files(folder: &Path) {
    std::fs::write(
        folder.join("kapot.uitzicht"),
        "(format_version: 6, case: (child: \"x\"",
    )
    .unwrap();
    std::fs::write(folder.join("leeg.uitzicht"), "").unwrap();
    let base = example_case();
    let newer = storage::to_ron(&generated_case(&base, 900, today()), Path::new("n"))
        .unwrap()
        .replace(
            &format!("format_version: {},", storage::CURRENT_FORMAT_VERSION),
            "format_version: 99,",
        );
    std::fs::write(folder.join("nieuwer.uitzicht"), newer).unwrap();
    let protected_path = folder.join("beveiligd.uitzicht");
    let plain = storage::to_ron(&generated_case(&base, 901, today()), &protected_path).unwrap();
    let secret = SecretString::from(PASSPHRASE.to_owned());
    let sealed = storage::encrypt(plain.as_bytes(), &secret, &protected_path).unwrap();
    std::fs::write(&protected_path, sealed).unwrap();
    let large = std::fs::File::create(folder.join("groot.uitzicht")).unwrap();
    large.set_len(storage::MAX_FILE_BYTES + 1).unwrap();
    std::fs::write(folder.join("aantekeningen.txt"), "geen casus").unwrap();
    #[cfg(unix)]
    {
        let fifo = folder.join("pijp.uitzicht");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        std::os::unix::fs::symlink("/dev/zero", folder.join("apparaat.uitzicht")).unwrap();
    }
}

#[test]
fn three_hundred_cases_and_odd_files_are_listed_whole_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    write_cases(folder, 300, today());
    add_odd_files(folder);
    let before = snapshot(folder);

    let mut seen = 0;
    let listed = caseload::read_folder(folder, &options(None), |_, done, total| {
        seen = done;
        assert!(done <= total);
        ControlFlow::Continue(())
    })
    .unwrap();
    let odd = if cfg!(unix) { 7 } else { 5 };
    assert_eq!(
        listed.len(),
        300 + odd,
        "every case file, the .txt left out"
    );
    assert_eq!(seen, listed.len());
    let state = |name: &str| {
        listed
            .iter()
            .find(|one| one.file.ends_with(name))
            .map(|one| one.state.clone())
            .unwrap()
    };
    assert_eq!(state("beveiligd.uitzicht"), FileState::Protected);
    assert_eq!(state("nieuwer.uitzicht"), FileState::Newer { version: 99 });
    for broken in ["kapot.uitzicht", "leeg.uitzicht", "groot.uitzicht"] {
        assert!(
            matches!(state(broken), FileState::Unreadable { ref reason } if !reason.is_empty()),
            "{broken}: {:?}",
            state(broken)
        );
    }
    #[cfg(unix)]
    for device in ["pijp.uitzicht", "apparaat.uitzicht"] {
        assert!(
            matches!(state(device), FileState::Unreadable { .. }),
            "{device}"
        );
    }
    // Overdue first, the longest overdue first; then the nearest meeting; unread last.
    let summaries: Vec<_> = listed
        .iter()
        .filter_map(|one| one.summary.as_ref())
        .collect();
    let first_without = summaries.iter().position(|s| s.overdue.is_empty()).unwrap();
    assert!(
        summaries[first_without..]
            .iter()
            .all(|s| s.overdue.is_empty())
    );
    let oldest: Vec<Date> = summaries[..first_without]
        .iter()
        .map(|s| s.overdue[0].due)
        .collect();
    assert!(oldest.is_sorted(), "{oldest:?}");
    let nexts: Vec<Date> = (summaries[first_without..].iter())
        .filter_map(|s| s.next_meeting.as_ref().map(|p| p.date))
        .collect();
    assert!(nexts.is_sorted());
    assert!(listed.last().unwrap().summary.is_none());

    assert_eq!(
        snapshot(folder),
        before,
        "reading wrote, changed or locked something"
    );

    // With the passphrase for this session, the protected case reads too.
    let secret = SecretString::from(PASSPHRASE.to_owned());
    let one = caseload::read_one(&folder.join("beveiligd.uitzicht"), &options(Some(&secret)));
    assert_eq!(one.state, FileState::Ok);
    assert_eq!(one.summary.unwrap().child, "Kind 901 (pseudoniem)");
    let wrong = SecretString::from("iets anders dan de zin".to_owned());
    let one = caseload::read_one(&folder.join("beveiligd.uitzicht"), &options(Some(&wrong)));
    assert_eq!(one.state, FileState::Protected);
}

#[test]
fn a_case_open_elsewhere_says_by_whom() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_cases(dir.path(), 2, today());
    let lock = storage::CaseLock::acquire(&files[0]).unwrap();
    let listed = caseload::read_one(&files[0], &options(None));
    let holder = listed.open_by.unwrap();
    assert_eq!(holder.process, std::process::id());
    drop(lock);
    assert_eq!(caseload::read_one(&files[0], &options(None)).open_by, None);
    assert_eq!(caseload::read_one(&files[1], &options(None)).open_by, None);
}

/// An agreement as the JSON lists it: who, what, due.
type Row = (String, String, String);

/// What the generated case `number` must list as overdue and due soon, from its agreements.
fn expected(number: usize) -> (Vec<Row>, Vec<Row>) {
    let case = generated_case(&example_case(), number, today());
    let soon = today().checked_add(jiff::Span::new().days(14)).unwrap();
    let mut overdue = Vec::new();
    let mut due_soon = Vec::new();
    for agreement in &case.meetings.last().unwrap().agreements {
        let due = agreement.due.unwrap();
        let row = (
            agreement.who.clone(),
            agreement.what.clone(),
            due.to_string(),
        );
        if due < today() {
            overdue.push(row);
        } else if due <= soon {
            due_soon.push(row);
        }
    }
    overdue.sort_by(|a, b| (&a.2, &a.0).cmp(&(&b.2, &b.0)));
    due_soon.sort_by(|a, b| (&a.2, &a.0).cmp(&(&b.2, &b.0)));
    (overdue, due_soon)
}

fn rows(value: &serde_json::Value) -> Vec<Row> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap().to_owned();
            (text("who"), text("what"), text("due"))
        })
        .collect()
}

#[test]
fn the_command_line_prints_json_made_from_the_cases() {
    let dir = tempfile::tempdir().unwrap();
    write_cases(dir.path(), 12, today());
    add_odd_files(dir.path());
    let out = common::uitzicht_in_dutch([
        "overview".as_ref(),
        dir.path().as_os_str(),
        "--json".as_ref(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows_json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows_json = rows_json.as_array().unwrap();
    assert_eq!(rows_json.len(), 12 + if cfg!(unix) { 7 } else { 5 });
    for row in rows_json {
        let file = row["file"].as_str().unwrap();
        let name = Path::new(file).file_name().unwrap().to_str().unwrap();
        match name {
            "beveiligd.uitzicht" => assert_eq!(row["state"], "protected"),
            "nieuwer.uitzicht" => assert_eq!(row["state"], "newer"),
            _ if name.starts_with("kind-") => {
                let number: usize = name[5..9].parse().unwrap();
                assert_eq!(row["state"], "ok");
                assert_eq!(row["child"], format!("Kind {number} (pseudoniem)"));
                let (overdue, due_soon) = expected(number);
                assert_eq!(rows(&row["overdue"]), overdue, "{name}");
                assert_eq!(rows(&row["due_soon"]), due_soon, "{name}");
                let next = today()
                    .checked_add(jiff::Span::new().days(1 + (number % 30) as i64))
                    .unwrap();
                assert_eq!(row["next_meeting"], next.to_string());
                assert_eq!(row["last_meeting"], today().to_string());
                assert!(row["retention_due"].as_str().is_some());
            }
            _ => {
                assert_eq!(row["state"], "unreadable", "{name}");
                assert!(!row["reason"].as_str().unwrap().is_empty());
                assert!(row["child"].is_null());
            }
        }
    }
    // The table says the same in words, the most urgent first.
    let table = common::uitzicht_in_dutch(["overview".as_ref(), dir.path().as_os_str()]);
    assert!(table.status.success());
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(
        text.contains("Te laat") && text.contains("Beveiligd met een wachtwoordzin"),
        "{text}"
    );

    let missing = common::uitzicht_in_dutch(["overview", "/geen/map/hier"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/geen/map/hier"));
}

/// Python's `icalendar` reads the calendar: every event's UID, summary and start.
fn parsed_calendar(path: &Path) -> Vec<Row> {
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for event in cal.walk('VEVENT'):
    print(str(event['UID']) + '\t' + str(event['SUMMARY']) + '\t' + event['DTSTART'].dt.isoformat())
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .expect("python3 with icalendar (see .ci/run)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let mut parts = line.split('\t').map(str::to_owned);
            (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            )
        })
        .collect()
}

#[test]
#[cfg_attr(
    windows,
    ignore = "Python's icalendar reads the calendar in the Linux run"
)]
fn the_calendar_reads_in_another_parser_and_imports_again_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("casussen");
    std::fs::create_dir(&cases).unwrap();
    write_cases(&cases, 5, today());
    let ics = |name: &str| {
        let path = dir.path().join(name);
        let out = common::uitzicht_in_dutch([
            "overview".as_ref(),
            cases.as_os_str(),
            "--ics".as_ref(),
            path.as_os_str(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        parsed_calendar(&path)
    };
    let first = ics("eerste.ics");
    let second = ics("tweede.ics");
    // Five meetings and each case's agreements with a due day.
    let agreements = example_case().meetings[1].agreements.len();
    assert_eq!(first.len(), 5 + 5 * agreements);
    let uids = |events: &[Row]| {
        events
            .iter()
            .map(|e| e.0.clone())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(uids(&first).len(), first.len(), "every UID once");
    assert_eq!(
        uids(&first),
        uids(&second),
        "a second import updates, not adds"
    );
    for (_, summary, start) in &first {
        assert!(
            !summary.contains("Kind"),
            "only initials by default: {summary}"
        );
        assert!(!summary.contains("Sanne"), "no names of people: {summary}");
        if summary.starts_with("MDO") {
            assert!(
                start.ends_with("14:30:00+01:00") || start.ends_with("14:30:00+02:00"),
                "{start}"
            );
        }
    }
}

#[test]
fn the_overview_prints_on_a4_landscape_with_its_fonts() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("casussen");
    std::fs::create_dir(&cases).unwrap();
    write_cases(&cases, 30, today());
    let pdf = dir.path().join("overzicht.pdf");
    let out = common::uitzicht_in_dutch([
        "overview".as_ref(),
        cases.as_os_str(),
        "--pdf".as_ref(),
        pdf.as_os_str(),
        "--pseudonymise".as_ref(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let pages = doc.get_pages();
    assert!(pages.len() >= 2, "30 cases flow over pages");
    for page in pages.values() {
        let media = doc
            .get_dictionary(*page)
            .unwrap()
            .get(b"MediaBox")
            .unwrap()
            .as_array()
            .unwrap();
        let size: Vec<f32> = media.iter().map(|v| v.as_float().unwrap()).collect();
        assert!(
            (size[2] - 841.9).abs() < 1.0 && (size[3] - 595.3).abs() < 1.0,
            "{size:?}"
        );
    }
    let text = common::unbroken(&common::pdf_lines(&bytes));
    assert!(text.contains("Mijn casussen"), "{text}");
    assert!(text.contains("Te laat") && text.contains("Volgende overleg"));
    assert!(
        !text.contains("Sanne Mulder"),
        "pseudonymised: roles, not names"
    );
    assert!(
        !text.contains("Kind 3 "),
        "pseudonymised: the child's initials"
    );
    let fonts = bytes.windows(9).filter(|w| w == b"/FontFile").count();
    assert!(fonts >= 1, "fonts embedded");
}

#[test]
fn a_case_opens_from_the_overview_in_the_app() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap().keep();
    write_cases(&dir, 3, today());
    let mut harness = common::open_app(None, uitzicht::i18n::Lang::Nl, (1366.0, 768.0));
    common::click(&mut harness, "Mijn casussen…");
    common::type_into(&mut harness, "Map", &dir.display().to_string());
    // While it reads, a spinner keeps the window drawing: step frame by frame.
    harness.get_by_label("Lezen").click();
    for _ in 0..500 {
        harness.step();
        if !harness.state().caseload.is_reading() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
    assert_eq!(harness.state().caseload.view.listed.len(), 3);
    harness.get_by_label("Kind 1 (pseudoniem)").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.status.error, None);
    assert!(!app.caseload.open, "the view gives way to the case");
    assert_eq!(app.doc.case.child, "Kind 1 (pseudoniem)");
    assert!(
        app.doc
            .path
            .as_ref()
            .unwrap()
            .ends_with("kind-0001.uitzicht")
    );
}
