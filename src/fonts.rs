//! The fonts shipped in `fonts/`: Atkinson Hyperlegible Next as the face, DejaVu Sans for
//! the symbols it lacks (☺ ↑ ✓ ĳ …). The same bytes and metrics serve screen and print.

use std::sync::OnceLock;

use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::raw::TableProvider as _;
use skrifa::{FontRef, MetadataProvider as _};

pub const ATKINSON_REGULAR: &[u8] = include_bytes!("../fonts/AtkinsonHyperlegibleNext-Regular.ttf");
pub const ATKINSON_BOLD: &[u8] = include_bytes!("../fonts/AtkinsonHyperlegibleNext-Bold.ttf");
/// The scripts a name in a Dutch school is written in (Latin, Greek, Cyrillic, Armenian,
/// Georgian) and the symbols, arrows and shapes: a third of the whole font, for a page that
/// downloads it. Made with fonttools from DejaVu Sans 2.37 (`fonts/README.md`).
pub const DEJAVU_SANS: &[u8] = include_bytes!("../fonts/DejaVuSans-Subset.ttf");

/// Regular or bold text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Bold,
}

/// Which shipped font draws a character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FontFile {
    AtkinsonRegular,
    AtkinsonBold,
    DejaVu,
}

/// Characters whose advances are looked up once, at start: Latin with its accents and the
/// common punctuation. Everything else is looked up in the font when met.
const TABLE_CHARS: u32 = 0x250;

struct Face {
    font: FontRef<'static>,
    charmap: Charmap<'static>,
    glyphs: GlyphMetrics<'static>,
    units_per_em: f32,
    /// Advance in ems of each character below [`TABLE_CHARS`]; NaN where the face lacks it.
    table: Vec<f32>,
}

impl Face {
    fn new(bytes: &'static [u8]) -> Option<Self> {
        let font = FontRef::new(bytes).ok()?;
        let glyphs = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = f32::from(font.head().ok()?.units_per_em());
        let mut face = Self {
            charmap: font.charmap(),
            font,
            glyphs,
            units_per_em,
            table: Vec::new(),
        };
        face.table = (0..TABLE_CHARS)
            .map(|code| {
                char::from_u32(code)
                    .and_then(|ch| face.look_up(ch))
                    .unwrap_or(f32::NAN)
            })
            .collect();
        Some(face)
    }

    fn look_up(&self, ch: char) -> Option<f32> {
        let glyph = self.charmap.map(ch)?;
        Some(self.glyphs.advance_width(glyph)? / self.units_per_em)
    }

    fn has(&self, ch: char) -> bool {
        match self.table.get(ch as usize) {
            Some(advance) => !advance.is_nan(),
            None => self.charmap.map(ch).is_some(),
        }
    }

    /// Advance of `ch` in ems, if this face has it.
    fn advance_em(&self, ch: char) -> Option<f32> {
        match self.table.get(ch as usize) {
            Some(advance) => (!advance.is_nan()).then_some(*advance),
            None => self.look_up(ch),
        }
    }
}

/// Glyph advances of the shipped fonts, for wrapping text the same way on screen and paper.
pub struct FontMetrics {
    regular: Face,
    bold: Face,
    fallback: Face,
    ascent_em: f32,
}

impl FontMetrics {
    /// The metrics of the shipped fonts, read once.
    pub fn shipped() -> &'static Self {
        static METRICS: OnceLock<FontMetrics> = OnceLock::new();
        METRICS.get_or_init(|| {
            let face =
                |bytes| Face::new(bytes).unwrap_or_else(|| unreachable!("shipped fonts parse"));
            let regular = face(ATKINSON_REGULAR);
            let ascent_em = regular
                .font
                .metrics(Size::unscaled(), LocationRef::default())
                .ascent
                / regular.units_per_em;
            Self {
                regular,
                bold: face(ATKINSON_BOLD),
                fallback: face(DEJAVU_SANS),
                ascent_em,
            }
        })
    }

    /// The font that draws `ch`: the face if it has the glyph, else DejaVu.
    pub fn font_for(&self, ch: char, weight: Weight) -> FontFile {
        let (face, file) = match weight {
            Weight::Regular => (&self.regular, FontFile::AtkinsonRegular),
            Weight::Bold => (&self.bold, FontFile::AtkinsonBold),
        };
        if face.has(ch) { file } else { FontFile::DejaVu }
    }

    /// Width of `text` in ems.
    pub fn width_em(&self, text: &str, weight: Weight) -> f32 {
        let face = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        text.chars()
            .map(|ch| {
                face.advance_em(ch)
                    .or_else(|| self.fallback.advance_em(ch))
                    .unwrap_or(0.5)
            })
            .sum()
    }

    /// Distance from the top of a line to its baseline, in ems.
    pub fn ascent_em(&self) -> f32 {
        self.ascent_em
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_missing_in_atkinson_fall_back_to_dejavu() {
        let metrics = FontMetrics::shipped();
        assert_eq!(
            metrics.font_for('a', Weight::Regular),
            FontFile::AtkinsonRegular
        );
        assert_eq!(metrics.font_for('ë', Weight::Bold), FontFile::AtkinsonBold);
        for ch in ['☺', '↑', '✓', '↗', '↘'] {
            assert_eq!(
                metrics.font_for(ch, Weight::Regular),
                FontFile::DejaVu,
                "{ch}"
            );
        }
        // Atkinson has the Dutch ĳ itself.
        assert_eq!(
            metrics.font_for('ĳ', Weight::Regular),
            FontFile::AtkinsonRegular
        );
        let wide = metrics.width_em("WWWW", Weight::Regular);
        let narrow = metrics.width_em("iiii", Weight::Regular);
        assert!(wide > narrow * 2.0);
        assert!(metrics.ascent_em() > 0.5 && metrics.ascent_em() < 1.2);
    }
}
