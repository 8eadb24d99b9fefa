"""The command line as a whole: help, README entries, global options, exit codes."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import typer

from kinerja_cli import __version__
from kinerja_cli.cli.main import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def registered_commands():
    """(name, hidden, callback) of every command the app registers."""
    return [(c.name, c.hidden, c.callback) for c in app.registered_commands]


def test_commands_are_registered():
    names = {name for name, _, _ in registered_commands()}
    assert "init" in names


@pytest.mark.parametrize("name", sorted({c.name for c in app.registered_commands if not c.hidden}))
def test_every_command_has_help_and_readme_entry(name, invoke):
    result = invoke(name, "--help")
    assert result.exit_code == 0, result.output
    callback = next(c.callback for c in app.registered_commands if c.name == name)
    doc = (callback.__doc__ or "").strip()
    assert len(doc) > 20, f"{name} has no help text"
    assert "Contoh:" in doc, f"{name} help has no example"
    assert re.search(rf"^### `kinerja {name}\b", README, re.M), f"README has no entry for {name}"


def test_aliases_point_to_the_same_function():
    by_callback: dict = {}
    for name, hidden, callback in registered_commands():
        by_callback.setdefault(callback, []).append((name, hidden))
    for entries in by_callback.values():
        visible = [n for n, h in entries if not h]
        assert len(visible) == 1, entries


def test_version(invoke):
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"kinerja {__version__}"


def test_no_args_shows_help(runner):
    result = runner.invoke(app, [])
    assert "Usage" in result.output
    assert "init" in result.output


def test_init_creates_workspace_and_refuses_overwrite(invoke, tmp_path):
    ws = tmp_path / "ws"
    result = invoke("init", ws)
    assert result.exit_code == 0, result.output
    assert (ws / "config" / "indikator.yaml").is_file()
    assert (ws / "masuk").is_dir() and (ws / "keluaran").is_dir()
    assert "kinerja templat" in (ws / "BACA-SAYA.txt").read_text(encoding="utf-8")
    (ws / "config" / "indikator.yaml").write_text("instansi: diubah\n", encoding="utf-8")
    again = invoke("init", ws)
    assert again.exit_code == 2
    assert "--timpa" in again.stderr
    assert (ws / "config" / "indikator.yaml").read_text(encoding="utf-8") == "instansi: diubah\n"
    forced = invoke("init", ws, "--timpa")
    assert forced.exit_code == 0
    assert "Pemerintah Kota Medan" in (ws / "config" / "indikator.yaml").read_text(encoding="utf-8")


def test_init_english_messages(invoke, tmp_path):
    result = invoke("init", tmp_path / "w", "--lang", "en")
    assert result.exit_code == 0
    assert "Workspace ready" in result.stderr
    result = invoke("--lang", "en", "init", tmp_path / "w")
    assert "already exists" in result.stderr


def test_unknown_language_is_a_usage_error(invoke, tmp_path):
    result = invoke("init", tmp_path / "w", "--lang", "fr")
    assert result.exit_code == 2
    assert "fr" in result.stderr


ENV_OPTIONS = {"--config": "KINERJA_CONFIG", "--db": "KINERJA_DB"}
"""Every global option that also reads an environment variable."""


def test_env_options_are_all_listed():
    from kinerja_cli.cli.common import COMMON_OPTIONS

    with_env = {
        info.default: info.envvar
        for alias in COMMON_OPTIONS.values()
        for info in alias.__metadata__
        if getattr(info, "envvar", None)
    }
    assert with_env == ENV_OPTIONS


@pytest.mark.parametrize("where", ["before", "after", "environment only"])
@pytest.mark.parametrize("option", sorted(ENV_OPTIONS))
def test_a_typed_global_option_wins_over_its_environment_variable(
    invoke, tmp_path, monkeypatch, option, where
):
    """Issue 32: ``KINERJA_CONFIG=... kinerja --config tidak-ada.yaml status`` ran with the
    environment's config, ``KINERJA_DB=x.db kinerja --db y.db status`` read x.db: the copy of
    the option after the command name read the environment and won over the typed value
    before it. A typed value wins wherever it stands; the environment only when none is."""
    from tests.conftest import BUNDLED_CONFIG

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KINERJA_CONFIG", str(BUNDLED_CONFIG))
    monkeypatch.setenv("KINERJA_DB", str(tmp_path / "dari-env.db"))
    typed = {"--config": "tidak-ada.yaml", "--db": str(tmp_path / "diketik.db")}[option]
    args = {
        "before": [option, typed, "status"],
        "after": ["status", option, typed],
        "environment only": ["status"],
    }[where]
    result = invoke(*args, "--format", "json")
    if where == "environment only":
        assert result.exit_code == 1, result.output  # the environment's store: empty
        assert "dari-env.db" in result.stderr
    elif option == "--config":
        assert result.exit_code == 2, result.output
        assert "tidak-ada.yaml" in result.stderr
    else:
        assert result.exit_code == 1, result.output
        assert "diketik.db" in result.stderr
        assert "dari-env.db" not in result.stderr


def test_config_error_exit_2_without_traceback(tmp_path):
    """A broken config gives exit 2, key path and line, and no traceback."""
    from kinerja_cli.cli import common

    bad = tmp_path / "indikator.yaml"
    bad.write_text(
        "instansi: X\ntahun: 2026\nunit: []\nindikator: []\nsalah: 1\n", encoding="utf-8"
    )
    state = common.State(config_path=bad)
    with pytest.raises(typer.Exit) as info, common.guard(state):
        state.config()
    assert info.value.exit_code == 2


def test_internal_error_exit_4_and_debug_adds_the_traceback(capsys):
    from kinerja_cli.cli import common

    state = common.State()
    with pytest.raises(typer.Exit) as info, common.guard(state):
        raise RuntimeError("boom")
    assert info.value.exit_code == common.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "--debug" in err and "Traceback" not in err
    state = common.State(debug=True)
    with pytest.raises(typer.Exit) as info, common.guard(state):
        raise RuntimeError("boom")
    assert info.value.exit_code == common.EXIT_INTERNAL  # --debug adds only the traceback
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: boom" in err


def test_help_is_fast_and_imports_no_heavy_modules():
    code = (
        "import sys, kinerja_cli.cli.main as m\n"
        "heavy = [x for x in ('pandas', 'openpyxl', 'xlsxwriter', 'python_calamine', 'numpy')"
        " if x in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"imported at startup: {out.stdout.strip()}"


def test_closed_pipe_is_not_an_internal_error(tmp_path):
    """`kinerja ... | head` closes stdout early: no traceback, no exit 4."""
    code = (
        "import typer\n"
        "from kinerja_cli.cli.common import write_stdout\n"
        "app = typer.Typer()\n"
        "@app.command()\n"
        "def main() -> None:\n"
        "    for i in range(100000):\n"
        "        write_stdout('baris %d' % i)\n"
        "app()\n"
    )
    proc = subprocess.run(
        f'{sys.executable} -c "{code}" | head -n 1',
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout.strip() == "baris 0"
    assert "Traceback" not in proc.stderr


def test_people_messages_escape_markup_and_control_characters(capsys):
    from kinerja_cli.cli import common
    from kinerja_cli.errors import InputError

    state = common.State()
    with pytest.raises(typer.Exit) as info, common.guard(state):
        raise InputError("berkas_tidak_ada", path="[bold]x\x1b[31m.xlsx")
    assert info.value.exit_code == 3
    err = capsys.readouterr().err
    assert "[bold]x" in err
    assert "\x1b" not in err


def test_progress_bar_only_on_a_terminal():
    import io

    from rich.console import Console

    from kinerja_cli.cli import common

    buf = io.StringIO()
    state = common.State()
    state._console = Console(file=buf, force_terminal=True, width=80)
    with common.progress_bar(state, "Memeriksa") as update:
        update(1, 3)
        update(2, description="Memeriksa b.xlsx")
    assert "Memeriksa" in buf.getvalue()

    quiet = common.State(quiet=True)
    quiet._console = Console(file=io.StringIO(), force_terminal=True)
    with common.progress_bar(quiet, "x", 2) as update:
        update(1)
    assert quiet._console.file.getvalue() == ""


def _kode_compared_with_a_literal(path) -> list[str]:
    """``x.kode == "..."`` or ``x["kode"] == "..."`` (either side, any comparison) in ``path``,
    but for the kode of a caught exception (``except StoreError as exc``: an error the core
    raised, told apart by its own kode, not a rule's finding)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    caught = {n.name for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler) and n.name}

    def is_kode(node: ast.expr) -> bool:
        if isinstance(node, ast.Attribute):
            return node.attr == "kode" and getattr(node.value, "id", None) not in caught
        key = node.slice if isinstance(node, ast.Subscript) else None
        return isinstance(key, ast.Constant) and key.value == "kode"

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            literal = any(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in sides)
            if literal and any(is_kode(s) for s in sides):
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_the_cli_states_no_rule_kode():
    """The cli asks the core which kode a rule gives (``api.UNIT_FAILED``,
    ``api.NIP_IN_TWO_UNITS``) instead of writing it again (issue 32: one place per kode)."""
    cli = ROOT / "src" / "kinerja_cli" / "cli"
    assert [hit for p in sorted(cli.glob("*.py")) for hit in _kode_compared_with_a_literal(p)] == []
