//! Text measure, in one place for the board, the sheet and the report: wrapping with the
//! shipped fonts' own advances, the line height, and how a crowded text shrinks.

use crate::fonts::{FontMetrics, Weight};
use crate::model::PosMm;

/// The distance from one line's top to the next, per millimetre of type size.
pub const LINE_HEIGHT: f32 = 1.22;
/// A crowded circle or box tries smaller type in steps of this.
pub const SHRINK_STEP_MM: f32 = 0.2;
/// The smallest item type that still reads on an A3 sheet held at arm's length.
pub const MIN_TEXT_MM: f32 = 2.6;

/// The height of one line of text of `size_mm`.
pub fn line_height(size_mm: f32) -> f32 {
    size_mm * LINE_HEIGHT
}

/// One line of text: its top-left corner, type size (the em) and weight.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    pub top_left: PosMm,
    pub text: String,
    pub size_mm: f32,
    pub weight: Weight,
}

impl TextLine {
    /// Where the baseline runs, for renderers that place text by baseline (PDF).
    pub fn baseline_y(&self) -> f32 {
        self.top_left.y + self.size_mm * FontMetrics::shipped().ascent_em()
    }
}

/// The largest type size from `base` down to [`MIN_TEXT_MM`], in steps of
/// [`SHRINK_STEP_MM`], for which `fits` holds; the floor if none does. Fewer lines never
/// need more room, so halving the range finds it in a few tries.
pub fn largest_fitting(base: f32, fits: impl Fn(f32) -> bool) -> f32 {
    largest_fitting_above(base, MIN_TEXT_MM, fits)
}

/// [`largest_fitting`] down to `floor` instead of the print floor.
pub fn largest_fitting_above(base: f32, floor: f32, fits: impl Fn(f32) -> bool) -> f32 {
    let base = base.max(floor);
    if base <= floor || fits(base) {
        return base.max(floor);
    }
    // Steps below `base`: step n is `base - n * SHRINK_STEP_MM`.
    let size_at = |step: u32| (base - step as f32 * SHRINK_STEP_MM).max(floor);
    let steps = ((base - floor) / SHRINK_STEP_MM).ceil() as u32;
    let (mut too_big, mut small) = (0, steps);
    if !fits(size_at(small)) {
        return floor;
    }
    while small - too_big > 1 {
        let middle = (too_big + small) / 2;
        if fits(size_at(middle)) {
            small = middle;
        } else {
            too_big = middle;
        }
    }
    size_at(small)
}

/// Where lines sit against their anchor.
#[derive(Clone, Copy)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// Lines of `size` from `anchor` down, each aligned against it.
pub fn place_lines(
    lines: &[String],
    anchor: PosMm,
    size: f32,
    weight: Weight,
    align: Align,
    metrics: &FontMetrics,
) -> Vec<TextLine> {
    lines
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let width = metrics.width_em(text, weight) * size;
            let x = match align {
                Align::Left => anchor.x,
                Align::Center => anchor.x - width / 2.0,
                Align::Right => anchor.x - width,
            };
            TextLine {
                top_left: PosMm::new(x, anchor.y + i as f32 * line_height(size)),
                text: text.clone(),
                size_mm: size,
                weight,
            }
        })
        .collect()
}

/// Breaks `text` into lines no wider than `width_mm`, at spaces where it can and inside a
/// word where it must. Line breaks in the text are kept; no character is dropped but the
/// spaces where a line breaks.
pub fn wrap(
    text: &str,
    width_mm: f32,
    size_mm: f32,
    weight: Weight,
    metrics: &FontMetrics,
) -> Vec<String> {
    // Widths are summed word by word rather than measuring each candidate line again.
    let width_em = width_mm / size_mm;
    let space = metrics.width_em(" ", weight);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_em = 0.0;
        for word in paragraph.split_whitespace() {
            let word_em = metrics.width_em(word, weight);
            if line.is_empty() && word_em <= width_em {
                line.push_str(word);
                line_em = word_em;
                continue;
            }
            if !line.is_empty() && line_em + space + word_em <= width_em {
                line.push(' ');
                line.push_str(word);
                line_em += space + word_em;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_em = 0.0;
            }
            if word_em <= width_em {
                line.push_str(word);
                line_em = word_em;
                continue;
            }
            // A word wider than the line is split where it must be.
            for ch in word.chars() {
                let mut buffer = [0u8; 4];
                let ch_em = metrics.width_em(ch.encode_utf8(&mut buffer), weight);
                if line_em + ch_em > width_em && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_em = 0.0;
                }
                line.push(ch);
                line_em += ch_em;
            }
        }
        lines.push(line);
    }
    lines
}
