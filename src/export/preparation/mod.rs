//! Preparation sheets: a Word document per participant (and one in the child's own words)
//! with the questions of the meeting as the rows of tables whose right cells are empty, and
//! the same sheet read back once it is filled in, in Word, LibreOffice, Google Docs or by
//! hand and typed over. Writing ([`write`]) and reading ([`read`]) share the one list of
//! questions here, so a sheet reads back whatever its language or role.

mod read;
mod write;

pub use read::{
    MAX_SHEET_BYTES, ReadError, Reading, Unreadable, read_message, read_preparation,
    read_preparation_with, sheet_bytes,
};
pub use write::preparation_docx;

use crate::i18n::{EN, NL, Texts};
use crate::model::{Case, CircleKind, ItemKind};

/// Whom a sheet is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SheetFor {
    /// The participant at this index of the meeting.
    Participant(usize),
    /// The child, in their own words.
    Child,
    /// The referral (aanmeldformulier): who refers the child, why now, the questions and
    /// decisions for the meeting and what it must deliver.
    Referral,
}

impl SheetFor {
    /// Whom the sheet is for, as part of its file name ("voorbereiding-fatima-el-amrani",
    /// "voorbereiding-kind"), so that each person's sheet keeps its own file.
    pub fn file_word(self, meeting: &crate::model::Meeting, t: &Texts) -> String {
        let whom = match self {
            Self::Child => t.file_word_child.to_owned(),
            Self::Referral => return t.file_word_referral.to_owned(),
            Self::Participant(index) => meeting
                .participants
                .get(index)
                .map(|p| crate::storage::file_name_part(&p.name))
                .filter(|part| !part.is_empty())
                .unwrap_or_else(|| (index + 1).to_string()),
        };
        format!("{}-{whom}", t.file_word_preparation)
    }
}

/// What a participant's role asks of them besides the questions everyone gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Parent,
    Teacher,
    YouthWorker,
    /// Someone from the child's own network: a grandparent, a coach, a neighbour.
    Network,
    /// An expert by experience (ervaringsdeskundige).
    Experience,
    Other,
}

impl Role {
    /// The role as people write it in the participants' list ("moeder", "leerkracht groep
    /// 6", "jeugdconsulent").
    fn of(role: &str) -> Self {
        let role = role.to_lowercase();
        let any = |words: &[&str]| words.iter().any(|w| role.contains(w));
        if any(&[
            "moeder", "vader", "ouder", "verzorg", "parent", "mother", "father", "carer",
        ]) {
            Self::Parent
        } else if any(&[
            "leerkracht",
            "mentor",
            "docent",
            "juf",
            "meester",
            "teacher",
        ]) {
            Self::Teacher
        } else if any(&["jeugd", "wijkteam", "gezinscoach", "youth", "social"]) {
            Self::YouthWorker
        } else if any(&["ervaringsdeskundig", "expert by experience"]) {
            Self::Experience
        } else if any(&[
            "netwerk",
            "opa",
            "oma",
            "grootouder",
            "oom",
            "tante",
            "buur",
            "coach",
            "trainer",
            "network",
            "grand",
            "uncle",
            "aunt",
            "neighbour",
        ]) {
            Self::Network
        } else {
            Self::Other
        }
    }
}

/// Which questions a sheet asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// A participant's, with what their role adds.
    Adult(Role),
    /// The child's own, in short sentences.
    Child,
    Referral,
}

impl Form {
    const ALL: [Self; 8] = [
        Self::Adult(Role::Parent),
        Self::Adult(Role::Teacher),
        Self::Adult(Role::YouthWorker),
        Self::Adult(Role::Network),
        Self::Adult(Role::Experience),
        Self::Adult(Role::Other),
        Self::Child,
        Self::Referral,
    ];

    /// The questions `whom`'s sheet of `meeting` asks; `None` when no such participant.
    fn of(whom: SheetFor, meeting: &crate::model::Meeting) -> Option<Self> {
        Some(match whom {
            SheetFor::Participant(at) => Self::Adult(Role::of(&meeting.participants.get(at)?.role)),
            SheetFor::Child => Self::Child,
            SheetFor::Referral => Self::Referral,
        })
    }
}

/// Where an answer goes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    Item(CircleKind, ItemKind),
    /// Box 1.
    Question,
    /// Box 1, marked as needing a decision.
    Decision,
    /// The meeting's intended outcome.
    Outcome,
    /// Why the child is referred.
    Reason,
    /// When the child was referred.
    ReferredOn,
}

impl Target {
    /// An answer given to this target.
    fn said(&self, text: String) -> crate::model::Said {
        use crate::model::Said;
        match self {
            Self::Item(circle, kind) => Said::Item {
                circle: circle.clone(),
                kind: *kind,
                text,
            },
            Self::Question => Said::Question(text),
            Self::Decision => Said::Decision(text),
            Self::Outcome => Said::Outcome(text),
            Self::Reason => Said::Reason(text),
            Self::ReferredOn => Said::ReferredOn(text),
        }
    }
}

/// A part of a sheet: a heading and its questions.
struct Part {
    heading: String,
    rows: Vec<(&'static str, Target)>,
}

/// The parts of a sheet in the `form`, in `t`'s language.
fn parts(form: Form, t: &Texts) -> Vec<Part> {
    use ItemKind::{Goal, GoingWell, MustImprove, Question};
    let item = |circle: &CircleKind, kind| Target::Item(circle.clone(), kind);
    let role = match form {
        Form::Adult(role) => role,
        Form::Referral => {
            return vec![Part {
                heading: t.referral_part.to_owned(),
                rows: vec![
                    (t.referral_when, Target::ReferredOn),
                    (t.referral_reason, Target::Reason),
                    (t.referral_tried, item(&CircleKind::School, GoingWell)),
                    (t.referral_concerns, item(&CircleKind::Child, MustImprove)),
                    (t.referral_questions, Target::Question),
                    (t.referral_decisions, Target::Decision),
                    (t.referral_outcome, Target::Outcome),
                ],
            }];
        }
        Form::Child => {
            let (child, school, home) = (CircleKind::Child, CircleKind::School, CircleKind::Home);
            return vec![Part {
                heading: t.prep_child_part.to_owned(),
                rows: vec![
                    (t.prep_child_going_well, item(&child, GoingWell)),
                    (t.prep_child_hard, item(&child, MustImprove)),
                    (t.prep_child_wants, item(&child, Goal)),
                    (t.prep_child_school, item(&school, GoingWell)),
                    (t.prep_child_school_hard, item(&school, MustImprove)),
                    (t.prep_child_home, item(&home, GoingWell)),
                    (t.prep_child_ask, Target::Question),
                    (t.prep_child_draw, item(&child, Question)),
                ],
            }];
        }
    };
    let mut parts: Vec<Part> = [CircleKind::Child, CircleKind::School, CircleKind::Home]
        .iter()
        .map(|circle| {
            let (going_well, better, questions) = match circle {
                CircleKind::School => (
                    t.prep_school_going_well,
                    t.prep_school_better,
                    t.prep_school_questions,
                ),
                CircleKind::Home => (
                    t.prep_home_going_well,
                    t.prep_home_better,
                    t.prep_home_questions,
                ),
                _ => (
                    t.prep_child_going_well_adult,
                    t.prep_child_better_adult,
                    t.prep_child_questions_adult,
                ),
            };
            let mut rows = vec![
                (going_well, item(circle, GoingWell)),
                (better, item(circle, MustImprove)),
            ];
            let extra: &[(&'static str, ItemKind)] = match (circle, role) {
                (CircleKind::School, Role::Teacher) => &[(t.prep_teacher_works, GoingWell)],
                (CircleKind::Home, Role::Parent) => &[
                    (t.prep_parent_involvement, GoingWell),
                    (t.prep_parent_stimulating, GoingWell),
                    (t.prep_parent_follow_up, GoingWell),
                    (t.prep_parent_expectations, GoingWell),
                ],
                (CircleKind::Home, Role::YouthWorker) => &[
                    (t.prep_youth_context, GoingWell),
                    (t.prep_youth_strain, MustImprove),
                ],
                (CircleKind::Child, Role::Network) => &[(t.prep_network_together, GoingWell)],
                (CircleKind::Home, Role::Network) => &[(t.prep_network_help, GoingWell)],
                (CircleKind::Child, Role::Experience) => {
                    &[(t.prep_experience_recognise, GoingWell)]
                }
                (CircleKind::Home, Role::Experience) => &[(t.prep_experience_helped, Goal)],
                _ => &[],
            };
            rows.extend(
                extra
                    .iter()
                    .map(|(text, kind)| (*text, item(circle, *kind))),
            );
            rows.push((questions, item(circle, Question)));
            Part {
                heading: crate::names::circle_title(circle, t),
                rows,
            }
        })
        .collect();
    parts.push(Part {
        heading: t.prep_hope_heading.to_owned(),
        rows: vec![(t.prep_hope, Target::Question)],
    });
    parts
}

/// A text as a reader compares it: letters and digits only, in lower case, so that an
/// editor's spacing, dashes, capitals and split runs do not matter.
fn key_text(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every question any sheet asks, in either language, by its compared text.
fn all_prompts() -> Vec<(String, Target)> {
    let mut prompts = Vec::new();
    for t in [&NL, &EN] {
        for form in Form::ALL {
            for part in parts(form, t) {
                for (text, target) in part.rows {
                    prompts.push((key_text(text), target));
                }
            }
        }
    }
    prompts
}

/// Whom a sheet was made for, as its reference says: read in as theirs, whoever wrote a
/// name by "filled in by", and only with what their kind of sheet asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MadeFor {
    Child,
    Referral,
    /// A participant, by a hash of their name: the reference shows no name.
    Participant(u32),
    /// A sheet made before sheets said whom they were for.
    Unsaid,
}

impl MadeFor {
    const CHILD: &'static str = "K";
    const REFERRAL: &'static str = "A";

    fn of(whom: SheetFor, meeting: &crate::model::Meeting) -> Self {
        match whom {
            SheetFor::Child => Self::Child,
            SheetFor::Referral => Self::Referral,
            SheetFor::Participant(at) => Self::Participant(
                meeting
                    .participants
                    .get(at)
                    .map_or(0, |p| person_key(&p.name)),
            ),
        }
    }

    /// The reference's word for it.
    fn token(self) -> String {
        match self {
            Self::Child => Self::CHILD.to_owned(),
            Self::Referral => Self::REFERRAL.to_owned(),
            Self::Participant(key) => format!("P{key:08X}"),
            Self::Unsaid => String::new(),
        }
    }

    /// What a reference's word says; `None` for any other word.
    fn read(token: &str) -> Option<Self> {
        match token {
            Self::CHILD => Some(Self::Child),
            Self::REFERRAL => Some(Self::Referral),
            _ => {
                let hex = token.strip_prefix('P').filter(|hex| hex.len() == 8)?;
                u32::from_str_radix(hex, 16).ok().map(Self::Participant)
            }
        }
    }

    /// Whether an answer to `target` belongs on this kind of sheet: a parent's sheet adds
    /// no referral reasons, a child's none of the adults' questions.
    fn asks(self, target: &Target) -> bool {
        let forms: &[Form] = match self {
            Self::Child => &[Form::Child],
            Self::Referral => &[Form::Referral],
            Self::Participant(_) => &Form::ALL[..4],
            Self::Unsaid => &Form::ALL,
        };
        forms.iter().any(|form| {
            [&NL, &EN].into_iter().any(|t| {
                parts(*form, t)
                    .iter()
                    .any(|part| part.rows.iter().any(|(_, asked)| asked == target))
            })
        })
    }
}

/// A person's name as a number, the same however it is spaced or capitalised.
fn person_key(name: &str) -> u32 {
    // FNV-1a: stable across versions and platforms, unlike the standard library's hasher.
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key_text(name).bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// The reference that ties a sheet to its case, its meeting and whom it was made for.
fn sheet_reference(case: &Case, meeting: &crate::model::Meeting, whom: SheetFor) -> String {
    format!(
        "{} · {} · {}",
        case.id,
        meeting.date,
        MadeFor::of(whom, meeting).token()
    )
}

#[cfg(test)]
mod crafted;
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_read_as_people_write_them() {
        assert_eq!(Role::of("moeder"), Role::Parent);
        assert_eq!(Role::of("Leerkracht groep 6"), Role::Teacher);
        assert_eq!(Role::of("jeugdconsulent"), Role::YouthWorker);
        assert_eq!(Role::of("intern begeleider (voorzitter)"), Role::Other);
    }

    #[test]
    fn no_two_questions_read_alike_unless_they_go_to_the_same_place() {
        let prompts = all_prompts();
        for (i, (text, target)) in prompts.iter().enumerate() {
            for (other, other_target) in &prompts[i + 1..] {
                if text == other {
                    assert_eq!(target, other_target, "{text}");
                }
            }
        }
    }
}
