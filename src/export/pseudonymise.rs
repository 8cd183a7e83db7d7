//! A privacy-limited copy of a case for printing: the child's name becomes initials, the
//! participants' names their role (or initials), wherever they stand — also inside items,
//! notes and agreements — and the school is left out. That is pseudonymised, not anonymous:
//! what is written about the child stays, and the prints say so.

use crate::i18n::Texts;
use crate::model::Case;

/// "Sanne Mulder" → "S.M."; "Daan" → "D.".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|word| word.chars().next())
        .map(|c| format!("{c}."))
        .collect()
}

/// The name without what follows in brackets: "Daan (pseudoniem)" → "Daan".
fn bare_name(name: &str) -> &str {
    name.split('(').next().unwrap_or(name).trim()
}

/// Parts of surnames that are everyday words too ("De pauze…"): never replaced alone.
const PARTICLES: [&str; 18] = [
    "de", "den", "der", "van", "het", "ten", "ter", "te", "op", "in", "la", "le", "el", "al", "da",
    "di", "du", "von",
];

/// What to replace, longest first, so that a full name goes before its parts.
fn replacements(case: &Case, t: &Texts) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, instead: &str| {
        let name = bare_name(name);
        if name.is_empty() || instead.is_empty() {
            return;
        }
        pairs.push((name.to_owned(), instead.to_owned()));
        // First names and surnames said on their own; not "de" or "van" in "Ilse de Boer".
        for word in name.split_whitespace() {
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let particle = PARTICLES.contains(&word.to_lowercase().as_str());
            if capital && !particle && word.chars().count() >= 2 {
                pairs.push((word.to_owned(), instead.to_owned()));
            }
        }
    };
    let child = initials(bare_name(&case.child));
    add(&case.child, &child);
    // The school's name narrows down who the child is as much as a surname.
    add(&case.school, t.pseudo_school);
    for meeting in &case.meetings {
        for participant in &meeting.participants {
            let role = participant.role.trim();
            let instead = if role.is_empty() {
                initials(&participant.name)
            } else {
                role.to_owned()
            };
            add(&participant.name, &instead);
        }
    }
    pairs.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));
    pairs.dedup_by(|a, b| a.0 == b.0);
    pairs
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Replaces `name` where it stands as a whole word, also with a possessive s ("Daans").
fn replace_word(text: &str, name: &str, instead: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after_name = &rest[at + name.len()..];
        let possessive = ["'s", "’s", "s"].into_iter().find(|s| {
            after_name
                .strip_prefix(s)
                .is_some_and(|r| !r.chars().next().is_some_and(is_word_char))
        });
        let end = at + name.len() + possessive.map_or(0, str::len);
        let after = rest[end..].chars().next();
        let whole = !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char);
        out.push_str(&rest[..at]);
        if whole {
            out.push_str(instead);
            if possessive.is_some() {
                out.push_str("’s");
            }
            rest = &rest[end..];
        } else {
            // Part of a longer word: keep its first character and look on after it.
            let step = name.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[at..at + step]);
            rest = &rest[at + step..];
        }
    }
    out.push_str(rest);
    out
}

/// The case as it may be printed for people outside the table.
pub fn pseudonymise(case: &Case, t: &Texts) -> Case {
    let pairs = replacements(case, t);
    let mut copy = case.clone();
    for text in copy.texts_mut() {
        for (name, instead) in &pairs {
            if text.contains(name.as_str()) {
                *text = replace_word(text, name, instead);
            }
        }
    }
    // A participant now named by their role need not have it printed twice.
    for participant in copy.meetings.iter_mut().flat_map(|m| &mut m.participants) {
        if participant.name == participant.role {
            participant.role.clear();
        }
    }
    // The school narrows down who the child is; its place on the prints says what this is.
    copy.school = t.pseudonymised.to_owned();
    copy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_initials_or_roles_as_whole_words_only() {
        assert_eq!(initials("Ilse de Boer"), "I.B.");
        let mut meeting = crate::model::Meeting::default();
        meeting.participants.push(crate::model::Participant {
            name: "Fatima El Amrani".to_owned(),
            role: "moeder".to_owned(),
            ..Default::default()
        });
        let case = Case {
            child: "Daan (pseudoniem)".to_owned(),
            meetings: vec![meeting],
            ..Case::default()
        };
        let pairs = replacements(&case, crate::i18n::Lang::Nl.texts());
        let names: Vec<&str> = pairs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Fatima El Amrani", "Fatima", "Amrani", "Daan"]);
        assert_eq!(
            replace_word("Daan en Daans zus", "Daan", "D."),
            "D. en D.’s zus"
        );
        assert_eq!(
            replace_word("Daantje, Bdaan", "Daan", "D."),
            "Daantje, Bdaan"
        );
        assert_eq!(
            replace_word("Sanne Mulder mailt", "Sanne Mulder", "leerkracht"),
            "leerkracht mailt"
        );
    }
}
