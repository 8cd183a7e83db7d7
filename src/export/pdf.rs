//! Drawing scene primitives and text into printpdf operations, in page millimetres from the
//! top-left corner; printpdf's origin is bottom-left, so y is flipped here and only here.

use printpdf::{
    Color, FontId, LineCapStyle, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFontHandle, Point, Polygon, PolygonRing, Pt, TextItem, WindingOrder,
};

use super::ExportError;
use crate::fonts::{self, FontFile, FontMetrics, Weight};
use crate::layout::TextLine;
use crate::model::PosMm;
use crate::scene::{Dash, Primitive};
use crate::theme::Rgb;

/// Bezier handle length for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

/// The shipped fonts, registered in one document.
pub struct PdfFonts {
    regular: FontId,
    bold: FontId,
    fallback: FontId,
}

impl PdfFonts {
    pub fn register(doc: &mut PdfDocument) -> Result<Self, ExportError> {
        let mut add = |bytes: &[u8]| {
            let mut warnings = Vec::new();
            ParsedFont::from_bytes(bytes, 0, &mut warnings)
                .map(|font| doc.add_font(&font))
                .ok_or(ExportError::Font)
        };
        Ok(Self {
            regular: add(fonts::ATKINSON_REGULAR)?,
            bold: add(fonts::ATKINSON_BOLD)?,
            fallback: add(fonts::DEJAVU_SANS)?,
        })
    }

    fn handle(&self, file: FontFile) -> PdfFontHandle {
        let id = match file {
            FontFile::AtkinsonRegular => &self.regular,
            FontFile::AtkinsonBold => &self.bold,
            FontFile::DejaVu => &self.fallback,
        };
        PdfFontHandle::External(id.clone())
    }
}

/// Collects the operations of one page.
pub struct PagePainter<'a> {
    pub ops: Vec<Op>,
    page_height_mm: f32,
    fonts: &'a PdfFonts,
}

impl<'a> PagePainter<'a> {
    pub fn new(page_height_mm: f32, fonts: &'a PdfFonts) -> Self {
        Self {
            ops: Vec::new(),
            page_height_mm,
            fonts,
        }
    }

    fn point(&self, pos: PosMm) -> Point {
        Point::new(Mm(pos.x), Mm(self.page_height_mm - pos.y))
    }

    fn colour(rgb: Rgb) -> Color {
        let [r, g, b] = rgb.to_unit();
        Color::Rgb(printpdf::Rgb::new(r, g, b, None))
    }

    pub fn primitive(&mut self, primitive: &Primitive) {
        match primitive {
            Primitive::Rect { rect, fill, stroke } => {
                let corners = [
                    rect.min,
                    PosMm::new(rect.max.x, rect.min.y),
                    rect.max,
                    PosMm::new(rect.min.x, rect.max.y),
                ];
                let points = corners.iter().map(|p| self.corner(*p)).collect();
                self.shape(points, *fill, *stroke);
            }
            Primitive::Circle {
                center,
                radius_mm,
                fill,
                stroke,
            } => {
                let points = self.circle_points(*center, *radius_mm);
                self.shape(points, *fill, *stroke);
            }
            Primitive::Line {
                from,
                to,
                width_mm,
                dash,
                colour,
            } => self.line(*from, *to, *width_mm, *dash, *colour),
            Primitive::Polygon { points, fill } => {
                let points = points.iter().map(|p| self.corner(*p)).collect();
                self.shape(points, Some(*fill), None);
            }
            Primitive::Text { line, colour } => self.text(line, *colour),
        }
    }

    fn corner(&self, pos: PosMm) -> LinePoint {
        LinePoint {
            p: self.point(pos),
            bezier: false,
        }
    }

    fn circle_points(&self, c: PosMm, r: f32) -> Vec<LinePoint> {
        let k = r * KAPPA;
        let at = |x: f32, y: f32, bezier| LinePoint {
            p: self.point(PosMm::new(c.x + x, c.y + y)),
            bezier,
        };
        vec![
            at(r, 0.0, false),
            at(r, k, true),
            at(k, r, true),
            at(0.0, r, false),
            at(-k, r, true),
            at(-r, k, true),
            at(-r, 0.0, false),
            at(-r, -k, true),
            at(-k, -r, true),
            at(0.0, -r, false),
            at(k, -r, true),
            at(r, -k, true),
            at(r, 0.0, false),
        ]
    }

    fn shape(&mut self, points: Vec<LinePoint>, fill: Option<Rgb>, stroke: Option<(f32, Rgb)>) {
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, Some(_)) => PaintMode::Stroke,
            (None, None) => return,
        };
        if let Some(fill) = fill {
            self.ops.push(Op::SetFillColor {
                col: Self::colour(fill),
            });
        }
        if let Some((width, colour)) = stroke {
            self.ops.push(Op::SetOutlineColor {
                col: Self::colour(colour),
            });
            self.ops.push(Op::SetOutlineThickness {
                pt: Mm(width).into(),
            });
            self.ops.push(Op::SetLineDashPattern {
                dash: LineDashPattern::solid(),
            });
        }
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing { points }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    pub fn line(&mut self, from: PosMm, to: PosMm, width_mm: f32, dash: Dash, colour: Rgb) {
        let pt = |mm: f32| Pt::from(Mm(mm)).0;
        let (pattern, cap) = match dash {
            Dash::Solid => (LineDashPattern::solid(), LineCapStyle::Butt),
            Dash::Dashed(on, off) => (
                LineDashPattern::new(0.0, &[pt(on), pt(off)]),
                LineCapStyle::Butt,
            ),
            // A zero-length dash with round caps draws a dot.
            Dash::Dotted(spacing) => (
                LineDashPattern::new(0.0, &[0.0, pt(spacing)]),
                LineCapStyle::Round,
            ),
        };
        self.ops.extend([
            Op::SetOutlineColor {
                col: Self::colour(colour),
            },
            Op::SetOutlineThickness {
                pt: Mm(width_mm).into(),
            },
            Op::SetLineDashPattern { dash: pattern },
            Op::SetLineCapStyle { cap },
            Op::DrawLine {
                line: printpdf::Line {
                    points: vec![self.corner(from), self.corner(to)],
                    is_closed: false,
                },
            },
            Op::SetLineCapStyle {
                cap: LineCapStyle::Butt,
            },
        ]);
    }

    /// A line of text, in runs by the font that has each character: DejaVu draws what
    /// Atkinson lacks, so no glyph falls out.
    pub fn text(&mut self, line: &TextLine, colour: Rgb) {
        let metrics = FontMetrics::shipped();
        let baseline = line.baseline_y();
        let mut x = line.top_left.x;
        self.ops.push(Op::SetFillColor {
            col: Self::colour(colour),
        });
        for (file, run) in runs(&line.text, line.weight, metrics) {
            let run_weight = if file == FontFile::AtkinsonBold {
                Weight::Bold
            } else {
                Weight::Regular
            };
            let width = metrics.width_em(&run, run_weight) * line.size_mm;
            self.ops.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: self.fonts.handle(file),
                    size: Mm(line.size_mm).into(),
                },
                Op::SetTextCursor {
                    pos: self.point(PosMm::new(x, baseline)),
                },
                Op::ShowText {
                    items: vec![TextItem::Text(run)],
                },
                Op::EndTextSection,
            ]);
            x += width;
        }
    }
}

/// Splits text into runs of characters drawn by the same font.
fn runs(text: &str, weight: Weight, metrics: &FontMetrics) -> Vec<(FontFile, String)> {
    let mut runs: Vec<(FontFile, String)> = Vec::new();
    for ch in text.chars() {
        let file = metrics.font_for(ch, weight);
        match runs.last_mut() {
            Some((last, run)) if *last == file => run.push(ch),
            _ => runs.push((file, ch.to_string())),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_split_where_the_font_changes() {
        let metrics = FontMetrics::shipped();
        let runs = runs("Fijn ☺ overleg", Weight::Regular, metrics);
        assert_eq!(
            runs,
            vec![
                (FontFile::AtkinsonRegular, "Fijn ".to_owned()),
                (FontFile::DejaVu, "☺".to_owned()),
                (FontFile::AtkinsonRegular, " overleg".to_owned()),
            ]
        );
    }
}
