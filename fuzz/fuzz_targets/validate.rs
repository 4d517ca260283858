//! Full validation of one input in each format, rendered in every output
//! format: any panic is a bug.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sdx::{Format, InputFormat, Settings, Validator};

fn validator() -> &'static Validator {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| Validator::new(Settings::default()))
}

fuzz_target!(|bytes: &[u8]| {
    let Some((selector, input)) = bytes.split_first() else {
        return;
    };
    let format = match selector % 3 {
        0 => InputFormat::Json,
        1 => InputFormat::Ndjson,
        _ => InputFormat::Html,
    };
    let report = validator().validate_bytes("fuzz", format, input);
    for (diagnostic, _) in report.diagnostics() {
        assert!(
            diagnostic.line.is_some_and(|line| line >= 1),
            "{diagnostic:?}"
        );
    }
    for format in [
        Format::Human,
        Format::Json,
        Format::Github,
        Format::Sarif,
        Format::Junit,
    ] {
        let _ = report.render(format, false);
    }
});
