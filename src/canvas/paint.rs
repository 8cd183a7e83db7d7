//! Painting the board's scene with an egui painter; no interaction here.

use egui::epaint::{CircleShape, PathShape, PathStroke};
use egui::{Align2, FontId, Painter, Shape, Stroke};

use super::BoardView;
use crate::scene::{Dash, Primitive};
use crate::theme::FontFamilies;

pub(super) fn scene(painter: &Painter, view: &BoardView, scene: &[Primitive]) {
    let mm = view.points_per_mm();
    for primitive in scene {
        match primitive {
            Primitive::Rect { rect, fill, stroke } => {
                let stroke = stroke.map_or(Stroke::NONE, |(w, c)| Stroke::new(w * mm, c.to_egui()));
                let fill = fill.map_or(egui::Color32::TRANSPARENT, |c| c.to_egui());
                painter.rect(
                    view.rect(*rect),
                    0.0,
                    fill,
                    stroke,
                    egui::StrokeKind::Inside,
                );
            }
            Primitive::Circle {
                center,
                radius_mm,
                fill,
                stroke,
            } => {
                painter.add(CircleShape {
                    center: view.pos(*center),
                    radius: radius_mm * mm,
                    fill: fill.map_or(egui::Color32::TRANSPARENT, |c| c.to_egui()),
                    stroke: stroke.map_or(Stroke::NONE, |(w, c)| Stroke::new(w * mm, c.to_egui())),
                });
            }
            Primitive::Line {
                from,
                to,
                width_mm,
                dash,
                colour,
            } => {
                let points = [view.pos(*from), view.pos(*to)];
                let stroke = Stroke::new(width_mm * mm, colour.to_egui());
                match *dash {
                    Dash::Solid => {
                        painter.line_segment(points, stroke);
                    }
                    Dash::Dashed(dash, gap) => {
                        painter.extend(Shape::dashed_line(&points, stroke, dash * mm, gap * mm));
                    }
                    Dash::Dotted(spacing) => {
                        let radius = width_mm * mm / 2.0;
                        painter.extend(Shape::dotted_line(
                            &points,
                            colour.to_egui(),
                            spacing * mm,
                            radius,
                        ));
                    }
                }
            }
            Primitive::Polygon { points, fill } => {
                let points = points.iter().map(|p| view.pos(*p)).collect();
                painter.add(PathShape::convex_polygon(
                    points,
                    fill.to_egui(),
                    PathStroke::NONE,
                ));
            }
            // Type too small to read is not drawn (and no font has a size of nothing).
            Primitive::Text { line, .. } if line.size_mm * mm < 1.0 => {}
            Primitive::Text { line, colour } => {
                painter.text(
                    view.pos(line.top_left),
                    Align2::LEFT_TOP,
                    &line.text,
                    FontId::new(line.size_mm * mm, FontFamilies::of(line.weight)),
                    colour.to_egui(),
                );
            }
        }
    }
}
