//! The legend: each marker with its symbol and name, each spiral with its line.

use super::text::LINE_HEIGHT;
use super::text::TextLine;
use super::{LEGEND_RECT, LegendLayout, PADDING_MM};
use crate::fonts::Weight;
use crate::i18n::Texts;
use crate::model::{ItemKind, ItemMark, PosMm, Spiral};
use crate::names::{kind_name, spiral_name};

/// The legend: on paper and the laptop every marker, spiral and mark; on a projector (a
/// `floor` given) only the markers, at the floor, which is what the room needs to read the
/// circles.
pub(super) fn legend_layout(t: &Texts, floor: Option<f32>) -> LegendLayout {
    let rect = LEGEND_RECT;
    let inner = rect.shrink(PADDING_MM);
    let size = floor.unwrap_or(4.0);
    let row = size * 1.4;
    let title = TextLine {
        top_left: inner.min,
        text: t.legend.to_owned(),
        size_mm: if floor.is_some() { size } else { size * 1.1 },
        weight: Weight::Bold,
    };
    let mut y = inner.min.y + row * 1.2;
    let label = |x: f32, y: f32, text: &str| TextLine {
        top_left: PosMm::new(x, y),
        text: text.to_owned(),
        size_mm: size,
        weight: Weight::Regular,
    };
    let mut markers = Vec::new();
    for kind in ItemKind::ALL {
        let radius = size * 0.5;
        markers.push((
            kind,
            PosMm::new(inner.min.x + radius, y + size * LINE_HEIGHT / 2.0),
            radius,
            label(inner.min.x + size * 1.4, y, kind_name(kind, t)),
        ));
        y += row;
    }
    let mut spirals = Vec::new();
    for spiral in Spiral::ALL {
        let mid = y + size * LINE_HEIGHT / 2.0;
        spirals.push((
            spiral,
            PosMm::new(inner.min.x, mid),
            PosMm::new(inner.min.x + 10.0, mid),
            label(inner.min.x + 12.0, y, spiral_name(spiral, t)),
        ));
        y += row;
    }
    let mut marks = Vec::new();
    for (mark, word) in [
        (ItemMark::BuildOn, t.chain_builds_on),
        (ItemMark::Change, t.chain_changes),
    ] {
        let under = y + size * 1.1;
        marks.push((
            mark,
            PosMm::new(inner.min.x, under),
            PosMm::new(inner.min.x + 10.0, under),
            label(inner.min.x + 12.0, y, &word.to_lowercase()),
        ));
        y += row;
    }
    if floor.is_some() {
        spirals.clear();
        marks.clear();
    }
    LegendLayout {
        rect,
        title,
        markers,
        spirals,
        marks,
    }
}
