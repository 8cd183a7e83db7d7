use serde::{Deserialize, Serialize};

use super::{Agreement, Board, Date, GuideProgress, ItemId, NextMeeting, Time};

/// One case meeting (MDO): who was there, what they asked, the board, and what was agreed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Meeting {
    pub date: Date,
    /// Planned start of the time box.
    pub start: Option<Time>,
    /// Planned end of the time box.
    pub planned_end: Option<Time>,
    /// What the meeting must have produced by its end ("at 16:00 we will have …").
    pub intended_outcome: String,
    /// Who referred the child to this meeting, when and why (the aanmeldformulier).
    #[serde(skip_serializing_if = "Referral::is_empty")]
    pub referral: Referral,
    /// Why everyone is here, said together at the start ("we are all here because …").
    pub shared_interest: String,
    /// When the chair started the meeting clock.
    pub clock_started: Option<Time>,
    pub chair: String,
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub participants: Vec<Participant>,
    /// Process goals: the questions of those present, and whether a decision is needed.
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub questions: Vec<Question>,
    pub board: Board,
    /// Insight: how the circles affect each other and what explains what goes well or not.
    pub insight: String,
    /// Content goals for the child, school and home (uitzicht).
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub goals: Vec<Goal>,
    /// What must still be found out when goals cannot be set yet.
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub inquiries: Vec<Inquiry>,
    /// Educational and parenting needs ("heeft nodig …").
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub needs: Vec<Need>,
    /// What teacher, IB/zoco and parents need to offer what the child needs.
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub support_needs: Vec<SupportNeed>,
    /// The arrangement in a few sentences.
    pub summary: String,
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub agreements: Vec<Agreement>,
    pub evaluation: Evaluation,
    /// When the next meeting is, as agreed at the close of this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<NextMeeting>,
    pub guide: GuideProgress,
}

impl Default for Meeting {
    fn default() -> Self {
        Self::new(jiff::civil::Date::default())
    }
}

impl Meeting {
    /// An empty meeting on `date` with the method's three circles on its board.
    pub fn new(date: Date) -> Self {
        Self {
            date,
            start: None,
            planned_end: None,
            intended_outcome: String::new(),
            referral: Referral::default(),
            shared_interest: String::new(),
            clock_started: None,
            chair: String::new(),
            participants: Vec::new(),
            questions: Vec::new(),
            board: Board::default(),
            insight: String::new(),
            goals: Vec::new(),
            inquiries: Vec::new(),
            needs: Vec::new(),
            support_needs: Vec::new(),
            summary: String::new(),
            agreements: Vec::new(),
            evaluation: Evaluation::default(),
            next: None,
            guide: GuideProgress::default(),
        }
    }
}

/// The referral that led to the meeting: who made it, when, and why now. Its questions
/// and decisions are in box 1, what the meeting must deliver is its intended outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Referral {
    pub by: String,
    /// When, as written on the form ("12 november", "na de herfstvakantie").
    pub when: String,
    pub reason: String,
}

impl Referral {
    pub fn is_empty(&self) -> bool {
        [&self.by, &self.when, &self.reason]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

/// Someone at the table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Participant {
    pub name: String,
    /// Their role in this case, e.g. "moeder", "leerkracht", "jeugdconsulent".
    pub role: String,
    pub organisation: String,
    pub present: bool,
}

impl Default for Participant {
    fn default() -> Self {
        Self {
            name: String::new(),
            role: String::new(),
            organisation: String::new(),
            present: true,
        }
    }
}

/// A question someone brings to the meeting: a process goal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Question {
    pub asked_by: String,
    pub question: String,
    pub why: String,
    pub decision_needed: bool,
    /// Ticked at the evaluation.
    pub answered: bool,
    /// The decision the meeting took on a question that needed one, and who took it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decided: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub decided_by: String,
}

/// Whose goal or need it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Area {
    #[default]
    Child,
    School,
    Home,
    Other,
}

impl Area {
    pub const ALL: [Self; 4] = [Self::Child, Self::School, Self::Home, Self::Other];
}

/// Stable identity of a goal, so that its scores can be followed over meetings.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct GoalId(pub u32);

/// A content goal: what we aim for, for the child, at school or at home.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    pub id: GoalId,
    pub area: Area,
    pub text: String,
    /// Where things stand on a scale of 0 to 10 at this meeting.
    pub score: Option<u8>,
    /// The ↑ item on the board this goal is; edit one and the other follows.
    pub item: Option<ItemId>,
    /// The + items of the board it builds on.
    pub builds_on: Vec<ItemId>,
    /// The − items of the board it changes or compensates.
    pub changes: Vec<ItemId>,
}

/// Something to find out before goals can be set: what, why, and who does it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Inquiry {
    pub what: String,
    pub why: String,
    pub who: String,
}

/// An educational or parenting need: "heeft nodig …".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Need {
    pub area: Area,
    pub text: String,
    /// The goal this need serves.
    pub goal: Option<GoalId>,
    /// The − item of the board this need answers, shown beside it while it is phrased.
    /// Written only when there is one, so files without it stay as they were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<ItemId>,
}

/// Whose support need it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SupportFor {
    /// Leerkracht or mentor.
    #[default]
    Teacher,
    /// Intern begeleider or zorgcoördinator.
    IbZoco,
    Parents,
    Other,
}

impl SupportFor {
    pub const ALL: [Self; 4] = [Self::Teacher, Self::IbZoco, Self::Parents, Self::Other];
}

/// What an adult needs to give the child what it needs, made concrete.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SupportNeed {
    pub of: SupportFor,
    /// What exactly.
    pub what: String,
    pub how_often: String,
    pub when: String,
    pub how: String,
    /// The goal this support serves.
    pub goal: Option<GoalId>,
}

/// The look back at the meeting itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    pub goals_met: Option<bool>,
    pub questions_answered: Option<bool>,
    /// Was the meeting pleasant and useful?
    pub pleasant_useful: Option<bool>,
    pub notes: String,
    /// A top (do again) and a tip (do differently, and how) from each participant.
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>")]
    pub feedback: Vec<Feedback>,
    /// What someone said they value in what another does for the child, said aloud at the
    /// start as the method asks.
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_ROWS }>"
    )]
    pub appreciations: Vec<Appreciation>,
}

/// Appreciation said aloud: who to whom, in one line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Appreciation {
    pub from: String,
    pub to: String,
    pub what: String,
}

/// One participant's top and tip.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Feedback {
    pub participant: String,
    pub top: String,
    pub tip: String,
}
