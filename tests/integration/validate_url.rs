//! `sdx validate --url`: live pages from a server on the loopback address
//! started by each test, with its timeout, size cap and redirect limit;
//! and no socket at all without the flag.

#![cfg(feature = "fetch")]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::time::Duration;

use crate::support::sdx;
use serde_json::Value;

/// Serves canned responses on 127.0.0.1 from a thread, by request path:
/// `/page` the invalid microdata product, `/slow` nothing for 5 s, `/big`
/// a 2 MB page, `/loop` a redirect to itself. Returns the base URL.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let page = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/pages/product-invalid.microdata.html"
    ))
    .unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let page = page.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut request_line = String::new();
                let _ = reader.read_line(&mut request_line);
                let mut user_agent = String::new();
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                        break;
                    }
                    if header.to_ascii_lowercase().starts_with("user-agent:") {
                        user_agent = header[11..].trim().to_owned();
                    }
                }
                let path = request_line.split(' ').nth(1).unwrap_or("/").to_owned();
                let respond = |stream: &mut std::net::TcpStream, status: &str, body: &[u8]| {
                    let head = format!(
                        "HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(head.as_bytes());
                    let _ = stream.write_all(body);
                };
                match path.as_str() {
                    "/page" if user_agent.starts_with("sdx/") => {
                        respond(&mut stream, "200 OK", &page)
                    }
                    "/page" => respond(&mut stream, "403 Forbidden", b"no user agent"),
                    "/slow" => {
                        std::thread::sleep(Duration::from_secs(5));
                        respond(&mut stream, "200 OK", &page);
                    }
                    "/big" => {
                        let mut body = b"<!doctype html><p>".to_vec();
                        body.resize(2_000_000, b'x');
                        respond(&mut stream, "200 OK", &body);
                    }
                    "/loop" => {
                        let _ = stream.write_all(
                            b"HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                        );
                    }
                    _ => respond(&mut stream, "404 Not Found", b""),
                }
            });
        }
    });
    base
}

#[test]
fn validates_a_live_page_resolving_its_relative_urls() {
    let base = serve();
    let url = format!("{base}/page");
    let output = sdx()
        .args(["validate", "--no-config", "--format", "json", "--url", &url])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let rules: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    // As a file the page's `/img/widget.jpg` is relative; fetched, it
    // resolves against the page's URL and only the real errors remain.
    assert_eq!(rules, ["invalid-gtin", "non-iso-currency"], "{report:#}");
    assert_eq!(diagnostics[0]["file"], url.as_str());
    assert_eq!(diagnostics[0]["line"], 13);
}

#[test]
fn a_slow_server_times_out() {
    let base = serve();
    let output = sdx()
        .args(["validate", "--no-config", "--timeout", "1", "--url"])
        .arg(format!("{base}/slow"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("within 1 s (--timeout)"), "{stderr}");
}

#[test]
fn a_page_over_the_size_cap_is_refused() {
    let base = serve();
    let output = sdx()
        .args(["validate", "--no-config", "--max-size", "100000", "--url"])
        .arg(format!("{base}/big"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("larger than 100000 bytes"), "{stderr}");
    // Under a larger cap the same page is read.
    let output = sdx()
        .args(["validate", "--no-config", "--max-size", "3000000", "--url"])
        .arg(format!("{base}/big"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{output:?}");
}

#[test]
fn the_document_limit_applies_while_reading() {
    let base = serve();
    // --max-size allows the 2 MB page; the document limit does not, and the
    // page is read no further than it: a finding, not a fetch error.
    let output = sdx()
        .args(["validate", "--no-config", "--format", "json"])
        .args([
            "--max-size",
            "2000000000",
            "--max-document-size",
            "100K",
            "--url",
        ])
        .arg(format!("{base}/big"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        report["diagnostics"][0]["rule"], "limit-exceeded",
        "{report:#}"
    );
}

#[test]
fn credentials_in_a_url_are_never_printed() {
    let base = serve();
    let with_user = base.replacen("http://", "http://user:s3cret@", 1);
    for (path, code) in [("/page", 1), ("/missing", 2)] {
        for format in ["json", "github", "sarif", "junit", "human"] {
            let output = sdx()
                .args(["validate", "--no-config", "--format", format, "--url"])
                .arg(format!("{with_user}{path}"))
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(code), "{output:?}");
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(
                !all.contains("s3cret") && !all.contains("user:"),
                "{format}: {all}"
            );
            // (SARIF writes the address as a URI reference: `*` and `@` encoded.)
            assert!(
                all.contains("//***@127.0.0.1") || all.contains("//%2A%2A%2A%40127.0.0.1"),
                "{format}: {all}"
            );
        }
    }
}

#[test]
fn a_page_that_cannot_be_fetched_is_in_the_report() {
    let base = serve();
    let output = sdx()
        .args(["validate", "--no-config", "--format", "json", "--url"])
        .arg(format!("{base}/missing"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{report:#}");
    assert_eq!(errors[0]["input"], format!("{base}/missing").as_str());
    assert!(errors[0]["message"].as_str().unwrap().contains("HTTP 404"));
}

#[test]
fn redirects_are_limited() {
    let base = serve();
    let output = sdx()
        .args(["validate", "--no-config", "--url"])
        .arg(format!("{base}/loop"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("more than 5 redirects"), "{stderr}");
}

/// Runs `sdx validate` on a page under strace and returns the traced
/// socket calls, or `None` when strace is missing or cannot trace here.
fn socket_calls(extra: &[&str]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("trace");
    let status = std::process::Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket,connect", "-o"])
        .arg(&log)
        .arg(assert_cmd::cargo::cargo_bin("sdx"))
        .args(["validate", "--no-config"])
        .args(extra)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    // sdx exits 0 or 1 here; anything else is strace failing to trace.
    if !matches!(status.code(), Some(0 | 1)) {
        return None;
    }
    std::fs::read_to_string(log).ok()
}

#[test]
fn without_url_no_socket_is_opened() {
    let Some(calls) = socket_calls(&[
        "fixtures/pages",
        "fixtures/thirdparty/valid",
        "--profile",
        "social",
    ]) else {
        eprintln!("note: strace is not available or cannot trace here; skipped");
        return;
    };
    assert!(!calls.contains("socket("), "{calls}");
    assert!(!calls.contains("connect("), "{calls}");
    // The same trace does see the socket a --url run opens.
    let base = serve();
    let calls = socket_calls(&["--url", &format!("{base}/page")]).unwrap();
    assert!(calls.contains("connect("), "{calls}");
}
