#!/usr/bin/env python3
"""Import loops between the files of src/, across folders: which files
import each other, directly or through others. scripts/import-cycles.py
reads the crate by top-level module and by folder; this reads every file
as its own node, so a loop between a table and the files it lists (the
rule registry and the rules) shows even when they sit in two folders.

Every .rs file under src/ is a module (`foo/mod.rs` is `foo`). A file
imports a module when it names a path into it: a `use` item (braces
expanded), or a path in code starting at `crate::`, `super::`, `self::`,
a name a `use` brought in, or a child module. A path counts for the
longest module it reaches (`crate::validate::rules::Finding` is
`validate::rules`). `mod child;` alone is not an import;
paths inside an inline `mod tests { … }` count for the file (resolved
from inside the inline module).

The graph's strongly connected components of more than one module are the
loops; each is printed with its size and members. With a module name, only
the component holding it is printed (empty when it is in none).

    scripts/module-loops.py                      # every loop
    scripts/module-loops.py validate::registry   # the loop through it
    scripts/module-loops.py --folders            # loops between top folders
"""
import os
import re
import sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")


def module_of(path):
    rel = os.path.relpath(path, SRC)[: -len(".rs")].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple(rel)


def strip(text):
    """Removes comments, strings and chars so only code is scanned."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'r(#*)".*?"\1', '""', text, flags=re.S)
    text = re.sub(r'"(\\.|[^"\\])*"', '""', text, flags=re.S)
    text = re.sub(r"'(\\.|[^'\\])'", "''", text)
    return text


def expand(tree):
    """`a::{b, c::{d, self}}` into [a::b, a::c::d, a::c]."""
    tree = tree.strip()
    depth = 0
    for i, ch in enumerate(tree):
        if ch == "{":
            if depth == 0:
                prefix = tree[:i].rstrip(":").strip()
                inner = tree[i + 1 : tree.rindex("}")]
                parts, start, d = [], 0, 0
                for j, c in enumerate(inner):
                    d += c == "{"
                    d -= c == "}"
                    if c == "," and d == 0:
                        parts.append(inner[start:j])
                        start = j + 1
                parts.append(inner[start:])
                out = []
                for part in parts:
                    if not part.strip():
                        continue
                    for leaf in expand(part):
                        if leaf == "self":
                            out.append(prefix)
                        else:
                            out.append(f"{prefix}::{leaf}" if prefix else leaf)
                return out
            depth += 1
    return [tree]


def main():
    files = {}
    for root, _, names in os.walk(SRC):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(root, name)
                files[module_of(path)] = path
    modules = set(files)

    def resolve(segments, here, aliases):
        head, rest = segments[0], segments[1:]
        if head == "crate":
            base = ()
        elif head == "self":
            base = here
        elif head == "super":
            base = here[:-1]
            while rest and rest[0] == "super":
                base, rest = base[:-1], rest[1:]
        elif head in aliases:
            base, rest = aliases[head], rest
        elif here + (head,) in modules:
            base, rest = here + (head,), rest
        else:
            return None
        path = list(base) + list(rest)
        for n in range(len(path), -1, -1):
            if tuple(path[:n]) in modules:
                return tuple(path[:n])
        return None

    graph = {m: set() for m in modules}
    for here, path in files.items():
        with open(path, encoding="utf-8") as f:
            code = strip(f.read())
        aliases = {}
        inline = inline_modules(code)
        for match in re.finditer(r"\buse\s+([^;]+);", code):
            use, at = match.group(1), inline_scope(here, inline, match.start())
            for leaf in expand(re.sub(r"\s+", " ", use)):
                name_as = re.match(r"(.*?)(?:\s+as\s+(\w+))?$", leaf.strip())
                segments = [s.strip() for s in name_as.group(1).split("::") if s.strip()]
                if not segments:
                    continue
                target = resolve(segments, at, aliases)
                if target is None:
                    continue
                graph[here].add(target)
                full = resolve_full(segments, at)
                if full is not None and tuple(full) in modules:
                    aliases[name_as.group(2) or segments[-1]] = tuple(full)
        for match in re.finditer(r"(?<![\w:])((?:\w+::)+\w+)", code):
            segments = match.group(1).split("::")
            target = resolve(segments, inline_scope(here, inline, match.start()), aliases)
            if target is not None:
                graph[here].add(target)
        graph[here].discard(here)

    if "--folders" in sys.argv:
        folders = {}
        for m, targets in graph.items():
            src = m[0] if len(m) > 1 or m in folder_roots(modules) else None
            if src is None:
                continue
            for t in targets:
                dst = t[0] if len(t) > 1 or t in folder_roots(modules) else None
                if dst is not None and dst != src:
                    folders.setdefault(src, set()).add(dst)
        graph = {(k,): {(v,) for v in vs} for k, vs in folders.items()}

    loops = [c for c in scc(graph) if len(c) > 1]
    wanted = [a for a in sys.argv[1:] if not a.startswith("--")]
    if wanted:
        key = tuple(wanted[0].split("::"))
        loops = [c for c in loops if key in c]
    loops.sort(key=len, reverse=True)
    print(f"{len(loops)} import loop(s), {sum(len(c) for c in loops)} module(s) in them")
    for c in loops:
        names = sorted("::".join(m) or "crate" for m in c)
        print(f"- {len(c)}: " + ", ".join(names))


def inline_modules(code):
    """The inline `mod name { … }` blocks of a file: (name, start, end)."""
    out = []
    for match in re.finditer(r"\bmod\s+(\w+)\s*\{", code):
        depth, end = 0, len(code)
        for i in range(match.end() - 1, len(code)):
            depth += code[i] == "{"
            depth -= code[i] == "}"
            if depth == 0:
                end = i
                break
        out.append((match.group(1), match.start(), end))
    return out


def inline_scope(here, inline, position):
    """The module a position of a file is in: `super` inside a file's
    `mod tests { … }` is the file's module, not its parent."""
    return here + tuple(name for name, start, end in inline if start < position < end)


def resolve_full(segments, here):
    head, rest = segments[0], segments[1:]
    if head == "crate":
        return list(rest)
    if head == "self":
        return list(here) + list(rest)
    if head == "super":
        base = list(here[:-1])
        while rest and rest[0] == "super":
            base, rest = base[:-1], rest[1:]
        return base + list(rest)
    return None


def folder_roots(modules):
    return {m for m in modules if len(m) == 1 and any(o[:1] == m and len(o) > 1 for o in modules)}


def scc(graph):
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
    main()
