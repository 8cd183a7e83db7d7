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

/// The child as a calendar or a list outside the app may show it: initials ("D."), or a
/// word for "the child" where there are none.
pub fn child_initials(child: &str, t: &Texts) -> String {
    match initials(&bare_name(child)) {
        none if none.is_empty() => t.pseudo_child.to_owned(),
        initials => initials,
    }
}

/// The name without what follows in brackets, in one Unicode form: "Daan (pseudoniem)" →
/// "Daan".
pub fn bare_name(name: &str) -> String {
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
        // First names and surnames said on their own, also the parts of a double name
        // ("el-Amrani"); not "de" or "van" in "Ilse de Boer".
        for word in name.split(|c: char| c.is_whitespace() || c == '-') {
            if !is_particle(word) && word.chars().count() >= 2 {
                pairs.push((word.to_owned(), instead.to_owned()));
            }
        }
        pairs.push((name, instead.to_owned()));
    };
    let child = child_initials(&case.child, t);
    add(&case.child, &child);
    // The school's name narrows down who the child is as much as a surname.
    add(&case.school, t.pseudo_school);
    let mut unnamed = 0;
    // Who is who, by the words of their name however spelled: "Fátima el-Amrani" on a
    // sheet is the participant "Fatima El Amrani", and keeps her role.
    let mut known: std::collections::HashMap<Vec<String>, String> =
        std::collections::HashMap::new();
    known.insert(name_key(&case.child), child.clone());
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
            known
                .entry(name_key(&participant.name))
                .or_insert_with(|| instead.clone());
            add(&participant.name, &instead);
        }
    }
    // Everyone else the case names as a person, however they came in (who filled in a
    // sheet, referred the child, chairs, asked or decided, gave a top or tip): by their
    // initials, so that the prints still tell them apart. A participant's own role stands
    // where the name is theirs (it was said first).
    for name in other_people(case) {
        let instead = match (known.get(&name_key(name)), initials(&bare_name(name))) {
            (Some(known), _) => known.clone(),
            (None, none) if none.is_empty() => {
                unnamed += 1;
                fill(t.pseudo_participant, &[("n", &unnamed)])
            }
            (None, initials) => initials,
        };
        add(name, &instead);
    }
    pairs.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));
    // The first replacement said for a name stands (the child's before a participant's),
    // however the name is spelled ("Fátima", "fatima").
    let mut seen = std::collections::HashSet::new();
    pairs.retain(|(name, _)| seen.insert(name.chars().map(folded).collect::<String>()));
    pairs
}

/// A name as people are told apart: its words without particles, folded, in order.
fn name_key(name: &str) -> Vec<String> {
    bare_name(name)
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|word| !word.is_empty() && !is_particle(word))
        .map(|word| word.chars().map(folded).collect())
        .collect()
}

/// The names of people the case holds outside its lists of participants.
fn other_people(case: &Case) -> Vec<&str> {
    let mut names = Vec::new();
    for meeting in &case.meetings {
        names.push(meeting.chair.as_str());
        names.push(meeting.referral.by.as_str());
        for question in &meeting.questions {
            names.extend([question.asked_by.as_str(), question.decided_by.as_str()]);
        }
        for item in meeting.board.items() {
            names.extend(item.said_by.as_deref());
            names.extend(item.also_said_by.iter().map(String::as_str));
        }
        names.extend(
            meeting
                .evaluation
                .feedback
                .iter()
                .map(|f| f.participant.as_str()),
        );
    }
    names.retain(|name| !name.trim().is_empty());
    names
}

/// A hyphen ends a word here: a name inside a double name ("Daan-Jan", "el-Amrani") is
/// replaced too, rather than left half said.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Scripts written without spaces between words (Chinese, Japanese): a name there is
/// found inside a run of letters.
fn is_spaceless(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// The same letter whatever its case and accents: "D" and "d", "Ë" and "e", "á" and "A".
fn same_letter(a: char, b: char) -> bool {
    a == b || folded(a) == folded(b)
}

/// A letter in lower case without its accents, as names are compared.
fn folded(c: char) -> char {
    let base = std::iter::once(c).nfd().next().unwrap_or(c);
    base.to_lowercase().next().unwrap_or(base)
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

/// The names of one case and what replaces each, so that texts taken out of the case (a
/// caseload's rows) are pseudonymised as its prints are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pseudonyms(Vec<(String, String)>);

impl Pseudonyms {
    pub fn of(case: &Case, t: &Texts) -> Self {
        Self(replacements(case, t))
    }

    /// `text` with every name in it replaced.
    pub fn apply(&self, text: &str) -> String {
        let mut nfc: String = text.nfc().collect();
        for (name, instead) in &self.0 {
            nfc = replace_word(&nfc, name, instead);
        }
        nfc
    }
}

/// The case as it may be printed for people outside the table.
pub fn pseudonymise(case: &Case, t: &Texts) -> Case {
    let names = Pseudonyms::of(case, t);
    let mut copy = case.clone();
    for text in copy.texts_mut() {
        *text = names.apply(text);
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

    #[test]
    fn every_name_the_case_knows_is_replaced_however_it_came_in_or_is_spelled() {
        use crate::model::{CircleKind, ItemKind, Meeting, Participant, Question};
        let mut meeting = Meeting::default();
        meeting.participants.push(Participant {
            name: "Fatima El Amrani".to_owned(),
            role: "moeder".to_owned(),
            ..Default::default()
        });
        meeting.chair = "Ilse de Boer".to_owned();
        meeting.referral.by = "Tom Jansen".to_owned();
        meeting.questions.push(Question {
            asked_by: "Rubén Ortega".to_owned(),
            question: "Kan Ruben ook naar de logopedie van Fatima?".to_owned(),
            ..Question::default()
        });
        let home = meeting
            .board
            .circles
            .iter()
            .find(|c| c.kind == CircleKind::Home);
        let home = home.map(|c| c.id).unwrap();
        for (by, text) in [
            ("Fátima el-Amrani", "Fátima el-Amrani leest elke avond voor"),
            (
                "Daan de Vries",
                "Ik ben Daan de Vries en ik voetbal met Tom",
            ),
        ] {
            let id = meeting
                .board
                .add_item(home, ItemKind::GoingWell, text)
                .unwrap();
            meeting.board.item_mut(id).unwrap().said_by = Some(by.to_owned());
        }
        let case = Case {
            child: "Daan (pseudoniem)".to_owned(),
            meetings: vec![meeting],
            ..Case::default()
        };
        let mut copy = pseudonymise(&case, crate::i18n::Lang::Nl.texts());
        let printed = copy
            .texts_mut()
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(" | ");
        for name in [
            "Fatima", "Fátima", "Amrani", "Daan", "Vries", "Ilse", "Boer", "Tom", "Jansen",
            "Rubén", "Ruben", "Ortega",
        ] {
            let words: Vec<&str> = printed.split(|c: char| !c.is_alphanumeric()).collect();
            assert!(!words.contains(&name), "{name} in: {printed}");
        }
        assert!(
            printed.contains("moeder leest elke avond voor"),
            "{printed}"
        );
    }
}
