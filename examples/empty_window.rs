//! The floor Uitzicht is measured against: an empty window with the same eframe features
//! and renderer, reporting its start-up the same way (`benches/floor.sh`). With
//! `UITZICHT_FLOOR_TEXT` set it draws one line of text with the app's fonts, style and glyph
//! atlas, no more: what drawing anything at all costs (the driver's shaders, the font and its
//! atlas), which the empty window never pays.

fn main() -> eframe::Result {
    uitzicht::platform::startup::mark_start();
    let text = std::env::var_os("UITZICHT_FLOOR_TEXT").is_some();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Leeg venster")
            .with_inner_size(uitzicht::theme::WINDOW_SIZE),
        ..Default::default()
    };
    eframe::run_native(
        "Leeg venster",
        options,
        Box::new(move |cc| {
            if text {
                uitzicht::theme::install(&cc.egui_ctx);
            }
            Ok(Box::new(Empty {
                text,
                startup: Default::default(),
            }))
        }),
    )
}

struct Empty {
    text: bool,
    startup: uitzicht::platform::startup::StartupReport,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.startup.on_frame(ui.ctx());
        if self.text {
            ui.label("Leeg venster");
        }
    }
}
