//! Node identifiers: telling absolute IRIs from relative references and
//! blank nodes, and resolving relative ones against a base.

/// How an `@id` is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdForm {
    /// An absolute IRI (`https://example.com/#nvidia`, `urn:isbn:…`).
    Absolute,
    /// A blank node label (`_:b0`): local to the document, never resolved.
    Blank,
    /// An IRI reference relative to the document's base (`#nvidia`).
    Relative,
}

/// Classifies `id`.
pub fn id_form(id: &str) -> IdForm {
    if id.starts_with("_:") {
        IdForm::Blank
    } else if url::Url::parse(id).is_ok() {
        IdForm::Absolute
    } else {
        IdForm::Relative
    }
}

/// Why an `@id` could not be resolved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// A relative id, and no base.
    #[error("`{0}` is relative and there is no base IRI to resolve it against")]
    NoBase(String),
    /// Not an IRI reference at all.
    #[error("`{id}` is not an IRI reference ({reason})")]
    Invalid {
        /// The id as written.
        id: String,
        /// What the URL parser said.
        reason: String,
    },
}

/// The absolute form of `id`: absolute IRIs and blank nodes as written,
/// relative references joined to `base` (RFC 3986).
pub fn resolve(id: &str, base: Option<&url::Url>) -> Result<String, ResolveError> {
    match id_form(id) {
        IdForm::Absolute | IdForm::Blank => Ok(id.to_owned()),
        IdForm::Relative => {
            let base = base.ok_or_else(|| ResolveError::NoBase(id.to_owned()))?;
            base.join(id)
                .map(String::from)
                .map_err(|error| ResolveError::Invalid {
                    id: id.to_owned(),
                    reason: error.to_string(),
                })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relative_ids_only() {
        let base = url::Url::parse("https://example.com/dgx-spark").ok();
        let base = base.as_ref();
        assert_eq!(
            resolve("#nvidia", base).as_deref(),
            Ok("https://example.com/dgx-spark#nvidia")
        );
        assert_eq!(
            resolve("people/jensen", base).as_deref(),
            Ok("https://example.com/people/jensen")
        );
        assert_eq!(
            resolve("https://Example.org/x", base).as_deref(),
            Ok("https://Example.org/x"),
            "absolute ids are kept as written"
        );
        assert_eq!(resolve("_:b0", base).as_deref(), Ok("_:b0"));
        assert_eq!(
            resolve("#nvidia", None),
            Err(ResolveError::NoBase("#nvidia".into()))
        );
    }
}
