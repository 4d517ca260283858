//! `invalid-currency`: `priceCurrency` / `currency` that is not an ISO 4217
//! code, read with the model's `CurrencyCode`.

use crate::diagnostic::Severity;
use crate::model::CurrencyCode;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-currency",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "`priceCurrency` or `currency` is not an ISO 4217 alphabetic code.",
    help: "Use the three upper-case letters of ISO 4217, like EUR, USD or GBP, not a symbol or a name.",
};

/// Properties whose value is a currency code.
pub const PROPERTIES: &[&str] = &["priceCurrency", "currency"];

/// Checks a currency text; on failure, the message and a specific help.
pub fn check(property: &str, text: &str) -> Result<(), (String, Option<String>)> {
    match text.parse::<CurrencyCode>() {
        Ok(_) => Ok(()),
        Err(error) => {
            let upper = text.trim().to_ascii_uppercase();
            let help = upper
                .parse::<CurrencyCode>()
                .ok()
                .map(|code| format!("did you mean `{code}`?"));
            Err((format!("`{property}`: {error}"), help))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_upper_case() {
        assert!(check("priceCurrency", "EUR").is_ok());
        let (message, help) = check("priceCurrency", "eur").unwrap_err();
        assert!(message.contains("`eur` is not an ISO 4217"), "{message}");
        assert_eq!(help.as_deref(), Some("did you mean `EUR`?"));
        assert_eq!(check("priceCurrency", "€").unwrap_err().1, None);
    }
}
