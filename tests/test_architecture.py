"""The layering rules of docs/arsitektur.md, checked on the source (issue 15).

- The core (everything under ``kinerja_cli`` but ``cli/``) never imports typer, rich or the
  CLI: it returns data and raises typed errors; the console layer renders them.
- No ``cli/command_*.py`` imports another command module: what several commands share lives
  in ``cli/common.py``, ``cli/stores.py`` or ``cli/tables.py``, so adding or changing a command
  never touches another.
- ``--format`` and every other choice option are parsed by one function,
  :func:`kinerja_cli.cli.common.choose`.
- The packages import each other only along the allowed edges (:data:`ALLOWED`, issue 32),
  without a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kinerja_cli"
CLI = SRC / "cli"
COMMANDS = sorted(CLI.glob("command_*.py"))


def imported_modules(path: Path) -> set[str]:
    """Every module an ``import`` or ``from ... import`` in ``path`` names, at any depth
    (lazy imports inside functions count too)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{alias.name}" for alias in node.names)
    return out


def test_there_are_commands_to_check():
    assert len(COMMANDS) >= 10


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: p.stem)
def test_no_command_imports_another_command(path):
    others = {f"kinerja_cli.cli.{p.stem}" for p in COMMANDS if p != path}
    assert imported_modules(path) & others == set()


@pytest.mark.parametrize(
    "path",
    sorted(p for p in SRC.rglob("*.py") if CLI not in p.parents),
    ids=lambda p: str(p.relative_to(SRC)),
)
def test_the_core_never_imports_the_console_layer(path):
    names = imported_modules(path)
    banned = {n for n in names if n.split(".")[0] in ("typer", "rich", "click")}
    banned |= {n for n in names if n.startswith("kinerja_cli.cli")}
    if path.name in ("entry.py", "__main__.py"):  # the program's entry point starts the CLI
        banned = {n for n in banned if not n.startswith("kinerja_cli.cli")}
    assert banned == set()


WITH_FORMAT = [
    p
    for p in COMMANDS
    if any(
        m in p.read_text(encoding="utf-8")
        for m in ('"--format"', "format_option(", "TableJsonFormatOpt")
    )
]


def test_the_commands_with_format_are_found():
    assert {p.stem for p in WITH_FORMAT} == {
        f"command_{n}"
        for n in (
            "arsip",
            "contoh",
            "dokumen",
            "impor",
            "kebutuhan",
            "pantau",
            "peringkat",
            "ringkasan",
            "salin_db",
            "status",
            "tren",
            "validasi",
        )
    }


@pytest.mark.parametrize("path", WITH_FORMAT, ids=lambda p: p.stem)
def test_format_is_parsed_by_the_one_parser(path):
    text = path.read_text(encoding="utf-8")
    # declared by format_option: in the command, or through the one shared table|json option
    declared = "format_option(" in text or "format: TableJsonFormatOpt" in text
    assert declared and 'choose(format, FORMATS, "--format")' in text
    assert 'typer.Option(\n            "--format"' not in text


def test_the_shared_table_json_option_is_declared_by_format_option():
    from kinerja_cli.cli import common

    text = Path(common.__file__).read_text(encoding="utf-8")
    start = text.index("TableJsonFormatOpt = Annotated[")
    assert "format_option(\n        TABLE_JSON," in text[start : start + 200]


@pytest.mark.slow(reason="two pytest processes collecting a test file, ~4 s on 2 busy cores")
def test_bare_pytest_collects_like_python_m_pytest():
    """``pytest`` (the script) and ``python -m pytest`` both import ``tests.*`` helpers."""
    import subprocess
    import sys

    root = SRC.parents[1]
    script = Path(sys.executable).with_name("pytest")
    for cmd in ([str(script)], [sys.executable, "-m", "pytest"]):
        run = subprocess.run(
            [*cmd, "--collect-only", "-q", "-p", "no:cacheprovider", "tests/test_crossfile.py"],
            cwd=root,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
        assert "tests/test_crossfile.py::" in run.stdout


def test_examples_package_layers_without_a_cycle():
    """data <- units <- workbook <- the package's generate_examples (imports at any depth)."""
    pkg = SRC / "examples"
    order = ["data", "units", "workbook", "__init__"]
    for i, name in enumerate(order):
        names = imported_modules(pkg / f"{name}.py")
        later = {f"kinerja_cli.examples.{n}" for n in order[i + 1 :] if n != "__init__"}
        assert names & later == set(), name
        if name != "__init__":  # only the package itself may use its own public names
            assert not any(
                n.startswith("kinerja_cli.examples.")
                and n.rsplit(".", 1)[0] == "kinerja_cli.examples"
                and n.rsplit(".", 1)[1] not in order
                for n in names
            ), name
    assert not (SRC / "examples.py").exists() and not (SRC / "examples_workbook.py").exists()


def test_the_fast_row_path_states_no_rule_of_its_own():
    """The fast path of clean rows (validate/rows.py) may only call the leaf rule functions
    the full checks use, and compares no value with a constant of its own (bounds and
    thresholds live in those functions): a rule is defined once."""
    tree = ast.parse((SRC / "validate" / "rows.py").read_text(encoding="utf-8"))
    fast = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name.endswith("Fast")]
    assert {c.name for c in fast} == {"_PegawaiFast", "_SkpFast"}
    rules = {
        "_clean_nip",  # values.check_nip, memoised
        "text_value",
        "parse_golongan",
        "parse_rating",
        "is_blank",
        "_decide",
        "clean_target",
        "typed_number",
        "bobot_allowed",
        "bounds",
    }
    plumbing = {"_index", "index", "cell", "len", "tuple", "get", "upper", "_memo", "memo", "_text"}
    plumbing |= {"_target", "_indicator", "append", "PegawaiRecord", "SkpRecord", "type", "str"}
    for cls in fast:
        for node in ast.walk(cls):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                assert name in rules | plumbing, (cls.name, name)
            ordering = (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)
            if isinstance(node, ast.Compare) and any(isinstance(o, ordering) for o in node.ops):
                for side in (node.left, *node.comparators):
                    constant = isinstance(side, ast.Constant) and isinstance(side.value, float)
                    assert not constant, (cls.name, ast.unparse(node))
                    assert not (isinstance(side, ast.Name) and side.id.isupper()), (
                        cls.name,
                        ast.unparse(node),
                    )
    full = (SRC / "validate" / "rows.py").read_text(encoding="utf-8")
    full += (SRC / "validate" / "context.py").read_text(encoding="utf-8")
    for rule in rules - {"_clean_nip", "bounds"}:  # the full checks call every rule too
        assert full.count(f"{rule}(") >= 2, rule


def _runtime_imports(path: Path) -> set[str]:
    """Modules imported outside ``if TYPE_CHECKING:`` blocks (types may come from anywhere)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            typing_only |= {id(n) for n in ast.walk(node)}
    return {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and id(node) not in typing_only
    }


@pytest.mark.parametrize(
    "path", [*COMMANDS, CLI / "stores.py", CLI / "tables.py"], ids=lambda p: p.stem
)
def test_commands_reach_the_core_through_the_facade(path):
    """The commands call the library through ``kinerja_cli.api`` only (cli/common.py, the
    console layer's own plumbing, may read the config and the catalogue)."""
    core = {m for m in _runtime_imports(path) if m.startswith("kinerja_cli")}
    assert {m for m in core if not m.startswith("kinerja_cli.cli")} <= {"kinerja_cli.api"}


def test_the_facade_names_exist():
    from kinerja_cli import api

    for name in api.__all__:
        assert getattr(api, name) is not None, name


def _imported_modules(path: Path) -> set[str]:
    """Every kinerja_cli module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m.startswith("kinerja_cli")}


def test_config_and_values_do_not_import_each_other():
    """The cell readers (values.py) and the config (config.py) share :class:`Target` through
    target.py; values.py does not import the config (issue 32: the circle config <-> values
    is gone), and target.py imports neither."""
    assert "kinerja_cli.config" not in _imported_modules(SRC / "values.py")
    assert _imported_modules(SRC / "target.py") == set()


# ---- the layering between packages (issue 32, docs/arsitektur.md "Layers") -------------------

FOUNDATION_TEXT = {"kinerja_cli.safety.text", "kinerja_cli.safety.paths"}
"""The two safety modules every layer may use (untrusted text for one line, output paths):
they import only the foundation, so they count as part of it."""

FORMATS_REGISTRY = {"kinerja_cli.formats", "kinerja_cli.formats.registry"}
"""The import-light registry of input formats, the one part of ``formats`` validate may
import (it dispatches by name, so it imports no format)."""

ROOT_LAYERS = {
    "api": "api",
    "entry": "entry",
    "__main__": "entry",
    "template": "template",
}
"""Root modules that are not foundation (every other root module is)."""

PACKAGES = {
    "cli",
    "examples",
    "formats",
    "pipeline",
    "readers",
    "safety",
    "scoring",
    "store",
    "validate",
    "writers",
}

ALLOWED = {
    "foundation": {"foundation"},
    "safety": {"readers", "foundation"},
    "readers": {"foundation"},
    "formats": {"formats-registry", "readers", "safety", "validate", "scoring", "foundation"},
    "formats-registry": {"readers", "safety", "foundation"},
    "validate": {"readers", "safety", "scoring", "formats-registry", "foundation"},
    "scoring": {"foundation"},
    "store": {"safety", "foundation"},
    "pipeline": {"store", "validate", "scoring", "formats", "formats-registry", "foundation"},
    "writers": {"scoring", "safety", "foundation"},
    "template": {"foundation", "safety", "scoring", "writers"},
    "examples": {"foundation", "safety", "scoring", "writers", "template"},
    "api": {
        "foundation",
        "safety",
        "readers",
        "formats",
        "formats-registry",
        "validate",
        "scoring",
        "store",
        "pipeline",
        "writers",
        "template",
        "examples",
    },
    "entry": {"cli", "foundation"},  # foundation: prestart, before the heavy imports
    "cli": {"api"},  # and the modules of CLI_MAY_IMPORT
}
"""Layer -> the layers it may import at run time (a layer always may import itself; imports
under ``if TYPE_CHECKING:`` are free). docs/arsitektur.md draws the same picture."""

CLI_MAY_IMPORT = {
    "kinerja_cli",  # __version__
    "kinerja_cli.errors",
    "kinerja_cli.messages",
    "kinerja_cli.domain",
    "kinerja_cli.config",
    "kinerja_cli.safety.text",
    "kinerja_cli.store.location",  # parsing --db
}
"""The console layer reaches the core through ``api``, but for these (module and below)."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(module: str, name: str) -> str:
    """``from module import name``: the submodule ``module.name`` when there is one."""
    sub = SRC.parent.joinpath(*f"{module}.{name}".split("."))
    if sub.with_suffix(".py").exists() or (sub / "__init__.py").exists():
        return f"{module}.{name}"
    return module


def runtime_edges(path: Path) -> set[str]:
    """The kinerja_cli modules ``path`` imports at run time (at the top or inside a function;
    not under ``if TYPE_CHECKING:``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            typing_only |= {id(n) for n in ast.walk(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            found.update(_resolve(node.module, alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m == "kinerja_cli" or m.startswith("kinerja_cli.")}


def layer_of(module: str) -> str:
    """The layer a kinerja_cli module belongs to (root modules are foundation unless named)."""
    if module in FOUNDATION_TEXT:
        return "foundation"
    if module in FORMATS_REGISTRY:
        return "formats-registry"
    parts = module.split(".")
    if len(parts) == 1:
        return "foundation"
    if parts[1] in PACKAGES:
        return parts[1]
    return ROOT_LAYERS.get(parts[1], "foundation")


def module_graph() -> dict[str, set[str]]:
    return {_module_name(p): runtime_edges(p) for p in sorted(SRC.rglob("*.py"))}


def _allowed(source: str, target: str) -> bool:
    a, b = layer_of(source), layer_of(target)
    if a == b:
        return True
    if a == "cli":
        return b == "api" or any(
            target == m or (m != "kinerja_cli" and target.startswith(m + "."))
            for m in CLI_MAY_IMPORT
        )
    return b in ALLOWED[a]


def layer_edges(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    return {
        (layer_of(a), layer_of(b))
        for a, targets in graph.items()
        for b in targets
        if layer_of(a) != layer_of(b)
    }


def test_every_module_has_a_layer_with_rules():
    graph = module_graph()
    assert {layer_of(m) for m in graph} <= set(ALLOWED)
    assert {"foundation", "scoring", "writers", "store", "validate", "cli"} <= {
        layer_of(m) for m in graph
    }


def test_the_layering_check_refuses_what_the_layering_forbids():
    for source, target in (
        ("kinerja_cli.writers.recap", "kinerja_cli.store.core"),
        ("kinerja_cli.scoring.engine", "kinerja_cli.writers.shape"),
        ("kinerja_cli.store.codec", "kinerja_cli.scoring.engine"),
        ("kinerja_cli.validate.feedback", "kinerja_cli.writers.safe"),
        ("kinerja_cli.validate.workbook", "kinerja_cli.formats.ekinerja"),
        ("kinerja_cli.model", "kinerja_cli.safety.sandbox"),
        ("kinerja_cli.cli.common", "kinerja_cli.store.core"),
        ("kinerja_cli.cli.common", "kinerja_cli.scoring"),
    ):
        assert not _allowed(source, target), (source, target)
    for source, target in (
        ("kinerja_cli.validate.workbook", "kinerja_cli.formats"),
        ("kinerja_cli.model", "kinerja_cli.safety.text"),
        ("kinerja_cli.cli.common", "kinerja_cli.store.location"),
        ("kinerja_cli.cli.main", "kinerja_cli"),
        ("kinerja_cli.pipeline.current", "kinerja_cli.store.core"),
    ):
        assert _allowed(source, target), (source, target)


def test_every_run_time_import_follows_the_layering():
    """An import between layers is allowed by :data:`ALLOWED`."""
    graph = module_graph()
    wrong = sorted((a, b) for a, targets in graph.items() for b in targets if not _allowed(a, b))
    assert wrong == []


def test_no_circle_between_layers():
    edges = layer_edges(module_graph())
    seen: dict[str, int] = {}  # 1: on the path, 2: done

    def visit(layer: str, path: list[str]) -> None:
        seen[layer] = 1
        for a, b in sorted(edges):
            if a != layer:
                continue
            assert seen.get(b) != 1, " -> ".join([*path, b])
            if b not in seen:
                visit(b, [*path, b])
        seen[layer] = 2

    for layer in sorted({a for a, _ in edges}):
        if layer not in seen:
            visit(layer, [layer])


def test_the_rules_live_in_scoring():
    """The coaching, monitoring and follow-up rules are in scoring/, and the writers use them
    from there (issue 32): the writers keep only rendering."""
    from kinerja_cli.scoring import coaching, followup, monitoring
    from kinerja_cli.writers import followup as followup_rows, monitor, shape

    assert shape.pembinaan_kind is coaching.pembinaan_kind
    assert monitor.check_period is monitoring.check_period
    assert followup_rows.outcome is followup.outcome
    for module in (shape, monitor, followup_rows):
        text = Path(module.__file__).read_text(encoding="utf-8")
        for rule in ("def pembinaan_kind", "def status_of", "def outcome", "def previous_period"):
            assert rule not in text, (module.__name__, rule)


def test_every_module_has_its_line_in_the_architecture_doc():
    """docs/arsitektur.md names every module of the package in its own row of the module
    table, and every row names a module or package that exists (issue 32)."""
    import re

    doc = (SRC.parents[1] / "docs" / "arsitektur.md").read_text(encoding="utf-8")
    start = doc.index("| module | role |")
    table = doc[start : doc.index("\n\n", start)].splitlines()[2:]
    named = [re.fullmatch(r"\| `([^`]+)` \| .+ \|", row) for row in table]
    assert all(named), [row for row, m in zip(table, named, strict=True) if not m]
    names = [m.group(1) for m in named if m]
    modules = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py"))
    packages = sorted(
        f"{p.relative_to(SRC)}/" for p in SRC.iterdir() if (p / "__init__.py").exists()
    )
    assert sorted(n for n in names if n.endswith(".py")) == modules
    assert sorted(n for n in names if n.endswith("/")) == packages
    assert len(names) == len(set(names))


def test_every_data_file_of_the_package_is_shipped_in_the_wheel():
    """The files of the package that are not Python (``data/*.yaml``, ``messages/*.toml``,
    ...) are matched by ``[tool.setuptools.package-data]`` of pyproject.toml, so that a
    ``pip install .`` (not only ``-e``) finds them."""
    import tomllib

    pyproject = tomllib.loads((SRC.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["kinerja_cli"]
    shipped = {p for pattern in patterns for p in SRC.glob(pattern)}
    data = {
        p
        for p in SRC.rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    }
    assert any(p.suffix == ".toml" for p in data)
    assert sorted(str(p.relative_to(SRC)) for p in data - shipped) == []
