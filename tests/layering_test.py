#!/usr/bin/python3
"""The layers and domains, checked from the includes.

Layers, lowest first: core <- net <- cli <- app. A layer never includes a higher one; core never
includes a UI or HTTP library; only src/app/platform/ touches GLFW, glad, OpenGL or the ImGui
backends. Within core every domain folder's README.md says which other domains it may include on a
line "May include: model, privacy" (model may include none); this test holds each folder to its
line and refuses a cycle between domains, so the README and the code cannot drift apart.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1]) / "src"
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
LAYERS = ["core", "net", "cli", "app"]
# What each layer may include of the project's own layers (main.cpp picks GUI or CLI, so app may
# reach cli; cli runs the phone server headless, so cli may reach net).
ALLOWED_LAYERS = {"core": {"core"}, "net": {"core", "net"}, "cli": {"core", "net", "cli"},
                  "app": {"core", "net", "cli", "app"}}
UI_LIBRARY = re.compile(r"^(imgui|GLFW/|glad/|GL/|backends/|imgui_impl_)")
PLATFORM_LIBRARY = re.compile(r"^(GLFW/|glad/|GL/|backends/|imgui_impl_)")
HTTP_LIBRARY = re.compile(r"^(httplib)")

failures = []


def includes(path):
    return INCLUDE.findall(path.read_text(encoding="utf-8"))


def sources(folder):
    return sorted(p for p in folder.rglob("*") if p.suffix in (".h", ".cpp"))


def core_rules():
    """domain -> set of domains it may include, from each core folder's README.md."""
    rules = {}
    for folder in sorted(p for p in (root / "core").iterdir() if p.is_dir()):
        readme = folder / "README.md"
        if not readme.exists():
            failures.append(f"{readme.relative_to(root.parent)}: missing (every domain folder says what it owns)")
            continue
        match = re.search(r"^May include:\s*(.*)$", readme.read_text(encoding="utf-8"), re.M)
        if not match:
            failures.append(f"{readme.relative_to(root.parent)}: no 'May include:' line")
            continue
        named = {d.strip(" .`") for d in match.group(1).split(",")} - {"", "nothing", "none"}
        rules[folder.name] = named
    for domain, named in rules.items():
        for other in named - rules.keys():
            failures.append(f"src/core/{domain}/README.md names an unknown domain '{other}'")
    return rules


def find_cycle(rules):
    """A cycle in the documented domain graph, or None."""
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(rules.get(node, ())):
            if state.get(nxt) == "open":
                path = trail + [node]
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt, trail + [node])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in sorted(rules):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


rules = core_rules()
cycle = find_cycle(rules)
if cycle:
    failures.append("core domains form a cycle: " + " -> ".join(cycle))

for layer in LAYERS:
    for path in sources(root / layer):
        rel = path.relative_to(root)
        for target in includes(path):
            head = target.split("/")[0]
            if head in LAYERS and head not in ALLOWED_LAYERS[layer]:
                failures.append(f"src/{rel}: {layer} includes the higher layer '{target}'")
            if layer in ("core", "net", "cli") and UI_LIBRARY.match(target):
                failures.append(f"src/{rel}: UI include '{target}' outside src/app")
            if layer == "core" and HTTP_LIBRARY.match(target):
                failures.append(f"src/{rel}: HTTP include '{target}' in core (the server is src/net)")
            if layer == "app" and PLATFORM_LIBRARY.match(target) and rel.parts[1] != "platform":
                failures.append(f"src/{rel}: GLFW/glad/GL/backend include outside src/app/platform/")
            if layer == "core" and head == "core":
                parts = target.split("/")
                if len(parts) < 3:
                    failures.append(f"src/{rel}: '{target}' is not in a domain folder")
                    continue
                own, other = rel.parts[1], parts[1]
                if len(rel.parts) < 3:
                    failures.append(f"src/{rel}: core file outside a domain folder")
                elif other != own and other not in rules.get(own, set()):
                    failures.append(f"src/{rel}: domain '{own}' includes '{target}', "
                                    f"but src/core/{own}/README.md does not list '{other}'")

if failures:
    print("\n".join(failures))
    print(f"FAIL: {len(failures)} layering rule(s) broken")
    sys.exit(1)
print("layering ok")
