//! Passphrase protection of case files in the standard `age` format, so a protected file
//! opens with `age -d` or `rage -d` too. The key comes from the passphrase through scrypt
//! with a fixed work factor: slow enough to make guessing costly, quick enough (well under
//! a second on a school laptop) to open a case in a meeting.

use std::io::{Read as _, Write as _};
use std::path::Path;

pub use age::secrecy::{ExposeSecret, SecretString};

use super::StorageError;

/// scrypt's N = 2^17: 128 MiB and about half a second per key on our 2-core test machine
/// (`cargo bench --bench protect`). 18 took 1.1 s there, which on a slower school laptop
/// would be two seconds each time a case is opened or saved; 17 keeps it near one.
pub const WORK_FACTOR: u8 = 17;
/// The most work a file may ask for on opening: a file asking more is refused rather than
/// keeping the app busy for minutes (or out of memory).
pub const MAX_WORK_FACTOR: u8 = 20;

/// Every binary `age` file starts with this line.
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Whether these bytes are a protected (age-encrypted) file rather than case text.
pub fn is_protected(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// Encrypts `plain` with `passphrase`.
pub fn encrypt(
    plain: &[u8],
    passphrase: &SecretString,
    path: &Path,
) -> Result<Vec<u8>, StorageError> {
    let failed = |detail: String| StorageError::Encrypt {
        path: path.to_owned(),
        detail,
    };
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(WORK_FACTOR);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _))
        .map_err(|e| failed(e.to_string()))?;
    let mut out = Vec::with_capacity(plain.len() + 256);
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|e| failed(e.to_string()))?;
    writer.write_all(plain).map_err(|e| failed(e.to_string()))?;
    writer.finish().map_err(|e| failed(e.to_string()))?;
    Ok(out)
}

/// Decrypts a protected file. Nothing is returned unless every byte checked out: a wrong
/// A real header (one scrypt stanza) is well under a kilobyte. A crafted one, a very long
/// line or a thousand stanzas, keeps the age parser busy for minutes: it is refused first.
const MAX_HEADER_BYTES: usize = 4096;
const MAX_STANZAS: usize = 8;

/// The header ends (with its `---` line) within the first few KB, with few stanzas.
fn header_is_plausible(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(MAX_HEADER_BYTES)];
    let Some(end) = head.windows(4).position(|w| w == b"\n---") else {
        return false;
    };
    let stanzas = head[..end]
        .split(|&b| b == b'\n')
        .filter(|line| line.starts_with(b"-> "))
        .count();
    stanzas <= MAX_STANZAS
}

/// passphrase, a changed byte or a cut-off file is an error, never part of a case.
pub fn decrypt(
    bytes: &[u8],
    passphrase: &SecretString,
    path: &Path,
) -> Result<Vec<u8>, StorageError> {
    let damaged = || StorageError::Damaged {
        path: path.to_owned(),
    };
    if !header_is_plausible(bytes) {
        return Err(damaged());
    }
    let decryptor = age::Decryptor::new(bytes).map_err(|_| damaged())?;
    if !decryptor.is_scrypt() {
        return Err(StorageError::NotPassphrase {
            path: path.to_owned(),
        });
    }
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let mut reader =
        decryptor
            .decrypt(std::iter::once(&identity as _))
            .map_err(|error| match error {
                age::DecryptError::ExcessiveWork { required, .. } => StorageError::TooMuchWork {
                    path: path.to_owned(),
                    required,
                },
                // The passphrase unlocks the file key; with the wrong one that step fails.
                age::DecryptError::DecryptionFailed
                | age::DecryptError::KeyDecryptionFailed
                | age::DecryptError::NoMatchingKeys => StorageError::WrongPassphrase {
                    path: path.to_owned(),
                },
                _ => damaged(),
            })?;
    let mut plain = Vec::with_capacity(bytes.len());
    reader.read_to_end(&mut plain).map_err(|_| damaged())?;
    Ok(plain)
}

#[cfg(test)]
mod header_tests {
    use super::*;

    #[test]
    fn a_crafted_header_is_refused_before_the_age_parser_sees_it() {
        let passphrase = SecretString::from("een lange wachtzin".to_owned());
        let path = Path::new("x.mdo.ron");
        let real = encrypt(b"(format_version: 1)", &passphrase, path).unwrap();
        assert!(header_is_plausible(&real));
        let mut long_line = b"age-encryption.org/v1\n-> scrypt ".to_vec();
        long_line.extend(std::iter::repeat_n(b'A', 250_000));
        let mut stanzas = b"age-encryption.org/v1\n".to_vec();
        for _ in 0..1000 {
            stanzas.extend_from_slice(b"-> x\nAAAA\n");
        }
        stanzas.extend_from_slice(b"--- AAAA\n");
        for crafted in [long_line, stanzas] {
            let started = web_time::Instant::now();
            let error = decrypt(&crafted, &passphrase, path).unwrap_err();
            assert!(matches!(error, StorageError::Damaged { .. }), "{error}");
            assert!(started.elapsed() < std::time::Duration::from_secs(1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    #[test]
    fn what_is_encrypted_decrypts_only_with_its_passphrase() {
        let path = Path::new("casus.mdo.ron");
        let plain = b"(format_version: 1)".to_vec();
        let sealed = encrypt(&plain, &secret("paarse olifant op de fiets"), path).unwrap();
        assert!(is_protected(&sealed));
        assert!(!is_protected(&plain));
        assert!(!sealed.windows(14).any(|w| w == b"format_version"));
        assert_eq!(
            decrypt(&sealed, &secret("paarse olifant op de fiets"), path).unwrap(),
            plain
        );
        assert!(matches!(
            decrypt(&sealed, &secret("paarse olifant"), path),
            Err(StorageError::WrongPassphrase { .. })
        ));
    }

    #[test]
    fn the_header_names_the_work_factor_we_chose() {
        let sealed = encrypt(b"x", &secret("geheim"), Path::new("x")).unwrap();
        let header = String::from_utf8_lossy(&sealed[..120]);
        assert!(header.contains(" scrypt "), "{header}");
        assert!(header.contains(&format!(" {WORK_FACTOR}\n")), "{header}");
    }
}
