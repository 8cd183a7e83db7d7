//! Flowing text onto pages: paragraphs, headings, marker lists and table rows that break
//! across columns and pages, so a long report is never cut. Positions are page millimetres
//! from the top-left corner; the result is a scene per page.

use crate::fonts::{FontMetrics, Weight};
use crate::layout::text::{Hyphenation, TextLine, line_height, wrap};
use crate::model::{ItemKind, PosMm};
use crate::scene::{self, Dash, Primitive};
use crate::theme::{self, Rgb};

/// What a heading keeps on its page below it: the start of what follows (a table's header
/// and first row, or three lines of text).
const KEPT_WITH_HEADING_MM: f32 = 20.0;

/// The room between a table cell's edge and its text.
pub const CELL_PAD_MM: f32 = 1.2;

/// How far a bullet's text stands in from the bullet.
pub const BULLET_INDENT_MM: f32 = 4.0;

/// Where text may go on a page.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub top: f32,
    pub bottom: f32,
    /// Left edge and width of each column, left to right.
    pub columns: &'static [(f32, f32)],
}

/// Pages being filled, one column at a time.
pub struct Flow {
    frame: Frame,
    /// The language whose rules break words across lines.
    hyphens: Hyphenation,
    /// The header of the table being set, drawn again where its rows run on to a new
    /// column or page.
    table_header: Option<TableHeader>,
    pub pages: Vec<Vec<Primitive>>,
    column: usize,
    y: f32,
}

/// A table's header row as it is drawn: its cells, the shares of the column and type size.
struct TableHeader {
    cells: Vec<(String, Weight)>,
    widths: Vec<f32>,
    size: f32,
}

/// One cell of a table row: its text and weight.
pub struct Cell<'a> {
    pub text: &'a str,
    pub weight: Weight,
}

impl Flow {
    pub fn new(frame: Frame, hyphens: Hyphenation) -> Self {
        Self {
            frame,
            hyphens,
            table_header: None,
            pages: vec![Vec::new()],
            column: 0,
            y: frame.top,
        }
    }

    fn x(&self) -> f32 {
        self.frame.columns[self.column].0
    }

    pub fn width(&self) -> f32 {
        self.frame.columns[self.column].1
    }

    /// The language whose rules break words across lines.
    pub fn hyphens(&self) -> Hyphenation {
        self.hyphens
    }

    fn push(&mut self, primitive: Primitive) {
        if let Some(page) = self.pages.last_mut() {
            page.push(primitive);
        }
    }

    /// Moves to the next column, or the next page after the last column.
    pub fn break_column(&mut self) {
        if self.column + 1 < self.frame.columns.len() {
            self.column += 1;
        } else {
            self.pages.push(Vec::new());
            self.column = 0;
        }
        self.y = self.frame.top;
        // Rows that run on are read under their header again.
        if let Some(header) = self.table_header.take() {
            let cells: Vec<Cell<'_>> = (header.cells.iter())
                .map(|(text, weight)| Cell {
                    text,
                    weight: *weight,
                })
                .collect();
            self.row(&cells, &header.widths, header.size, false);
            self.table_header = Some(header);
        }
    }

    /// Starts a table: its header row, kept with the first row and repeated at the top of
    /// each column or page its rows run on to, until [`Self::end_table`].
    pub fn start_table(&mut self, header: &[Cell<'_>], widths: &[f32], size: f32) {
        self.table_header = None;
        // The header and a first line of a row together, or neither.
        self.room_for(3.0 * line_height(size) + 4.0 * CELL_PAD_MM);
        self.row(header, widths, size, false);
        self.table_header = Some(TableHeader {
            cells: (header.iter())
                .map(|c| (c.text.to_owned(), c.weight))
                .collect(),
            widths: widths.to_vec(),
            size,
        });
    }

    pub fn end_table(&mut self) {
        self.table_header = None;
    }

    /// Makes room for `height`, breaking first unless the column is still empty.
    fn room_for(&mut self, height: f32) {
        if self.y + height > self.frame.bottom && self.y > self.frame.top {
            self.break_column();
        }
    }

    /// Keeps `count` lines of type `size` together in one column when they fit in one: a
    /// text is not cut by a page's furniture unless it is longer than a page.
    fn keep_together(&mut self, count: usize, size: f32) {
        let height = count as f32 * line_height(size);
        if height <= self.frame.bottom - self.frame.top {
            self.room_for(height);
        }
    }

    pub fn space(&mut self, mm: f32) {
        self.y += mm;
    }

    /// A line `indent` in from the column's edge; the column is the one it lands in, after
    /// a break if the line needs one.
    fn line(&mut self, indent: f32, text: String, size: f32, weight: Weight, colour: Rgb) {
        let height = line_height(size);
        self.room_for(height);
        let line = TextLine {
            top_left: PosMm::new(self.x() + indent, self.y),
            text,
            size_mm: size,
            weight,
        };
        self.push(Primitive::Text { line, colour });
        self.y += height;
    }

    /// A wrapped paragraph, indented by `indent` millimetres; it may break between lines.
    pub fn paragraph(&mut self, text: &str, size: f32, weight: Weight, indent: f32) {
        let lines = wrap(
            text,
            self.width() - indent,
            size,
            (weight, self.hyphens),
            FontMetrics::shipped(),
        );
        self.keep_together(lines.len(), size);
        for line in lines {
            self.line(indent, line, size, weight, theme::INK);
        }
    }

    /// A bulleted paragraph with a hanging indent.
    pub fn bullet(&mut self, text: &str, size: f32) {
        let lines = wrap(
            text,
            self.width() - BULLET_INDENT_MM,
            size,
            (Weight::Regular, self.hyphens),
            FontMetrics::shipped(),
        );
        self.keep_together(lines.len(), size);
        for (i, line) in lines.into_iter().enumerate() {
            if i == 0 {
                let x = self.x();
                self.room_for(line_height(size));
                self.push(Primitive::Text {
                    line: TextLine {
                        top_left: PosMm::new(x, self.y),
                        text: "•".to_owned(),
                        size_mm: size,
                        weight: Weight::Regular,
                    },
                    colour: theme::INK,
                });
            }
            self.line(BULLET_INDENT_MM, line, size, Weight::Regular, theme::INK);
        }
    }

    /// A heading that does not stay behind alone at the foot of a column.
    pub fn heading(&mut self, text: &str, size: f32) {
        self.room_for(line_height(size) * 1.6 + KEPT_WITH_HEADING_MM);
        self.space(size * 0.4);
        self.paragraph(text, size, Weight::Bold, 0.0);
        self.space(size * 0.2);
    }

    /// An item with its marker, as on the board.
    pub fn marker_item(&mut self, kind: ItemKind, text: &str, size: f32) {
        let indent = size * 1.35;
        let lines = wrap(
            text,
            self.width() - indent,
            size,
            (Weight::Regular, self.hyphens),
            FontMetrics::shipped(),
        );
        self.keep_together(lines.len(), size);
        self.room_for(line_height(size));
        let center = PosMm::new(self.x() + size * 0.5, self.y + line_height(size) / 2.0);
        let mut marker = Vec::new();
        scene::marker(&mut marker, kind, center, size * 0.5);
        for primitive in marker {
            self.push(primitive);
        }
        for line in lines {
            self.line(indent, line, size, Weight::Regular, theme::INK);
        }
        self.space(size * 0.3);
    }

    /// A table row over the whole column; `widths` are the shares of the column. A row that
    /// fits on a page is kept together; a taller one continues line by line.
    pub fn row(&mut self, cells: &[Cell<'_>], widths: &[f32], size: f32, shaded: bool) {
        let metrics = FontMetrics::shipped();
        let pad = CELL_PAD_MM;
        let total: f32 = widths.iter().sum();
        let column_width = self.width();
        let cell_widths: Vec<f32> = widths.iter().map(|w| w / total * column_width).collect();
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(&cell_widths)
            .map(|(cell, width)| {
                wrap(
                    cell.text,
                    width - 2.0 * pad,
                    size,
                    (cell.weight, self.hyphens),
                    metrics,
                )
            })
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        let line_height = line_height(size);
        let height = lines as f32 * line_height + 2.0 * pad;
        if height > self.frame.bottom - self.frame.top {
            // Taller than a page: each cell in turn, so that every text reads on whole
            // rather than in slices side by side across pages.
            for cell in cells {
                self.paragraph(cell.text, size, cell.weight, BULLET_INDENT_MM);
            }
            let top = self.y;
            self.y += pad;
            self.rule(top, shaded);
            return;
        }
        self.room_for(height);
        // Cell by cell within each page, so that a cell's text reads on in the PDF.
        let mut first = 0;
        while first < lines {
            let top = self.y;
            let room = ((self.frame.bottom - top - 2.0 * pad) / line_height)
                .floor()
                .max(1.0) as usize;
            let last = (first + room).min(lines);
            let mut x = self.x();
            for ((cell_lines, cell), width) in wrapped.iter().zip(cells).zip(&cell_widths) {
                let shown = cell_lines
                    .get(first..last.min(cell_lines.len()))
                    .unwrap_or(&[]);
                for (i, text) in shown.iter().enumerate() {
                    let line = TextLine {
                        top_left: PosMm::new(x + pad, top + pad + i as f32 * line_height),
                        text: text.clone(),
                        size_mm: size,
                        weight: cell.weight,
                    };
                    self.push(Primitive::Text {
                        line,
                        colour: theme::INK,
                    });
                }
                x += width;
            }
            self.y = top + pad + (last - first) as f32 * line_height;
            first = last;
            if first < lines {
                self.y += pad;
                self.rule(top, shaded);
                self.break_column();
            } else {
                self.y += pad;
                self.rule(top, shaded);
            }
        }
    }

    /// Shades the row from `top` to here (behind its text) and draws the rule under it.
    fn rule(&mut self, top: f32, shaded: bool) {
        let (x, width) = (self.x(), self.width());
        if shaded && let Some(page) = self.pages.last_mut() {
            page.insert(
                0,
                Primitive::Rect {
                    rect: crate::layout::RectMm::new(x, top, x + width, self.y),
                    fill: Some(theme::BOX_FILL),
                    stroke: None,
                },
            );
        }
        self.push(Primitive::Line {
            from: PosMm::new(x, self.y),
            to: PosMm::new(x + width, self.y),
            width_mm: 0.2,
            dash: Dash::Solid,
            colour: theme::MUTED,
        });
    }
}
