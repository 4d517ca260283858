//! `sdx man`: a page per subcommand (sdx-validate(1)…) with its options and
//! exit status, and no page names a page that is not written.

use crate::support::sdx;

#[test]
fn every_page_is_written_and_every_reference_is_to_a_written_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    sdx()
        .args(["man", "--dir"])
        .arg(dir.path())
        .assert()
        .code(0);
    let mut written: Vec<String> = std::fs::read_dir(dir.path())
        .expect("pages")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "sdx-completions.1",
            "sdx-embed.1",
            "sdx-export.1",
            "sdx-extract.1",
            "sdx-graph.1",
            "sdx-man.1",
            "sdx-rules.1",
            "sdx-schema.1",
            "sdx-validate.1",
            "sdx.1",
        ]
    );
    // `name(N)`, with roff's escaped hyphen.
    let reference = regex::Regex::new(r"([a-z][a-z\\-]*)\((\d)\)").expect("regex");
    for file in &written {
        let text = std::fs::read_to_string(dir.path().join(file)).expect("page");
        assert!(text.contains(".SH \"EXIT STATUS\""), "{file}");
        for found in reference.captures_iter(&text) {
            let page = format!("{}.{}", found[1].replace("\\-", "-"), &found[2]);
            assert!(written.contains(&page), "{file} refers to {page}");
        }
    }
    let validate = std::fs::read_to_string(dir.path().join("sdx-validate.1")).expect("page");
    for expected in [
        ".TH sdx-validate 1",
        "\\-\\-deny\\-warnings",
        "\\-\\-force\\-exclude",
        "errors found, or warnings with \\-\\-deny\\-warnings",
    ] {
        assert!(validate.contains(expected), "{expected}:\n{validate}");
    }
    // The footer names sdx and its version, not the subcommand.
    let title = format!(".TH sdx-validate 1  \"sdx {}\"", env!("CARGO_PKG_VERSION"));
    assert!(validate.contains(&title), "{title}:\n{validate}");
    let main = std::fs::read_to_string(dir.path().join("sdx.1")).expect("page");
    assert!(main.contains("sdx\\-validate(1)"), "{main}");
}

#[test]
fn one_page_is_printed_by_its_subcommand() {
    let output = sdx().args(["man", "export"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains(".TH sdx-export 1"));
    sdx()
        .args(["man", "exprot"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("the subcommands are: export"));
}
