//! What a participant said before the meeting, on their preparation sheet, and how it comes
//! into the meeting: each answer an item in its circle or a question in box 1, named by who
//! said it, and marked prepared until the chair takes it into the board.

use super::{CircleKind, ItemKind, Meeting, Question};

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
}

/// Everything one person said on their sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preparation {
    pub by: String,
    pub answers: Vec<Said>,
}

/// What reading a sheet added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TakenIn {
    pub items: usize,
    pub questions: usize,
    /// Answers the meeting had already, from this person: a sheet read twice adds nothing
    /// twice.
    pub already: usize,
}

/// Two texts are the same answer when they differ only in case and spacing.
fn same(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

impl Meeting {
    /// Adds what `preparation` says: items to their circle (the child's when the circle is
    /// gone from the board), prepared and named; questions to box 1, asked by the person.
    pub fn take_in(&mut self, preparation: &Preparation) -> TakenIn {
        let mut taken = TakenIn::default();
        let by = preparation.by.trim();
        for answer in &preparation.answers {
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
                    let known = board.circle(target).is_some_and(|c| {
                        c.items.iter().any(|item| {
                            item.kind == *kind
                                && same(&item.text, text)
                                && item.said_by.as_deref() == Some(by)
                        })
                    });
                    if known {
                        taken.already += 1;
                        continue;
                    }
                    if let Some(id) = board.add_item(target, *kind, text)
                        && let Some(item) = board.item_mut(id)
                    {
                        item.said_by = Some(by.to_owned());
                        item.prepared = true;
                        taken.items += 1;
                    }
                }
                Said::Question(text) => {
                    let known = self
                        .questions
                        .iter()
                        .any(|q| same(&q.question, text) && same(&q.asked_by, by));
                    if known {
                        taken.already += 1;
                        continue;
                    }
                    self.questions.push(Question {
                        asked_by: by.to_owned(),
                        question: text.clone(),
                        ..Question::default()
                    });
                    taken.questions += 1;
                }
            }
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
        });
        assert_eq!((taken.items, taken.already), (2, 0));
    }
}
