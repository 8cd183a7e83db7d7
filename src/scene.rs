//! The board as a list of plain shapes in board millimetres: what the screen, the PDF and
//! the PNG all draw. Each renderer only maps these few primitives to its own API.

use crate::fonts::{FontMetrics, Weight};
use crate::layout::{
    ArrowLayout, BOARD_HEIGHT_MM, BOARD_WIDTH_MM, BoardLayout, BoxLayout, LayoutOptions, RectMm,
    TextLine,
};
use crate::model::{ItemKind, PosMm, Spiral};
use crate::theme::{self, Rgb};

/// How a line is stroked; spirals differ by style, not only by colour.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dash {
    Solid,
    /// Dash and gap lengths in millimetres.
    Dashed(f32, f32),
    /// Round dots this far apart, in millimetres.
    Dotted(f32),
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Primitive {
    Rect {
        rect: RectMm,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
    },
    Circle {
        center: PosMm,
        radius_mm: f32,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
    },
    Line {
        from: PosMm,
        to: PosMm,
        width_mm: f32,
        dash: Dash,
        colour: Rgb,
    },
    /// A filled shape, such as an arrowhead.
    Polygon {
        points: Vec<PosMm>,
        fill: Rgb,
    },
    Text {
        line: TextLine,
        colour: Rgb,
    },
}

impl Primitive {
    /// The same primitive, moved by `by` millimetres.
    pub fn translated(self, by: PosMm) -> Self {
        let at = |p: PosMm| PosMm::new(p.x + by.x, p.y + by.y);
        match self {
            Self::Rect { rect, fill, stroke } => Self::Rect {
                rect: RectMm {
                    min: at(rect.min),
                    max: at(rect.max),
                },
                fill,
                stroke,
            },
            Self::Circle {
                center,
                radius_mm,
                fill,
                stroke,
            } => Self::Circle {
                center: at(center),
                radius_mm,
                fill,
                stroke,
            },
            Self::Line {
                from,
                to,
                width_mm,
                dash,
                colour,
            } => Self::Line {
                from: at(from),
                to: at(to),
                width_mm,
                dash,
                colour,
            },
            Self::Polygon { points, fill } => Self::Polygon {
                points: points.into_iter().map(at).collect(),
                fill,
            },
            Self::Text { mut line, colour } => {
                line.top_left = at(line.top_left);
                Self::Text { line, colour }
            }
        }
    }
}

const OUTLINE_MM: f32 = 0.45;
const SPIRAL_WIDTH_MM: f32 = 0.9;
/// The line under an item a goal builds on or changes.
const MARK_WIDTH_MM: f32 = 0.6;

/// A meeting's board laid out and turned into shapes: computed when the case changes, and
/// drawn as it is every frame until then.
#[derive(Clone, Debug)]
pub struct PreparedBoard {
    pub layout: BoardLayout,
    pub scene: Vec<Primitive>,
}

impl PreparedBoard {
    /// The board for paper and the laptop.
    pub fn new(meeting: &crate::model::Meeting, t: &crate::i18n::Texts) -> Self {
        Self::with(meeting, t, LayoutOptions::PRINT, false)
    }

    /// The board laid out as `options` ask, in the high-contrast style when asked.
    pub fn with(
        meeting: &crate::model::Meeting,
        t: &crate::i18n::Texts,
        options: LayoutOptions,
        high_contrast: bool,
    ) -> Self {
        let layout = crate::layout::board_layout_with(meeting, t, options);
        let mut scene = board_scene(&layout);
        if high_contrast {
            scene = scene.into_iter().map(in_high_contrast).collect();
        }
        Self { layout, scene }
    }
}

/// A shape as a washed-out beamer still shows it: no pale tints (white instead, the top
/// three marked by a black bar rather than a tint), lines twice as thick, grey text black.
fn in_high_contrast(primitive: Primitive) -> Primitive {
    let pale = |rgb: Rgb| theme::is_pale(rgb);
    match primitive {
        Primitive::Rect {
            rect,
            fill: Some(fill),
            ..
        } if fill == theme::TOP_THREE => Primitive::Rect {
            // A bar at the left edge: an outline would cross text that runs to the edge.
            rect: RectMm::new(rect.min.x - 1.2, rect.min.y, rect.min.x - 0.4, rect.max.y),
            fill: Some(theme::INK),
            stroke: None,
        },
        Primitive::Rect { rect, fill, stroke } => Primitive::Rect {
            rect,
            fill: fill.map(|c| if pale(c) { theme::PAPER } else { c }),
            stroke: stroke.map(|(w, c)| (w * 2.0, c)),
        },
        Primitive::Circle {
            center,
            radius_mm,
            fill,
            stroke,
        } => Primitive::Circle {
            center,
            radius_mm,
            fill: fill.map(|c| if pale(c) { theme::PAPER } else { c }),
            stroke: stroke.map(|(w, c)| (w * 2.0, c)),
        },
        Primitive::Line {
            from,
            to,
            width_mm,
            dash,
            colour,
        } => Primitive::Line {
            from,
            to,
            width_mm: width_mm * 2.0,
            dash,
            colour,
        },
        Primitive::Text { line, colour } if colour == theme::MUTED => Primitive::Text {
            line,
            colour: theme::INK,
        },
        other => other,
    }
}

/// Everything on the board, back to front.
pub fn board_scene(layout: &BoardLayout) -> Vec<Primitive> {
    let mut scene = vec![Primitive::Rect {
        rect: RectMm::new(0.0, 0.0, BOARD_WIDTH_MM, BOARD_HEIGHT_MM),
        fill: Some(theme::PAPER),
        stroke: None,
    }];
    for text_box in [&layout.questions, &layout.agreements] {
        box_shapes(&mut scene, text_box);
    }
    let legend = &layout.legend;
    text(&mut scene, &legend.title, theme::INK);
    for (kind, center, radius, label) in &legend.markers {
        marker(&mut scene, *kind, *center, *radius);
        text(&mut scene, label, theme::INK);
    }
    for (spiral, from, to, label) in &legend.spirals {
        spiral_line(&mut scene, *spiral, *from, *to);
        text(&mut scene, label, theme::INK);
    }
    for (mark, from, to, label) in &legend.marks {
        mark_line(&mut scene, *mark, *from, *to);
        text(&mut scene, label, theme::INK);
    }

    for circle in &layout.circles {
        scene.push(Primitive::Circle {
            center: circle.center,
            radius_mm: circle.radius_mm,
            fill: Some(theme::circle_fill(&circle.kind)),
            stroke: Some((OUTLINE_MM * 1.6, theme::INK)),
        });
        for line in &circle.title_lines {
            text(&mut scene, line, theme::INK);
        }
        for item in &circle.items[..circle.fits] {
            if item.top_three {
                scene.push(Primitive::Rect {
                    rect: item.bounds,
                    fill: Some(theme::TOP_THREE),
                    stroke: None,
                });
            }
            marker(
                &mut scene,
                item.kind,
                item.marker_center,
                item.marker_radius_mm,
            );
            // What a goal builds on is underlined solid, what it changes dashed: the
            // mark reads without colour too.
            if let (Some(mark), Some(last)) = (item.mark, item.lines.last()) {
                let y = last.top_left.y + last.size_mm * 1.1;
                mark_line(
                    &mut scene,
                    mark,
                    PosMm::new(last.top_left.x, y),
                    PosMm::new(item.bounds.max.x - 0.5, y),
                );
            }
            let ink = if item.carried {
                theme::MUTED
            } else {
                theme::INK
            };
            for line in &item.lines {
                text(&mut scene, line, ink);
            }
        }
        if let Some(note) = &circle.overflow_note {
            text(&mut scene, note, theme::VERMILLION);
        }
        if let Some(note) = &circle.count_note {
            text(&mut scene, note, theme::MUTED);
        }
    }

    for arrow_layout in &layout.arrows {
        arrow(&mut scene, arrow_layout);
    }
    scene
}

fn text(scene: &mut Vec<Primitive>, line: &TextLine, colour: Rgb) {
    if !line.text.is_empty() {
        scene.push(Primitive::Text {
            line: line.clone(),
            colour,
        });
    }
}

fn box_shapes(scene: &mut Vec<Primitive>, text_box: &BoxLayout) {
    scene.push(Primitive::Rect {
        rect: text_box.rect,
        fill: Some(theme::BOX_FILL),
        stroke: Some((OUTLINE_MM, theme::INK)),
    });
    text(scene, &text_box.title, theme::INK);
    for line in &text_box.lines[..text_box.fits] {
        text(scene, line, theme::INK);
    }
    if let Some(note) = &text_box.overflow_note {
        text(scene, note, theme::VERMILLION);
    }
}

/// A marker: coloured disk, dark outline, and its symbol, so it reads without colour.
pub fn marker(scene: &mut Vec<Primitive>, kind: ItemKind, center: PosMm, radius_mm: f32) {
    scene.push(Primitive::Circle {
        center,
        radius_mm,
        fill: Some(theme::marker_fill(kind)),
        stroke: Some((OUTLINE_MM * 0.7, theme::INK)),
    });
    centred_symbol(
        scene,
        kind.symbol(),
        center,
        radius_mm * 1.7,
        theme::marker_symbol(kind),
    );
}

/// A symbol centred on a point, placed with the font's own advance.
fn centred_symbol(
    scene: &mut Vec<Primitive>,
    symbol: &str,
    center: PosMm,
    size_mm: f32,
    colour: Rgb,
) {
    let metrics = FontMetrics::shipped();
    let width = metrics.width_em(symbol, Weight::Bold) * size_mm;
    // Symbols sit around the middle of the x-height; lift them onto the centre.
    let baseline = center.y + 0.36 * size_mm;
    let top = baseline - metrics.ascent_em() * size_mm;
    text(
        scene,
        &TextLine {
            top_left: PosMm::new(center.x - width / 2.0, top),
            text: symbol.to_owned(),
            size_mm,
            weight: Weight::Bold,
        },
        colour,
    );
}

/// The line under an item a goal builds on (solid, green) or changes (dashed, vermillion).
fn mark_line(scene: &mut Vec<Primitive>, mark: crate::model::ItemMark, from: PosMm, to: PosMm) {
    let (dash, colour) = match mark {
        crate::model::ItemMark::BuildOn => (Dash::Solid, theme::GREEN),
        crate::model::ItemMark::Change => (Dash::Dashed(1.6, 0.9), theme::VERMILLION),
    };
    scene.push(Primitive::Line {
        from,
        to,
        width_mm: MARK_WIDTH_MM,
        dash,
        colour,
    });
}

fn spiral_line(scene: &mut Vec<Primitive>, spiral: Spiral, from: PosMm, to: PosMm) {
    let dash = match spiral {
        Spiral::Upward => Dash::Solid,
        Spiral::Downward => Dash::Dashed(2.4, 1.4),
        Spiral::Unknown => Dash::Dotted(1.6),
    };
    scene.push(Primitive::Line {
        from,
        to,
        width_mm: SPIRAL_WIDTH_MM,
        dash,
        colour: theme::INK,
    });
}

fn arrow(scene: &mut Vec<Primitive>, arrow: &ArrowLayout) {
    let (dx, dy) = (arrow.end.x - arrow.start.x, arrow.end.y - arrow.start.y);
    let length = dx.hypot(dy).max(f32::EPSILON);
    let (ux, uy) = (dx / length, dy / length);
    let (head_length, head_width) = (4.0, 2.2);
    let back = PosMm::new(
        arrow.end.x - ux * head_length,
        arrow.end.y - uy * head_length,
    );
    spiral_line(scene, arrow.spiral, arrow.start, back);
    scene.push(Primitive::Polygon {
        points: vec![
            arrow.end,
            PosMm::new(back.x - uy * head_width, back.y + ux * head_width),
            PosMm::new(back.x + uy * head_width, back.y - ux * head_width),
        ],
        fill: theme::INK,
    });
    scene.push(Primitive::Circle {
        center: arrow.icon_center,
        radius_mm: arrow.icon_radius_mm,
        fill: Some(theme::PAPER),
        stroke: Some((OUTLINE_MM, theme::INK)),
    });
    centred_symbol(
        scene,
        arrow.spiral.symbol(),
        arrow.icon_center,
        arrow.icon_radius_mm * 1.4,
        theme::INK,
    );
    for line in &arrow.note_lines {
        text(scene, line, theme::INK);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::NL;

    #[test]
    fn the_high_contrast_board_has_no_pale_tints_and_thicker_lines() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
        let case = crate::storage::load(&path).unwrap().case;
        let meeting = &case.meetings[1];
        let normal = PreparedBoard::new(meeting, &NL);
        let strong = PreparedBoard::with(meeting, &NL, LayoutOptions::PRINT, true);
        assert_eq!(normal.scene.len(), strong.scene.len());
        let pale = |p: &Primitive| match p {
            Primitive::Circle { fill: Some(c), .. } | Primitive::Rect { fill: Some(c), .. } => {
                theme::is_pale(*c) || *c == theme::TOP_THREE
            }
            Primitive::Text { colour, .. } => *colour == theme::MUTED,
            _ => false,
        };
        assert!(normal.scene.iter().any(pale));
        assert!(!strong.scene.iter().any(pale));
        let widest = |scene: &[Primitive]| {
            scene
                .iter()
                .filter_map(|p| match p {
                    Primitive::Line { width_mm, .. } => Some(*width_mm),
                    _ => None,
                })
                .fold(0.0_f32, f32::max)
        };
        assert!(widest(&strong.scene) >= 2.0 * widest(&normal.scene) - 1e-3);
    }
}
