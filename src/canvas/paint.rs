//! Painting the board layout with an egui painter; no interaction here.

use egui::epaint::{CircleShape, PathShape, PathStroke};
use egui::{Align2, FontFamily, FontId, Painter, Pos2, Shape, Stroke};

use super::BoardView;
use crate::fonts::Weight;
use crate::layout::{ArrowLayout, BoardLayout, BoxLayout, TextLine};
use crate::model::{ItemKind, PosMm, Spiral};
use crate::theme;

/// The egui font families the app installs (see [`crate::app::install_fonts`]).
pub struct FontFamilies;

impl FontFamilies {
    pub const BOLD: &'static str = "bold";

    pub fn of(weight: Weight) -> FontFamily {
        match weight {
            Weight::Regular => FontFamily::Proportional,
            Weight::Bold => FontFamily::Name(Self::BOLD.into()),
        }
    }
}

const OUTLINE_MM: f32 = 0.45;

pub(super) fn board(painter: &Painter, view: &BoardView, layout: &BoardLayout) {
    let mm = view.points_per_mm();
    let board_rect = view.rect(crate::layout::RectMm::new(
        0.0,
        0.0,
        crate::layout::BOARD_WIDTH_MM,
        crate::layout::BOARD_HEIGHT_MM,
    ));
    painter.rect_filled(board_rect, 0.0, theme::PAPER.to_egui());

    for text_box in [&layout.questions, &layout.agreements] {
        box_shape(painter, view, text_box);
    }
    legend(painter, view, layout);

    for circle in &layout.circles {
        let center = view.pos(circle.center);
        painter.add(CircleShape {
            center,
            radius: circle.radius_mm * mm,
            fill: theme::circle_fill(&circle.kind).to_egui(),
            stroke: Stroke::new(OUTLINE_MM * 1.6 * mm, theme::INK.to_egui()),
        });
        for line in &circle.title_lines {
            text(painter, view, line, theme::INK);
        }
        for item in &circle.items {
            if item.top_three {
                let rect = view.rect(item.bounds);
                painter.rect_filled(rect, 0.8 * mm, theme::TOP_THREE.to_egui());
            }
            marker(
                painter,
                view,
                item.kind,
                item.marker_center,
                item.marker_radius_mm,
            );
            for line in &item.lines {
                text(painter, view, line, theme::INK);
            }
        }
    }

    for arrow_layout in &layout.arrows {
        arrow(painter, view, arrow_layout);
    }
}

fn box_shape(painter: &Painter, view: &BoardView, text_box: &BoxLayout) {
    let mm = view.points_per_mm();
    painter.rect(
        view.rect(text_box.rect),
        1.5 * mm,
        theme::BOX_FILL.to_egui(),
        Stroke::new(OUTLINE_MM * mm, theme::INK.to_egui()),
        egui::StrokeKind::Inside,
    );
    text(painter, view, &text_box.title, theme::INK);
    for line in &text_box.lines {
        text(painter, view, line, theme::INK);
    }
}

fn legend(painter: &Painter, view: &BoardView, layout: &BoardLayout) {
    let legend = &layout.legend;
    text(painter, view, &legend.title, theme::INK);
    for (kind, center, radius, label) in &legend.markers {
        marker(painter, view, *kind, *center, *radius);
        text(painter, view, label, theme::INK);
    }
    for (spiral, from, to, label) in &legend.spirals {
        spiral_line(painter, view, *spiral, *from, *to);
        text(painter, view, label, theme::INK);
    }
}

/// A marker: coloured disk, dark outline, and the symbol, so it reads without colour.
pub(super) fn marker(
    painter: &Painter,
    view: &BoardView,
    kind: ItemKind,
    center: PosMm,
    radius_mm: f32,
) {
    let mm = view.points_per_mm();
    let center = view.pos(center);
    painter.add(CircleShape {
        center,
        radius: radius_mm * mm,
        fill: theme::marker_fill(kind).to_egui(),
        stroke: Stroke::new(OUTLINE_MM * 0.7 * mm, theme::INK.to_egui()),
    });
    painter.text(
        center,
        Align2::CENTER_CENTER,
        kind.symbol(),
        FontId::new(radius_mm * 1.8 * mm, FontFamilies::of(Weight::Bold)),
        theme::marker_symbol(kind).to_egui(),
    );
}

fn text(painter: &Painter, view: &BoardView, line: &TextLine, colour: theme::Rgb) {
    if line.text.is_empty() {
        return;
    }
    painter.text(
        view.pos(line.top_left),
        Align2::LEFT_TOP,
        &line.text,
        FontId::new(
            line.size_mm * view.points_per_mm(),
            FontFamilies::of(line.weight),
        ),
        colour.to_egui(),
    );
}

fn spiral_line(painter: &Painter, view: &BoardView, spiral: Spiral, from: PosMm, to: PosMm) {
    let mm = view.points_per_mm();
    let (a, b) = (view.pos(from), view.pos(to));
    let ink = theme::INK.to_egui();
    match spiral {
        Spiral::Upward => {
            painter.line_segment([a, b], Stroke::new(0.9 * mm, ink));
        }
        Spiral::Downward => {
            painter.extend(Shape::dashed_line(
                &[a, b],
                Stroke::new(0.9 * mm, ink),
                2.4 * mm,
                1.4 * mm,
            ));
        }
        Spiral::Unknown => {
            painter.extend(Shape::dotted_line(&[a, b], ink, 1.6 * mm, 0.4 * mm));
        }
    }
}

fn arrow(painter: &Painter, view: &BoardView, arrow: &ArrowLayout) {
    let mm = view.points_per_mm();
    let ink = theme::INK.to_egui();
    spiral_line(painter, view, arrow.spiral, arrow.start, arrow.end);

    let (start, end) = (view.pos(arrow.start), view.pos(arrow.end));
    let direction = (end - start).normalized();
    let normal = direction.rot90();
    let head_length = 4.0 * mm;
    let head_width = 2.2 * mm;
    let back = end - direction * head_length;
    let head: Vec<Pos2> = vec![end, back + normal * head_width, back - normal * head_width];
    painter.add(PathShape::convex_polygon(head, ink, PathStroke::NONE));

    let icon = view.pos(arrow.icon_center);
    painter.add(CircleShape {
        center: icon,
        radius: arrow.icon_radius_mm * mm,
        fill: theme::PAPER.to_egui(),
        stroke: Stroke::new(OUTLINE_MM * mm, ink),
    });
    painter.text(
        icon,
        Align2::CENTER_CENTER,
        arrow.spiral.symbol(),
        FontId::new(
            arrow.icon_radius_mm * 1.5 * mm,
            FontFamilies::of(Weight::Bold),
        ),
        ink,
    );
    for line in &arrow.note_lines {
        text(painter, view, line, theme::INK);
    }
}
