//! Any bytes given to the case loader: an error or a case, never a panic; and a case that
//! loads saves to a text that loads back to the same case.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use uitzicht::storage::{CURRENT_FORMAT_VERSION, load_bytes, parse, to_ron};

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.mdo.ron");
    let Ok(loaded) = load_bytes(data, path) else {
        return;
    };
    if loaded.format_version != CURRENT_FORMAT_VERSION {
        return;
    }
    let text = to_ron(&loaded.case, path).expect("a loaded case can be written");
    let again = parse(&text, path).expect("what we write, we can read");
    assert_eq!(again.case, loaded.case);
});
