//! The design tokens: every colour of the app, for screen and print, in this file; sizes
//! and spacing in `sizes.rs`; fonts and egui's style in `style.rs`. Marker colours are
//! Okabe–Ito, safe for colour-blind viewers; each marker also carries its symbol and a
//! dark outline.

mod sizes;
mod style;

pub use sizes::*;
pub use style::{FontFamilies, MAX_TEXTURE_SIDE, install, install_fonts};

use crate::model::{CircleKind, ItemKind};

/// A colour as red, green and blue bytes; mapped to egui and to PDF by small functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn to_egui(self) -> egui::Color32 {
        egui::Color32::from_rgb(self.0, self.1, self.2)
    }

    /// Components from 0 to 1, as PDF wants them.
    pub fn to_unit(self) -> [f32; 3] {
        [self.0, self.1, self.2].map(|c| f32::from(c) / 255.0)
    }
}

pub const INK: Rgb = Rgb(0x1A, 0x1A, 0x1A);
pub const PAPER: Rgb = Rgb(0xFF, 0xFF, 0xFF);
pub const MUTED: Rgb = Rgb(0x66, 0x66, 0x66);
pub const BOX_FILL: Rgb = Rgb(0xF4, 0xF4, 0xF0);
pub const TOP_THREE: Rgb = Rgb(0xFF, 0xF1, 0xB8);

pub const GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
/// Lines in a chart, one per goal: Okabe–Ito again, and each line also carries its number.
pub const SERIES: [Rgb; 5] = [
    BLUE,
    VERMILLION,
    GREEN,
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0x56, 0xB4, 0xE9),
];
/// Orange dark enough to read as text on white.
pub const ORANGE_TEXT: Rgb = Rgb(0x9A, 0x55, 0x00);

/// The disk behind a marker symbol.
pub fn marker_fill(kind: ItemKind) -> Rgb {
    match kind {
        ItemKind::GoingWell => GREEN,
        ItemKind::MustImprove => ORANGE,
        ItemKind::Goal => VERMILLION,
        ItemKind::Question => BLUE,
    }
}

/// The symbol on the disk: dark on orange, white on the darker colours, for contrast.
pub fn marker_symbol(kind: ItemKind) -> Rgb {
    match kind {
        ItemKind::MustImprove => INK,
        ItemKind::GoingWell | ItemKind::Goal | ItemKind::Question => PAPER,
    }
}

/// A light tint per circle, so the three read apart even in grey.
pub fn circle_fill(kind: &CircleKind) -> Rgb {
    match kind {
        CircleKind::Child => Rgb(0xFF, 0xF8, 0xE7),
        CircleKind::School => Rgb(0xEE, 0xF5, 0xFB),
        CircleKind::Home => Rgb(0xEF, 0xF8, 0xF1),
        CircleKind::Custom(_) => Rgb(0xF5, 0xF2, 0xF8),
    }
}

/// A pale tint (a circle's or a box's background): it fades on a washed-out beamer, so the
/// high-contrast style leaves it white.
pub fn is_pale(rgb: Rgb) -> bool {
    rgb != PAPER && rgb.0 >= 0xE0 && rgb.1 >= 0xE0 && rgb.2 >= 0xE0
}
