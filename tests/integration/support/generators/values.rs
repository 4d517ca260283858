//! Datatype values: text, URLs, dates, numbers, prices, currencies, GTINs, languages, coordinates, enumeration members.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use sdx::model::*;

/// Text with anything in it: markup, quotes, line separators, emoji. Never
/// blank: the model reads a blank text as no value.
pub fn text() -> BoxedStrategy<Text> {
    prop_oneof![
        4 => vec(any::<char>(), 1..10).prop_map(String::from_iter),
        2 => "[A-Za-z][A-Za-z ]{0,15}",
        1 => Just("</script><script>alert(1)</script>".to_owned()),
        1 => Just("<!-- \u{2028}\u{2029} & \"quoted\" \\ ñ 🚀".to_owned()),
    ]
    .prop_filter("not blank", |t| !t.trim().is_empty())
    .prop_map(Text::from)
    .boxed()
}

pub fn one_or_many<T: std::fmt::Debug + Clone + 'static>(
    item: BoxedStrategy<T>,
) -> BoxedStrategy<OneOrMany<T>> {
    prop_oneof![
        item.clone().prop_map(OneOrMany::One),
        vec(item, 0..3).prop_map(OneOrMany::Many),
    ]
    .boxed()
}

/// An optional property of one value.
pub fn opt<T: std::fmt::Debug + Clone + 'static>(
    item: BoxedStrategy<T>,
) -> BoxedStrategy<Option<OneOrMany<T>>> {
    proptest::option::of(item.prop_map(OneOrMany::One)).boxed()
}

/// An optional property of one value or a list.
pub fn opt_many<T: std::fmt::Debug + Clone + 'static>(
    item: BoxedStrategy<T>,
) -> BoxedStrategy<Option<OneOrMany<T>>> {
    proptest::option::of(one_or_many(item)).boxed()
}

pub fn url() -> BoxedStrategy<Url> {
    (
        "(https|http)",
        "[a-z]{1,8}",
        "[a-z0-9/_-]{0,10}",
        "(\\?q=[a-z0-9]{0,4})?",
    )
        .prop_map(|(scheme, host, path, query)| {
            format!("{scheme}://{host}.example/{path}{query}")
                .parse()
                .unwrap()
        })
        .boxed()
}

pub fn date() -> BoxedStrategy<Date> {
    (1900i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| Date::from_ymd(y, m, d).unwrap())
        .boxed()
}

pub fn date_time() -> BoxedStrategy<DateTime> {
    (
        date(),
        0u32..24,
        0u32..60,
        0u32..60,
        select(vec!["", "Z", "+02:00", "-0500", ".250Z"]),
    )
        .prop_map(|(day, h, m, s, zone)| {
            format!("{day}T{h:02}:{m:02}:{s:02}{zone}").parse().unwrap()
        })
        .boxed()
}

pub fn date_or_date_time() -> BoxedStrategy<DateOrDateTime> {
    prop_oneof![
        date().prop_map(|d| d.to_string().parse().unwrap()),
        date_time().prop_map(|d| d.to_string().parse().unwrap()),
        (1000i32..9999).prop_map(|y| y.to_string().parse().unwrap()),
    ]
    .boxed()
}

pub fn model_number() -> BoxedStrategy<Number> {
    number().prop_map(Number).boxed()
}

pub fn number() -> BoxedStrategy<serde_json::Number> {
    prop_oneof![
        any::<i32>().prop_map(serde_json::Number::from),
        (-1.0e6f64..1.0e6).prop_map(|f| serde_json::Number::from_f64(f).unwrap()),
    ]
    .boxed()
}

pub fn scalar() -> BoxedStrategy<Scalar> {
    prop_oneof![
        any::<bool>().prop_map(Scalar::Boolean),
        number().prop_map(Scalar::Number),
        text().prop_map(|t| Scalar::Text(t.to_string())),
    ]
    .boxed()
}

pub fn price() -> BoxedStrategy<Price> {
    prop_oneof![
        (0u32..100_000).prop_map(|n| Price::from_number(n.into()).unwrap()),
        ("[0-9]{1,5}", "(\\.[0-9]{2})?")
            .prop_map(|(w, f)| Price::parse_text(&format!("{w}{f}")).unwrap()),
    ]
    .boxed()
}

pub fn currency() -> BoxedStrategy<CurrencyCode> {
    select(CurrencyCode::all_codes())
        .prop_map(|code| code.parse().unwrap())
        .boxed()
}

/// A GTIN of `len` digits with the right GS1 check digit.
pub fn gtin_digits(len: usize) -> BoxedStrategy<String> {
    vec(0u8..10, len - 1)
        .prop_map(|body| {
            let sum: u32 = body
                .iter()
                .rev()
                .enumerate()
                .map(|(i, d)| u32::from(*d) * if i % 2 == 0 { 3 } else { 1 })
                .sum();
            let check = (10 - sum % 10) % 10;
            let mut digits: String = body.iter().map(|d| char::from(b'0' + d)).collect();
            digits.push(char::from_digit(check, 10).unwrap());
            digits
        })
        .boxed()
}

pub fn gtin<const LEN: usize>() -> BoxedStrategy<GtinOf<LEN>> {
    let lengths: Vec<usize> = if LEN == 0 {
        vec![8, 12, 13, 14]
    } else {
        vec![LEN]
    };
    select(lengths)
        .prop_flat_map(gtin_digits)
        .prop_map(|digits| digits.parse().unwrap())
        .boxed()
}

pub fn language() -> BoxedStrategy<ValueOrRef<LanguageTag, Language>> {
    select(vec!["es", "en-US", "de", "zh-Hant-TW", "es-419"])
        .prop_map(|tag| ValueOrRef::Value(tag.parse().unwrap()))
        .boxed()
}

/// A text where the range also takes nodes sdx does not model.
pub fn text_or_node() -> BoxedStrategy<TextOrNode> {
    text().prop_map(ValueOrRef::Value).boxed()
}

pub fn latitude() -> BoxedStrategy<Latitude> {
    prop_oneof![
        (-90.0f64..=90.0)
            .prop_map(|f| Latitude::from_number(serde_json::Number::from_f64(f).unwrap()).unwrap()),
        (-89i32..=89, 0u32..10_000)
            .prop_map(|(d, f)| Latitude::parse_text(&format!("{d}.{f:04}")).unwrap()),
    ]
    .boxed()
}

pub fn longitude() -> BoxedStrategy<Longitude> {
    (-180.0f64..=180.0)
        .prop_map(|f| Longitude::from_number(serde_json::Number::from_f64(f).unwrap()).unwrap())
        .boxed()
}

pub fn member<T: Copy + std::fmt::Debug + 'static>(members: &'static [T]) -> BoxedStrategy<T> {
    select(members).boxed()
}
