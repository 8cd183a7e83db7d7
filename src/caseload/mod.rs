//! The chair's caseload between meetings: every case in a folder, what is due, what runs
//! late, when we meet again; and the same as a calendar.

mod calendar;
mod folder;
mod summary;
mod table;

pub use calendar::{CalendarNames, calendar};
pub use folder::{
    FileState, Listed, ReadOptions, case_files, read_bytes, read_folder, read_one, sort_by_urgency,
};
pub use summary::{CaseSummary, DUE_SOON_DAYS, Direction, Due, GoalScore};
pub use table::{json, state_text, table};
