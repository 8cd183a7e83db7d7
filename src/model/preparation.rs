//! What a participant said before the meeting, on their preparation sheet, and how it comes
//! into the meeting: each answer an item in its circle or a question in box 1, named by who
//! said it, and marked prepared until the chair takes it into the board.

use std::collections::{HashMap, HashSet};

use super::{Board, CircleId, CircleKind, ItemId, ItemKind, Meeting, Question};

/// One answer on a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// Something about the child, the school or home, with its marker.
    Item {
        circle: CircleKind,
        kind: ItemKind,
        text: String,
    },
    /// A question for the meeting, or what they hope it delivers: box 1.
    Question(String),
    /// A decision the meeting is asked to take: a question in box 1 that needs one.
    Decision(String),
    /// What the meeting must deliver by its end, from the referral.
    Outcome(String),
    /// Why the child is referred now.
    Reason(String),
    /// When the child was referred, as written.
    ReferredOn(String),
}

impl Said {
    /// What was said, whatever it is.
    pub fn text(&self) -> &str {
        match self {
            Self::Item { text, .. }
            | Self::Question(text)
            | Self::Decision(text)
            | Self::Outcome(text)
            | Self::Reason(text)
            | Self::ReferredOn(text) => text,
        }
    }
}

/// Everything one person said on their sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preparation {
    pub by: String,
    pub answers: Vec<Said>,
    /// The child's own sheet: its answers are the child's words, marked as such.
    pub childs_own: bool,
}

/// What reading a sheet added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TakenIn {
    pub items: usize,
    /// Questions and decisions for box 1.
    pub questions: usize,
    /// What the referral said besides: why, when, the intended outcome.
    pub referral: usize,
    /// Answers the meeting had already, from this person: a sheet read twice adds nothing
    /// twice.
    pub already: usize,
    /// Answers that did not fit: their circle, box 1 or field held all a case may.
    pub left_out: usize,
}

/// A text as answers are compared: two are the same when they differ only in case and
/// spacing.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_lowercase).collect()
}

/// Ids for items added one after another, each looked up once among those in use.
struct FreshIds {
    used: HashSet<u32>,
    next: u32,
}

impl FreshIds {
    fn of(board: &Board) -> Self {
        Self {
            used: board.items().map(|i| i.id.0).collect(),
            next: board.next_item_id().0,
        }
    }

    fn next(&mut self) -> ItemId {
        // Past the highest id the count starts again from 1, skipping ids in use.
        while self.next == 0 || self.used.contains(&self.next) {
            self.next = self.next.wrapping_add(1);
        }
        self.used.insert(self.next);
        ItemId(self.next)
    }
}

/// Words that say little about what an item is about, left out when items are compared:
/// small words, and the verbs of who says it ("hij zegt dat…", "ze vindt…").
const SMALL_WORDS: [&str; 62] = [
    "de", "het", "een", "en", "in", "op", "van", "is", "te", "met", "voor", "zijn", "hij", "zij",
    "ze", "die", "dat", "er", "nog", "ook", "aan", "bij", "om", "als", "naar", "heel", "erg",
    "wel", "haar", "hem", "hun", "ik", "we", "wij", "je", "jij", "kan", "heeft", "hebben", "wordt",
    "zegt", "vindt", "vind", "vinden", "dan", "maar", "of", "the", "and", "with", "for", "his",
    "her", "very", "to", "of", "at", "he", "she", "is", "says", "thinks",
];

/// Titles before a name ("meester Tom", "juf Sanne"): a name's part, not what is said.
const TITLES: [&str; 9] = [
    "meester", "juf", "mevrouw", "meneer", "mevr", "dhr", "mw", "mr", "mrs",
];

/// Words that turn a point around: "leest graag" and "leest niet graag" are not the same.
const NEGATIONS: [&str; 6] = ["niet", "geen", "nooit", "not", "no", "never"];

/// A word as items are compared: lower case, without accents, without the endings that a
/// verb or a plural adds ("boeken", "boek"; "slaapt", "slaap").
fn compared_word(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let folded: String = word
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    let chars = folded.chars().count();
    for ending in ["en", "s", "t", "e"] {
        if chars > 4 && folded.ends_with(ending) {
            return folded[..folded.len() - ending.len()].to_owned();
        }
    }
    folded
}

/// What an item says, to compare: its meaning words, the names in it (capitalised words
/// after the first, and the words after a title), and whether it says "not".
#[derive(Debug, Default)]
struct Point {
    words: Vec<String>,
    names: Vec<String>,
    negated: bool,
}

fn point_of(text: &str) -> Point {
    let mut point = Point::default();
    let mut after_title = false;
    for (at, word) in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let lower = word.to_lowercase();
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if TITLES.contains(&lower.as_str()) {
            after_title = true;
            continue;
        }
        if after_title || (at > 0 && capitalised) {
            point.names.push(compared_word(word));
            after_title = false;
            continue;
        }
        if NEGATIONS.contains(&lower.as_str()) {
            point.negated = true;
            continue;
        }
        if word.chars().count() > 1 && !SMALL_WORDS.contains(&lower.as_str()) {
            point.words.push(compared_word(word));
        }
    }
    for list in [&mut point.words, &mut point.names] {
        list.sort();
        list.dedup();
    }
    point
}

/// Whether two items say the same thing: most of their meaning words shared (at least
/// three in five of all the words either has), neither saying "not" where the other does
/// not, and no different people named. A shared name, a title or a word of four letters is
/// no reason to offer a merge.
pub fn same_point(a: &str, b: &str) -> bool {
    let (a, b) = (point_of(a), point_of(b));
    if a.negated != b.negated || a.words.is_empty() || b.words.is_empty() {
        return false;
    }
    if !a.names.is_empty() && !b.names.is_empty() && !a.names.iter().any(|n| b.names.contains(n)) {
        return false;
    }
    let shared = a.words.iter().filter(|w| b.words.contains(w)).count();
    let all = a.words.len() + b.words.len() - shared;
    shared * 5 >= all * 3
}

impl Board {
    /// The item already on the board that a prepared `item` repeats: same circle, same
    /// marker, saying the same thing ([`same_point`]). The chair decides; this only offers.
    pub fn similar_to(&self, item: ItemId) -> Option<ItemId> {
        let circle = self
            .circles
            .iter()
            .find(|c| c.items.iter().any(|i| i.id == item))?;
        let waiting = circle.items.iter().find(|i| i.id == item)?;
        circle
            .items
            .iter()
            .filter(|other| other.id != item && !other.prepared && other.kind == waiting.kind)
            .find(|other| same_point(&waiting.text, &other.text))
            .map(|other| other.id)
    }
}

/// An answer and the recent example given with it, as the sheets ask: "Leest graag, bijv.
/// gisteren een heel boek over haaien" is the point "Leest graag" with its example.
pub fn split_example(text: &str) -> (String, Option<String>) {
    const MARKERS: [&str; 7] = [
        "bijvoorbeeld",
        "bijv.",
        "bv.",
        "voorbeeld:",
        "e.g.",
        "for example",
        "for instance",
    ];
    let lower = text.to_lowercase();
    let found = MARKERS
        .iter()
        .filter_map(|marker| {
            lower
                .match_indices(marker)
                .find(|(at, _)| {
                    // A marker begins a word: "bijv." in "Heeft bijv. moeite", not "inbv.".
                    *at > 0 && !lower[..*at].ends_with(char::is_alphanumeric)
                })
                .map(|(at, _)| (at, marker.len()))
        })
        .min();
    let Some((at, length)) = found else {
        return (text.trim().to_owned(), None);
    };
    let (Some(point), Some(example)) = (text.get(..at), text.get(at + length..)) else {
        return (text.trim().to_owned(), None);
    };
    let point = point.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–(".contains(c));
    let example = example
        .trim_start_matches(|c: char| c.is_whitespace() || c == ':')
        .trim_end_matches(|c: char| c.is_whitespace() || c == ')');
    if point.is_empty() || example.is_empty() {
        return (text.trim().to_owned(), None);
    }
    (point.to_owned(), Some(example.to_owned()))
}

/// `text` added to a field of free text, after what it holds, and counted in `taken`:
/// new, known already (the field says it), or left out (the field is full).
fn add_to(field: &mut String, text: &str, taken: &mut TakenIn) {
    let text = text.trim();
    let lower = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    if field.chars().count() + text.chars().count() > super::limits::MAX_TEXT_CHARS {
        taken.left_out += 1;
    } else if text.is_empty() || lower(field).contains(&lower(text)) {
        taken.already += 1;
    } else {
        if field.trim().is_empty() {
            *field = text.to_owned();
        } else {
            *field = format!("{} {text}", field.trim_end());
        }
        taken.referral += 1;
    }
}

impl Meeting {
    /// Adds what `preparation` says: items to their circle (the child's when the circle is
    /// gone from the board), prepared and named; questions to box 1, asked by the person.
    pub fn take_in(&mut self, preparation: &Preparation) -> TakenIn {
        let mut taken = TakenIn::default();
        let by = preparation.by.trim();
        // What this person brought in before is looked up, not searched for each answer:
        // a sheet of many thousand rows reads in time in proportion to its length.
        let mut known_items: HashSet<(CircleId, ItemKind, Vec<String>)> = self
            .board
            .circles
            .iter()
            .flat_map(|c| {
                c.items
                    .iter()
                    .filter(|i| i.said_by.as_deref() == Some(by))
                    .map(move |i| (c.id, i.kind, words(&i.text)))
            })
            .collect();
        let mut known_questions: HashMap<(Vec<String>, Vec<String>), usize> = self
            .questions
            .iter()
            .enumerate()
            .map(|(at, q)| ((words(&q.asked_by), words(&q.question)), at))
            .collect();
        let mut ids = FreshIds::of(&self.board);
        for answer in &preparation.answers {
            if answer.text().chars().count() > super::limits::MAX_TEXT_CHARS {
                // An answer longer than a text may be is not cut short behind the chair's
                // back: it is left out, and said.
                taken.left_out += 1;
                continue;
            }
            match answer {
                Said::Item { circle, kind, text } => {
                    let board = &mut self.board;
                    let Some(target) = board
                        .circles
                        .iter()
                        .find(|c| c.kind == *circle)
                        .or_else(|| board.circles.first())
                        .map(|c| c.id)
                    else {
                        continue;
                    };
                    if !known_items.insert((target, *kind, words(text))) {
                        taken.already += 1;
                        continue;
                    }
                    let (point, example) = split_example(text);
                    match board.add_item_as(ids.next(), target, *kind, &point) {
                        Some(id) => {
                            if let Some(item) = board.item_mut(id) {
                                item.said_by = Some(by.to_owned());
                                item.said_words = Some(text.clone());
                                item.example = example;
                                item.childs_words = preparation.childs_own;
                                item.prepared = true;
                            }
                            taken.items += 1;
                        }
                        // The circle is full: what does not fit is said, not lost silently.
                        None => taken.left_out += 1,
                    }
                }
                Said::Question(text) | Said::Decision(text) => {
                    let decision = matches!(answer, Said::Decision(_));
                    let key = (words(by), words(text));
                    if let Some(known) = known_questions
                        .get(&key)
                        .and_then(|&at| self.questions.get_mut(at))
                    {
                        known.decision_needed |= decision;
                        taken.already += 1;
                    } else if self.questions.len() >= super::limits::MAX_ROWS {
                        taken.left_out += 1;
                    } else {
                        known_questions.insert(key, self.questions.len());
                        self.questions.push(Question {
                            asked_by: by.to_owned(),
                            question: text.clone(),
                            decision_needed: decision,
                            ..Question::default()
                        });
                        taken.questions += 1;
                    }
                }
                Said::Outcome(text) => {
                    add_to(&mut self.intended_outcome, text, &mut taken);
                }
                Said::Reason(text) => {
                    add_to(&mut self.referral.reason, text, &mut taken);
                    self.referral.by = by.to_owned();
                }
                Said::ReferredOn(text) => {
                    add_to(&mut self.referral.when, text, &mut taken);
                    self.referral.by = by.to_owned();
                }
            }
        }
        // The meeting's goals now come from the referral: the guide's point is done.
        if taken.referral > 0
            || preparation
                .answers
                .iter()
                .any(|a| matches!(a, Said::Decision(_)))
        {
            self.guide
                .set_ticked(super::ChecklistPoint("prep.goals"), true);
        }
        taken
    }

    /// The people whose prepared items wait for the chair, in the order they came in.
    pub fn prepared_by(&self) -> Vec<String> {
        let mut people: Vec<String> = Vec::new();
        for item in self.board.items().filter(|item| item.prepared) {
            let by = item.said_by.clone().unwrap_or_default();
            if !people.contains(&by) {
                people.push(by);
            }
        }
        people
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Preparation {
        Preparation {
            by: "Fatima El Amrani".to_owned(),
            answers: vec![
                Said::Item {
                    circle: CircleKind::Home,
                    kind: ItemKind::GoingWell,
                    text: "We lezen elke avond samen".to_owned(),
                },
                Said::Item {
                    circle: CircleKind::Child,
                    kind: ItemKind::MustImprove,
                    text: "Hij zegt dat lezen stom is".to_owned(),
                },
                Said::Question("Krijgt hij extra tijd bij toetsen?".to_owned()),
            ],
            childs_own: false,
        }
    }

    #[test]
    fn every_answer_lands_in_its_place_named_and_prepared() {
        let mut meeting = Meeting::default();
        let taken = meeting.take_in(&sheet());
        assert_eq!((taken.items, taken.questions, taken.already), (2, 1, 0));
        let home = meeting
            .board
            .circles
            .iter()
            .find(|c| c.kind == CircleKind::Home)
            .unwrap();
        let item = &home.items[0];
        assert_eq!(item.text, "We lezen elke avond samen");
        assert_eq!(item.kind, ItemKind::GoingWell);
        assert_eq!(item.said_by.as_deref(), Some("Fatima El Amrani"));
        assert!(item.prepared);
        assert_eq!(meeting.questions[0].asked_by, "Fatima El Amrani");
        assert_eq!(meeting.prepared_by(), vec!["Fatima El Amrani".to_owned()]);
    }

    #[test]
    fn a_sheet_read_twice_adds_nothing_twice_but_another_person_saying_it_counts() {
        let mut meeting = Meeting::default();
        meeting.take_in(&sheet());
        let mut again = sheet();
        // Word changed the spacing and a capital on the way.
        again.answers[0] = Said::Item {
            circle: CircleKind::Home,
            kind: ItemKind::GoingWell,
            text: "we lezen  elke avond samen ".to_owned(),
        };
        let taken = meeting.take_in(&again);
        assert_eq!((taken.items, taken.questions, taken.already), (0, 0, 3));
        again.by = "Sanne Mulder".to_owned();
        let taken = meeting.take_in(&again);
        assert_eq!((taken.items, taken.questions), (2, 1));
        assert_eq!(meeting.board.item_count(), 4);
    }

    #[test]
    fn an_answer_keeps_its_example_apart() {
        for (text, point, example) in [
            (
                "Leest graag, bijv. gisteren een heel boek over haaien",
                "Leest graag",
                Some("gisteren een heel boek over haaien"),
            ),
            (
                "Ruzie na de pauze (bijvoorbeeld maandag om het voetbal)",
                "Ruzie na de pauze",
                Some("maandag om het voetbal"),
            ),
            (
                "Helpt thuis mee. Voorbeeld: kookte zondag",
                "Helpt thuis mee.",
                Some("kookte zondag"),
            ),
            (
                "Reads at night, e.g. a comic on Friday",
                "Reads at night",
                Some("a comic on Friday"),
            ),
            ("Leest graag", "Leest graag", None),
            ("bijv. iets", "bijv. iets", None),
            ("Heeft moeite, bijv.", "Heeft moeite, bijv.", None),
        ] {
            assert_eq!(
                split_example(text),
                (point.to_owned(), example.map(str::to_owned)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_merge_is_offered_only_where_two_items_say_the_same() {
        for (a, b) in [
            ("Leest graag", "Hij leest graag"),
            (
                "Huiswerk eindigt vaak in ruzie",
                "Het huiswerk eindigt in ruzie",
            ),
            ("Slaapt slecht", "Hij slaapt slecht"),
            (
                "Weinig vrienden in de klas",
                "Heeft weinig vrienden in de klas",
            ),
            ("Rustig na de pauze", "Na de pauze rustig"),
            ("Moeite met rekenen", "Rekenen kost moeite"),
            ("Is snel afgeleid", "Snel afgeleid in de klas"),
            ("Gaat graag naar school", "Gaat graag naar school!"),
            ("Zoë speelt graag buiten", "Zoe speelt graag buiten"),
            ("VOETBAL op zaterdag", "voetbal op zaterdag"),
            ("Lezen vindt hij stom", "Hij zegt dat lezen stom is"),
            ("Speelt met Fleur", "Hij speelt met Fleur"),
        ] {
            assert!(same_point(a, b), "must merge: {a} / {b}");
            assert!(same_point(b, a), "must merge: {b} / {a}");
        }
        for (a, b) in [
            (
                "Meester Tom is geduldig met haar",
                "Spelen met Fleur en meester Tom",
            ),
            ("Leest graag", "Leest niet graag"),
            ("Rekenen gaat goed", "Lezen gaat goed"),
            ("Speelt met Fleur", "Speelt met Noor"),
            ("Huiswerk thuis", "Huiswerk op school"),
            ("Moeite met lezen", "Moeite met rekenen"),
            ("Boos na de pauze", "Blij na de pauze"),
            ("Juf Sanne helpt hem", "Juf Sanne is streng"),
            ("Gaat graag naar school", "Gaat niet graag naar school"),
            ("Kan goed tekenen", "Kan goed rekenen"),
            ("Daan", "Daan leest"),
            ("Leest graag over dieren en vogels", "Leest"),
        ] {
            assert!(!same_point(a, b), "must not merge: {a} / {b}");
            assert!(!same_point(b, a), "must not merge: {b} / {a}");
        }
    }

    #[test]
    fn a_prepared_item_is_offered_the_boards_item_it_repeats_and_merges_into_it() {
        let mut meeting = Meeting::default();
        let child = meeting.board.circles[0].id;
        let known = meeting
            .board
            .add_item(child, ItemKind::MustImprove, "Lezen vindt hij stom")
            .unwrap();
        let other = meeting
            .board
            .add_item(child, ItemKind::MustImprove, "Rekenen gaat traag")
            .unwrap();
        meeting.take_in(&sheet());
        let waiting = meeting
            .board
            .items()
            .find(|i| i.prepared && i.kind == ItemKind::MustImprove)
            .unwrap()
            .id;
        assert_eq!(meeting.board.similar_to(waiting), Some(known));
        // Not what another marker or another circle says, nor what shares a word or two.
        assert_eq!(meeting.board.similar_to(other), None);
        let home = meeting
            .board
            .items()
            .find(|i| i.prepared && i.kind == ItemKind::GoingWell);
        assert_eq!(meeting.board.similar_to(home.unwrap().id), None);

        let before = meeting.board.item_count();
        let merge = crate::model::BoardEdit::MergePrepared {
            item: waiting,
            into: known,
        };
        assert!(meeting.board.apply(merge.clone()).is_some());
        assert_eq!(meeting.board.item_count(), before - 1);
        let merged = meeting.board.item(known).unwrap();
        assert_eq!(merged.text, "Lezen vindt hij stom");
        assert_eq!(merged.also_said_by, vec!["Fatima El Amrani".to_owned()]);
        // Once only; an item that no longer waits does not merge.
        assert!(meeting.board.apply(merge).is_none());
        let kept = crate::model::BoardEdit::MergePrepared {
            item: other,
            into: known,
        };
        assert!(meeting.board.apply(kept).is_none());
    }

    #[test]
    fn the_same_words_in_two_circles_are_two_answers() {
        let mut meeting = Meeting::default();
        let said = |circle| Said::Item {
            circle,
            kind: ItemKind::GoingWell,
            text: "Er is rust".to_owned(),
        };
        let taken = meeting.take_in(&Preparation {
            by: "Sanne Mulder".to_owned(),
            answers: vec![said(CircleKind::School), said(CircleKind::Home)],
            childs_own: false,
        });
        assert_eq!((taken.items, taken.already), (2, 0));
    }
}
