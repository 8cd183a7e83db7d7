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
    ctx.add_plugin(OneAtlas);
}

/// The widest glyph atlas the app asks for. The driver allows more (16384 pixels under
/// Mesa's software renderer, held by the app and the driver alike); 4096 holds every glyph
/// the board, the forms and the projector use (measured: 4.4 MB less resident memory with
/// the example, benches/floor.sh).
pub const MAX_TEXTURE_SIDE: usize = 4096;

/// Every window asks for the same glyph atlas. egui keeps one atlas for all windows and
/// starts it anew whenever a window's pass asks for another size; the projector window is
/// drawn in the middle of the chair's window's pass, so a different size there emptied the
/// atlas under text the chair's window had just laid out, and that window showed other
/// glyphs than it meant until the projector closed. The limit is set on each window's
/// input, the projector's too (an app's own input hook sees only the main window's).
struct OneAtlas;

impl egui::Plugin for OneAtlas {
    fn debug_name(&self) -> &'static str {
        "uitzicht: one glyph atlas"
    }

    fn input_hook(&mut self, _ctx: &egui::Context, input: &mut egui::RawInput) {
        let side = input.max_texture_side.unwrap_or(MAX_TEXTURE_SIDE);
        input.max_texture_side = Some(side.min(MAX_TEXTURE_SIDE));
    }
}

/// Installs the shipped fonts, the only ones: Atkinson Hyperlegible Next first, DejaVu Sans
/// for the symbols and scripts it lacks (egui's own fonts are not built in).
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
    let chain = |first: &str| vec![first.to_owned(), "dejavu".to_owned()];
    fonts
        .families
        .insert(FontFamily::Proportional, chain("atkinson"));
    fonts.families.insert(
        FontFamily::Name(FontFamilies::BOLD.into()),
        chain("atkinson-bold"),
    );
    // Nothing of ours is set in monospace; should egui set something so, it has letters.
    fonts
        .families
        .insert(FontFamily::Monospace, chain("atkinson"));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// One pass of `viewport` whose input asks for an atlas `side` wide, with text of
    /// `size` points; the glyph atlas's size after it.
    fn atlas_after_pass(
        ctx: &egui::Context,
        viewport: egui::ViewportId,
        side: usize,
        size: f32,
    ) -> [usize; 2] {
        let mut input = egui::RawInput {
            viewport_id: viewport,
            max_texture_side: Some(side),
            ..Default::default()
        };
        input
            .viewports
            .insert(viewport, egui::ViewportInfo::default());
        let mut output = ctx.run_ui(input, |ui| {
            ui.label(egui::RichText::new("Daan leest graag ↑ ☺").size(size));
        });
        // No painter here to hand the changes to.
        output.textures_delta.clear();
        ctx.fonts(|fonts| fonts.font_image_size())
    }

    #[test]
    fn the_projector_window_keeps_the_one_glyph_atlas_of_the_chairs_window() {
        let ctx = egui::Context::default();
        install(&ctx);
        let chair = egui::ViewportId::ROOT;
        let projector = egui::ViewportId::from_hash_of("projector");
        // The main window as an app's own input hook left it, the projector as the driver
        // reports: one atlas, as wide as the app asks, whichever window draws. (A width
        // that changed would mean the atlas was made anew under the other window's text.)
        let first = atlas_after_pass(&ctx, chair, MAX_TEXTURE_SIDE, 14.0);
        assert_eq!(first[0], MAX_TEXTURE_SIDE);
        for _ in 0..3 {
            assert_eq!(atlas_after_pass(&ctx, projector, 16_384, 60.0)[0], first[0]);
            assert_eq!(
                atlas_after_pass(&ctx, chair, MAX_TEXTURE_SIDE, 14.0)[0],
                first[0]
            );
        }
    }
}
