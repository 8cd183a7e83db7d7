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

/// `line` with "…" at its end, shortened at a word (or a letter, for one long word) so that
/// the two fit `width_em`.
pub(super) fn ending_in_ellipsis(
    line: &str,
    width_em: f32,
    (weight, metrics): (Weight, &FontMetrics),
) -> String {
    let fits = |text: &str| metrics.width_em(&format!("{text} …"), weight) <= width_em;
    // A word broken at the line's end goes whole: "spreek …" reads as another word.
    let mut kept = match line.strip_suffix('-') {
        Some(head) => head.rfind(' ').map_or(head, |space| &head[..space]),
        None => line,
    }
    .trim_end()
    .to_owned();
    while !kept.is_empty() && !fits(&kept) {
        match kept.rfind(' ') {
            Some(space) if space > 0 => kept.truncate(space),
            _ => {
                kept.pop();
            }
        }
        kept = kept.trim_end().to_owned();
    }
    if kept.is_empty() {
        "…".to_owned()
    } else {
        format!("{kept} …")
    }
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

/// The language whose rules say where a word may break across lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Hyphenation {
    #[default]
    Dutch,
    English,
}

impl Hyphenation {
    /// The rules of the language `t` is written in.
    pub fn of(t: &crate::i18n::Texts) -> Self {
        if t.language_tag.starts_with("en") {
            Self::English
        } else {
            Self::Dutch
        }
    }

    fn patterns(self) -> hypher::Lang {
        match self {
            Self::Dutch => hypher::Lang::Dutch,
            Self::English => hypher::Lang::English,
        }
    }
}

/// Where `word` may break, as byte offsets inside it, each with whether the break needs a
/// hyphen added (not after a hyphen that is there already). Letters are split by the
/// language's patterns; what surrounds them (brackets, punctuation) stays with them.
fn break_points(word: &str, hyphens: Hyphenation) -> Vec<(usize, bool)> {
    let mut points = Vec::new();
    let mut start = 0;
    for part in word.split_inclusive('-') {
        let letters = part.trim_matches(|c: char| !c.is_alphabetic());
        if !letters.is_empty() {
            let offset =
                start + (part.len() - part.trim_start_matches(|c: char| !c.is_alphabetic()).len());
            let mut at = offset;
            let syllables: Vec<&str> = hypher::hyphenate(letters, hyphens.patterns()).collect();
            for syllable in &syllables[..syllables.len().saturating_sub(1)] {
                at += syllable.len();
                points.push((at, true));
            }
        }
        start += part.len();
        if part.ends_with('-') && start < word.len() {
            points.push((start, false));
        }
    }
    points
}

/// The width in ems of the widest piece `word` can be broken into at its break points
/// (with the hyphens that adds): the narrowest a column holding it can be.
pub fn narrowest_em(
    word: &str,
    (weight, hyphens): (Weight, Hyphenation),
    metrics: &FontMetrics,
) -> f32 {
    let mut widest: f32 = 0.0;
    let mut from = 0;
    for (at, add) in break_points(word, hyphens) {
        let piece = &word[from..at];
        let piece_em = metrics.width_em(piece, weight)
            + if add {
                metrics.width_em("-", weight)
            } else {
                0.0
            };
        widest = widest.max(piece_em);
        from = at;
    }
    widest.max(metrics.width_em(&word[from..], weight))
}

/// A word too wide for its line, measured once: the width before each of its characters
/// and where it may break. Breaking it then costs time in proportion to its length, however
/// long (a pasted link, a cell of one word).
struct MeasuredWord<'w> {
    word: &'w str,
    /// `before[i]`: the width in ems of `word[..i]`, at every character boundary `i`.
    before: Vec<f32>,
    points: Vec<(usize, bool)>,
    hyphen_em: f32,
}

impl<'w> MeasuredWord<'w> {
    fn new(word: &'w str, (weight, hyphens): (Weight, Hyphenation), metrics: &FontMetrics) -> Self {
        let mut before = vec![0.0; word.len() + 1];
        let mut sum = 0.0;
        let mut buffer = [0u8; 4];
        for (at, ch) in word.char_indices() {
            before[at] = sum;
            sum += metrics.width_em(ch.encode_utf8(&mut buffer), weight);
        }
        before[word.len()] = sum;
        Self {
            word,
            before,
            points: break_points(word, hyphens),
            hyphen_em: metrics.width_em("-", weight),
        }
    }

    /// The width of `word[from..to]`.
    fn width(&self, from: usize, to: usize) -> f32 {
        self.before[to] - self.before[from]
    }

    /// The furthest break point after `from` whose head (with its hyphen) fits in
    /// `room_em`. `next` remembers where the points still ahead begin, so that each line
    /// looks only at the points within its own reach.
    fn head(&self, from: usize, room_em: f32, next: &mut usize) -> Option<(usize, bool)> {
        while self.points.get(*next).is_some_and(|&(at, _)| at <= from) {
            *next += 1;
        }
        let mut found = None;
        for &(at, add) in &self.points[*next..] {
            let head_em = self.width(from, at);
            if head_em > room_em {
                break;
            }
            if head_em + if add { self.hyphen_em } else { 0.0 } <= room_em {
                found = Some((at, add));
            }
        }
        found
    }

    /// Where a line from `from` ends when the word must split where no break point is: as
    /// many characters as fit in `room_em`, and at least one.
    fn fill(&self, from: usize, room_em: f32) -> usize {
        let mut end = from;
        for (offset, ch) in self.word[from..].char_indices() {
            let next = from + offset + ch.len_utf8();
            if end > from && self.width(from, next) > room_em {
                break;
            }
            end = next;
        }
        end
    }

    /// The piece `from..to`, with the hyphen its break adds.
    fn piece(&self, from: usize, (to, add): (usize, bool)) -> String {
        let mut piece = self.word[from..to].to_owned();
        if add {
            piece.push('-');
        }
        piece
    }
}

/// Breaks `text` into lines no wider than `width_mm`, at spaces where it can, inside a word
/// at a point where the language hyphenates it (with a hyphen) where that fills a line
/// better, and anywhere only in a word too long for a line even where it may break. Line
/// breaks in the text are kept; no character is dropped but the spaces where a line breaks.
/// Takes time in proportion to the text's length.
pub fn wrap(
    text: &str,
    width_mm: f32,
    size_mm: f32,
    (weight, hyphens): (Weight, Hyphenation),
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
            let measured = MeasuredWord::new(word, (weight, hyphens), metrics);
            let (mut from, mut next) = (0, 0);
            if !line.is_empty() {
                // The word's head fills the line where the language lets it break.
                let room = width_em - line_em - space;
                if let Some(end) = measured.head(from, room, &mut next) {
                    line.push(' ');
                    line.push_str(&measured.piece(from, end));
                    from = end.0;
                }
                lines.push(std::mem::take(&mut line));
            }
            // A word longer than a line: at its break points while they fit, and where it
            // must where none does.
            while measured.width(from, word.len()) > width_em {
                let end = measured
                    .head(from, width_em, &mut next)
                    .unwrap_or_else(|| (measured.fill(from, width_em), false));
                lines.push(measured.piece(from, end));
                from = end.0;
            }
            line.push_str(&word[from..]);
            line_em = measured.width(from, word.len());
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_cut_short_ends_at_a_whole_word_and_within_its_width() {
        let metrics = FontMetrics::shipped();
        let cut = |line: &str, width_em: f32| {
            ending_in_ellipsis(line, width_em, (Weight::Regular, metrics))
        };
        // A word broken at the end goes whole rather than as a piece of itself.
        assert_eq!(
            cut("Wil Daan zelf een spreek-", 40.0),
            "Wil Daan zelf een …"
        );
        assert_eq!(
            cut("Kan opa een leesmoment", 40.0),
            "Kan opa een leesmoment …"
        );
        let narrow = cut("Kan opa een leesmoment", 8.0);
        assert!(
            metrics.width_em(&narrow, Weight::Regular) <= 8.0,
            "{narrow}"
        );
        assert!(
            narrow.starts_with("Kan") && narrow.ends_with(" …"),
            "{narrow}"
        );
        // One word wider than the line is cut within it.
        let word = cut("Ondersteuningsbehoeften", 5.0);
        assert!(word.starts_with("Onder") && word.ends_with('…'), "{word}");
        assert_eq!(cut("", 5.0), "…");
    }

    fn lines(text: &str, width_mm: f32, hyphens: Hyphenation) -> Vec<String> {
        let metrics = FontMetrics::shipped();
        wrap(text, width_mm, 4.0, (Weight::Regular, hyphens), metrics)
    }

    #[test]
    fn dutch_compounds_break_where_dutch_hyphenates_them() {
        let points = |word| {
            let points = break_points(word, Hyphenation::Dutch);
            points
                .iter()
                .map(|(at, _)| &word[..*at])
                .collect::<Vec<_>>()
        };
        let heads = points("ondersteuningsbehoeften");
        assert!(heads.contains(&"ondersteunings"), "{heads:?}");
        assert!(heads.contains(&"ondersteuningsbe"), "{heads:?}");
        let heads = points("samenwerkingsverband");
        assert!(heads.contains(&"samenwerkings"), "{heads:?}");
        // Brackets and punctuation stay with the letters; a hyphen that is there is a break.
        assert!(points("(voorjaarsvakantie),").contains(&"(voorjaars"));
        assert_eq!(
            break_points("ouder-kind", Hyphenation::Dutch).last(),
            Some(&(6, false))
        );
    }

    #[test]
    fn a_word_broken_across_lines_gets_a_hyphen_at_a_break_point() {
        let text = "Overleg met het samenwerkingsverband over ondersteuningsbehoeften";
        for width in [18.0, 25.0, 32.0, 40.0, 55.0] {
            let wrapped = lines(text, width, Hyphenation::Dutch);
            let metrics = FontMetrics::shipped();
            for line in &wrapped {
                assert!(metrics.width_em(line, Weight::Regular) * 4.0 <= width + 0.01);
            }
            // Every character is kept; a line that ends inside a word ends in a hyphen.
            let joined = wrapped.join(" ").replace("- ", "");
            assert_eq!(
                joined.split_whitespace().collect::<Vec<_>>().join(" "),
                text
            );
            for pair in wrapped.windows(2) {
                let last = pair[0].rsplit(' ').next().unwrap_or_default();
                let first = pair[1].split(' ').next().unwrap_or_default();
                let between_words =
                    text.contains(&format!("{last} {}", first.trim_end_matches('-')));
                assert!(last.ends_with('-') || between_words, "{wrapped:?}");
            }
        }
    }

    #[test]
    fn english_words_follow_english_rules() {
        let wrapped = lines(
            "Discussed the extraordinary circumstances",
            24.0,
            Hyphenation::English,
        );
        assert!(wrapped.iter().any(|l| l.ends_with('-')), "{wrapped:?}");
    }

    #[test]
    fn a_word_of_twenty_thousand_characters_breaks_whole_and_within_the_width() {
        let metrics = FontMetrics::shipped();
        let hyphenated = "ondersteuningsbehoeften".repeat(900);
        let link = format!("https://example.org/{}", "a1b2c3%2F".repeat(2_300));
        for word in [hyphenated, link] {
            assert!(word.len() >= 20_000);
            let text = format!("Zie {word} hier");
            let wrapped = lines(&text, 40.0, Hyphenation::Dutch);
            for line in &wrapped {
                assert!(
                    metrics.width_em(line, Weight::Regular) * 4.0 <= 40.01,
                    "{line}"
                );
            }
            // Every character is kept: the pieces and their added hyphens give the word.
            let pieces: String = wrapped.iter().map(|l| l.trim_end_matches('-')).collect();
            assert_eq!(pieces.replace(' ', ""), text.replace(' ', ""));
        }
    }
}
