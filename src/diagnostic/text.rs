//! Text from the input made safe for a terminal or a log: a value in a
//! message, a file name or a source line may hold escape sequences, other
//! control characters or bidirectional overrides that would restyle the
//! terminal, move the cursor or reorder what a reader sees.

use std::borrow::Cow;

/// Characters never written raw: C0 controls but tab and newline, DEL, C1
/// controls, and the bidirectional embedding, override and isolate marks.
pub(crate) fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character `escaped` picks written as a `\u{..}`
/// escape; borrowed when there is none.
pub(crate) fn escape_where(text: &str, escaped: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` with every unsafe character written as a `\u{..}` escape.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    escape_where(text, is_unsafe)
}

/// `text` on one line: every unsafe character and every line break written
/// as a `\u{..}` escape, so that text from the input (a file name, a key, a
/// value) can never start a line of its own, where a CI runner would read a
/// `::error::` workflow command or a reader a forged finding.
pub fn one_line(text: &str) -> Cow<'_, str> {
    escape_where(text, |c| is_unsafe(c) || c == '\n')
}

/// `url` with its user name and password (`https://user:secret@host/`)
/// replaced by `***`, for every place a URL is printed: a report names the
/// page it fetched, and credentials in a CI log or an uploaded report leak.
pub fn redact_userinfo(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    match authority.rfind('@') {
        Some(at) => format!("{}***@{}", &url[..scheme_end + 3], &rest[at + 1..]),
        None => url.to_owned(),
    }
}

/// `text` (one source line) with every unsafe character, and newlines,
/// replaced by one visible character, so columns still line up: C0
/// controls by their Control Pictures symbol (`␛` for escape), the rest
/// by U+FFFD.
pub fn picture_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) || c == '\n') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\0'..='\u{1F}' if c != '\t' => {
                    char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{FFFD}')
                }
                '\u{7F}' => '\u{2421}',
                c if is_unsafe(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_escapes_line_breaks_too() {
        assert_eq!(one_line("a\tb"), "a\tb");
        assert_eq!(
            one_line("x\n::error file=x::FORGED\r"),
            "x\\u{a}::error file=x::FORGED\\u{d}"
        );
    }

    #[test]
    fn redacts_credentials_in_urls() {
        assert_eq!(
            redact_userinfo("http://user:s3cret@host:8080/a@b?c=@"),
            "http://***@host:8080/a@b?c=@"
        );
        assert_eq!(redact_userinfo("https://host/p"), "https://host/p");
        assert_eq!(redact_userinfo("site/page.html"), "site/page.html");
    }

    #[test]
    fn escapes_terminal_sequences_and_bidi_marks() {
        assert_eq!(escape_controls("plain ñ\ttext"), "plain ñ\ttext");
        assert_eq!(
            escape_controls("\u{1b}[31mred\u{7}\u{202E}"),
            "\\u{1b}[31mred\\u{7}\\u{202e}"
        );
        assert_eq!(
            picture_controls("a\u{1b}[2Jb\u{0}\u{9b}"),
            "a␛[2Jb␀\u{FFFD}"
        );
        assert_eq!(
            picture_controls("a\u{1b}b").chars().count(),
            "a\u{1b}b".chars().count()
        );
    }
}
