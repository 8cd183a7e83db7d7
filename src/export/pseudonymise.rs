//! A privacy-limited copy of a case for printing: the child's name becomes initials, the
//! participants' names their role (or initials), wherever they stand — also inside items,
//! notes and agreements — and the school is left out. That is pseudonymised, not anonymous:
//! what is written about the child stays, and the prints say so.

use unicode_normalization::UnicodeNormalization as _;

use crate::i18n::{Texts, fill};
use crate::model::Case;

/// "Sanne Mulder" → "S.M."; "daan de vries" → "D.V."; "Daan" → "D.". Empty for a name in a
/// script without capitals, where a first letter says too much (a Chinese family name is
/// its first character).
fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|word| !is_particle(word) || name.split_whitespace().count() == 1)
        .collect();
    let cased = words
        .iter()
        .filter_map(|word| word.chars().next())
        .all(|c| c.is_uppercase() || c.is_lowercase());
    if !cased {
        return String::new();
    }
    words
        .iter()
        .filter_map(|word| word.chars().next())
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect()
}

/// The name without what follows in brackets, in one Unicode form: "Daan (pseudoniem)" →
/// "Daan".
fn bare_name(name: &str) -> String {
    name.split('(')
        .next()
        .unwrap_or(name)
        .trim()
        .nfc()
        .collect()
}

/// Parts of surnames that are everyday words too ("De pauze…"): never replaced alone.
const PARTICLES: [&str; 18] = [
    "de", "den", "der", "van", "het", "ten", "ter", "te", "op", "in", "la", "le", "el", "al", "da",
    "di", "du", "von",
];

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word.to_lowercase().as_str())
}

/// What to replace, longest first, so that a full name goes before its parts. Everyone
/// gets a replacement: their role, else their initials, else a number.
fn replacements(case: &Case, t: &Texts) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut add = |name: &str, instead: &str| {
        let name = bare_name(name);
        if name.is_empty() || instead.is_empty() {
            return;
        }
        // First names and surnames said on their own; not "de" or "van" in "Ilse de Boer".
        for word in name.split_whitespace() {
            if !is_particle(word) && word.chars().count() >= 2 {
                pairs.push((word.to_owned(), instead.to_owned()));
            }
        }
        pairs.push((name, instead.to_owned()));
    };
    let child = match initials(&bare_name(&case.child)) {
        none if none.is_empty() => t.pseudo_child.to_owned(),
        initials => initials,
    };
    add(&case.child, &child);
    // The school's name narrows down who the child is as much as a surname.
    add(&case.school, t.pseudo_school);
    let mut unnamed = 0;
    for meeting in &case.meetings {
        for participant in &meeting.participants {
            let role = participant.role.trim();
            let instead = match (role, initials(&bare_name(&participant.name))) {
                ("", none) if none.is_empty() => {
                    unnamed += 1;
                    fill(t.pseudo_participant, &[("n", &unnamed)])
                }
                ("", initials) => initials,
                (role, _) => role.to_owned(),
            };
            add(&participant.name, &instead);
        }
    }
    pairs.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));
    // The first replacement said for a name stands (the child's before a participant's).
    let mut seen = std::collections::HashSet::new();
    pairs.retain(|(name, _)| seen.insert(name.to_lowercase()));
    pairs
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Scripts written without spaces between words (Chinese, Japanese): a name there is
/// found inside a run of letters.
fn is_spaceless(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// The same letter whatever its case: "D" and "d", "Ë" and "ë".
fn same_letter(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// Replaces `name` where it stands as a whole word, in any case ("daan", "DAAN"), also with
/// a possessive s ("Daans"). `text` and `name` are compared in one Unicode form.
fn replace_word(text: &str, name: &str, instead: &str) -> String {
    let name: Vec<char> = name.chars().collect();
    let spaceless = name.iter().copied().any(is_spaceless);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |(at, _)| *at);
    let matches_at = |i: usize, word: &[char]| {
        word.len() <= chars.len() - i
            && word
                .iter()
                .zip(&chars[i..])
                .all(|(a, (_, b))| same_letter(*a, *b))
    };
    let mut out = String::with_capacity(text.len());
    let (mut i, mut copied) = (0, 0);
    while i < chars.len() {
        if !matches_at(i, &name) {
            i += 1;
            continue;
        }
        let end = i + name.len();
        let possessive = [&['\'', 's'][..], &['’', 's'], &['s']]
            .into_iter()
            .find(|s| {
                matches_at(end, s)
                    && !chars
                        .get(end + s.len())
                        .is_some_and(|(_, c)| is_word_char(*c))
            })
            .map_or(0, <[char]>::len);
        let before = i.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(end + possessive).map(|(_, c)| *c);
        let whole =
            spaceless || (!before.is_some_and(is_word_char) && !after.is_some_and(is_word_char));
        if !whole {
            i += 1;
            continue;
        }
        out.push_str(&text[copied..byte_at(i)]);
        out.push_str(instead);
        if possessive > 0 {
            out.push_str("’s");
        }
        i = end + possessive;
        copied = byte_at(i);
    }
    out.push_str(&text[copied..]);
    out
}

/// The case as it may be printed for people outside the table.
pub fn pseudonymise(case: &Case, t: &Texts) -> Case {
    let pairs = replacements(case, t);
    let mut copy = case.clone();
    for text in copy.texts_mut() {
        let mut nfc: String = text.nfc().collect();
        for (name, instead) in &pairs {
            nfc = replace_word(&nfc, name, instead);
        }
        *text = nfc;
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
        assert_eq!(initials("daan de vries"), "D.V.");
        assert_eq!(initials("王小明"), "");
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
