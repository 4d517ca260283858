//! No network, ever: validating inputs that name remote contexts and remote
//! `$ref`s opens no socket, and gives the same result in a network
//! namespace where every connection attempt fails.
//!
//! Both tests need a tool of the system (strace; util-linux's unshare with
//! the right to make a namespace, as root in CI). Where the tool is missing
//! they say so on stderr and pass without checking.

use std::path::Path;
use std::process::Command;

/// Inputs that name remote resources, and ordinary ones.
const INPUTS: &[&str] = &[
    "fixtures/hostile/remote-context.jsonld",
    "fixtures/hostile/remote-ref.jsonld",
    "fixtures/hostile/json-ld-in-comment.html",
    "fixtures/thirdparty/invalid/contexts.jsonld",
    "fixtures/thirdparty/valid",
    "fixtures/thirdparty/cross",
];

fn sdx_args() -> Vec<String> {
    let mut args = vec![
        assert_cmd::cargo::cargo_bin("sdx").display().to_string(),
        "validate".to_owned(),
        "--no-config".to_owned(),
        "--format".to_owned(),
        "json".to_owned(),
    ];
    args.extend(INPUTS.iter().map(|s| (*s).to_owned()));
    args
}

fn run(prefix: &[&str]) -> Option<std::process::Output> {
    let args = sdx_args();
    let (program, rest): (&str, Vec<&str>) = match prefix.split_first() {
        Some((first, more)) => (
            first,
            more.iter()
                .copied()
                .chain(args.iter().map(String::as_str))
                .collect(),
        ),
        None => (&args[0], args[1..].iter().map(String::as_str).collect()),
    };
    Command::new(program)
        .args(rest)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
}

fn has(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn validation_opens_no_socket() {
    if !has("strace") {
        eprintln!("strace is not installed; not checked");
        return;
    }
    let trace = tempfile::NamedTempFile::new().unwrap();
    let trace_path = trace.path().display().to_string();
    let output = run(&[
        "strace",
        "-f",
        "-qq",
        "-e",
        "trace=socket,connect,sendto,sendmsg",
        "-o",
        &trace_path,
    ])
    .unwrap();
    let calls = std::fs::read_to_string(trace.path()).unwrap();
    if calls.contains("PTRACE") || (calls.is_empty() && output.status.code().is_none()) {
        eprintln!("strace cannot trace here; not checked");
        return;
    }
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let network: Vec<&str> = calls
        .lines()
        .filter(|line| {
            line.contains("AF_INET")
                || line.contains("connect(")
                || line.contains("sendto(")
                || line.contains("sendmsg(")
        })
        .collect();
    assert!(network.is_empty(), "sdx touched the network: {network:#?}");
    // The run did see the remote references: they are reported.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("unsupported-context") && stdout.contains("attacker.example"));
}

#[test]
fn same_result_without_a_network() {
    let root = Path::new("/proc/self/ns/net").exists() && has("unshare");
    let probe = root
        && Command::new("unshare")
            .args(["--net", "true"])
            .output()
            .is_ok_and(|o| o.status.success());
    if !probe {
        eprintln!("cannot make a network namespace here (needs unshare and root); not checked");
        return;
    }
    let normal = run(&[]).unwrap();
    // A namespace with no interface but a downed loopback: any connect fails.
    let isolated = run(&["unshare", "--net"]).unwrap();
    assert_eq!(normal.status.code(), Some(1));
    assert_eq!(isolated.status.code(), normal.status.code());
    assert_eq!(
        String::from_utf8_lossy(&isolated.stdout),
        String::from_utf8_lossy(&normal.stdout)
    );
    assert_eq!(isolated.stderr, normal.stderr);
    // The remote `$ref`s were read as unknown keys, not followed.
    assert!(String::from_utf8_lossy(&normal.stdout).contains("`$ref` is not a schema.org property"));
}
