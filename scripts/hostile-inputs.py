#!/usr/bin/env python3
"""Writes the hostile inputs of the findings-cost table in docs/performance.md
into a directory (default target/bench/hostile), deterministically.

    scripts/hostile-inputs.py [DIR]

Each input is one line of the table: many unknown keys in one object, many
distinct misspellings, many findings on one line, many invalid nested nodes
in one list, many scripts on one line of a page, many `@id`s in a feed.
scripts/bench-hostile.sh times sdx on them.
"""
import json
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "target/bench/hostile"
os.makedirs(out, exist_ok=True)
CONTEXT = '"@context":"https://schema.org"'


def write(name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)


def letters(n, width):
    """n in base 26, as `width` lowercase letters."""
    s = ""
    for _ in range(width):
        s = chr(ord("a") + n % 26) + s
        n //= 26
    return s


# One Product with 1,000,000 unknown keys (about 12 MB).
keys = ",".join('"q%s":1' % letters(i, 6) for i in range(1_000_000))
write("unknown-keys.json", "{%s,\"@type\":\"Product\",%s}\n" % (CONTEXT, keys))

# 100,000 distinct misspellings of real properties (about 2 MB): a letter
# of the property changed, and two letters appended so no two are alike.
props = ["name", "description", "image", "offers", "brand", "sku", "url",
         "review", "aggregateRating", "manufacturer", "color", "material"]
miss = []
for i in range(100_000):
    p = props[i % len(props)]
    at = (i // len(props)) % len(p)
    c = chr(ord("a") + (ord(p[at]) - ord("a") + 1 + i % 7) % 26)
    miss.append('"%s%s%s%s":1' % (p[:at], c, p[at + 1:], letters(i, 4)))
write("misspelled-keys.json", "{%s,\"@type\":\"Product\",%s}\n" % (CONTEXT, ",".join(miss)))

# 200,000 findings on one line (about 7 MB): a list of bad dates.
dates = ",".join('"2024-13-%02d"' % (i % 28 + 1) for i in range(200_000))
write("findings-one-line.ndjson", "{%s,\"@type\":\"Event\",\"name\":\"E\",\"startDate\":[%s]}\n" % (CONTEXT, dates))

# 200,000 invalid Offers in one list on one line (about 7 MB): a Product
# whose own schema fails on every one of them, each checked on its own too.
offers = ",".join('{"@type":"Offer","price":"x%d"}' % i for i in range(200_000))
write("invalid-offers.json", "{%s,\"@type\":\"Product\",\"offers\":[%s]}\n" % (CONTEXT, offers))

# A minified page: 100,000 JSON-LD scripts on one line (about 11 MB), each
# with a finding.
script = '<script type="application/ld+json">{%s,"@type":"Thing","nme":"a thing"}</script>' % CONTEXT
write("scripts-one-line.html", "<!doctype html><html><head>" + script * 100_000 + "</head><body></body></html>\n")

# 5,000,000 feed lines, each a node with an `@id` (about 300 MB).
with open(os.path.join(out, "ids.ndjson"), "w") as f:
    for i in range(5_000_000):
        f.write('{%s,"@type":"Thing","@id":"https://example.com/t/%d","name":"t%d"}\n' % (CONTEXT, i, i))
