//! The app's fonts and egui style, installed once when it starts.

use std::sync::Arc;

use super::sizes;
use egui::FontFamily;

use crate::fonts::Weight;

/// The egui font families the app installs (see [`install_fonts`]).
pub struct FontFamilies;

impl FontFamilies {
    pub const BOLD: &'static str = "bold";

    pub fn of(weight: Weight) -> FontFamily {
        match weight {
            Weight::Regular => FontFamily::Proportional,
            Weight::Bold => FontFamily::Name(Self::BOLD.into()),
        }
    }
}

/// Installs the fonts and the style.
pub fn install(ctx: &egui::Context) {
    install_fonts(ctx);
    install_style(ctx);
}

/// Installs the shipped fonts: Atkinson Hyperlegible Next first, DejaVu Sans for the
/// symbols it lacks, and egui's own fonts last.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::{FontData, FontDefinitions};
    let mut fonts = FontDefinitions::default();
    let faces = [
        ("atkinson", crate::fonts::ATKINSON_REGULAR),
        ("atkinson-bold", crate::fonts::ATKINSON_BOLD),
        ("dejavu", crate::fonts::DEJAVU_SANS),
    ];
    for (name, bytes) in faces {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let chain = |first: &str| {
        let mut chain = vec![first.to_owned(), "dejavu".to_owned()];
        chain.extend(defaults.iter().cloned());
        chain
    };
    fonts
        .families
        .insert(FontFamily::Proportional, chain("atkinson"));
    fonts.families.insert(
        FontFamily::Name(FontFamilies::BOLD.into()),
        chain("atkinson-bold"),
    );
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("dejavu".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Larger type and a light theme: the app is read from across a meeting room.
fn install_style(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    // Ctrl +/− zoom the board, not the whole interface.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.global_style_mut(|style| {
        for font in style.text_styles.values_mut() {
            font.size *= sizes::TEXT_SCALE;
        }
        style.spacing.interact_size.y = sizes::TOUCH_TARGET;
        style.spacing.button_padding = sizes::BUTTON_PADDING;
    });
}
