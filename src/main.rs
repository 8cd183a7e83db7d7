// On Windows the app is a window program: no console window opens behind it (a command typed
// in a terminal attaches to that terminal, see platform::console).
#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(target_arch = "wasm32")]
mod web_main;

/// In a browser the page's script calls this once the program is loaded.
#[cfg(target_arch = "wasm32")]
fn main() {
    web_main::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    use clap::Parser as _;
    use uitzicht::cli::{self, Cli};

    uitzicht::platform::startup::mark_start();
    if std::env::args_os().nth(1).is_some() {
        uitzicht::platform::console::attach_to_parent();
    }
    let cli = Cli::parse();
    if let Some(command) = &cli.command {
        return cli::run(command);
    }
    let mut viewport = egui::ViewportBuilder::default()
        .with_app_id(uitzicht::app::APP_ID)
        .with_title("Uitzicht")
        .with_inner_size(uitzicht::theme::WINDOW_SIZE)
        .with_min_inner_size(uitzicht::theme::WINDOW_MIN_SIZE)
        .with_drag_and_drop(true);
    if let Some(icon) = uitzicht::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let file = cli.file;
    let result = eframe::run_native(
        "Uitzicht",
        options,
        Box::new(move |cc| {
            Ok(Box::new(uitzicht::app::UitzichtApp::new(
                cc,
                file.as_deref(),
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            use std::io::Write as _;
            let t = uitzicht::i18n::Lang::from_env().texts();
            let said = uitzicht::platform::window_failure(&error.to_string(), t);
            let _ = writeln!(std::io::stderr().lock(), "{said}");
            ExitCode::FAILURE
        }
    }
}
