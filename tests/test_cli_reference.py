"""The README's command reference is the program's own ``--help`` (issue 15)."""

from __future__ import annotations

import functools
import re

import pytest

from kinerja_cli.cli import reference
from tests.conftest import ROOT

README = ROOT / "README.md"


@pytest.mark.slow(reason="end-to-end CLI runs, ~5 s on 2 busy cores")
def test_readme_reference_is_current(monkeypatch):
    """Fails when a help text changed and the README was not regenerated; the message says
    how (``python -m kinerja_cli.cli.reference README.md``). The block is rendered once (one
    child process per command) and serves both checks."""
    monkeypatch.setattr(reference, "render", functools.cache(reference.render))
    text = README.read_text(encoding="utf-8")
    assert reference.updated(text) == text
    assert reference.main(["--check", str(README)]) == 0


def test_reference_lists_every_visible_command():
    text = README.read_text(encoding="utf-8")
    block = text[text.index(reference.BEGIN) : text.index(reference.END)]
    for name in reference.commands():
        assert f"### `kinerja {name} --help`" in block
        assert f"Usage: kinerja {name} [OPTIONS]" in block
    assert "Show this message" not in block  # click's own line said in Indonesian too


_SECTION = re.compile(r"^### `kinerja ([\w-]+)[^`]*`\n(.*?)(?=^##)", re.S | re.M)
_OPTION = re.compile(r"^\| `(--[a-z0-9-]+)", re.M)


def test_options_explained_by_hand_exist_in_the_help():
    """The prose sections keep their option tables (they explain more than --help); every
    option such a table names is one the command really has."""
    text = README.read_text(encoding="utf-8")
    prose = text[: text.index(reference.BEGIN)]
    block = text[text.index(reference.BEGIN) :]
    checked = 0
    for name, body in _SECTION.findall(prose):
        start = block.index(f"### `kinerja {name} --help`")
        help_text = block[start : block.index("```\n", block.index("```text", start) + 7)]
        for option in _OPTION.findall(body):
            assert re.search(rf"(^|[ ,]){re.escape(option)}\b", help_text, re.M), (name, option)
            checked += 1
    assert checked >= 20
