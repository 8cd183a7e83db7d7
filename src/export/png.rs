//! The board as a PNG, rasterised from the same scene as screen and print. Text is drawn
//! from the shipped fonts' own outlines, so it looks as it does in the PDF.

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, MetadataProvider as _};
use tiny_skia::{
    FillRule, LineCap, Paint, PathBuilder, Pixmap, Rect, Stroke, StrokeDash, Transform,
};

use super::ExportError;
use crate::fonts::{self, FontFile, FontMetrics, Weight};
use crate::i18n::Texts;
use crate::layout::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM, TextLine};
use crate::model::Case;
use crate::scene::{Dash, PreparedBoard, Primitive};
use crate::theme::Rgb;

/// The widest PNG we make: 8K is more than any document needs.
pub const MAX_WIDTH_PX: u32 = 7680;
/// The narrowest board PNG made.
pub const MIN_WIDTH_PX: u32 = 200;

/// The board of meeting `index`, `width_px` wide, as PNG bytes.
pub fn board_png(
    case: &Case,
    index: usize,
    width_px: u32,
    t: &Texts,
) -> Result<Vec<u8>, ExportError> {
    let meeting = super::meeting(case, index)?;
    let width_px = width_px.clamp(MIN_WIDTH_PX, MAX_WIDTH_PX);
    // A white margin keeps the outer strokes whole.
    let margin_mm = 4.0;
    let scale = width_px as f32 / (BOARD_WIDTH_MM + 2.0 * margin_mm);
    let height_px = ((BOARD_HEIGHT_MM + 2.0 * margin_mm) * scale).round() as u32;
    let mut pixmap = Pixmap::new(width_px, height_px)
        .ok_or_else(|| ExportError::Image(format!("{width_px}×{height_px}")))?;
    let board = PreparedBoard::new(meeting, t);
    pixmap.fill(tiny_skia::Color::WHITE);
    let transform =
        Transform::from_row(scale, 0.0, 0.0, scale, margin_mm * scale, margin_mm * scale);
    for primitive in &board.scene {
        draw(&mut pixmap, primitive, transform);
    }
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Image(e.to_string()))
}

fn paint(rgb: Rgb) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(rgb.0, rgb.1, rgb.2, 255);
    paint.anti_alias = true;
    paint
}

fn fill_and_stroke(
    pixmap: &mut Pixmap,
    path: &tiny_skia::Path,
    fill: Option<Rgb>,
    stroke: Option<(f32, Rgb)>,
    transform: Transform,
) {
    if let Some(fill) = fill {
        pixmap.fill_path(path, &paint(fill), FillRule::Winding, transform, None);
    }
    if let Some((width, colour)) = stroke {
        let stroke = Stroke {
            width,
            ..Stroke::default()
        };
        pixmap.stroke_path(path, &paint(colour), &stroke, transform, None);
    }
}

fn draw(pixmap: &mut Pixmap, primitive: &Primitive, transform: Transform) {
    match primitive {
        Primitive::Rect { rect, fill, stroke } => {
            let Some(r) = Rect::from_ltrb(rect.min.x, rect.min.y, rect.max.x, rect.max.y) else {
                return;
            };
            fill_and_stroke(
                pixmap,
                &PathBuilder::from_rect(r),
                *fill,
                *stroke,
                transform,
            );
        }
        Primitive::Circle {
            center,
            radius_mm,
            fill,
            stroke,
        } => {
            if let Some(path) = PathBuilder::from_circle(center.x, center.y, *radius_mm) {
                fill_and_stroke(pixmap, &path, *fill, *stroke, transform);
            }
        }
        Primitive::Line {
            from,
            to,
            width_mm,
            dash,
            colour,
        } => {
            let mut builder = PathBuilder::new();
            builder.move_to(from.x, from.y);
            builder.line_to(to.x, to.y);
            let Some(path) = builder.finish() else {
                return;
            };
            let (dash, line_cap) = match *dash {
                Dash::Solid => (None, LineCap::Butt),
                Dash::Dashed(on, off) => (StrokeDash::new(vec![on, off], 0.0), LineCap::Butt),
                // A very short dash with round caps is a dot.
                Dash::Dotted(spacing) => {
                    (StrokeDash::new(vec![0.01, spacing], 0.0), LineCap::Round)
                }
            };
            let stroke = Stroke {
                width: *width_mm,
                line_cap,
                dash,
                ..Stroke::default()
            };
            pixmap.stroke_path(&path, &paint(*colour), &stroke, transform, None);
        }
        Primitive::Polygon { points, fill } => {
            let mut builder = PathBuilder::new();
            for (i, p) in points.iter().enumerate() {
                if i == 0 {
                    builder.move_to(p.x, p.y);
                } else {
                    builder.line_to(p.x, p.y);
                }
            }
            builder.close();
            if let Some(path) = builder.finish() {
                pixmap.fill_path(&path, &paint(*fill), FillRule::Winding, transform, None);
            }
        }
        Primitive::Text { line, colour } => text(pixmap, line, *colour, transform),
    }
}

/// Collects a glyph outline as a tiny-skia path, flipping y (fonts grow upwards).
struct Pen {
    builder: PathBuilder,
    x: f32,
    y: f32,
}

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.builder.move_to(self.x + x, self.y - y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.builder.line_to(self.x + x, self.y - y);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.builder
            .quad_to(self.x + cx0, self.y - cy0, self.x + x, self.y - y);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.builder.cubic_to(
            self.x + cx0,
            self.y - cy0,
            self.x + cx1,
            self.y - cy1,
            self.x + x,
            self.y - y,
        );
    }

    fn close(&mut self) {
        self.builder.close();
    }
}

fn font_bytes(file: FontFile) -> &'static [u8] {
    match file {
        FontFile::AtkinsonRegular => fonts::ATKINSON_REGULAR,
        FontFile::AtkinsonBold => fonts::ATKINSON_BOLD,
        FontFile::DejaVu => fonts::DEJAVU_SANS,
    }
}

fn text(pixmap: &mut Pixmap, line: &TextLine, colour: Rgb, transform: Transform) {
    let metrics = FontMetrics::shipped();
    let mut pen = Pen {
        builder: PathBuilder::new(),
        x: line.top_left.x,
        y: line.baseline_y(),
    };
    for ch in line.text.chars() {
        let file = metrics.font_for(ch, line.weight);
        let weight = if file == FontFile::AtkinsonBold {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let Ok(font) = FontRef::new(font_bytes(file)) else {
            continue;
        };
        if let Some(glyph) = font.charmap().map(ch)
            && let Some(outline) = font.outline_glyphs().get(glyph)
        {
            let settings = DrawSettings::unhinted(Size::new(line.size_mm), LocationRef::default());
            // A glyph that cannot be drawn leaves a gap, not a failed export.
            let _ = outline.draw(settings, &mut pen);
        }
        let mut buffer = [0u8; 4];
        pen.x += metrics.width_em(ch.encode_utf8(&mut buffer), weight) * line.size_mm;
    }
    if let Some(path) = pen.builder.finish() {
        pixmap.fill_path(&path, &paint(colour), FillRule::Winding, transform, None);
    }
}
