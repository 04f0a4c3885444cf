#!/usr/bin/env python3
"""Lists circles of imports between the modules of each crate: a module uses another when it
names it through `crate::` or `super::`. A module and the modules inside it are allowed to use
each other (a folder's `mod.rs` re-exports what its files define). Exits 1 when there is one."""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent / "crates"


def module_of(src, f):
    parts = list(f.relative_to(src).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def references(text, here):
    text = re.sub(r"//[^\n]*", "", text)
    out = []
    # `use crate::{a::b, c}` and `use super::{...}` groups, then plain paths.
    for base, group in re.findall(r"\b(crate|super(?:::super)*)::\{([^;]*?)\};", text, re.S):
        for item in re.split(r"[,\s]+", group):
            if item:
                out.append((base, item.strip("{}")))
    for base, path in re.findall(r"\b(crate|super(?:::super)*)::([a-z_][a-z0-9_]*(?:::[a-z_][a-z0-9_]*)*)", text):
        out.append((base, path))
    resolved = []
    for base, path in out:
        segs = [s for s in path.split("::") if s and s != "self"]
        if base == "crate":
            start = []
        else:
            up = base.count("super")
            start = list(here[: max(len(here) - up, 0)])
        resolved.append(tuple(start + segs))
    return resolved


found = False
for crate in sorted(p for p in root.iterdir() if (p / "src").is_dir()):
    src = crate / "src"
    files = {module_of(src, f): f for f in src.rglob("*.rs")}
    # Files included with #[path] (tests) belong to their parent.
    modules = set(files)
    graph = {m: set() for m in modules}
    for m, f in files.items():
        for ref in references(f.read_text(), m):
            target = None
            for n in range(len(ref), 0, -1):
                if ref[:n] in modules:
                    target = ref[:n]
                    break
            if target is None or target == m:
                continue
            if target[: len(m)] == m or m[: len(target)] == target:
                continue  # ancestor and descendant
            graph[m].add(target)
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(sorted("::".join(c) for c in comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    for comp in sccs:
        found = True
        print(f"{crate.name}: import circle between {', '.join(comp)}")
if not found:
    print("no import circle inside any crate")
sys.exit(1 if found else 0)
