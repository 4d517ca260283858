//! Writing output files whole or not at all, without replacing what is not
//! a file.
//!
//! A regular file (or a missing one) is written to a temporary file in the
//! target's directory first and renamed over the target only once complete,
//! so an error (or a crash) never leaves a half-written file, and an
//! existing file is either replaced entirely or left byte for byte as it
//! was. What the target is decides how it is written:
//!
//! - `-`: standard output;
//! - a character device (`/dev/null`, a terminal), a FIFO or a socket: written
//!   through, never replaced (renaming over `/dev/null` as root would turn
//!   it into a regular file);
//! - a symbolic link: followed, and its final target replaced atomically (the
//!   link stays a link); a link to nothing is refused;
//! - a regular file: replaced; the new file keeps the old one's owner and
//!   group where the process may set them, and its permission bits without
//!   setuid, setgid and sticky; another hard link to the old file keeps the
//!   old contents;
//! - nothing: created with mode 0666 less the umask.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path`: see the module documentation.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path.as_os_str() == "-" {
        let mut stdout = io::stdout().lock();
        return match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        };
    }
    let target = resolve(path)?;
    match std::fs::metadata(&target) {
        Ok(metadata) if metadata.is_dir() => Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "it is a directory",
        )),
        Ok(metadata) if !metadata.is_file() => {
            // A device, a FIFO or a socket: written through.
            let mut file = std::fs::OpenOptions::new().write(true).open(&target)?;
            file.write_all(bytes)?;
            file.flush()
        }
        Ok(metadata) => replace(&target, bytes, Some(&metadata)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => replace(&target, bytes, None),
        Err(error) => Err(error),
    }
}

/// The path to write: `path` itself, or the file a symbolic link at `path`
/// leads to (through any chain of links).
fn resolve(path: &Path) -> io::Result<PathBuf> {
    match std::fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(|error| {
                io::Error::new(
                    error.kind(),
                    format!("it is a symbolic link to a file that cannot be reached ({error})"),
                )
            })
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// Writes a temporary file beside `target` and renames it over `target`.
fn replace(target: &Path, bytes: &[u8], old: Option<&std::fs::Metadata>) -> io::Result<()> {
    let dir = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = new_temporary(dir)?;
    if let Some(old) = old {
        keep_owner_and_mode(file.as_file(), old)?;
    }
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(target).map_err(|error| error.error)?;
    Ok(())
}

/// A temporary file created with the mode a new file gets (0666 less the
/// umask, applied by the system), not tempfile's private 0600.
#[cfg(unix)]
fn new_temporary(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    use std::os::unix::fs::PermissionsExt;
    tempfile::Builder::new()
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
}

#[cfg(not(unix))]
fn new_temporary(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::NamedTempFile::new_in(dir)
}

/// Gives the new file the replaced file's owner and group where the
/// process may (root may; an owner may set a group it belongs to), and its
/// permission bits without setuid, setgid and sticky.
#[cfg(unix)]
fn keep_owner_and_mode(file: &std::fs::File, old: &std::fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
        // Not permitted to give the file away: keep at least the group.
        let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
    }
    file.set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o777))
}

#[cfg(not(unix))]
fn keep_owner_and_mode(file: &std::fs::File, old: &std::fs::Metadata) -> io::Result<()> {
    file.set_permissions(old.permissions())
}

#[cfg(test)]
mod tests {
    use super::write_atomically;

    #[test]
    fn replaces_whole_files_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        std::fs::write(&target, b"old").unwrap();
        write_atomically(&target, b"new contents").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"new contents");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

        let missing_dir = dir.path().join("no/such/dir/out.json");
        assert!(write_atomically(&missing_dir, b"x").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn follows_links_writes_through_devices_and_drops_special_bits() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("page.html");
        std::fs::write(&real, b"old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o4755)).unwrap();
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink("page.html", &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o7777, 0o755, "setuid dropped, the rest kept");

        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink("nowhere/x", &dangling).unwrap();
        assert!(write_atomically(&dangling, b"x").is_err());

        // A character device is written through, never replaced.
        write_atomically(std::path::Path::new("/dev/null"), b"x").unwrap();
        let null = std::fs::metadata("/dev/null").unwrap();
        assert!(!null.is_file());
    }
}
