"""The facade is typed (issue 32, first step): ``kinerja_cli.api`` gives the type checker the
real signatures of the names it exports (its imports under ``TYPE_CHECKING``), so a wrong
call through it is rejected, as sqlite-utils' own typing test checks its public API."""

from __future__ import annotations

import ast
import inspect

import pytest

from kinerja_cli import api

PROGRAM = """
from pathlib import Path
from kinerja_cli import api

config = api.load_config(Path("config/indikator.yaml"))
year: int = config.tahun
report = api.validate_paths(["masuk/"], config)
"""

WRONG = """
from kinerja_cli import api

api.load_config(1, 2, 3, nonsense=True)
"""


def _mypy(tmp_path, text: str) -> tuple[str, int]:
    from mypy import api as mypy_api

    source = tmp_path / "program.py"
    source.write_text(text, encoding="utf-8")
    out, err, code = mypy_api.run(
        [
            "--cache-dir",
            str(tmp_path / "cache"),
            "--ignore-missing-imports",
            "--no-error-summary",
            "--hide-error-context",
            str(source),
        ]
    )
    return out + err, code


def test_every_name_of_the_facade_is_known_to_the_type_checker():
    """Each name of ``api.__all__`` is imported under TYPE_CHECKING (else mypy would see it
    as ``Any``, through the module's ``__getattr__``), from the module that defines it at run
    time."""
    tree = ast.parse(inspect.getsource(api))
    typed = {
        (alias.asname or alias.name): node.module
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and getattr(block.test, "id", None) == "TYPE_CHECKING"
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == {name: api._WHERE[name] for name in api.__all__}


@pytest.mark.slow
def test_a_wrong_call_through_the_facade_is_rejected_and_a_right_one_accepted(tmp_path):
    out, code = _mypy(tmp_path, WRONG)
    assert code == 1, out
    assert 'Too many arguments for "load_config"' in out, out
    assert 'Unexpected keyword argument "nonsense"' in out, out
    out, code = _mypy(tmp_path, PROGRAM)
    assert code == 0, out


def test_no_config_is_typed_any():
    """A configuration passed between modules is a :class:`kinerja_cli.config.Config` to the
    type checker (issue 32: "no Any config"): no parameter or field named ``config``,
    ``cfg`` or ``_config`` is annotated ``Any``."""
    from tests.conftest import ROOT

    found = []
    for path in sorted((ROOT / "src" / "kinerja_cli").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name, annotation = None, None
            if isinstance(node, ast.arg):
                name, annotation = node.arg, node.annotation
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                name, annotation = node.target.id, node.annotation
            named = name in ("config", "cfg", "_config") and annotation is not None
            if named and "Any" in ast.unparse(annotation):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert found == []
