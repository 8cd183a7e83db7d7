//! Arrows between circles: from edge to edge, pairs side by side, each note beside its
//! arrow.

use super::text::{Align, LINE_HEIGHT, ending_in_ellipsis, place_lines, wrap};
use super::{ArrowLayout, NOTE_TEXT_MM, NOTE_WIDTH_MM, RectMm, TextLine};
use crate::fonts::{FontMetrics, Weight};
use crate::i18n::Texts;
use crate::model::PosMm;

/// The most lines a note takes beside its arrow.
const MAX_NOTE_LINES: usize = 4;
/// How much wider a note may be on a projector than on paper.
const PROJECTOR_NOTE_WIDER: f32 = 1.4;

pub(super) fn arrow_layouts(
    board: &crate::model::Board,
    (t, metrics): (&Texts, &FontMetrics),
    floor: super::LayoutOptions,
) -> Vec<ArrowLayout> {
    let note_size = NOTE_TEXT_MM.max(floor.floor_mm);
    // On a projector the type is larger and nothing continues elsewhere: a note may take
    // more room beside its arrow, where it is clear of everything else.
    let (note_width, max_lines) = if floor.projector {
        (NOTE_WIDTH_MM * PROJECTOR_NOTE_WIDER, MAX_NOTE_LINES + 2)
    } else {
        (NOTE_WIDTH_MM, MAX_NOTE_LINES)
    };
    // The widths a note tries, as shares of its own, before it is cut.
    let note_widths: &[f32] = if floor.projector {
        &[1.0, 0.7, 0.5, 0.35]
    } else {
        &[1.0, 0.75]
    };
    // Where along its arrow a note may stand, as shares of the arrow from its start: on
    // paper beside the icon; on a projector, where the circles are larger and the arrows
    // shorter, further along if the room is there.
    let along: &[f32] = if floor.projector {
        &[0.5, 0.35, 0.65, 0.2, 0.8]
    } else {
        &[0.5]
    };
    // On paper a long note says it goes on, on the continuation page; on a projector it
    // ends in "…" where it is cut, and is whole on the page after the board.
    let cut_note = (!floor.projector).then_some(t.note_continued);
    // Where notes were placed already, so that the next keeps clear of them.
    let mut taken: Vec<RectMm> = Vec::new();
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
            // The note sits beside the arrow, on the side its offset points to, or else on
            // the other; in as many lines as fit clear of the circles, boxes and other notes.
            let side = if offset > 0.0 { 1.0 } else { -1.0 };
            let hyphens = super::text::Hyphenation::of(t);
            let wrap_at = |width: f32| {
                wrap(
                    &arrow.note,
                    width,
                    note_size,
                    (Weight::Regular, hyphens),
                    metrics,
                )
            };
            let place = |wrapped: &[String], lines: usize| {
                let beside = along.iter().flat_map(|a| [(*a, side), (*a, -side)]);
                beside.into_iter().find_map(|(along, side)| {
                    let note = Note {
                        wrapped,
                        lines,
                        side,
                        icon_center: PosMm::new(
                            start.x + (end.x - start.x) * along,
                            start.y + (end.y - start.y) * along,
                        ),
                        away: icon_radius_mm + 1.5,
                        direction: (ux, uy),
                        size: note_size,
                        width_em: note_width / note_size,
                    };
                    let placed = note.place(cut_note, metrics);
                    placed
                        .iter()
                        .all(|line| clear(line, board, &taken))
                        .then_some(placed)
                })
            };
            // Whole where it can stand clear, narrower and taller if need be; else as many
            // lines as fit at its own width.
            let whole = (note_widths.iter())
                .map(|share| wrap_at(note_width * share))
                .filter(|wrapped| wrapped.len() <= max_lines)
                .find_map(|wrapped| place(&wrapped, wrapped.len()).map(|p| (wrapped, p)));
            let (wrapped, chosen) = match whole {
                Some((wrapped, placed)) => (wrapped, Some(placed)),
                None => {
                    let wrapped = wrap_at(note_width);
                    let most = max_lines.min(wrapped.len().max(1));
                    let placed = (1..=most).rev().find_map(|lines| place(&wrapped, lines));
                    (wrapped, placed)
                }
            };
            let continued = chosen.as_ref().is_none_or(|placed| {
                placed.iter().map(|l| l.text.as_str()).collect::<Vec<_>>() != wrapped
            }) && !arrow.note.trim().is_empty();
            // Nothing clear at all: the note is only on the continuation page.
            let note_lines = chosen.unwrap_or_default();
            taken.extend(note_lines.iter().map(text_rect));
            Some(ArrowLayout {
                id: arrow.id,
                spiral: arrow.spiral,
                start,
                end,
                icon_center,
                icon_radius_mm,
                note_lines,
                continued,
            })
        })
        .collect()
}

/// A note to place beside its arrow.
struct Note<'a> {
    wrapped: &'a [String],
    /// How many lines it may take; when it needs more, the last says it continues.
    lines: usize,
    /// Which side of the arrow: 1 or -1.
    side: f32,
    icon_center: PosMm,
    /// How far from the arrow's icon the note begins.
    away: f32,
    /// The arrow's direction, as a unit vector.
    direction: (f32, f32),
    size: f32,
    /// How wide its lines may be.
    width_em: f32,
}

impl Note<'_> {
    /// Its lines, cut where it needs more than it may have: with `cut` as its last line, or
    /// its last line ending in "…" when there is no such line.
    fn place(&self, cut: Option<&str>, metrics: &FontMetrics) -> Vec<TextLine> {
        let mut lines: Vec<String> = self.wrapped.iter().take(self.lines).cloned().collect();
        if self.wrapped.len() > self.lines {
            match cut {
                Some(cut) => {
                    lines.truncate(self.lines.saturating_sub(1));
                    lines.push(cut.to_owned());
                }
                None => {
                    if let Some(last) = lines.last_mut() {
                        *last = ending_in_ellipsis(last, self.width_em, (Weight::Regular, metrics));
                    }
                }
            }
        }
        let (ux, uy) = self.direction;
        let (px, py) = (-uy * self.side, ux * self.side);
        let height = lines.len() as f32 * self.size * LINE_HEIGHT;
        let anchor = PosMm::new(
            self.icon_center.x + px * self.away,
            self.icon_center.y + py * self.away,
        );
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
        place_lines(
            &lines,
            PosMm::new(anchor.x, top),
            self.size,
            Weight::Regular,
            align,
            metrics,
        )
    }
}

/// The box a line of text takes.
fn text_rect(line: &TextLine) -> RectMm {
    let width = FontMetrics::shipped().width_em(&line.text, line.weight) * line.size_mm;
    RectMm::new(
        line.top_left.x,
        line.top_left.y,
        line.top_left.x + width,
        line.top_left.y + line.size_mm * LINE_HEIGHT,
    )
}

/// A line of a note lies on the board and clear of every circle, box and other note.
fn clear(line: &TextLine, board: &crate::model::Board, taken: &[RectMm]) -> bool {
    let rect = text_rect(line);
    let on_board = rect.min.x >= 0.0
        && rect.min.y >= 0.0
        && rect.max.x <= super::BOARD_WIDTH_MM
        && rect.max.y <= super::BOARD_HEIGHT_MM;
    let apart = |a: &RectMm, b: &RectMm| {
        a.max.x <= b.min.x || b.max.x <= a.min.x || a.max.y <= b.min.y || b.max.y <= a.min.y
    };
    let off_circle = |c: &crate::model::Circle| {
        let nearest = PosMm::new(
            c.center.x.clamp(rect.min.x, rect.max.x),
            c.center.y.clamp(rect.min.y, rect.max.y),
        );
        nearest.distance(c.center) >= c.radius_mm
    };
    on_board
        && board.circles.iter().all(off_circle)
        && [
            super::QUESTIONS_RECT,
            super::AGREEMENTS_RECT,
            super::LEGEND_RECT,
        ]
        .iter()
        .all(|b| apart(&rect, b))
        && taken.iter().all(|b| apart(&rect, b))
}
