//! For a Windows build, the exe's icon, manifest and version (packaging/windows/uitzicht.rc)
//! become a resource linked into it; for any other target there is nothing to do.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=packaging/windows");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    // The version shown in the exe's properties is Cargo.toml's (embed-resource puts OUT_DIR
    // on the resource compiler's include path).
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut parts: Vec<&str> = version.split(['.', '-', '+']).take(3).collect();
    parts.resize(4, "0");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let header = format!(
        "#define VERSION_PARTS {}\n#define VERSION_TEXT \"{version}\"\n",
        parts.join(",")
    );
    if let Err(error) = std::fs::write(out.join("version.h"), header) {
        panic!("could not write the version for the Windows resources: {error}");
    }
    if let Err(error) =
        embed_resource::compile("packaging/windows/uitzicht.rc", embed_resource::NONE)
            .manifest_required()
    {
        panic!("the Windows resources could not be compiled: {error}");
    }
}
