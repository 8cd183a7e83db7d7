//! The text of a case file, and the path from every known format version to today's model.
//!
//! Version 2 added what happens to an agreement after its review; version 1 reads as
//! version 2 with no decisions. When the model changes so that an old file would read
//! wrongly: bump [`CURRENT_FORMAT_VERSION`], add the step from the version before in
//! [`parse`], keep a fixture of every version under `tests/fixtures/` and its golden text
//! under `tests/golden/` (the format test fails until both are there).

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Loaded, StorageError};
use crate::model::Case;

/// The format version this app writes. Version 2 added the decision after a review
/// (`Review::decision`); version 3 the chain of needs (goals made from the board, what they
/// build on and change, and the goal each need, support need and agreement serves), the
/// shared interest and whether the meeting was pleasant and useful; version 4 who said an
/// item before the meeting, on a preparation sheet, and whether the chair has taken it in
/// yet (`Item::said_by`, `Item::prepared`, `Item::also_said_by`); version 5 the case's own
/// identity (`Case::id`), which an older file takes from its child's name and start date;
/// version 6 the dates between meetings (`Meeting::next`, `Agreement::due`), the
/// appreciation said at the start (`Evaluation::appreciations`), the words an item was
/// brought in with (`Item::said_words`), its recent example (`Item::example`) and whether
/// it is in the child's own words (`Item::childs_words`).
/// An older file reads as one where none of that was said yet; an older app would drop it
/// on saving, so it must refuse the file.
pub const CURRENT_FORMAT_VERSION: u32 = 6;

const HEADER: &str = "// Uitzicht case file (MDO, handelingsgericht werken). \
Edit with care: format_version says how to read it.\n";

/// Read first, to choose how to read the rest. Versions start at 1: 0 means "none".
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: u32,
}

#[derive(Deserialize)]
struct CaseFile {
    #[serde(rename = "format_version")]
    _format_version: u32,
    case: Case,
}

#[derive(Serialize)]
struct CaseFileRef<'a> {
    format_version: u32,
    case: &'a Case,
}

/// Turns raw bytes into text, accepting a byte-order mark, and saying where the bytes stop
/// being text.
pub(super) fn text_from_bytes<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, StorageError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        StorageError::NotText {
            path: path.to_owned(),
            line,
            column,
        }
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Parses the text of a case file of any known version into today's model.
pub fn parse(text: &str, path: &Path) -> Result<Loaded, StorageError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Old Mac line endings (CR only) would make the first comment run to the end.
    let lines_fixed;
    let text = if text.contains('\r') && !text.contains('\n') {
        lines_fixed = text.replace('\r', "\n");
        lines_fixed.as_str()
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(StorageError::Empty {
            path: path.to_owned(),
        });
    }
    let options = ron::Options::default();
    let probe: VersionProbe = options.from_str(text).map_err(|e| {
        // Text that never names a format version is some other file (a list, another
        // program's settings), not a damaged case: say that, not what the parser expected.
        if text.contains("format_version") {
            StorageError::syntax(path, &e)
        } else {
            StorageError::NotACase {
                path: path.to_owned(),
            }
        }
    })?;
    match probe.format_version {
        0 => Err(StorageError::NotACase {
            path: path.to_owned(),
        }),
        // Versions 1 to 5 are version 6 without what came since: the same reading gives
        // them none. They are written as version 6 only when they are saved.
        1..=CURRENT_FORMAT_VERSION => {
            let file: CaseFile = options
                .from_str(text)
                .map_err(|e| StorageError::syntax(path, &e))?;
            Ok(loaded(file.case, probe.format_version))
        }
        newer if newer > CURRENT_FORMAT_VERSION => {
            // Read what we understand, so the chair can look; saving stays refused.
            match options.from_str::<CaseFile>(text) {
                Ok(file) => Ok(loaded(file.case, newer)),
                Err(_) => Err(StorageError::Newer {
                    path: path.to_owned(),
                    file_version: newer,
                    app_version: CURRENT_FORMAT_VERSION,
                }),
            }
        }
        older => Err(StorageError::Unsupported {
            path: path.to_owned(),
            file_version: older,
        }),
    }
}

/// A case as read, checked and mended where needed.
fn loaded(mut case: Case, format_version: u32) -> Loaded {
    // Before version 5 a case had no identity of its own: it takes the one its sheets
    // carried, so that they still read in (and keeps it when the child is renamed).
    if case.id.trim().is_empty() {
        case.id = case.legacy_id();
    }
    let repairs = super::repair(&mut case);
    Loaded {
        case,
        format_version,
        repairs,
    }
}

/// The largest text a save writes: what [`super::MAX_FILE_BYTES`] lets us read back, less
/// room for the encryption of a protected case (a tag every 64 KiB and a header).
pub const MAX_TEXT_BYTES: u64 = super::MAX_FILE_BYTES - 64 * 1024;

/// The text of `case` in the current format: indented to read and compare, or on one line
/// when indented it would be larger than we read back. A case too large even then is
/// refused, so that nothing is written that this app cannot open again.
pub fn to_ron(case: &Case, path: &Path) -> Result<String, StorageError> {
    let file = CaseFileRef {
        format_version: CURRENT_FORMAT_VERSION,
        case,
    };
    let encode_error = |e: ron::Error| StorageError::Encode {
        path: path.to_owned(),
        message: e.to_string(),
    };
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .struct_names(false);
    let pretty = ron::ser::to_string_pretty(&file, config).map_err(encode_error)?;
    let text = if (HEADER.len() + pretty.len()) as u64 <= MAX_TEXT_BYTES {
        format!("{HEADER}{pretty}\n")
    } else {
        drop(pretty);
        format!("{HEADER}{}\n", ron::to_string(&file).map_err(encode_error)?)
    };
    if text.len() as u64 > MAX_TEXT_BYTES {
        return Err(StorageError::TooLargeToSave {
            path: path.to_owned(),
            bytes: text.len() as u64,
            limit: MAX_TEXT_BYTES,
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path() -> &'static Path {
        Path::new("t.mdo.ron")
    }

    #[test]
    fn the_version_is_read_first_and_a_newer_file_is_marked() {
        let case = Case::new(jiff::civil::date(2026, 1, 2));
        let text = to_ron(&case, path()).unwrap();
        let current = format!("format_version: {CURRENT_FORMAT_VERSION},");
        assert!(text.contains(&current));
        let newer = text.replace(&current, "format_version: 7,");
        let loaded = parse(&newer, path()).unwrap();
        assert_eq!(loaded.format_version, 7);
        assert!(loaded.is_from_newer_version());

        let unreadable_newer = "(format_version: 7, case: [1, 2])";
        let err = parse(unreadable_newer, path()).unwrap_err();
        assert!(
            matches!(
                err,
                StorageError::Newer {
                    file_version: 7,
                    app_version: CURRENT_FORMAT_VERSION,
                    ..
                }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn broken_text_reports_line_and_column() {
        let case = Case::new(jiff::civil::date(2026, 1, 2));
        let text = to_ron(&case, path()).unwrap();
        let cut = &text[..text.len() / 2];
        match parse(cut, path()).unwrap_err() {
            StorageError::Syntax { line, column, .. } => {
                assert!(line > 1);
                assert!(column >= 1);
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
        assert!(matches!(
            parse(" \n", path()),
            Err(StorageError::Empty { .. })
        ));
        assert!(matches!(
            parse("(name: \"x\")", path()),
            Err(StorageError::NotACase { .. })
        ));
        assert!(matches!(
            parse("(format_version: 0)", path()),
            Err(StorageError::NotACase { .. })
        ));
        for other in [
            "[1, 2, 3]",
            "hallo wereld",
            "{\"a\": 1}",
            "Config(theme: Dark)",
        ] {
            assert!(
                matches!(parse(other, path()), Err(StorageError::NotACase { .. })),
                "{other}"
            );
        }
    }

    #[test]
    fn bytes_that_are_not_text_say_where() {
        let bytes = b"(format_version: 1,\n  case: (child: \"a\xff\"))";
        match text_from_bytes(bytes, path()).unwrap_err() {
            StorageError::NotText { line, column, .. } => assert_eq!((line, column), (2, 19)),
            other => panic!("{other:?}"),
        }
        let with_bom = "\u{feff}(format_version: 1, case: ())";
        let text = text_from_bytes(with_bom.as_bytes(), path()).unwrap();
        assert!(parse(text, path()).is_ok());
        assert!(parse(&text.replace(' ', "\r\n"), path()).is_ok());
    }
}
