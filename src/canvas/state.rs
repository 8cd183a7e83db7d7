//! What the board view remembers between frames: selection, editing, zoom and pan. None of
//! this is part of the case.

use std::collections::HashMap;

use egui::Vec2;

use crate::model::{ArrowId, CircleId, ItemId, ItemKind};

/// What is selected on the board.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    #[default]
    None,
    Item(ItemId),
    Circle(CircleId),
    Arrow(ArrowId),
}

/// The quick-entry field of one circle.
#[derive(Clone, Debug, PartialEq)]
pub struct QuickEntry {
    pub text: String,
    pub kind: ItemKind,
}

impl Default for QuickEntry {
    fn default() -> Self {
        Self {
            text: String::new(),
            kind: ItemKind::GoingWell,
        }
    }
}

/// The board's view state.
#[derive(Clone, Debug)]
pub struct BoardState {
    pub selection: Selection,
    /// The item being edited in place, with the text typed so far.
    pub editing: Option<(ItemId, String)>,
    pub quick: HashMap<CircleId, QuickEntry>,
    /// Circles cannot be moved or resized while locked, so a slip of the hand moves nothing.
    pub locked: bool,
    /// Drawing an arrow: the circle it starts from, once chosen.
    pub arrow_from: Option<CircleId>,
    pub drawing_arrow: bool,
    /// 1 shows the whole board; more zooms in.
    pub zoom: f32,
    /// Offset of the board from its fitted place, in screen points.
    pub pan: Vec2,
    /// An item being dragged, to drop in a circle.
    pub dragging: Option<ItemId>,
    /// Text typed for a selected circle's title or arrow's note, until it is committed.
    pub circle_title: Option<(CircleId, String)>,
    pub arrow_note: Option<(ArrowId, String)>,
    /// A new arrow's note takes the keyboard, and its editor comes into view, when next drawn.
    pub note_wanted: bool,
    /// An arrow chosen from the lists: from and to.
    pub new_arrow: (Option<CircleId>, Option<CircleId>),
    /// The title typed for a new circle.
    pub new_circle: String,
    /// A circle whose quick entry should take the keyboard on the next frame (Ctrl+1…9).
    pub focus_quick: Option<CircleId>,
    /// A crowded circle opened from its "+N meer" to show every item.
    pub open_circle: Option<CircleId>,
}

impl Default for BoardState {
    fn default() -> Self {
        Self {
            selection: Selection::None,
            editing: None,
            quick: HashMap::new(),
            locked: true,
            arrow_from: None,
            drawing_arrow: false,
            zoom: 1.0,
            pan: Vec2::ZERO,
            dragging: None,
            circle_title: None,
            arrow_note: None,
            note_wanted: false,
            new_arrow: (None, None),
            new_circle: String::new(),
            focus_quick: None,
            open_circle: None,
        }
    }
}

impl BoardState {
    pub const MIN_ZOOM: f32 = 0.5;
    pub const MAX_ZOOM: f32 = 6.0;

    pub fn zoom_by(&mut self, factor: f32) {
        if factor.is_finite() && factor > 0.0 {
            self.zoom = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        }
    }

    /// Back to the whole board, fitted to the screen.
    pub fn fit(&mut self) {
        self.zoom = 1.0;
        self.pan = Vec2::ZERO;
    }

    pub fn quick_mut(&mut self, circle: CircleId) -> &mut QuickEntry {
        self.quick.entry(circle).or_default()
    }
}
