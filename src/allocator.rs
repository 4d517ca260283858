//! The allocator the `sdx` binary runs on, shared with the benchmark
//! baseline so that both are measured on the same one.
//!
//! On Linux with glibc, jemalloc. Measured with `--jobs 2` on 100 000
//! generated records: under glibc's malloc the two threads waited on each
//! other's arena locks (hundreds of context switches a run), and on
//! 10 000 records jemalloc executes 13 % fewer instructions in all
//! (callgrind, `--jobs 1`). Freed pages go back to the system after a
//! second (`dirty_decay_ms`), not the default ten, which keeps the peak
//! resident memory on a 1 GB feed at about 56 MB instead of 61 MB.
//! mimalloc was tried too: it used 82–91 MB there.
//!
//! jemalloc is the `jemalloc` feature, off by default so that a first
//! `cargo run` and `cargo test` skip its C build; published binaries, the
//! GitHub Action's, `cargo install --features jemalloc` and the benchmark
//! scripts turn it on. Elsewhere (or without the feature), the system
//! allocator.

/// The allocator type: `#[global_allocator] static A: Allocator = ALLOCATOR;`.
#[cfg(all(feature = "jemalloc", target_os = "linux", target_env = "gnu"))]
pub type Allocator = tikv_jemallocator::Jemalloc;

/// The allocator type: `#[global_allocator] static A: Allocator = ALLOCATOR;`.
#[cfg(not(all(feature = "jemalloc", target_os = "linux", target_env = "gnu")))]
pub type Allocator = std::alloc::System;

/// The allocator value.
#[cfg(all(feature = "jemalloc", target_os = "linux", target_env = "gnu"))]
pub const ALLOCATOR: Allocator = tikv_jemallocator::Jemalloc;

/// The allocator value.
#[cfg(not(all(feature = "jemalloc", target_os = "linux", target_env = "gnu")))]
pub const ALLOCATOR: Allocator = std::alloc::System;

/// jemalloc's options, read once at start-up (a C string: the trailing
/// NUL is required). The environment variable `_RJEM_MALLOC_CONF` still
/// overrides them.
#[cfg(all(feature = "jemalloc", target_os = "linux", target_env = "gnu"))]
#[export_name = "_rjem_malloc_conf"]
pub static MALLOC_CONF: &[u8] = b"dirty_decay_ms:1000,muzzy_decay_ms:0\0";
