//! Arrows between circles: from edge to edge, pairs side by side, each note beside its
//! arrow.

use super::text::{Align, LINE_HEIGHT, place_lines, wrap};
use super::{ArrowLayout, NOTE_TEXT_MM, NOTE_WIDTH_MM};
use crate::fonts::{FontMetrics, Weight};
use crate::model::{Meeting, PosMm};

pub(super) fn arrow_layouts(
    meeting: &Meeting,
    metrics: &FontMetrics,
    floor: f32,
) -> Vec<ArrowLayout> {
    let note_size = NOTE_TEXT_MM.max(floor);
    let board = &meeting.board;
    board
        .arrows
        .iter()
        .filter_map(|arrow| {
            let from = board.circle(arrow.from)?;
            let to = board.circle(arrow.to)?;
            let (dx, dy) = (to.center.x - from.center.x, to.center.y - from.center.y);
            let length = dx.hypot(dy);
            if length <= from.radius_mm + to.radius_mm || length == 0.0 {
                return None;
            }
            let (ux, uy) = (dx / length, dy / length);
            // Two arrows between the same pair run side by side instead of on top.
            let has_reverse = board
                .arrows
                .iter()
                .any(|other| other.from == arrow.to && other.to == arrow.from);
            let offset = if has_reverse { 3.5 } else { 0.0 };
            let (nx, ny) = (-uy * offset, ux * offset);
            let gap = 1.5;
            let start = PosMm::new(
                from.center.x + ux * (from.radius_mm + gap) + nx,
                from.center.y + uy * (from.radius_mm + gap) + ny,
            );
            let end = PosMm::new(
                to.center.x - ux * (to.radius_mm + gap) + nx,
                to.center.y - uy * (to.radius_mm + gap) + ny,
            );
            let icon_center = PosMm::new((start.x + end.x) / 2.0, (start.y + end.y) / 2.0);
            let icon_radius_mm = 3.0;
            // The note sits beside the arrow, on the side its offset points to.
            let side = if offset > 0.0 { 1.0 } else { -1.0 };
            let (px, py) = (-uy * side, ux * side);
            let wrapped = wrap(
                &arrow.note,
                NOTE_WIDTH_MM,
                note_size,
                Weight::Regular,
                metrics,
            );
            let height = wrapped.len() as f32 * note_size * LINE_HEIGHT;
            let away = icon_radius_mm + 1.5;
            let anchor = PosMm::new(icon_center.x + px * away, icon_center.y + py * away);
            // Grow the note away from the arrow: upwards when the side points up.
            let top = if py < -0.3 {
                anchor.y - height
            } else if py > 0.3 {
                anchor.y
            } else {
                anchor.y - height / 2.0
            };
            let align = if px > 0.3 {
                Align::Left
            } else if px < -0.3 {
                Align::Right
            } else {
                Align::Center
            };
            let note_lines = place_lines(
                &wrapped,
                PosMm::new(anchor.x, top),
                note_size,
                Weight::Regular,
                align,
                metrics,
            );
            Some(ArrowLayout {
                id: arrow.id,
                spiral: arrow.spiral,
                start,
                end,
                icon_center,
                icon_radius_mm,
                note_lines,
            })
        })
        .collect()
}
