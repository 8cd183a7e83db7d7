//! For a Windows build, the exe's icon, manifest and version (packaging/windows/uitzicht.rc)
//! become a resource linked into it; for any other target there is nothing to do.

use std::path::PathBuf;

#[expect(
    clippy::disallowed_methods,
    reason = "a build's own generated header, not a case file"
)]
fn write_header(path: &std::path::Path, text: &str) {
    if let Err(error) = std::fs::write(path, text) {
        panic!("could not write the version for the Windows resources: {error}");
    }
}

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
    write_header(&out.join("version.h"), &header);
    if let Err(error) =
        embed_resource::compile("packaging/windows/uitzicht.rc", embed_resource::NONE)
            .manifest_required()
    {
        panic!("the Windows resources could not be compiled: {error}");
    }
}
