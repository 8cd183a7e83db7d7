//! A filled-in preparation sheet read back: the tables' rows are found by what they ask,
//! whatever the editor did to runs, styles, spacing and bullets, and each answer becomes an
//! item, named by who filled the sheet in.

use std::io::Read as _;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::{MadeFor, Target, all_prompts, key_text, person_key};
use crate::export::xml::{self, XmlError};
use crate::i18n::{EN, NL, Texts, fill};
use crate::model::{Case, Date, Preparation, TakenIn, clean_text};
use crate::storage::{self, FileRead, StorageError};

/// The most of a sheet's text read: far more than any filled-in sheet holds.
const MAX_DOCUMENT_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file is no Word document that can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a Word document (no zip, or no main part), or a damaged one.
    NotWord,
    /// Its main part nests too deep, holds too much, or is broken.
    Xml(XmlError),
    /// Its main part unpacks to more than [`MAX_DOCUMENT_BYTES`].
    TooLarge,
}

/// Why a sheet was not read in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not a Word document, or a broken one.
    Unreadable(Unreadable),
    /// A Word document without our reference: not a preparation sheet.
    NotASheet,
    /// The sheet of another case.
    OtherCase(String),
    /// The sheet of a meeting this case does not have.
    OtherMeeting(String),
    /// The sheet's reference names no meeting (its date was taken out).
    NoMeetingDate,
    /// Nobody's name by "filled in by".
    NoName,
    /// The chair stopped the reading.
    Stopped,
}

impl ReadError {
    /// What went wrong, in the user's language.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            Self::Unreadable(why) => {
                let detail = match why {
                    Unreadable::NotWord => t.prep_not_word.to_owned(),
                    Unreadable::Xml(XmlError::Broken { line }) => {
                        fill(t.prep_broken_at, &[("line", line)])
                    }
                    Unreadable::Xml(XmlError::TooDeep) => {
                        fill(t.prep_too_deep, &[("depth", &xml::MAX_DEPTH)])
                    }
                    Unreadable::Xml(XmlError::TooMany) | Unreadable::TooLarge => {
                        t.prep_too_much.to_owned()
                    }
                };
                fill(t.prep_unreadable, &[("detail", &detail)])
            }
            Self::NotASheet => t.prep_not_a_sheet.to_owned(),
            Self::OtherCase(key) => fill(t.prep_other_case, &[("key", key)]),
            Self::OtherMeeting(date) => fill(t.prep_other_meeting, &[("date", date)]),
            Self::NoMeetingDate => t.prep_no_meeting_date.to_owned(),
            Self::NoName => t.prep_no_name.to_owned(),
            Self::Stopped => t.prep_stopped.to_owned(),
        }
    }
}

/// The most of a sheet's file read: a filled-in sheet is tens of kilobytes, one with
/// photos a few megabytes.
pub const MAX_SHEET_BYTES: u64 = 16 * 1024 * 1024;

/// A filled-in sheet's bytes from `path`, read as every file from outside is (a regular
/// file, without waiting, bounded); or why not, in the user's language, naming the file.
pub fn sheet_bytes(path: &Path, t: &Texts) -> Result<Vec<u8>, String> {
    let storage = |error: StorageError| error.message(t);
    storage::read_regular_file(path, MAX_SHEET_BYTES).map_err(|why| match why {
        FileRead::NotAFile => storage(StorageError::NotAFile {
            path: path.to_owned(),
        }),
        FileRead::LinkLoop => storage(StorageError::LinkLoop {
            path: path.to_owned(),
        }),
        FileRead::Io(source) => storage(StorageError::Read {
            path: path.to_owned(),
            source,
        }),
        FileRead::TooLarge { bytes } => format!(
            "{}: {}",
            path.display(),
            fill(
                t.prep_too_large,
                &[
                    ("size", &storage::megabytes(bytes)),
                    ("limit", &storage::megabytes(MAX_SHEET_BYTES)),
                ],
            )
        ),
    })
}

/// What reading `preparation` did, in the user's language.
pub fn read_message(preparation: &Preparation, taken: TakenIn, t: &Texts) -> String {
    let done = fill(
        t.prep_read_done,
        &[
            ("who", &preparation.by),
            ("items", &taken.items),
            ("questions", &taken.questions),
            ("already", &taken.already),
        ],
    );
    let mut said = done;
    if taken.referral > 0 {
        said = format!(
            "{said} {}",
            fill(t.prep_read_referral, &[("count", &taken.referral)])
        );
    }
    if taken.left_out > 0 {
        said = format!(
            "{said} {}",
            fill(t.prep_read_left_out, &[("count", &taken.left_out)])
        );
    }
    said
}

/// A paragraph of a cell: its text and whether it is an item of a list.
struct Para {
    text: String,
    listed: bool,
}

/// Reads a filled-in sheet of `case`: the index of its meeting and what it says.
pub fn read_preparation(case: &Case, bytes: &[u8]) -> Result<(usize, Preparation), ReadError> {
    read_preparation_with(case, bytes, &Reading::default())
}

/// How far reading a sheet beside the UI has come, and the chair's wish to stop it.
#[derive(Debug, Default)]
pub struct Reading {
    /// The rows read so far, of all the sheet's rows (0 until they are known).
    rows_done: AtomicUsize,
    rows: AtomicUsize,
    stop: AtomicBool,
}

impl Reading {
    /// The share read, from 0 to 1 (the unpacking and parsing before the rows count as 0).
    pub fn fraction(&self) -> f32 {
        let rows = self.rows.load(Ordering::Relaxed);
        if rows == 0 {
            return 0.0;
        }
        self.rows_done.load(Ordering::Relaxed) as f32 / rows as f32
    }

    /// Asks the reading to stop; it ends at its next row with [`ReadError::Stopped`].
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }

    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

/// [`read_preparation`], telling `reading` how far it is and stopping when asked.
pub fn read_preparation_with(
    case: &Case,
    bytes: &[u8],
    reading: &Reading,
) -> Result<(usize, Preparation), ReadError> {
    let xml = document_xml(bytes)?;
    if reading.stopped() {
        return Err(ReadError::Stopped);
    }
    let document = xml::parse(&xml).map_err(|e| ReadError::Unreadable(Unreadable::Xml(e)))?;
    let rows = table_rows(&document);
    reading.rows.store(rows.len(), Ordering::Relaxed);

    let label = |row: &[Vec<Para>], texts: [&str; 2]| {
        let first = key_text(&cell_text(row.first()?));
        texts.iter().any(|t| key_text(t) == first).then(|| {
            row[1..]
                .iter()
                .map(|cell| cell_text(cell))
                .collect::<Vec<_>>()
                .join(" ")
                .trim()
                .to_owned()
        })
    };
    let reference = rows
        .iter()
        .find_map(|row| label(row, [NL.prep_row_key, EN.prep_row_key]))
        .ok_or(ReadError::NotASheet)?;
    // Whoever filled it in is cleaned as the answers are: a control character in a name
    // would reach every field the name is copied to.
    let by = rows
        .iter()
        .find_map(|row| label(row, [NL.prep_row_for, EN.prep_row_for]))
        .map(|by| {
            clean_text(&by)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default();

    let tokens: Vec<&str> = reference
        .split(|c: char| c.is_whitespace() || c == '·')
        .filter(|s| !s.is_empty())
        .collect();
    let Some(theirs) = tokens.iter().find(|s| s.starts_with("UZ-")) else {
        return Err(ReadError::NotASheet);
    };
    if *theirs != case.id {
        return Err(ReadError::OtherCase((*theirs).to_owned()));
    }
    let date = tokens
        .iter()
        .find_map(|s| s.parse::<Date>().ok())
        .ok_or(ReadError::NoMeetingDate)?;
    let meeting = case
        .meetings
        .iter()
        .rposition(|m| m.date == date)
        .ok_or_else(|| ReadError::OtherMeeting(date.to_string()))?;
    let made_for = tokens
        .iter()
        .find_map(|s| MadeFor::read(s))
        .unwrap_or(MadeFor::Unsaid);
    // The answers are the words of whom the sheet was made for; "filled in by" names them
    // only where the sheet does not (the referral, a sheet of before, a participant
    // renamed since).
    let by = match made_for {
        MadeFor::Child => case.child.trim().to_owned(),
        MadeFor::Participant(key) => case.meetings[meeting]
            .participants
            .iter()
            .find(|p| person_key(&p.name) == key)
            .map_or(by, |p| p.name.trim().to_owned()),
        MadeFor::Referral | MadeFor::Unsaid => by,
    };
    if by.is_empty() {
        return Err(ReadError::NoName);
    }

    let prompts = all_prompts();
    let mut answers = Vec::new();
    // A row someone added under a question, with nothing on its left, belongs to it.
    let mut current: Option<Target> = None;
    for (done, row) in rows.iter().enumerate() {
        if done % 256 == 0 {
            reading.rows_done.store(done, Ordering::Relaxed);
            if reading.stopped() {
                return Err(ReadError::Stopped);
            }
        }
        let Some((first, rest)) = row.split_first() else {
            continue;
        };
        let asked = key_text(&cell_text(first));
        if !asked.is_empty() {
            // A question this kind of sheet does not ask (copied in from another) adds
            // nothing; asked once per question row, not per answer.
            current = prompts
                .iter()
                .find(|(text, _)| *text == asked)
                .map(|(_, target)| target.clone())
                .filter(|target| made_for.asks(target));
        }
        let Some(target) = &current else {
            continue;
        };
        answers.extend(
            rest.iter()
                .flat_map(|cell| answers_in(cell))
                .map(|text| target.said(text)),
        );
    }
    let childs_own = made_for == MadeFor::Child;
    Ok((
        meeting,
        Preparation {
            by,
            answers,
            childs_own,
        },
    ))
}

/// The main part of a Word document, as text.
fn document_xml(bytes: &[u8]) -> Result<String, ReadError> {
    let not_word = |_| ReadError::Unreadable(Unreadable::NotWord);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(not_word)?;
    let part = archive.by_name("word/document.xml").map_err(not_word)?;
    let mut xml = String::new();
    part.take(MAX_DOCUMENT_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|_| ReadError::Unreadable(Unreadable::NotWord))?;
    if xml.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(ReadError::Unreadable(Unreadable::TooLarge));
    }
    Ok(xml)
}

/// Every row of every table, in document order, as its cells' paragraphs. Elements are
/// known by their local name: Word, LibreOffice and strict Office XML name the namespace
/// differently.
fn table_rows(document: &roxmltree::Document) -> Vec<Vec<Vec<Para>>> {
    let named =
        |node: &roxmltree::Node, name: &str| node.is_element() && node.tag_name().name() == name;
    // The nearest enclosing element of `name`, so that a nested table's cells are its own.
    let nearest = |node: roxmltree::Node<'_, '_>, name: &str| {
        node.ancestors()
            .skip(1)
            .find(|a| named(a, name))
            .map(|a| a.id())
    };
    document
        .descendants()
        .filter(|n| named(n, "tr"))
        .map(|row| {
            row.descendants()
                .filter(|n| named(n, "tc") && nearest(*n, "tr") == Some(row.id()))
                .map(|cell| {
                    cell.descendants()
                        .filter(|n| named(n, "p") && nearest(*n, "tc") == Some(cell.id()))
                        .map(|p| Para {
                            text: paragraph_text(p),
                            listed: p.descendants().any(|n| named(&n, "numPr")),
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// A paragraph's text, its runs joined however the editor split them.
fn paragraph_text(p: roxmltree::Node) -> String {
    let mut text = String::new();
    for node in p.descendants().filter(|n| n.is_element()) {
        match node.tag_name().name() {
            // A line break typed in the cell (Shift+Enter in Word, LibreOffice's, a pasted
            // phone text) ends a line: each line is an answer of its own.
            "t" => text.push_str(node.text().unwrap_or_default()),
            "br" | "cr" => text.push('\n'),
            "tab" => text.push(' '),
            _ => {}
        }
    }
    text
}

fn cell_text(cell: &[Para]) -> String {
    cell.iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The answers in a cell: every line is one (a paragraph, or a line within it), and every
/// item of a list. A line that plainly goes on in the next (it ends in a comma or a word
/// like "en") is one sentence broken by Enter, and stays one answer.
fn answers_in(cell: &[Para]) -> Vec<String> {
    let mut answers: Vec<String> = Vec::new();
    let mut open = false;
    for para in cell {
        let mut first_line = true;
        for line in para.text.split(['\n', '\r']) {
            let (text, marked) = without_bullet(line.trim());
            let marked = marked || (first_line && para.listed);
            first_line = false;
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let text = crate::model::clean_text(&joined).into_owned();
            if text.is_empty() {
                open = false;
                continue;
            }
            // Broken by Enter: the line before asks for more, or this one begins with a
            // joining word in lower case ("en gaat verder") after one not ended.
            let joins = open
                || (starts_joining(&text) && answers.last().is_some_and(|l| !ends_sentence(l)));
            match answers.last_mut() {
                Some(last) if joins && !marked => {
                    last.push(' ');
                    last.push_str(&text);
                }
                _ => answers.push(text),
            }
            open = answers.last().is_some_and(|last| goes_on(last));
        }
    }
    answers
}

/// Words that join a line to the one before: a sentence broken by Enter goes on with them.
const JOINING: [&str; 16] = [
    "en", "of", "maar", "want", "omdat", "dat", "die", "als", "met", "and", "or", "but", "because",
    "that", "with", "when",
];

/// Whether a line begins, in lower case, with a word that only joins ("en gaat hier
/// verder"); not "met" or "als", with which a list's own items begin ("met Fleur spelen").
fn starts_joining(line: &str) -> bool {
    const ONLY_JOINING: [&str; 9] = [
        "en", "of", "maar", "want", "omdat", "and", "or", "but", "because",
    ];
    let first = line
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    first.chars().next().is_some_and(char::is_lowercase) && ONLY_JOINING.contains(&first)
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?'])
}

/// Whether a line ends where a sentence plainly goes on: a comma, a colon, a dash, or a
/// word that joins ("en", "maar", "omdat"; "and", "but", "because").
fn goes_on(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with([',', ':', ';', '-', '–']) {
        return true;
    }
    let last = line
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    JOINING.contains(&last.as_str())
}

/// A paragraph without the bullet or number someone typed before it, and whether there was
/// one.
fn without_bullet(text: &str) -> (&str, bool) {
    for bullet in ["•", "-", "*", "–", "—", "·", "○", "▪", "►", "✓"] {
        if let Some(rest) = text.strip_prefix(bullet) {
            return (rest.trim_start(), true);
        }
    }
    // "1." or "2)" before the text.
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits < 3 {
        let rest = &text[digits..];
        if let Some(rest) = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
            && rest.starts_with(' ')
        {
            return (rest.trim_start(), true);
        }
    }
    (text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str, listed: bool) -> Para {
        Para {
            text: text.to_owned(),
            listed,
        }
    }

    #[test]
    fn every_line_and_every_bullet_is_an_answer_and_a_broken_sentence_stays_one() {
        let cell = [
            para("Hij leest graag over dieren,", false),
            para("vooral over vogels.", false),
            para("", false),
            para("• Voetbal op zaterdag", false),
            para("- Helpt zijn zusje", false),
            para("Speelt buiten", true),
            para("2) Kookt mee", false),
            para("Ze leest niet graag", false),
            para("Ze slaapt slecht", false),
        ];
        assert_eq!(
            answers_in(&cell),
            vec![
                "Hij leest graag over dieren, vooral over vogels.",
                "Voetbal op zaterdag",
                "Helpt zijn zusje",
                "Speelt buiten",
                "Kookt mee",
                "Ze leest niet graag",
                "Ze slaapt slecht",
            ]
        );
    }

    #[test]
    fn line_breaks_within_a_paragraph_split_answers_as_paragraphs_do() {
        // Word's Shift+Enter and LibreOffice's line break (<w:br/>), and a text pasted from
        // a phone, reach the reader as line breaks inside one paragraph.
        for text in [
            "Lezen gaat moeizaam\nHij slaapt slecht",
            "Lezen gaat moeizaam\r\nHij slaapt slecht",
            "Lezen gaat moeizaam\n\nHij slaapt slecht",
        ] {
            assert_eq!(
                answers_in(&[para(text, false)]),
                ["Lezen gaat moeizaam", "Hij slaapt slecht"],
                "{text:?}"
            );
        }
        assert_eq!(
            answers_in(&[para(
                "Hij is snel afgeleid en\nvergeet dan zijn huiswerk",
                false
            )]),
            ["Hij is snel afgeleid en vergeet dan zijn huiswerk"]
        );
        assert_eq!(
            answers_in(&[para("Antwoord begint hier\nen gaat hier verder.", false)]),
            ["Antwoord begint hier en gaat hier verder."]
        );
        // A child's list in lower case is a list, not one sentence.
        assert_eq!(
            answers_in(&[para("voetbal\ntekenen\nmet Fleur spelen", false)]),
            ["voetbal", "tekenen", "met Fleur spelen"]
        );
        // A bulleted paragraph with a second line: the line is an answer too.
        assert_eq!(
            answers_in(&[para("Voetbal\nZwemmen", true)]),
            ["Voetbal", "Zwemmen"]
        );
    }

    #[test]
    fn the_word_markup_of_a_line_break_reads_as_a_line() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Een</w:t><w:br/><w:t>Twee</w:t></w:r></w:p><w:p><w:r><w:t>Drie</w:t><w:cr/><w:t>Vier</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"#;
        let document = roxmltree::Document::parse(xml).unwrap();
        let rows = table_rows(&document);
        assert_eq!(answers_in(&rows[0][0]), ["Een", "Twee", "Drie", "Vier"]);
    }

    #[test]
    fn a_date_or_a_dash_in_the_text_is_not_taken_for_a_bullet() {
        assert_eq!(without_bullet("2026 was goed"), ("2026 was goed", false));
        assert_eq!(without_bullet("10.5 uur"), ("10.5 uur", false));
        assert_eq!(without_bullet("-  rust"), ("rust", true));
    }
}
