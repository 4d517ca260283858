#!/usr/bin/env python3
"""Prints the import loops of the crate under src/: the strongly connected
components of its module graph, read from `use crate::…`, `crate::…`,
`super::…` and `self::…` paths (comments and strings are skipped). CI runs
it with `--no-tests` and fails when it finds a loop: it exits 1 then.

Three views, from coarse to fine:
  top     the crate's top-level modules (src/page, src/validate, …)
  folder  every folder (src/validate/rules is its own node): a folder
          imports only folders below it, never the one it sits in
  file    every file, within its folder (a loop inside one folder; a loop
          through files of two folders is a loop of the folder view)

  scripts/module-loops.py             # loops in every view, then the counts
  scripts/module-loops.py --counts    # only the counts
  scripts/module-loops.py --edges     # each loop's edges, with a file that makes it
  scripts/module-loops.py --no-tests  # the code the crate ships: test files and
                                      # `mod tests { … }` bodies left out
  scripts/module-loops.py validate/registry   # only the loops holding this
                                              # module (or folder, or top module)

An edge goes from the file that names a path to the file that defines the
path's longest module prefix; a module's `mod.rs` belongs to its folder.
Declaring a child (`mod x;`) is not an edge; naming one of its items is.
A path that starts at a child module's bare name (`judge::Judge` in the
file declaring `mod judge;`) is not read: name it `self::judge::Judge`
where the direction matters.
"""

import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
ROOT = os.path.normpath(ROOT)

# `crate::a::b`, `super::super::a`, `self::a`, including braces:
# `use crate::a::{b, c::d}` names a::b and a::c::d.
PATH = re.compile(r"\b(crate|super|self)((?:::[A-Za-z_][A-Za-z0-9_]*)+)(::\{)?")


def strip(text):
    """The text without comments, string and char literals (kept as spaces),
    so doc examples and messages do not count as imports."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == "r" and re.match(r'r#*"', text[i:]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            hashes = re.match(r'r(#*)"', text[i:]).group(1)
            end = '"' + hashes
            j = text.find(end, i + 2 + len(hashes))
            i = n if j < 0 else j + len(end)
            out.append(" ")
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            out.append(" ")
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:]):
            i += len(re.match(r"'(\\.[^']*|[^\\'])'", text[i:]).group(0))
            out.append(" ")
        else:
            out.append(c)
            i += 1
    return "".join(out)


def module_of(path):
    """`src/page/rdfa/mod.rs` → ("page", "rdfa"); `src/page/dom.rs` → ("page", "dom")."""
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple(rel)


def files():
    for folder, _dirs, names in os.walk(ROOT):
        for name in names:
            if name.endswith(".rs"):
                yield os.path.join(folder, name)


def inline_spans(text):
    """(start, end, name) of each module declared with a body in this file
    (`mod tests { … }`): a `super::` inside one names the file's module."""
    spans = []
    for match in re.finditer(r"\bmod\s+([a-z_0-9]+)\s*\{", text):
        depth, j = 1, match.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        spans.append((match.end(), j, match.group(1)))
    return spans


def main():
    no_tests = "--no-tests" in sys.argv
    modules = {}  # module path -> file
    for f in files():
        name = os.path.basename(f)
        if no_tests and (name == "tests.rs" or name.endswith("_tests.rs") or f"{os.sep}tests{os.sep}" in f):
            continue
        if f.endswith("main.rs") and os.path.dirname(f) == ROOT:
            continue  # the binary is its own crate
        modules[module_of(f)] = f

    def resolve(parts):
        """The longest prefix of `parts` that is a module with a file."""
        for k in range(len(parts), 0, -1):
            if tuple(parts[:k]) in modules:
                return tuple(parts[:k])
        return ()

    edges = {m: set() for m in modules}
    where = {}  # (from, to) -> the file that names the path
    for m, f in modules.items():
        with open(f, encoding="utf-8") as fh:
            text = strip(fh.read())
        spans = inline_spans(text)
        if no_tests:
            # Blank out `mod tests { … }` bodies: only the shipped code counts.
            for start, end, name in reversed(spans):
                if name == "tests":
                    text = text[:start] + " " * (end - start) + text[end:]
        for match in PATH.finditer(text):
            base = m + tuple(n for s, e, n in spans if s <= match.start() < e)
            head, rest, brace = match.group(1), match.group(2), match.group(3)
            parts = rest.split("::")[1:]
            if head == "crate":
                full = list(parts)
            else:
                cur = list(base)
                if head == "super":
                    cur = cur[:-1]
                while parts and parts[0] == "super":
                    cur = cur[:-1]
                    parts = parts[1:]
                full = cur + parts
            targets = [full]
            if brace:
                # The names inside `{…}`: one level is enough for the graph.
                body = text[match.end():]
                depth, j = 1, 0
                while j < len(body) and depth:
                    depth += {"{": 1, "}": -1}.get(body[j], 0)
                    j += 1
                for item in re.split(r"[,{}]", body[: j - 1]):
                    name = item.strip().split("::")[0].split(" ")[0]
                    if re.fullmatch(r"[a-z_][a-z0-9_]*", name) and name not in ("self",):
                        targets.append(full + [name])
            for t in targets:
                r = resolve(t)
                if r and r != m:
                    edges[m].add(r)
                    where.setdefault((m, r), os.path.relpath(f, ROOT))

    levels = {
        "top": lambda mod: mod[:1],
        "folder": lambda mod: folder_of(mod, modules),
        "file": lambda mod: mod,
    }
    counts = {}
    for level, key in levels.items():
        graph = {}
        for a, targets in edges.items():
            ka = key(a)
            graph.setdefault(ka, set())
            for b in targets:
                kb = key(b)
                # Files: within one folder only (loops between folders are
                # the levels above).
                same = level != "file" or folder_of(a, modules) == folder_of(b, modules)
                if ka != kb and ka and kb and same:
                    graph[ka].add(kb)
        counts[level] = [c for c in tarjan(graph) if len(c) > 1]
    wanted = [a for a in sys.argv[1:] if not a.startswith("--")]
    if wanted:
        key = tuple(re.split(r"/|::", wanted[0]))
        counts = {level: [c for c in sccs if key in c] for level, sccs in counts.items()}
    if "--counts" not in sys.argv:
        for level, sccs in counts.items():
            print(f"== {level}: {len(sccs)} loop(s)")
            for c in sorted(sccs, key=lambda c: (-len(c), sorted(c))):
                names = sorted("/".join(x) or "crate" for x in c)
                shown = ", ".join(names[:12]) + (f", … ({len(names)} in all)" if len(names) > 12 else "")
                print(f"  {shown}")
                if "--edges" in sys.argv:
                    for (a, b), f in sorted(where.items()):
                        ka, kb = levels[level](a), levels[level](b)
                        if ka != kb and ka in c and kb in c:
                            print(f"    {'/'.join(ka)} -> {'/'.join(kb)}  ({f})")
    for level, sccs in counts.items():
        size = sum(len(c) for c in sccs)
        print(f"{level}: {len(sccs)} loop(s), {size} module(s) in them")
    return 1 if any(counts.values()) else 0


def folder_of(mod, modules):
    """The folder a module's file sits in: `page/rdfa` for page/rdfa/mod.rs
    and page/rdfa/x.rs, `page` for page/dom.rs."""
    f = modules[mod]
    rel = os.path.relpath(os.path.dirname(f), ROOT)
    return () if rel == "." else tuple(rel.split(os.sep))


def tarjan(graph):
    """Tarjan's algorithm, iterative."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on.add(start)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in graph:
                    continue
                if nxt not in index:
                    index[nxt] = low[nxt] = counter[0]
                    counter[0] += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    advanced = True
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = set()
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.add(w)
                    if w == node:
                        break
                out.append(comp)
    return out


if __name__ == "__main__":
    sys.exit(main())
