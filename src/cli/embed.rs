//! `sdx embed PAGE --graph DATASET [--root ID] [-o OUT]`: put the dataset's
//! JSON-LD into a page's `<head>`, or refresh what sdx put there before.

use std::path::PathBuf;

use clap::Args;

use super::Exit;
use sdx::api::embed_graph;
use sdx::api::write_atomically;
use sdx::jsonld::{escape_for_script, reachable_from, Dataset};

/// Arguments of `sdx embed`.
#[derive(Debug, Args)]
pub struct EmbedArgs {
    /// The HTML page to rewrite (in place, atomically, unless -o is given).
    pub page: PathBuf,
    /// The dataset whose export goes into the page.
    #[arg(long, value_name = "DATASET")]
    pub graph: PathBuf,
    /// Embed only this node and the nodes it refers to (an `@id`, relative
    /// to the dataset's base or absolute), e.g. the page's article.
    #[arg(long, value_name = "ID")]
    pub root: Option<String>,
    /// Base IRI for the dataset's relative `@id`s; overrides its `@base`.
    #[arg(long, value_name = "IRI")]
    pub base: Option<url::Url>,
    /// Write the rewritten page here instead of replacing PAGE.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Runs `sdx embed`.
pub fn run(args: &EmbedArgs) -> Exit {
    let page_name = super::shown(&args.page);
    let page = match std::fs::read(&args.page) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                eprintln!(
                    "error: {page_name} is not UTF-8 text (invalid byte at offset {}); save the page as UTF-8",
                    error.utf8_error().valid_up_to()
                );
                return Exit::Failure;
            }
        },
        Err(error) => {
            eprintln!("error: cannot read {page_name}: {error}");
            return Exit::Failure;
        }
    };
    let dataset = match Dataset::read(&args.graph, args.base.as_ref()) {
        Ok(dataset) => dataset,
        Err(error) => {
            eprintln!("{error}");
            eprintln!(
                "sdx embed: {} did not load; the page was not changed",
                super::shown(&args.graph)
            );
            return Exit::Failure;
        }
    };
    let mut document = dataset.to_value();
    if let Some(root) = &args.root {
        let absolute =
            sdx::jsonld::ids::resolve(root, dataset.base()).unwrap_or_else(|_| root.clone());
        match reachable_from(&document, &absolute) {
            Some(sub) => document = sub,
            None => {
                eprintln!(
                    "error: no node of {} has the @id `{absolute}`\n  help: pass the @id of a top-level node, e.g. `--root #article`",
                    super::shown(&args.graph)
                );
                return Exit::Failure;
            }
        }
    }
    let json = serde_json::to_string_pretty(&document).unwrap_or_else(|_| "{}".to_owned());
    let rewritten = match embed_graph(&page, &escape_for_script(&json)) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: {page_name}: {error}");
            return Exit::Failure;
        }
    };
    let target = args.output.as_ref().unwrap_or(&args.page);
    match write_atomically(target, rewritten.as_bytes()) {
        Ok(()) => Exit::Success,
        Err(error) => {
            eprintln!("error: cannot write {}: {error}", super::shown(target));
            Exit::Failure
        }
    }
}
