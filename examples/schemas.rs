//! Regenerates `schemas/` from the model: the step to run after changing a
//! model type, before committing. `sdx schema` writes the schemas the
//! binary was built with; this writes what the model generates now, which
//! the next build then carries.
//!
//! ```text
//! cargo run --example schemas            # rewrite schemas/
//! cargo run --example schemas -- --check # exit 1 if schemas/ is stale
//! ```

use std::path::Path;
use std::process::ExitCode;

use sdx::schema::{check_dir, generated_files, write_dir, Drift};

fn main() -> ExitCode {
    let check = std::env::args().skip(1).any(|arg| arg == "--check");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let files = generated_files();
    let result = if check {
        check_dir(&dir, &files)
    } else {
        write_dir(&dir, &files)
    };
    let drift = match result {
        Ok(drift) => drift,
        Err(error) => {
            eprintln!("schemas: cannot use {}: {error}", dir.display());
            return ExitCode::from(2);
        }
    };
    for item in &drift {
        eprintln!("schemas/{item}");
    }
    let changed = drift.iter().any(|d| !matches!(d, Drift::Stale(_)));
    if check && changed {
        eprintln!("schemas/ is out of date: run `cargo run --example schemas` and commit it");
        return ExitCode::from(1);
    }
    eprintln!(
        "schemas/: {} files, {}",
        files.len(),
        if check { "up to date" } else { "written" }
    );
    ExitCode::SUCCESS
}
