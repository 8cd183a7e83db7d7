//! Why a window could not be opened, in words: on Linux the libraries it loads while it
//! runs, named with the Debian packages that bring them.

/// A library the window needs that the system loads while the app runs (so no package
/// manager sees it at install time), with the Debian package that brings it.
struct RuntimeLibrary {
    file: &'static str,
    package: &'static str,
}

/// What the window loads on X11, as `LD_DEBUG=files` shows of a start (see packaging/).
const X11_LIBRARIES: [RuntimeLibrary; 7] = [
    RuntimeLibrary {
        file: "libX11.so.6",
        package: "libx11-6",
    },
    RuntimeLibrary {
        file: "libX11-xcb.so.1",
        package: "libx11-xcb1",
    },
    RuntimeLibrary {
        file: "libXcursor.so.1",
        package: "libxcursor1",
    },
    RuntimeLibrary {
        file: "libXi.so.6",
        package: "libxi6",
    },
    RuntimeLibrary {
        file: "libxkbcommon.so.0",
        package: "libxkbcommon0",
    },
    RuntimeLibrary {
        file: "libxkbcommon-x11.so.0",
        package: "libxkbcommon-x11-0",
    },
    RuntimeLibrary {
        file: "libGL.so.1",
        package: "libgl1",
    },
];

/// What the window loads on Wayland.
const WAYLAND_LIBRARIES: [RuntimeLibrary; 5] = [
    RuntimeLibrary {
        file: "libwayland-client.so.0",
        package: "libwayland-client0",
    },
    RuntimeLibrary {
        file: "libwayland-cursor.so.0",
        package: "libwayland-cursor0",
    },
    RuntimeLibrary {
        file: "libwayland-egl.so.1",
        package: "libwayland-egl1",
    },
    RuntimeLibrary {
        file: "libxkbcommon.so.0",
        package: "libxkbcommon0",
    },
    RuntimeLibrary {
        file: "libEGL.so.1",
        package: "libegl1",
    },
];

/// The folders the system looks for libraries in, as far as a program can tell without
/// asking the loader: `LD_LIBRARY_PATH`, then the usual and the multiarch folders.
fn library_folders() -> Vec<std::path::PathBuf> {
    let multiarch = format!("{}-linux-gnu", std::env::consts::ARCH);
    let mut folders: Vec<std::path::PathBuf> = std::env::var_os("LD_LIBRARY_PATH")
        .map(|paths| std::env::split_paths(&paths).collect())
        .unwrap_or_default();
    for base in ["/lib", "/usr/lib", "/usr/local/lib"] {
        folders.push(std::path::Path::new(base).join(&multiarch));
        folders.push(base.into());
    }
    folders.extend(["/lib64".into(), "/usr/lib64".into()]);
    folders
}

/// A dependency's error may name the path and line of its source ("os error at
/// /root/.cargo/…/mod.rs:788: Failed to open display"): no help to a user, but what follows
/// it says what went wrong, so that stays.
fn without_source_path(error: &str) -> String {
    match error.split_once(" at /") {
        Some((head, rest)) => match rest.split_once(": ") {
            Some((_, what)) => format!("{}: {}", head.trim(), what.trim()),
            None => head.trim().to_string(),
        },
        None => error.trim().to_string(),
    }
}

/// Why no window could be opened, in the user's words: no display, or a library of the
/// system missing (named, with the package that brings it), with the error as detail.
pub fn window_failure(error: &str, t: &crate::i18n::Texts) -> String {
    use crate::i18n::fill;
    let detail = without_source_path(error);
    let set = |key: &str| std::env::var_os(key).is_some_and(|v| !v.is_empty());
    let (x11, wayland) = (set("DISPLAY"), set("WAYLAND_DISPLAY"));
    if cfg!(unix) && !cfg!(target_os = "macos") && !x11 && !wayland {
        return fill(t.window_no_display, &[("detail", &detail)]);
    }
    let needed: Vec<&RuntimeLibrary> = if wayland {
        WAYLAND_LIBRARIES.iter().collect()
    } else {
        X11_LIBRARIES.iter().collect()
    };
    let folders = library_folders();
    let missing: Vec<&RuntimeLibrary> = needed
        .into_iter()
        .filter(|library| {
            !folders
                .iter()
                .any(|folder| folder.join(library.file).exists())
        })
        .collect();
    if cfg!(target_os = "linux") && !missing.is_empty() {
        let files: Vec<&str> = missing.iter().map(|l| l.file).collect();
        let packages: Vec<&str> = missing.iter().map(|l| l.package).collect();
        return fill(
            t.window_missing_library,
            &[
                ("files", &files.join(", ")),
                ("packages", &packages.join(" ")),
                ("detail", &detail),
            ],
        );
    }
    fill(t.window_failed, &[("detail", &detail)])
}

/// Full screen while presenting: the window's on the desktop, the page's in a browser.
pub fn set_fullscreen(ctx: &egui::Context, on: bool) {
    #[cfg(not(target_arch = "wasm32"))]
    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
    #[cfg(target_arch = "wasm32")]
    {
        let _ = ctx;
        page_fullscreen(on);
    }
}

/// The page fills the screen, or no longer. A browser allows it only just after a key or a
/// click, which presenting always follows.
#[cfg(target_arch = "wasm32")]
fn page_fullscreen(on: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if on {
        if let Some(page) = document.document_element() {
            let _ = page.request_fullscreen();
        }
    } else if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_that_cannot_open_is_explained_without_a_source_path() {
        let t = crate::i18n::Lang::Nl.texts();
        let said = window_failure(
            "winit EventLoopError: os error at /root/.cargo/registry/src/winit/mod.rs:788: Failed",
            t,
        );
        assert!(!said.contains(".cargo"), "{said}");
        assert!(
            said.contains("winit EventLoopError: os error: Failed"),
            "{said}"
        );
    }
}
