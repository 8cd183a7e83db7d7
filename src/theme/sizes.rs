//! Sizes and spacing of the interface, in egui points: the app is read from across a
//! meeting room and touched on a digibord, so everything is a little larger than egui's.

use egui::{Vec2, vec2};

/// egui's type sizes are multiplied by this.
pub const TEXT_SCALE: f32 = 1.25;
/// The height of buttons and fields: big enough for a finger on a digibord.
pub const TOUCH_TARGET: f32 = 30.0;
pub const BUTTON_PADDING: Vec2 = vec2(10.0, 6.0);

/// Space between small things in a row, between blocks, and from the window's edge.
pub const SPACE_SMALL: f32 = 4.0;
pub const SPACE: f32 = 8.0;
pub const GAP: f32 = 12.0;
/// Between the buttons of a row of scores, so that eleven fit a narrow panel.
pub const TIGHT: f32 = 2.0;

/// The guide on the left and the form panel on the right: default width and range.
pub const GUIDE_WIDTH: f32 = 340.0;
pub const GUIDE_WIDTH_RANGE: std::ops::RangeInclusive<f32> = 240.0..=520.0;
pub const SIDE_WIDTH: f32 = 460.0;
pub const SIDE_WIDTH_RANGE: std::ops::RangeInclusive<f32> = 320.0..=760.0;
/// The most of a window's width the guide and the form panel may take, so that a narrow
/// window (a small laptop, a window beside another) keeps a quarter for the board.
pub const GUIDE_SHARE: f32 = 0.3;
pub const SIDE_SHARE: f32 = 0.45;

/// A panel's width range `range` in a window `room` wide, taking at most `share` of it.
pub fn panel_range(
    range: std::ops::RangeInclusive<f32>,
    room: f32,
    share: f32,
) -> std::ops::RangeInclusive<f32> {
    let most = range.end().min(room * share).max(0.0);
    range.start().min(most)..=most
}

/// Below this window width the guide folds away for the analysis on the board.
pub const ROOMY_WIDTH: f32 = 1600.0;
/// A panel folded away: a strip just wide enough for the arrow that brings it back.
pub const FOLDED_PANEL: f32 = 44.0;
/// The legibility floor on a projector: no text with a capital smaller than 1/60 of the
/// screen height (12 points at 720p, 18 at 1080p), read from the back of a classroom.
pub const PROJECTOR_CAPITALS_PER_SCREEN: f32 = 60.0;
/// The capital height of the shipped face as a part of its type size.
pub const CAP_HEIGHT_PER_SIZE: f32 = 0.7;
/// Headings on the projector, against its body text.
pub const PROJECTOR_HEADING_SCALE: f32 = 1.3;
/// A projector view of text alone (people, goals, agreements) against the floor.
pub const PROJECTOR_VIEW_SCALE: f32 = 1.5;
/// The longest line on the projector, in type sizes: longer lines are hard to follow.
pub const PROJECTOR_LINE_EMS: f32 = 45.0;
/// The projector window when it opens: a common beamer's resolution.
pub const PROJECTOR_SIZE: [f32; 2] = [1280.0, 720.0];
/// The chair's window when the app starts, and the least it may be.
pub const WINDOW_SIZE: [f32; 2] = [1600.0, 900.0];
pub const WINDOW_MIN_SIZE: [f32; 2] = [800.0, 500.0];

/// Dialogs and menus with text: wide enough to read, narrow enough to take in at once.
pub const DIALOG_NARROW: f32 = 480.0;
pub const DIALOG_WIDTH: f32 = 560.0;
pub const DIALOG_WIDE: f32 = 640.0;
pub const MENU_WIDTH: f32 = 420.0;

/// Text fields in the forms: a word or two, a name, a phrase, a sentence, a paragraph.
pub const FIELD_SHORT: f32 = 110.0;
pub const FIELD_NAME: f32 = 130.0;
pub const FIELD_PHRASE: f32 = 180.0;
pub const FIELD_SENTENCE: f32 = 260.0;
pub const FIELD_LONG: f32 = 320.0;
/// A time of day, "15:30", with room to spare.
pub const TIME_FIELD: f32 = 70.0;
/// Room kept beside a goal's text for its row buttons, and the least the text gets.
pub const ROW_BUTTONS_ROOM: f32 = 130.0;
pub const FIELD_MIN: f32 = 120.0;

/// The agreements table: row and header height, column widths.
pub const TABLE_ROW: f32 = 32.0;
pub const TABLE_HEADER: f32 = 24.0;
pub const COLUMN_NARROW: f32 = 70.0;
pub const COLUMN: f32 = 80.0;
pub const COLUMN_STATUS: f32 = 90.0;
pub const COLUMN_BUTTONS: f32 = 96.0;
pub const COLUMN_MIN_TEXT: f32 = 100.0;

/// The goals' score chart: its size and its type.
pub const CHART_WIDTH: std::ops::RangeInclusive<f32> = 200.0..=560.0;
pub const CHART_HEIGHT: f32 = 170.0;
pub const CHART_TEXT: f32 = 12.0;
pub const CHART_NUMBER_TEXT: f32 = 13.0;
