//! Time to protect and to open a protected case: scrypt at `storage::WORK_FACTOR`
//! dominates, and must stay well under a second on a school laptop. Memory: scrypt uses
//! 128 · r · N bytes (r = 8) while a key is derived: 128 MiB at N = 2^17.
//!
//! `cargo bench --bench protect`

use std::path::Path;

use uitzicht::storage::{self, SecretString};

fn example_text() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => panic!("{error}"),
    }
}

fn passphrase() -> SecretString {
    SecretString::from("groene kikker op de dijk".to_owned())
}

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn encrypt_example(bencher: divan::Bencher) {
    let text = example_text();
    let passphrase = passphrase();
    bencher.bench(|| storage::encrypt(&text, &passphrase, Path::new("x")));
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn decrypt_example(bencher: divan::Bencher) {
    let passphrase = passphrase();
    let sealed = match storage::encrypt(&example_text(), &passphrase, Path::new("x")) {
        Ok(sealed) => sealed,
        Err(error) => panic!("{error}"),
    };
    bencher.bench(|| storage::decrypt(&sealed, &passphrase, Path::new("x")));
}
