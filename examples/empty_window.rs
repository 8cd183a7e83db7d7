//! The floor Uitzicht is measured against: an empty window with the same eframe features
//! and renderer, reporting its start-up the same way (`benches/floor.sh`).

fn main() -> eframe::Result {
    uitzicht::platform::startup::mark_start();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Leeg venster")
            .with_inner_size(uitzicht::theme::WINDOW_SIZE),
        ..Default::default()
    };
    eframe::run_native(
        "Leeg venster",
        options,
        Box::new(|_| Ok(Box::new(Empty::default()))),
    )
}

#[derive(Default)]
struct Empty {
    startup: uitzicht::platform::startup::StartupReport,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.startup.on_frame(ui.ctx());
    }
}
