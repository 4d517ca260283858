//! Nothing lost on write: every file sdx writes (`validate -o`, `export -o`,
//! `schema --out`, `embed`) goes to a temporary file beside the target and is
//! renamed into place, so a run killed mid-write, or one whose write fails,
//! leaves the old file byte-identical.
//!
//! The write is made to fail with the file-size limit (`ulimit -f`): past it
//! the kernel kills the process with SIGXFSZ, or, with that signal ignored,
//! fails the write with EFBIG.

use std::path::{Path, PathBuf};
use std::process::Command;

const OLD: &[u8] = b"the previous report\n";

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Runs `sdx ARGS` in `dir` under a 1-block file-size limit; every output
/// below is tens of kilobytes, far past it, but for the per-type schemas,
/// references of a few hundred bytes that fit.
fn run_limited(dir: &Path, ignore_signal: bool, args: &[&std::ffi::OsStr]) -> std::process::Output {
    let script = if ignore_signal {
        "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""
    } else {
        "ulimit -f 1; exec \"$0\" \"$@\""
    };
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(assert_cmd::cargo::cargo_bin("sdx"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// `sdx validate --format sarif -o out.sarif` on the invalid fixtures.
fn validate_to_file(dir: &Path, ignore_signal: bool) -> std::process::Output {
    let fixtures = fixture("fixtures/thirdparty/invalid");
    let args = [
        "validate",
        "--no-config",
        "--format",
        "sarif",
        "-o",
        "out.sarif",
    ];
    let mut all: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    all.push(fixtures.as_os_str());
    run_limited(dir, ignore_signal, &all)
}

/// `sdx export -o out.jsonld` of the seed.
fn export_to_file(dir: &Path, ignore_signal: bool) -> std::process::Output {
    let seed = fixture("fixtures/seed/dgx-spark.jsonld");
    let args = [
        "export".as_ref(),
        seed.as_os_str(),
        "-o".as_ref(),
        "out.jsonld".as_ref(),
    ];
    run_limited(dir, ignore_signal, &args)
}

fn other_files(dir: &Path, kept: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != kept)
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
fn assert_killed_by_sigxfsz(output: &std::process::Output) {
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(
        output.status.signal(),
        Some(25),
        "not killed by SIGXFSZ: {output:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_run_killed_mid_write_leaves_the_old_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("out.sarif"), OLD).unwrap();
    let output = validate_to_file(dir.path(), false);
    assert_killed_by_sigxfsz(&output);
    assert_eq!(std::fs::read(dir.path().join("out.sarif")).unwrap(), OLD);
}

#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_old_report_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("out.sarif"), OLD).unwrap();
    let output = validate_to_file(dir.path(), true);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot write out.sarif"), "{stderr}");
    assert_eq!(std::fs::read(dir.path().join("out.sarif")).unwrap(), OLD);
    assert_eq!(other_files(dir.path(), "out.sarif"), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn an_export_killed_or_failing_mid_write_leaves_the_old_file() {
    for ignore_signal in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("out.jsonld"), OLD).unwrap();
        let output = export_to_file(dir.path(), ignore_signal);
        if ignore_signal {
            assert_eq!(output.status.code(), Some(2), "{output:?}");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(stderr.contains("out.jsonld"), "{stderr}");
            assert_eq!(other_files(dir.path(), "out.jsonld"), Vec::<String>::new());
        } else {
            assert_killed_by_sigxfsz(&output);
        }
        assert_eq!(std::fs::read(dir.path().join("out.jsonld")).unwrap(), OLD);
    }
}

#[cfg(unix)]
#[test]
fn a_schema_write_killed_or_failing_leaves_every_old_schema() {
    let names: Vec<String> = std::fs::read_dir(fixture("schemas"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() > 10, "{names:?}");
    for ignore_signal in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        for name in &names {
            std::fs::write(dir.path().join(name), OLD).unwrap();
        }
        let args = ["schema".as_ref(), "--out".as_ref(), dir.path().as_os_str()];
        let output = run_limited(dir.path(), ignore_signal, &args);
        if ignore_signal {
            assert_eq!(output.status.code(), Some(2), "{output:?}");
        } else {
            assert_killed_by_sigxfsz(&output);
        }
        // The graph schema's write fails, and leaves the old file; a
        // per-type file fits under the limit: it is the old file or the new
        // one whole, never a part.
        assert_eq!(
            std::fs::read(dir.path().join("graph.schema.json")).unwrap(),
            OLD
        );
        for file in sdx::schema::files() {
            let written = std::fs::read(dir.path().join(&file.name)).unwrap();
            assert!(
                written == OLD || written == file.contents.as_bytes(),
                "{}: {}",
                file.name,
                String::from_utf8_lossy(&written)
            );
        }
        if ignore_signal {
            let mut left: Vec<String> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            left.sort();
            let mut expected = names.clone();
            expected.sort();
            assert_eq!(left, expected, "a temporary file was left behind");
        }
    }
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
    assert_eq!(other_files(dir.path(), "out.sarif"), Vec::<String>::new());
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

/// What is not a regular file is not replaced: a FIFO is written through
/// (a reader gets the export), a symbolic link to a page stays a link and
/// its target gets the new page, `-o -` is standard output.
#[cfg(unix)]
#[test]
fn fifos_links_and_standard_output_are_written_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let seed = fixture("fixtures/seed/dgx-spark.jsonld");

    let fifo = dir.path().join("out.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|status| status.success()) {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        let output = Command::new(assert_cmd::cargo::cargo_bin("sdx"))
            .arg("export")
            .arg(&seed)
            .arg("-o")
            .arg(&fifo)
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        // Checked before waiting for the reader, which a replaced FIFO
        // would leave waiting for ever.
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "still a FIFO");
        let read = reader.join().unwrap();
        assert!(read.starts_with(b"{"), "the reader got the export");
    }

    let page = dir.path().join("real.html");
    std::fs::write(
        &page,
        "<html><head><title>T</title></head><body></body></html>\n",
    )
    .unwrap();
    let link = dir.path().join("page.html");
    std::os::unix::fs::symlink("real.html", &link).unwrap();
    let output = Command::new(assert_cmd::cargo::cargo_bin("sdx"))
        .arg("embed")
        .arg(&link)
        .arg("--graph")
        .arg(&seed)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&page).unwrap().contains("data-sdx"));

    let output = Command::new(assert_cmd::cargo::cargo_bin("sdx"))
        .arg("export")
        .arg(&seed)
        .args(["-o", "-"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success() && output.stdout.starts_with(b"{"));
    assert!(!dir.path().join("-").exists(), "no file named -");
}
