//! Nothing lost on write: `sdx validate -o FILE` writes a temporary file
//! beside FILE and renames it into place, so a run killed mid-write, or one
//! whose write fails, leaves the old FILE byte-identical.
//!
//! The write is made to fail with the file-size limit (`ulimit -f`): past it
//! the kernel kills the process with SIGXFSZ, or, with that signal ignored,
//! fails the write with EFBIG.

use std::path::Path;
use std::process::Command;

const OLD: &[u8] = b"the previous report\n";

/// Runs `sdx validate --format sarif -o out.sarif` on the invalid fixtures
/// (a report of tens of kilobytes) under a 1-block file-size limit.
fn run_limited(dir: &Path, ignore_signal: bool) -> std::process::Output {
    let script = if ignore_signal {
        "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""
    } else {
        "ulimit -f 1; exec \"$0\" \"$@\""
    };
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/thirdparty/invalid");
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(assert_cmd::cargo::cargo_bin("sdx"))
        .args([
            "validate",
            "--no-config",
            "--format",
            "sarif",
            "-o",
            "out.sarif",
        ])
        .arg(fixtures)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn other_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "out.sarif")
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_run_killed_mid_write_leaves_the_old_report() {
    use std::os::unix::process::ExitStatusExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("out.sarif"), OLD).unwrap();
    let output = run_limited(dir.path(), false);
    assert_eq!(
        output.status.signal(),
        Some(25),
        "not killed by SIGXFSZ: {output:?}"
    );
    assert_eq!(std::fs::read(dir.path().join("out.sarif")).unwrap(), OLD);
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_old_report_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("out.sarif"), OLD).unwrap();
    let output = run_limited(dir.path(), true);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot write out.sarif"), "{stderr}");
    assert_eq!(std::fs::read(dir.path().join("out.sarif")).unwrap(), OLD);
    assert_eq!(other_files(dir.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_complete_write_replaces_the_report_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.sarif");
    std::fs::write(&out, OLD).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
    let status = Command::new(assert_cmd::cargo::cargo_bin("sdx"))
        .args([
            "validate",
            "--no-config",
            "--format",
            "sarif",
            "-o",
            "out.sarif",
        ])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/thirdparty/invalid"))
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with('{') && text.ends_with("}\n"));
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert_eq!(other_files(dir.path()), Vec::<String>::new());
    // A new file gets the usual permissions, not a temporary file's 0600.
    let status = Command::new(assert_cmd::cargo::cargo_bin("sdx"))
        .args(["validate", "--no-config", "-o", "new.txt"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/thirdparty/valid"))
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    let mode = std::fs::metadata(dir.path().join("new.txt"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o644);
}
