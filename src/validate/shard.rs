//! `--shard K/N`: one deterministic part of the inputs, so a CI matrix of
//! N jobs validates everything exactly once between them.
//!
//! Several files are dealt out by position (file i goes to shard
//! i mod N + 1, in the order they are named and walked); a single NDJSON
//! feed is cut by byte range, each shard taking the lines that start in
//! its N-th of the file. Cross-node rules only see the part a shard
//! validates: a reference to a node in another shard is reported dangling.

use std::fmt;
use std::str::FromStr;

/// Shard `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: u32,
    count: u32,
}

/// A `--shard` text that is not `K/N` with 1 ≤ K ≤ N.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a shard; write K/N with 1 <= K <= N, like 2/4")]
pub struct ShardError(String);

impl Shard {
    /// Shard `index` of `count`, if 1 ≤ index ≤ count.
    pub fn new(index: u32, count: u32) -> Option<Shard> {
        (index >= 1 && index <= count).then_some(Shard { index, count })
    }

    /// True when the `position`-th (0-based) input belongs to this shard.
    pub fn takes(self, position: usize) -> bool {
        position % self.count as usize == (self.index - 1) as usize
    }

    /// The byte range `[start, end)` of a `len`-byte feed whose line starts
    /// belong to this shard.
    pub fn byte_range(self, len: u64) -> (u64, u64) {
        let cut = |k: u32| (u128::from(len) * u128::from(k) / u128::from(self.count)) as u64;
        (cut(self.index - 1), cut(self.index))
    }

    /// The number of shards.
    pub fn count(self) -> u32 {
        self.count
    }
}

impl FromStr for Shard {
    type Err = ShardError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || ShardError(text.to_owned());
        let (index, count) = text.split_once('/').ok_or_else(error)?;
        let index = index.trim().parse().map_err(|_| error())?;
        let count = count.trim().parse().map_err(|_| error())?;
        Shard::new(index, count).ok_or_else(error)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_k_of_n() {
        assert_eq!("2/4".parse(), Ok(Shard { index: 2, count: 4 }));
        for bad in ["0/3", "4/3", "1", "a/b", "1/0", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn ranges_and_positions_cover_everything_once() {
        for count in 1..=7 {
            let shards: Vec<Shard> = (1..=count).map(|k| Shard::new(k, count).unwrap()).collect();
            let mut next = 0;
            for shard in &shards {
                let (start, end) = shard.byte_range(1000);
                assert_eq!(start, next);
                next = end;
            }
            assert_eq!(next, 1000);
            for position in 0..20 {
                assert_eq!(shards.iter().filter(|s| s.takes(position)).count(), 1);
            }
        }
    }
}
