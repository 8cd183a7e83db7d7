//! Word documents made by hand, as far as a reader of preparation sheets looks into them:
//! crafted sheets for the tests and benchmarks of hostile input.

use std::io::Write as _;

/// A Word document whose main part is `xml`.
pub fn word_file(xml: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// A Word document whose body is `body`.
pub fn docx(body: &str) -> Vec<u8> {
    word_file(&format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    ))
}

/// The child's sheet of `case`'s last meeting with `rows` answers under its first question.
pub fn long_child_sheet(case: &uitzicht::model::Case, rows: usize) -> Vec<u8> {
    let t = uitzicht::i18n::Lang::Nl.texts();
    let date = case.meetings.last().unwrap().date;
    let cell = |text: &str| format!("<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>");
    let row = |a: &str, b: &str| format!("<w:tr>{}{}</w:tr>", cell(a), cell(b));
    let mut table = row(t.prep_row_key, &format!("{} · {date} · K", case.id));
    table.push_str(&row(t.prep_child_going_well, "antwoord 0"));
    for n in 1..rows {
        table.push_str(&row("", &format!("antwoord {n} over lezen en rekenen")));
    }
    docx(&format!("<w:tbl>{table}</w:tbl>"))
}

/// The words of a Word document's body, each paragraph on a line of its own.
pub fn document_words(bytes: &[u8]) -> String {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    (archive.by_name("word/document.xml").unwrap())
        .read_to_string(&mut xml)
        .unwrap();
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.replace("</w:p>", "\n").chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}
