//! How fast a window comes up and what it holds, measured by the program itself: the time
//! from `main` to its first presented frame, and its resident memory then and after ten
//! seconds idle. Only when `UITZICHT_STARTUP_REPORT` is set, and only numbers (never what a
//! case holds), on stderr; `benches/floor.sh` compares the app with an empty window.

use std::sync::OnceLock;
use std::time::Duration;

use web_time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// How long the window stays up idle before the last reading.
const IDLE: Duration = Duration::from_secs(10);

/// Notes the start; the first thing `main` does.
pub fn mark_start() {
    let _ = STARTED.set(Instant::now());
}

/// The readings of one run, when asked for by the environment.
#[derive(Default)]
pub struct StartupReport {
    first_frame: Option<Instant>,
    done: bool,
}

impl StartupReport {
    /// Called at the start of every frame. The first frame is presented when the second
    /// begins; ten seconds later the window closes itself, its readings given.
    pub fn on_frame(&mut self, ctx: &egui::Context) {
        if self.done || std::env::var_os("UITZICHT_STARTUP_REPORT").is_none() {
            return;
        }
        let Some(started) = STARTED.get() else {
            return;
        };
        match self.first_frame {
            None if ctx.cumulative_pass_nr() > 0 => {
                let now = Instant::now();
                self.first_frame = Some(now);
                say("first_frame_ms", now.duration_since(*started).as_millis());
                if let Some(kb) = resident_kb() {
                    say("rss_first_frame_kb", kb);
                }
                ctx.request_repaint_after(IDLE);
            }
            None => ctx.request_repaint(),
            Some(first) if first.elapsed() >= IDLE => {
                if let Some(kb) = resident_kb() {
                    say("rss_idle_kb", kb);
                }
                // What the text takes: the glyph atlas (held twice, here and by the GPU
                // driver) and the laid-out texts kept for the next frame.
                let ([width, height], fill, galleys) = ctx.fonts(|f| {
                    (
                        f.font_image_size(),
                        f.font_atlas_fill_ratio(),
                        f.num_galleys_in_cache(),
                    )
                });
                say("atlas_px", format!("{width}x{height}"));
                say("atlas_fill_pct", (fill * 100.0).round());
                say("galleys", galleys);
                self.done = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Some(first) => ctx.request_repaint_after(IDLE.saturating_sub(first.elapsed())),
        }
    }
}

fn say(what: &str, value: impl std::fmt::Display) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "{what} {value}");
}

/// The process's resident memory in KiB, where the system tells it.
#[cfg(target_os = "linux")]
fn resident_kb() -> Option<u64> {
    // statm: sizes in pages; the second is what is resident.
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4)
}

#[cfg(not(target_os = "linux"))]
fn resident_kb() -> Option<u64> {
    None
}
