//! Regenerates `src/vocab/schemaorg.txt` from a schema.org release.
//!
//! ```text
//! cargo run --example gen-vocab -- ../shared/schemaorg/30.0 [OUTPUT]
//! ```
//!
//! OUTPUT defaults to the crate's `src/vocab/schemaorg.txt`. The file is
//! written to a temporary file beside it and renamed, so a failed run never
//! leaves half a table behind. Exit code 0 when written, 2 when it could not
//! run.

mod generate;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(release) = args.next().map(PathBuf::from) else {
        eprintln!("usage: gen-vocab <schema.org release directory> [output file]");
        return ExitCode::from(2);
    };
    let output = args.next().map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/vocab/schemaorg.txt")
    });
    let table = match generate::generate(&release) {
        Ok(table) => table,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let dir = match output.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let written = tempfile::NamedTempFile::new_in(&dir).and_then(|mut file| {
        file.write_all(table.as_bytes())?;
        file.persist(&output).map_err(|error| error.error)?;
        Ok(())
    });
    match written {
        Ok(()) => {
            eprintln!(
                "wrote {} ({} lines, {} bytes)",
                output.display(),
                table.lines().count(),
                table.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: cannot write {}: {error}", output.display());
            ExitCode::from(2)
        }
    }
}
