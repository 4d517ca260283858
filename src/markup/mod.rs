//! What a search engine reads in a page's HTML besides its JSON-LD
//! scripts: microdata items, RDFa items and the social meta tags, read into
//! one node model. Microdata and RDFa items become JSON-LD documents, each
//! carrying [`Offsets`]: for every JSON pointer into it, the byte offset in
//! the page of the element the value came from.
//!
//! Below both the checks (which validate a page's markup with the rules
//! written for JSON-LD) and [`crate::page`] (which prints a page's nodes):
//! nothing here imports either.
//!
//! The folder stacks one way: at the bottom two folders of their own,
//! `dom/` (the page's element tree) and `items/` (what the readers produce,
//! and `items/graph.rs`, the nodes they state written as JSON-LD); above
//! them the `microdata`, `rdfa/` and `social` readers; `extract` (a whole
//! page's reading) at the top. The readers' shared pieces sit in folders
//! below them so that `rdfa/` imports nothing of the folder it sits in.

mod dom;
mod extract;
mod items;
mod microdata;
mod rdfa;
mod social;

pub use extract::{read_markup, PageMarkup};
pub(crate) use items::compact;
pub use items::{Offsets, SCHEMA_ORG};
pub use social::{pointer as social_pointer, SocialTags};
