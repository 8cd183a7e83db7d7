//! Items inside their circle: wrapped, shrunk down to the floor when crowded, and what
//! still does not fit laid out below and counted.

use super::text::{Align, LINE_HEIGHT, largest_fitting_above, place_lines, wrap};
use super::{ItemLayout, RectMm};
use crate::fonts::{FontMetrics, Weight};
use crate::model::{Item, PosMm};

pub(super) fn fit_items(
    entries: &[Item],
    content: RectMm,
    (base, floor): (f32, f32),
    metrics: &FontMetrics,
) -> (f32, Vec<ItemLayout>, bool) {
    let fits = |size: f32| place_items(entries, content, size, metrics).1 <= content.max.y;
    let size = largest_fitting_above(base, floor, fits);
    let (items, bottom) = place_items(entries, content, size, metrics);
    (size, items, bottom > content.max.y)
}

fn place_items(
    entries: &[Item],
    content: RectMm,
    size: f32,
    metrics: &FontMetrics,
) -> (Vec<ItemLayout>, f32) {
    let line_height = size * LINE_HEIGHT;
    let marker_radius_mm = size * 0.5;
    let indent = size * 1.35;
    let mut y = content.min.y;
    let mut items = Vec::with_capacity(entries.len());
    for item in entries {
        let wrapped = wrap(
            &item.text,
            content.width() - indent,
            size,
            Weight::Regular,
            metrics,
        );
        let weight = if item.top_three {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let lines = place_lines(
            &wrapped,
            PosMm::new(content.min.x + indent, y),
            size,
            weight,
            Align::Left,
            metrics,
        );
        let height = wrapped.len() as f32 * line_height;
        items.push(ItemLayout {
            id: item.id,
            kind: item.kind,
            top_three: item.top_three,
            carried: item.carried,
            marker_center: PosMm::new(content.min.x + marker_radius_mm, y + line_height / 2.0),
            marker_radius_mm,
            lines,
            mark: None,
            bounds: RectMm::new(
                content.min.x - 1.0,
                y - 0.5,
                content.max.x,
                y + height + 0.5,
            ),
        });
        y += height + size * 0.3;
    }
    (items, y)
}
