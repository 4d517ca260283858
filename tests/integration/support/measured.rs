//! Running the binary as the hostile-input and cost tests do: under
//! `/usr/bin/time` for peak memory and CPU time when it is installed, with
//! a hang guard, and with a crash (a panic, a signal, an exit code other
//! than 0-2) failing the test whatever it asserts.
//!
//! CPU time (user and system, which GNU time reads from the child's
//! resource usage when it is reaped) is what a cost bound should hold: on
//! a machine shared with other builds a run's wall clock depends on what
//! else runs, its CPU time far less.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

/// A run that takes longer is hung, not slow.
pub const HANG_GUARD: Duration = Duration::from_secs(120);

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// Peak resident memory in KiB, when `/usr/bin/time` is there to say.
    pub peak_kib: Option<u64>,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
    /// CPU time of the run (user and system, every thread), when
    /// `/usr/bin/time` is there to say.
    pub cpu: Option<Duration>,
}

impl Run {
    /// The run's cost: its CPU time, or its wall-clock time where the CPU
    /// time is not measured.
    pub fn cost(&self) -> Duration {
        self.cpu.unwrap_or(self.elapsed)
    }
}

/// Runs `sdx ARGS` (under `/usr/bin/time` when present, for peak memory).
pub fn sdx(args: &[&str]) -> Run {
    sdx_reading(args, Vec::new())
}

/// Runs `sdx ARGS` with `stdin` on its standard input.
pub fn sdx_reading(args: &[&str], stdin: Vec<u8>) -> Run {
    let bin = assert_cmd::cargo::cargo_bin("sdx");
    let time = Path::new("/usr/bin/time");
    let mut command = if time.exists() {
        let mut command = Command::new(time);
        command.arg("-f").arg("sdx-peak-kib %M %U %S").arg(&bin);
        command
    } else {
        Command::new(&bin)
    };
    let start = std::time::Instant::now();
    let output: Output = command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .write_stdin(stdin)
        .timeout(HANG_GUARD)
        .output()
        .unwrap();
    let elapsed = start.elapsed();
    let mut stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let (mut peak_kib, mut cpu) = (None, None);
    if let Some(at) = stderr.rfind("sdx-peak-kib ") {
        let mut fields = stderr[at + 13..].split_whitespace();
        peak_kib = fields.next().and_then(|kib| kib.parse().ok());
        let seconds: Option<Vec<f64>> = fields.map(|s| s.parse().ok()).collect();
        cpu = seconds
            .filter(|s| s.len() == 2)
            .map(|s| Duration::from_secs_f64(s[0] + s[1]));
        stderr.truncate(at);
        // time's own note about the exit status is not sdx's output.
        if let Some(at) = stderr.rfind("Command exited with non-zero status") {
            stderr.truncate(at);
        }
    }
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Command terminated by signal"),
        "sdx {args:?} crashed: {stderr}"
    );
    let code = output.status.code().unwrap_or(-1);
    assert!(
        matches!(code, 0..=2),
        "sdx {args:?} exited {:?}: {stderr}",
        output.status
    );
    Run {
        code,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
        peak_kib,
        elapsed,
        cpu,
    }
}

/// Runs `sdx validate --no-config --format json ARGS`: exit code, findings
/// as (rule, line) and the whole report.
pub fn validate(args: &[&str]) -> (i32, Vec<(String, u64)>, Value, Run) {
    let mut all = vec!["validate", "--no-config", "--format", "json"];
    all.extend_from_slice(args);
    let run = sdx(&all);
    let report: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", run.stdout));
    let findings = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    (run.code, findings, report, run)
}

pub fn messages(report: &Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_owned())
        .collect()
}

/// A scratch directory for generated inputs.
pub fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Peak memory of a run over a tiny file: what every run pays before it
/// reads anything (the compiled schemas of the modeled types, the
/// vocabulary, the thread pool). Bounds on skipped inputs are counted from
/// it, so they say "the input was not held" whatever the fixed cost is.
pub fn fixed_cost_kib() -> u64 {
    let tiny = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/hostile/bom.jsonld");
    let (_, _, _, run) = validate(&[tiny]);
    run.peak_kib.unwrap_or(0)
}
