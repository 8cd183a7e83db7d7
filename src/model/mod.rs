//! The domain: a case about one child and its meetings. No UI, no PDF, no file format here.

mod agreement;
mod board;
mod case;
mod chain;
mod changes;
pub mod clock;
mod edit;
mod follow_up;
mod guide;
pub mod limits;
mod meeting;
mod placing;
mod planning;
mod preparation;
mod texts;
pub use texts::clean_text;

pub use agreement::{
    Agreement, AgreementId, AgreementStatus, Review, ReviewDecision, ReviewOutcome, Wording,
};
pub use board::{
    Arrow, ArrowId, BOARD_HEIGHT_MM, BOARD_WIDTH_MM, Board, Circle, CircleId, CircleKind, Item,
    ItemId, ItemKind, PosMm, Spiral, next_id,
};
pub use case::{Case, CaseTotals, GoalTrack, Limited, OverLimit};
pub use chain::{Adults, Chain, Gap, ItemMark};
pub use changes::{Changes, GoalChange, PlacedItem, changes};
pub use edit::{BoardEdit, Created, kind_from_prefix};
pub use guide::{ChecklistPoint, GuideProgress, GuideStep};
pub use meeting::{
    Appreciation, Area, Evaluation, Feedback, Goal, GoalId, Inquiry, Meeting, Need, Participant,
    Question, Referral, SupportFor, SupportNeed,
};
pub use placing::{MAX_RADIUS_MM, MIN_RADIUS_MM};
pub use planning::{NextMeeting, date_in_text, suggested_next_meeting};
pub use preparation::{Preparation, Said, TakenIn};

/// A calendar date without a time zone, as a meeting is planned.
pub type Date = jiff::civil::Date;
/// A time of day, as in "we end at 16:00".
pub type Time = jiff::civil::Time;
