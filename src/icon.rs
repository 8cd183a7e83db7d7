//! The app's icon for the window: the same three linked circles the desktop entry shows
//! (`packaging/icons/`), decoded from the shipped PNG.

/// The icon at 256 × 256.
pub const ICON_PNG: &[u8] = include_bytes!("../packaging/icons/uitzicht-256.png");

/// The icon as the window system wants it; `None` if the shipped PNG could not be read.
pub fn window_icon() -> Option<egui::IconData> {
    let pixmap = tiny_skia::Pixmap::decode_png(ICON_PNG).ok()?;
    let rgba = pixmap
        .pixels()
        .iter()
        .flat_map(|pixel| {
            let colour = pixel.demultiply();
            [colour.red(), colour.green(), colour.blue(), colour.alpha()]
        })
        .collect();
    Some(egui::IconData {
        rgba,
        width: pixmap.width(),
        height: pixmap.height(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shipped_icon_decodes_to_a_square_of_pixels() {
        let icon = super::window_icon().unwrap();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // The middle of the child's circle is its orange, fully opaque.
        let at = |x: usize, y: usize| &icon.rgba[(y * 256 + x) * 4..(y * 256 + x) * 4 + 4];
        assert_eq!(at(128, 80)[3], 255);
    }
}
