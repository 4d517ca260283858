#!/usr/bin/env bash
# Counts the library's public items from the documentation rustdoc writes
# (stable rustdoc has no machine-readable listing): the modules, types,
# traits, functions, constants, statics and macros a user can name, and
# their public members (inherent methods, fields, variants, associated
# constants). Trait-impl methods are not counted: they come with the trait.
# Items marked `#[doc(hidden)]` are not in the documentation, so not counted.
#
#   scripts/public-items.sh            # builds the docs, prints the counts
#   scripts/public-items.sh --list     # and every item's path
set -euo pipefail
cd "$(dirname "$0")/.."

cargo doc --no-deps --lib -q 2>/dev/null
doc=${CARGO_TARGET_DIR:-target}/doc/sdx

python3 - "$doc" "${1:-}" <<'EOF'
import os, re, sys

doc, mode = sys.argv[1], sys.argv[2]
kinds = ("struct", "enum", "trait", "fn", "constant", "static", "macro", "type", "union", "attr", "derive", "traitalias")
items, members = [], []
for folder, _dirs, names in os.walk(doc):
    rel = os.path.relpath(folder, doc)
    path = "sdx" if rel == "." else "sdx::" + rel.replace(os.sep, "::")
    for name in names:
        if name == "index.html" and rel != ".":
            items.append(("mod", path))
            continue
        m = re.fullmatch(r"([a-z]+)\.(.+)\.html", name)
        if not m or m.group(1) not in kinds:
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            text = fh.read()
        # A re-export's page only redirects to the item's own page.
        if "<title>Redirection</title>" in text or 'http-equiv="refresh"' in text[:500]:
            continue
        item = f"{path}::{m.group(2)}"
        items.append((m.group(1), item))
        # Members before the first trait implementation: inherent methods,
        # fields, variants and associated items.
        cut = min((i for i in (text.find('id="trait-implementations"'), text.find('id="synthetic-implementations"')) if i >= 0), default=len(text))
        for kind, member in re.findall(r'id="(method|tymethod|structfield|variant|associatedconstant)\.([A-Za-z0-9_]+)"', text[:cut]):
            members.append((kind, f"{item}::{member}"))

if mode == "--list":
    for kind, path in sorted(items + members, key=lambda x: x[1]):
        print(f"{kind:20} {path}")
by_kind = {}
for kind, _ in items:
    by_kind[kind] = by_kind.get(kind, 0) + 1
print("items:", len(items), "(" + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())) + ")")
print("members:", len(members))
print("public items in all:", len(items) + len(members))
EOF
