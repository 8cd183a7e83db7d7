//! How much a case file may hold: limits far beyond any real case (a trajectory of years
//! with dozens of meetings), so that a crafted file of a million empty entries is refused
//! while it is read, before it fills the memory. Each list stops at its limit.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error as _, SeqAccess, Visitor};

/// Meetings in one case.
pub const MAX_MEETINGS: usize = 500;
/// Circles on one board, arrows on one board, items in one circle.
pub const MAX_CIRCLES: usize = 100;
pub const MAX_ARROWS: usize = 500;
pub const MAX_ITEMS: usize = 1000;
/// Rows of any list in a meeting's forms (participants, goals, agreements…).
pub const MAX_ROWS: usize = 1000;

/// The most characters one text holds, typed, pasted or read from a sheet (an item, an
/// answer, a field a sheet adds to): ten pages of writing, far more than anyone writes
/// there, and little enough that drawing and saving it stays quick.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// What a list that is too long says: the storage layer turns it into the user's message.
pub const TOO_MANY_MARK: &str = "uitzicht: more than";

/// Reads a list of at most `N` entries; a longer one is an error that names the limit.
pub fn at_most<'de, D, T, const N: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Bounded<T, const N: usize>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>, const N: usize> Visitor<'de> for Bounded<T, N> {
        type Value = Vec<T>;

        fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(formatter, "a list of at most {N} entries")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut list = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(N));
            while let Some(entry) = seq.next_element()? {
                if list.len() == N {
                    return Err(A::Error::custom(format!("{TOO_MANY_MARK} {N}")));
                }
                list.push(entry);
            }
            Ok(list)
        }
    }

    deserializer.deserialize_seq(Bounded::<T, N>(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct List {
        #[serde(deserialize_with = "at_most::<_, _, 3>")]
        entries: Vec<u8>,
    }

    #[test]
    fn a_list_longer_than_its_limit_is_refused_naming_the_limit() {
        let ok: List = ron::from_str("(entries: [1, 2, 3])").unwrap();
        assert_eq!(ok.entries, [1, 2, 3]);
        let error = ron::from_str::<List>("(entries: [1, 2, 3, 4])").unwrap_err();
        assert!(
            error.to_string().contains(&format!("{TOO_MANY_MARK} 3")),
            "{error}"
        );
    }
}
