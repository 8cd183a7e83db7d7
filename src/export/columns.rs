//! Table columns sized by what they hold, for the PDF and the Word copy alike: no column
//! narrower than its widest word in the header (a header never breaks) or its widest
//! piece of a word in the rows (words break only where the language lets them), the
//! room beyond that shared out as the table asks.

use super::content::Table;
use crate::fonts::{FontMetrics, Weight};
use crate::layout::text::{Hyphenation, narrowest_em};

/// How a table is set: its width, type size and the padding on each side of a cell, in
/// millimetres, and the language its words break in.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    pub room_mm: f32,
    pub size_mm: f32,
    pub pad_mm: f32,
    pub hyphens: Hyphenation,
}

/// The widths of `table`'s columns in millimetres, summing to the setting's room.
pub fn column_widths(table: &Table, setting: Setting, metrics: &FontMetrics) -> Vec<f32> {
    let columns = table.widths.len();
    let regular = (Weight::Regular, setting.hyphens);
    let least: Vec<f32> = (0..columns)
        .map(|column| {
            let header = (table.header.get(column).into_iter())
                .flat_map(|text| text.split_whitespace())
                .map(|word| metrics.width_em(word, Weight::Bold))
                .fold(0.0, f32::max);
            let weight = if table.bold.contains(&column) {
                Weight::Bold
            } else {
                Weight::Regular
            };
            let cells = (table.rows.iter())
                .filter_map(|row| row.get(column))
                .flat_map(|text| text.split_whitespace())
                .map(|word| narrowest_em(word, (weight, regular.1), metrics))
                .fold(0.0, f32::max);
            header.max(cells) * setting.size_mm + 2.0 * setting.pad_mm
        })
        .collect();
    share_out(&table.widths, &least, setting.room_mm)
}

/// `room` shared by `shares`, but no column under its `least`: what a column needs beyond
/// its share is taken from the others in proportion to what they have to spare.
fn share_out(shares: &[f32], least: &[f32], room: f32) -> Vec<f32> {
    let total_least: f32 = least.iter().sum();
    if total_least >= room {
        // Not even the least fits: each column gets its part of the room by its least.
        return least
            .iter()
            .map(|l| l / total_least.max(f32::EPSILON) * room)
            .collect();
    }
    let total: f32 = shares.iter().sum::<f32>().max(f32::EPSILON);
    let mut widths: Vec<f32> = shares.iter().map(|s| s / total * room).collect();
    // Raising one column can push another under its least; a few rounds settle it.
    for _ in 0..shares.len() {
        let short: f32 = widths
            .iter()
            .zip(least)
            .map(|(w, l)| (l - w).max(0.0))
            .sum();
        if short <= 0.001 {
            break;
        }
        let spare: f32 = widths
            .iter()
            .zip(least)
            .map(|(w, l)| (w - l).max(0.0))
            .sum();
        let take = short.min(spare) / spare.max(f32::EPSILON);
        for (width, least) in widths.iter_mut().zip(least) {
            if *width < *least {
                *width = *least;
            } else {
                *width -= (*width - least) * take;
            }
        }
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review_table() -> Table {
        Table {
            header: ["Wat", "Wie", "Gedaan?", "Werkt de aanpak?", "Hoe verder?"]
                .map(str::to_owned)
                .to_vec(),
            rows: vec![
                [
                    "Overleg met het samenwerkingsverband",
                    "Ilse de Boer",
                    "nog niet bepaald",
                    "ja",
                    "loopt door",
                ]
                .map(str::to_owned)
                .to_vec(),
            ],
            widths: vec![2.6, 1.7, 1.1, 2.6, 2.0],
            bold: Vec::new(),
        }
    }

    #[test]
    fn no_column_is_narrower_than_its_header_word_and_the_room_is_kept() {
        let metrics = FontMetrics::shipped();
        let setting = Setting {
            room_mm: 120.0,
            size_mm: 3.9,
            pad_mm: 1.9,
            hyphens: Hyphenation::Dutch,
        };
        let table = review_table();
        let widths = column_widths(&table, setting, metrics);
        let gedaan = metrics.width_em("Gedaan?", Weight::Bold) * 3.9 + 3.8;
        assert!(widths[2] >= gedaan - 0.01, "{widths:?} < {gedaan}");
        assert!(
            (widths.iter().sum::<f32>() - 120.0).abs() < 0.01,
            "{widths:?}"
        );
        // The other columns keep their order of size.
        assert!(widths[0] > widths[1], "{widths:?}");
    }

    #[test]
    fn shares_are_kept_where_every_column_has_room() {
        let widths = share_out(&[1.0, 3.0], &[5.0, 5.0], 100.0);
        assert_eq!(widths, [25.0, 75.0]);
        let widths = share_out(&[1.0, 9.0], &[20.0, 5.0], 100.0);
        assert!((widths[0] - 20.0).abs() < 0.01 && (widths[1] - 80.0).abs() < 0.01);
    }
}
