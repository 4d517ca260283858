//! schema.org's examples read the way they mean: for every example with a
//! microdata or RDFa section, the graph `sdx extract --format jsonld` reads
//! from that section is the graph of the example's JSON-LD section.
//!
//! Both sections are read by the `sdx` binary, `sdx extract --format
//! jsonld` on the section as a page: the JSON-LD section goes through the
//! same command, so both sides arrive with compact keys and types. (About
//! 800 runs, 11 s on two cores in a debug build; the library's `page_graph`
//! would take 1 s, but the binary is what users run.)
//!
//! Two graphs are the same when their top-level nodes (those no other node
//! refers to) pair up one to one into equal nodes. Two nodes are equal when
//! - their types are the same set, read as schema.org names:
//!   `http://schema.org/X`, `https://schema.org/X`, `schema:X` and `X` are one;
//! - their `@id`s are equal, when both have one (relative ones resolved
//!   against one base); a node named on one side only is compared by what it
//!   says, since a name adds no statement of its own, and so is a blank node
//!   (`_:b0`), whose label is local to its document;
//! - they have the same properties, and each property the same values as a
//!   multiset: one value and a one-item list are equal, list order does not
//!   count (`@list` reads as its items), and values pair up one to one.
//!
//! Two values are equal when
//! - both are nodes and the nodes are equal; an embedded node and an
//!   `{"@id"}` reference to a node of the graph are that node, so a node
//!   reached twice is one node, and a cycle is equal where nothing else
//!   differs;
//! - both are text equal after collapsing runs of whitespace, or IRIs equal
//!   once resolved (`http://e.example` = `http://e.example/`); schema.org
//!   IRIs (enumeration members such as `http://schema.org/InStock`) compare
//!   as their names; a reference to a node the graph does not describe is
//!   its IRI as text, and a URL that is the `@id` of a node of its graph is
//!   that node (microdata's URL values name nodes, `<link
//!   itemprop="isPartOf" href="#vol">`, and JSON-LD's text does too where
//!   the example writes `"author": "#author"`);
//! - one is a number or a boolean and the other its text (`15.00` = `15`,
//!   `true` = `"True"`); a `{"@value"}` object is its value.
//!
//! Every example whose graphs differ is in [`EXCEPTIONS`], with why: a
//! difference the example's own sections have, or something sdx does not
//! read. An extractor bug never goes there. The test fails on an unlisted
//! difference and on a listed example that no longer differs.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::corpus::{self, Example, JsonSection};
use crate::support::same_graph;

/// Examples whose markup and JSON-LD sections do not describe the same
/// graph, each with the difference (the first one, where there are more):
/// the example's sections say different things, and sdx reads the markup as
/// HTML and RDFa define it. Paths name a property by the type it is on.
#[rustfmt::skip]
const EXCEPTIONS: &[(&str, Sections, &str)] = &[
    ("eg-0374", Both, "`Invoice.description`: `…015 Visa` in the markup, `…015 Visa bill.` in the JSON-LD"),
    ("eg-0375", Both, "the markup has a `description` the JSON-LD lacks, the JSON-LD an `accountId` and `paymentMethod`s the markup lacks"),
    ("eg-0376", Both, "`OrderItem.orderQuantity`: `4` in the markup, `3` in the JSON-LD"),
    ("eg-0332", Rdfa, "the JSON-LD has no `Course.name`"),
    ("eg-0333", Rdfa, "the JSON-LD's `hasCourseInstance` has no type, and its `Course` an `@id`"),
    ("eg-0380", Microdata, "`DefinedTerm.name`: `Key Stage 3` in the markup, `KS 3` in the JSON-LD"),
    ("eg-0381", Both, "`CreativeWork.name`: `Derivative work` in the markup, `Derivative Work` in the JSON-LD"),
    ("eg-0398", Both, "`PublicationVolume.@id`: `…invalid/page#vol376` in the markup, `…invalid/vol376` in the JSON-LD"),
    ("eg-0399", Both, "the markup writes `&amp;` twice (`&amp;amp;`) in two names, and its `description` differs"),
    ("eg-0402", Both, "`Book.name`: `…the Rings` in the markup, `…the Ring` in the JSON-LD"),
    ("eg-0426", Microdata, "`Event.name`: `Run Wild Missoula` in the markup, `The Missoula Marathon` in the JSON-LD"),
    ("eg-0426", Rdfa, "`Event.name`: `The 2016 Missoula Marathon` in the markup, `The Missoula Marathon` in the JSON-LD"),
    ("eg-0427", Microdata, "the outer item has `itemprop`, so it is no top-level item; `sponsor` lacks `itemscope`"),
    ("eg-0427", Rdfa, "the markup has no `Organization.name`"),
    ("eg-0428", Microdata, "the outer item has `itemprop`, so it is no top-level item"),
    ("eg-0429", Microdata, "the outer item has `itemprop`, so it is no top-level item"),
    ("eg-0429", Rdfa, "`Organization.url`: `…ple.com/GloboCorp` in the markup, `…ple.com/` in the JSON-LD"),
    ("eg-0444", Microdata, "`workPerformed` is a `TVEpisode` in the microdata, a `CreativeWork` in the JSON-LD"),
    ("eg-0444", Rdfa, "`BroadcastEvent.isLiveBroadcast`: `true` in the markup, `false` in the JSON-LD"),
    ("eg-0434", Microdata, "the microdata gives `Museum` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0436", Microdata, "the microdata's event `name` keeps its quotation marks"),
    ("eg-0436", Rdfa, "`Event.endDate`: `2017-02-05` in the markup, `2017-01-22` in the JSON-LD"),
    ("eg-0437", Microdata, "the microdata gives `Event` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0438", Microdata, "the microdata gives `Cemetery` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0438", Rdfa, "`address` and `geo` sit outside the element with `vocab`, where terms name nothing"),
    ("eg-0439", Microdata, "the microdata gives `Winery` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0384", Both, "`Map.url`: `/map1234/` in the markup, `http://art-sf.example.com/map1234/` in the JSON-LD"),
    ("eg-0001", Both, "`PostalAddress.streetAddress`: `…stitute Suite 123 405 N…` in the markup, `…stitute 405 N. Whitworth` in the JSON-LD"),
    ("eg-0003", Both, "the JSON-LD has no `Painting.creator`"),
    ("eg-0007", Microdata, "`Organization.faxNumber`: `( 33 1) 42 68 53 01` in the markup, `33142685301` in the JSON-LD"),
    ("eg-0007", Rdfa, "`PostalAddress.streetAddress`: `… de l'Opera` in the markup, `… de l'Opéra` in the JSON-LD"),
    ("eg-0010", Both, "`Offer.price`: `1000` in the markup, `55` in the JSON-LD"),
    ("eg-0462", Both, "`reviewRating` is text in the markup, a `Rating` in the JSON-LD"),
    ("eg-0013", Both, "`InteractionCounter.interactionType`: `CommentAction` in the markup, `Comment` in the JSON-LD"),
    ("eg-0009", Both, "the JSON-LD has no `Event.name`"),
    ("eg-0023", Microdata, "the microdata names the `WebSite` by `itemid`, the JSON-LD gives it a `url`"),
    ("eg-0028", Both, "the JSON-LD has no `Organization.name`"),
    ("eg-0029", Rdfa, "the RDFa has no `vocab`, so its terms name nothing"),
    ("eg-0030", Rdfa, "the RDFa has no `vocab`, so its terms name nothing"),
    ("eg-0031", Rdfa, "the RDFa has no `vocab`, so its terms name nothing"),
    ("eg-0166", Both, "the JSON-LD has no `TVEpisode.name`"),
    ("eg-0167", Both, "the JSON-LD has no `RadioEpisode.name`"),
    ("eg-0172", Both, "the JSON-LD has only the `Place` and the `Offer`, no `Event`"),
    ("eg-0175", Both, "the JSON-LD has no `AggregateRating.ratingValue`"),
    ("eg-0177", Microdata, "`CreativeWork.accessibilityControl`: `fullKeyboardControl` in the markup, `fullTouchControl` in the JSON-LD"),
    ("eg-0177", Rdfa, "the markup has no `CreativeWork.accessibilityControl`"),
    ("eg-0186", Both, "one `Answer` is both `acceptedAnswer` and `suggestedAnswer`; the JSON-LD has another `acceptedAnswer`"),
    ("eg-0189", Both, "the JSON-LD has no `MusicVenue.sameAs`"),
    ("eg-0190", Both, "the markup's `workPerformed` has `sameAs`, the JSON-LD's a `name`"),
    ("eg-0192", Both, "`Restaurant.description`: `…ccasions.` in the markup, `…ccasions` in the JSON-LD"),
    ("eg-0195", Both, "`Store.telephone`: `+1 8005551234` in the markup, `155501001110` in the JSON-LD"),
    ("eg-0197", Both, "`Pharmacy.description`: `…euticals...` in the markup, `…euticals for your beaut…` in the JSON-LD"),
    ("eg-0198", Both, "`Pharmacy.description`: `…euticals...` in the markup, `…euticals for your beaut…` in the JSON-LD"),
    ("eg-0208", Both, "`name` is `BRAND 502` in the markup, `Brand 502` in the JSON-LD, which has one more `Product`"),
    ("eg-0209", Both, "`author` is a `Person` in the markup, text in the JSON-LD"),
    ("eg-0210", Both, "the markup has no `ItemList.description`"),
    ("eg-0211", Both, "`byArtist` is text in the markup, a `MusicGroup` in the JSON-LD"),
    ("eg-0371", Both, "`HowToDirection.text`: `… is flat.` in the markup, `… is flat` in the JSON-LD"),
    ("eg-0372", Rdfa, "the markup has no `Book.sameAs`"),
    ("eg-0328", Microdata, "`<img itemprop=\"image\">` with `href`, not `src`: its value is empty"),
    ("eg-0328", Rdfa, "the JSON-LD has no `Person.givenName`"),
    ("eg-0329", Microdata, "`<img itemprop=\"image\">` with `href`, not `src`: its value is empty"),
    ("eg-0329", Rdfa, "the JSON-LD has no `Person.givenName`"),
    ("eg-0446", Microdata, "the microdata names services by `itemid`, the JSON-LD by `url` (and another `@id`)"),
    ("eg-0446", Rdfa, "microdata items mixed into the RDFa"),
    ("eg-0454", Both, "`VisualArtwork.description`: `…Magritte painted, Ceci …` in the markup, `…Magritte...` in the JSON-LD"),
    ("eg-0455", Both, "`VisualArtwork.description`: `…llery in 1999 as one of…` in the markup, `…llery in...` in the JSON-LD"),
    ("eg-0456", Both, "`VisualArtwork.artform`: `Print` in the markup, `print` in the JSON-LD"),
    ("eg-0419", Both, "`ScreeningEvent.name`: `Jaws 3-D\"` in the markup, `Jaws 3-D` in the JSON-LD"),
    ("eg-0457", Both, "`query` is on an `<input>`, whose text is empty; the JSON-LD says `required`"),
    ("eg-0341", Rdfa, "`datePublished` is written with `itemprop` inside the RDFa"),
    ("eg-0343", Both, "the markup's `bccRecipient` is the JSON-LD's `ccRecipient`, and its `ccRecipient` is not in the JSON-LD"),
    ("eg-0350", Both, "`offeredBy` is text in the markup, a `BankOrCreditUnion` in the JSON-LD"),
    ("eg-0351", Both, "`MonetaryAmount.name`: `for law and business` in the markup, `debt for law and business` in the JSON-LD"),
    ("eg-0352", Both, "`BankAccount.name`: `Black Account` in the markup, `Black account` in the JSON-LD"),
    ("eg-0353", Both, "`QuantitativeValue.value`: `1.25` in the markup, `1.65` in the JSON-LD"),
    ("eg-0354", Both, "`PaymentCard.name`: `…bit Card.` in the markup, `…bit Card` in the JSON-LD"),
    ("eg-0355", Both, "`PriceSpecification.price`: `0.15` in the markup, `0.3` in the JSON-LD"),
    ("eg-0357", Both, "`MonetaryAmount.maxValue`: `99000` in the markup, `90000` in the JSON-LD"),
    ("eg-0358", Both, "`PostalAddress.addressCountry`: `Austria` in the markup, `AT` in the JSON-LD"),
    ("eg-0447", Microdata, "`VideoGame.genre`: `Action (Shooter / Robot) / 3D / 1st…` in the markup, `1st Person` in the JSON-LD"),
    ("eg-0448", Both, "`VideoGame.gameLocation`: `\"Beitild's House\"` in the markup, `Beitild's House` in the JSON-LD"),
    ("eg-0449", Both, "`Thing.alternateName`: `Perk` in the markup, `perk` in the JSON-LD"),
    ("eg-0450", Both, "`MobileApplication+VideoGame.description`: `… VOTED & THE CAT’S OUT …` in the markup, `… VOTED &amp; THE CAT’S …` in the JSON-LD"),
    ("eg-0452", Both, "`Game.description`: `…success!Includes gamebo…` in the markup, `…success!` in the JSON-LD"),
    ("eg-0324", Microdata, "`Organization.sameAs`: `http://twitter.com/politifact` in the markup, `https://twitter.com/politifact` in the JSON-LD"),
    ("eg-0349", Both, "the markup has `inLanguage`, and its `offers` is a URL where the JSON-LD has an `Offer`"),
    ("eg-0424", Both, "`BlogPosting.articleBody`: `…a month. And for a limi…` in the markup, `…a month.<br> And for a …` in the JSON-LD"),
    ("eg-0476", Microdata, "`BlogPosting.@id`: `https://www.dataliberate.com/2019/0…` in the markup, `https://dataliberate.com/2019/05/14…` in the JSON-LD"),
    ("eg-0377", Microdata, "`item` is a URL in the microdata, an untyped node with a `name` in the JSON-LD"),
    ("eg-0377", Rdfa, "`item` is a `WebPage` in the RDFa, an untyped node in the JSON-LD"),
    ("eg-0393", Microdata, "the microdata gives `Product` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0393", Rdfa, "the RDFa types the record `Book Product`, the JSON-LD `Book` with `additionalType` `Product`, and no `offers`"),
    ("eg-0394", Rdfa, "`Organization.logo`: `…mple.com/acme-inc-logo.…` in the markup, `…mple.commple.com/acme-i…` in the JSON-LD"),
    ("eg-0395", Microdata, "the microdata gives `Product` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0395", Rdfa, "the RDFa's `offeredBy` is the JSON-LD's `seller`, and the record's `@id` differs"),
    ("eg-0396", Both, "`OfferCatalog.name`: `House cleaning` in the markup, `House Cleaning` in the JSON-LD"),
    ("eg-0397", Both, "`<meta>` with a `link` attribute, not `content`: its value is empty"),
    ("eg-0378", Both, "`parentOrganization` is relative (`/eg/opac/…`) in the markup, absolute in the JSON-LD"),
    ("eg-0441", Both, "`Trip.description`: `… you can.` in the markup, `… you can` in the JSON-LD"),
    ("eg-0222", Both, "the JSON-LD has no `MedicalGuidelineRecommendation.evidenceLevel`"),
    ("eg-0224", Rdfa, "the RDFa has no `vocab`, so its terms name nothing"),
    ("eg-0225", Both, "the markup describes a `DrugClass`, the JSON-LD a `MedicalWebPage` about the drugs"),
    ("eg-0218", Microdata, "`publisher` and `editor` are nodes in the microdata, IRIs as text in the JSON-LD (an RDFa reader's output)"),
    ("eg-0218", Rdfa, "the JSON-LD is an RDFa reader's output, with `rdfa:usesVocabulary`, which sdx does not write"),
    ("eg-0219", Both, "the JSON-LD is an RDFa reader's output, with `rdfa:usesVocabulary`, which sdx does not write"),
    ("eg-0221", Both, "the markup dates the `ComicStory` and has a `publisher`; the JSON-LD dates the `ComicIssue`"),
    ("eg-0216", Microdata, "the JSON-LD is an RDFa reader's output, with `rdfa:usesVocabulary`, which sdx does not write"),
    ("eg-0216", Rdfa, "`author` has `resource`, so it is an IRI; the JSON-LD gives its text (and `rdfa:usesVocabulary`)"),
    ("eg-0214", Both, "the JSON-LD is an RDFa reader's output, with `rdfa:usesVocabulary`, which sdx does not write"),
    ("eg-0217", Microdata, "the microdata types the books `Book CreativeWork`, the JSON-LD (an RDFa reader's output) `Book`"),
    ("eg-0217", Rdfa, "the JSON-LD is an RDFa reader's output, with `rdfa:usesVocabulary`, which sdx does not write"),
    ("eg-0215", Both, "`Audiobook.provider`: `http://archive.org/` in the markup, `The Internet Archive` in the JSON-LD"),
    ("eg-0220", Both, "the markup types the works `Book CreativeWork` with a `Person` as `author`, the JSON-LD `Book` with an IRI"),
    ("eg-0260", Microdata, "the microdata gives a CTDL class as `additionalType` and `url`s where the JSON-LD has `@id`s"),
    ("eg-0261", Both, "the markup's `educationRequirements` is the JSON-LD's `qualifications`"),
    ("eg-0306", Microdata, "`PodcastSeries.image`: `https://.../inquisitive_artwork.png` in the markup, `https://www.relay.fm/inquisitive_ar…` in the JSON-LD"),
    ("eg-0307", Microdata, "`MediaObject.contentUrl`: `http://.../Inquisitive_027.mp3` in the markup, `http://www.relay.fm/inquisitive/Inq…` in the JSON-LD"),
    ("eg-0308", Microdata, "the microdata has a `description`, the JSON-LD `numberOfEpisodes` and `partOfSeries`"),
    ("eg-0230", Microdata, "the microdata's `Legislation` is the JSON-LD's `isBasedOn`, whose links are `@id`s, not URLs"),
    ("eg-0230", Rdfa, "the JSON-LD's `@id`s escape `%` once more (`%2528`) than the RDFa's `href`s"),
    ("eg-0231", Microdata, "the microdata names the `workExample`s, the JSON-LD gives their `@id`s"),
    ("eg-0231", Rdfa, "the RDFa names the `workExample`s, the JSON-LD does not"),
    ("eg-0314", Both, "the JSON-LD has no `DefinedTerm.name`"),
    ("eg-0315", Both, "the markup links terms to their set by URL text, the JSON-LD by `@id`"),
    ("eg-0317", Both, "the markup links the code to its set by URL text (`#C1`), the JSON-LD by `@id`"),
    ("eg-0318", Both, "the JSON-LD gives `name` as a language map, the markup as three values"),
    ("eg-4468b", Both, "`Event.description`: `…on stage—recounting per…` in the markup, `…on stage&mdash;recounti…` in the JSON-LD"),
    ("eg-0262", Microdata, "the microdata gives `City` and `Winery` as `additionalType`, the JSON-LD as second `@type`s"),
    ("eg-0263", Microdata, "the microdata's attractions are top-level items, the JSON-LD's sit in a `TouristTrip`'s itinerary"),
    ("eg-0265", Microdata, "`Organization.url`: `…ipco.com/` in the markup, `…ipco.com` in the JSON-LD"),
    ("4660", Both, "the markup has no `PropertyValue.description`"),
    ("eg-0233", Both, "`MonetaryAmount.maxValue`: `99000` in the markup, `90000` in the JSON-LD"),
    ("eg-0234", Both, "`MonetaryAmount.value`: `912.11` in the markup, `909.3` in the JSON-LD"),
    ("eg-0257", Microdata, "the microdata gives `ArchiveComponent` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0257", Rdfa, "`type` written for `typeof`"),
    ("eg-0258", Microdata, "the microdata gives `ArchiveComponent` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0258", Rdfa, "`type` written for `typeof`"),
    ("eg-3475", Microdata, "`class=\"itemscope\"` written for the `itemscope` attribute: no item"),
    ("eg-0254", Microdata, "`archiveHeld` is a name in the microdata, a URL in the JSON-LD, which also has an `@id`"),
    ("eg-0254", Rdfa, "`type` written for `typeof`"),
    ("eg-0255", Microdata, "the microdata gives `ArchiveComponent` as `additionalType`, the JSON-LD as a second `@type`, and `creator` as text"),
    ("eg-0255", Rdfa, "`type` written for `typeof`"),
    ("eg-0256", Microdata, "the microdata gives `ArchiveComponent` as `additionalType`, the JSON-LD as a second `@type`"),
    ("eg-0256", Rdfa, "the RDFa has two `holdingArchive`s and a `url`, the JSON-LD an `@id`, `duration` and `itemLocation`"),
];

/// Which sections of an example an exception is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sections {
    Microdata,
    Rdfa,
    Both,
}

use Sections::{Both, Microdata, Rdfa};

impl Sections {
    fn covers(self, markup: Markup) -> bool {
        matches!(
            (self, markup),
            (Both, _) | (Microdata, Markup::Microdata) | (Rdfa, Markup::Rdfa)
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Markup {
    Microdata,
    Rdfa,
}

/// The graph `sdx extract --format jsonld` reads from `page`.
fn extract(dir: &std::path::Path, name: &str, page: &str) -> Value {
    let path = dir.join(name);
    std::fs::write(&path, page).unwrap();
    let output = crate::support::sdx()
        .args(["extract", "--format", "jsonld"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success(), "{name}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn json_page(section: &JsonSection) -> String {
    match section {
        JsonSection::Html(markup) => corpus::page(markup),
        JsonSection::Json(text) => corpus::page(&format!(
            "<script type=\"application/ld+json\">{text}</script>"
        )),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Same,
    Listed,
    Unlisted,
    NoJson,
}

/// Compares one section of an example; the mismatch, for the report.
fn compare(dir: &std::path::Path, example: &Example, markup: Markup) -> Result<(), String> {
    let section = match markup {
        Markup::Microdata => example.microdata.as_deref(),
        Markup::Rdfa => example.rdfa.as_deref(),
    };
    let (Some(section), Some(json)) = (section, &example.json) else {
        return Ok(());
    };
    let read = extract(
        dir,
        &format!("{}-{markup:?}.html", example.id),
        &corpus::page(section),
    );
    let expected = extract(dir, &format!("{}-json.html", example.id), &json_page(json));
    same_graph::compare(&read, &expected)
        .map_err(|difference| format!("{} {markup:?}\n{difference}", example.id))
}

#[test]
fn microdata_and_rdfa_read_as_their_json_ld_says() {
    let mut jobs = Vec::new();
    for example in corpus::examples() {
        for markup in [Markup::Microdata, Markup::Rdfa] {
            let present = match markup {
                Markup::Microdata => example.microdata.is_some(),
                Markup::Rdfa => example.rdfa.is_some(),
            };
            if present {
                jobs.push((example, markup));
            }
        }
    }
    // Two runs of the binary a section (about 800 in all): four threads
    // keep the test to a few seconds on two cores.
    let dir = tempfile::tempdir().unwrap();
    let results: Vec<Result<(), String>> = std::thread::scope(|scope| {
        let chunks: Vec<_> = jobs
            .chunks(jobs.len().div_ceil(4))
            .map(|chunk| {
                let dir = dir.path();
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(example, markup)| compare(dir, example, *markup))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        chunks
            .into_iter()
            .flat_map(|handle| handle.join().unwrap())
            .collect()
    });
    let mut counts: BTreeMap<(Markup, Outcome), usize> = BTreeMap::new();
    let mut unlisted = Vec::new();
    let mut stale = Vec::new();
    for ((example, markup), result) in jobs.into_iter().zip(results) {
        let listed = EXCEPTIONS
            .iter()
            .any(|(id, sections, _)| *id == example.id && sections.covers(markup));
        let outcome = if example.json.is_none() {
            Outcome::NoJson
        } else {
            match (result, listed) {
                (Ok(()), false) => Outcome::Same,
                (Ok(()), true) => {
                    stale.push(format!("{} {markup:?}", example.id));
                    Outcome::Same
                }
                (Err(_), true) => Outcome::Listed,
                (Err(report), false) => {
                    unlisted.push(report);
                    Outcome::Unlisted
                }
            }
        };
        *counts.entry((markup, outcome)).or_default() += 1;
    }
    for ((markup, outcome), count) in &counts {
        let outcome = match outcome {
            Outcome::Same => "same graph",
            Outcome::Listed => "listed exception",
            Outcome::Unlisted => "unlisted difference",
            Outcome::NoJson => "no JSON-LD section",
        };
        println!("{markup:?}: {outcome}: {count}");
    }
    assert!(
        unlisted.is_empty(),
        "{} sections read differently from their JSON-LD:\n{}",
        unlisted.len(),
        unlisted.join("\n")
    );
    assert!(
        stale.is_empty(),
        "listed as differing, but now read the same: {stale:?}"
    );
}
