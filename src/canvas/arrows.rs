//! Arrows on the canvas: drawn from circle to circle, picked, and the outline of what is picked.

use super::{BoardState, BoardView, Selection};
use crate::i18n::{Texts, fill};
use crate::layout::BoardLayout;
use crate::model::Meeting;
use crate::names::spiral_name;
use crate::theme;
use egui::{Pos2, Rect, Sense, Stroke, Vec2, WidgetInfo};

pub(super) fn arrows_ui(
    ui: &egui::Ui,
    board: &egui::Response,
    view: &BoardView,
    layout: &BoardLayout,
    meeting: &Meeting,
    t: &Texts,
    state: &mut BoardState,
) {
    for arrow in &layout.arrows {
        let Some(model) = meeting.board.arrows.iter().find(|a| a.id == arrow.id) else {
            continue;
        };
        let title_of = |id| {
            layout
                .circles
                .iter()
                .find(|c| c.id == id)
                .map_or_else(String::new, |c| c.title.clone())
        };
        let name = || {
            fill(
                t.arrow_name,
                &[
                    ("from", &title_of(model.from)),
                    ("to", &title_of(model.to)),
                    ("spiral", &spiral_name(arrow.spiral, t)),
                    ("note", &model.note),
                ],
            )
        };
        // A finger-sized target around the arrow's icon.
        let size = Vec2::splat((2.0 * arrow.icon_radius_mm * view.points_per_mm()).max(28.0));
        let rect = Rect::from_center_size(view.pos(arrow.icon_center), size);
        let node = ui.interact(rect, board.id.with(("arrow", arrow.id)), Sense::click());
        node.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, name()));
        if node.clicked() || node.gained_focus() {
            state.selection = Selection::Arrow(arrow.id);
        }
    }
}

/// A ring around what is selected.
pub(super) fn selection_outline(
    painter: &egui::Painter,
    view: &BoardView,
    layout: &BoardLayout,
    state: &BoardState,
) {
    let stroke = Stroke::new(3.0, theme::BLUE.to_egui());
    match state.selection {
        Selection::None => {}
        Selection::Item(id) => {
            if let Some(item) = layout
                .circles
                .iter()
                .flat_map(|c| c.items[..c.fits].iter())
                .find(|i| i.id == id)
            {
                painter.rect_stroke(
                    view.rect(item.bounds).expand(2.0),
                    3.0,
                    stroke,
                    egui::StrokeKind::Outside,
                );
            }
        }
        Selection::Circle(id) => {
            if let Some(circle) = layout.circles.iter().find(|c| c.id == id) {
                painter.circle_stroke(
                    view.pos(circle.center),
                    circle.radius_mm * view.points_per_mm() + 4.0,
                    stroke,
                );
            }
        }
        Selection::Arrow(id) => {
            if let Some(arrow) = layout.arrows.iter().find(|a| a.id == id) {
                painter.circle_stroke(
                    view.pos(arrow.icon_center),
                    arrow.icon_radius_mm * view.points_per_mm() + 4.0,
                    stroke,
                );
            }
        }
    }
}

/// While drawing an arrow: a line from the chosen circle to the pointer.
pub(super) fn arrow_hint(
    painter: &egui::Painter,
    view: &BoardView,
    layout: &BoardLayout,
    state: &BoardState,
    pointer: Option<Pos2>,
) {
    let from = state
        .arrow_from
        .and_then(|id| layout.circles.iter().find(|c| c.id == id));
    if let (Some(from), Some(pointer)) = (from, pointer) {
        let stroke = Stroke::new(3.0, theme::BLUE.to_egui());
        painter.line_segment([view.pos(from.center), pointer], stroke);
    }
}
