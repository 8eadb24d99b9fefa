"""The command line never crashes (issue 26): hypothesis writes command lines (every command,
any of its options and arguments, the app's own options before the command name) with hostile
values: huge and negative integers, empty strings, unknown units, periods and formats, control
and bidi characters, long strings, bad dates, bad store addresses. Each runs through the
console-script entry point in a workspace made by ``kinerja init`` with a small imported
store, and must exit 0, 1, 2 or 3 (never 4), with no traceback and no English click text.

Commands and options are read from the app (:func:`kinerja_cli.cli.main.build_app`), so a
new command or option is fuzzed without touching this file. The run is derandomized (the same
command lines on every run, so CI is reproducible) and sized for well under a minute of suite
time; ``KINERJA_FUZZ_SKALA=10`` tries ten times as many, drawn from the seed
``KINERJA_FUZZ_BENIH`` (bawaan 2026; change it to explore others, keep it to reproduce).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings, strategies as st

from kinerja_cli.cli.main import build_app, run
from tests.conftest import ROOT
from tests.test_cli_rules import ENGLISH

pytestmark = pytest.mark.slow  # make test-fast leaves it out; make test runs it

SKALA = float(os.environ.get("KINERJA_FUZZ_SKALA", "1"))
BENIH = int(os.environ.get("KINERJA_FUZZ_BENIH", "2026"))
EXAMPLES = max(1, int(45 * SKALA))

HUGE = "9223372036854775808"
NEVER = {"--help", "-h", "--version", "--debug"}
"""Options that are not fuzzed: help and version print and leave; --debug adds a traceback
on purpose (its exit codes are the subject of tests/test_cli_rules.py)."""

HOSTILE = [
    "",
    " ",
    "0",
    "1",
    "-1",
    "3",
    "2026",
    "2025",
    "2016",
    HUGE,
    "-" + HUGE,
    "99999999999999999999999999999999",
    "1e309",
    "nan",
    "-0",
    "x" * 300,
    "\x1b[31mmerah\x1b[0m",
    "\u202eexe.live",
    "a\tb\nc\rd",
    "\x07\x08\x7f",
    "[bold]tebal[/bold]",
    "'; DROP TABLE submission; --",
    "=1+1",
    "-",
    "--",
    "\udcff\udcfe",
]
"""Values tried for any option or argument."""

MEANINGFUL = {
    "--periode": ["TW1", "TW2", "TW3", "TW4", "tahunan", "TW5", "tw2", "Triwulan II", "TW0"],
    "--format": ["table", "json", "csv", "xlsx", "markdown", "pdf", "ekinerja", "templat"],
    "--tingkat": ["unit", "pegawai", "Unit", "negara"],
    "--unit": ["BKD", "bkd", "BAPPEDA", "DINKES", "NOPE", "DINKE", "B K D"],
    "--pulihkan": ["BKD", "BAPPEDA", "NOPE"],
    "--versi": ["1", "2", "0", "2147483648"],
    "--top": ["1", "5", "0", "-5"],
    "--tahun": ["2026", "2025", "1999", "2101", "26"],
    "--seed": ["0", "-1", HUGE],
    "--tanggal": ["2026-12-31", "2026-02-30", "31-12-2026", "2026-13-01", "9999-12-31"],
    "--lang": ["id", "ID", " id ", "jv"],
    "--db": [
        "config/kinerja.db",
        "baru.db",
        "masuk",
        "mysql://x/y",
        "postgresql:petugas@db/kinerja",
        "postgresql://kinerja@127.0.0.1:1/k1",
        "postgresql://kinerja:Ra/has@ia@127.0.0.1:1/k1",
        "file:kinerja.db",
    ],
    "--config": ["config/indikator.yaml", "tidak-ada.yaml", "masuk", "config/kinerja.db"],
    "--nip": ["199001012020121001", "123", "NIP"],
    "--sha256": ["abcdef", "0" * 64, "zz"],
    "--tampil": ["0", "1", "all", "semua"],
}
"""Values that mean something to an option (by its long name); any other option gets only
the hostile ones, so a new option is fuzzed without being listed here."""

PATHS = [
    "masuk",
    "masuk/RENCANA-BKD-2026.xlsx",
    "config/kinerja.db",
    "config/indikator.yaml",
    "tidak-ada.xlsx",
    "keluaran",
    "keluaran/baru",
    "BACA-SAYA.txt",
    ".",
    "x" * 300,
    "keluaran/" + "y" * 256,
]
"""Values for arguments and for options naming files or folders (all inside the workspace)."""

SMALL = ("RENCANA-BKD-2026.xlsx", "RENCANA-BAPPEDA-2026.xlsx")


def _kinerja(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit) as done,
    ):
        run(argv)
    code = done.value.code
    return (code if isinstance(code, int) else 0), out.getvalue(), err.getvalue()


def _surface() -> tuple[list[tuple[str, ...]], dict[str, list[object]]]:
    """The app's own options and, per visible command, its parameters (click objects)."""
    import typer.main

    cli = typer.main.get_command(build_app())
    own = [tuple(p.opts) for p in cli.params if not set(p.opts) & NEVER]
    commands = {
        name: [p for p in cmd.params if not set(getattr(p, "opts", [])) & NEVER]
        for name, cmd in sorted(cli.commands.items())
        if not cmd.hidden
    }
    return own, commands


APP_OPTIONS, COMMANDS = _surface()
FLAGS = {
    opt
    for params in COMMANDS.values()
    for p in params
    if getattr(p, "is_flag", False)
    for opt in p.opts
}


def _free_text() -> st.SearchStrategy[str]:
    # no "/" (every path stays inside the workspace) and no NUL (a command line cannot
    # carry one)
    return st.text(
        st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), max_size=40
    )


def _value(option: str) -> st.SearchStrategy[str]:
    """A value for ``option``: mostly one that means something to it (so the command runs
    far enough to meet the others), else a hostile one or any text."""
    hostile = st.one_of(st.sampled_from(HOSTILE), _free_text())
    meaningful = MEANINGFUL.get(option, [])
    if option in ("--db", "--config") or option not in MEANINGFUL:
        meaningful = [*meaningful, *PATHS]
    return st.one_of(st.sampled_from(meaningful), st.sampled_from(meaningful), hostile)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """One command line: app options, a command, some of its options and arguments."""
    argv: list[str] = []
    for opts in draw(st.lists(st.sampled_from(APP_OPTIONS), max_size=1)):
        name = draw(st.sampled_from(opts))
        argv += [name] if name in ("--quiet", "-q") else [name, draw(_value(opts[-1]))]
    command = draw(st.sampled_from(sorted(COMMANDS)))
    argv.append(command)
    params = COMMANDS[command]
    chosen = draw(st.lists(st.sampled_from(params), max_size=3)) if params else []
    for p in chosen:
        opts = list(getattr(p, "opts", []))
        if getattr(p, "param_type_name", "") == "argument":
            argv.append(draw(st.one_of(st.sampled_from(PATHS), _value("ARG"))))
            continue
        name = draw(st.sampled_from(opts))
        long = max(opts, key=len)
        if name in FLAGS:
            argv.append(name)
        elif draw(st.booleans()):
            argv += [name, draw(_value(long))]
        else:
            argv.append(f"{name}={draw(_value(long))}")
    for p in params:  # required arguments, usually given
        argument = getattr(p, "param_type_name", "") == "argument"
        if argument and p not in chosen and draw(st.integers(0, 3)):
            argv.append(draw(st.sampled_from(PATHS)))
    return argv


@pytest.fixture(scope="module")
def template_workspace(tmp_path_factory) -> Path:
    """``kinerja init`` and two example units imported: copied afresh for every example."""
    home = tmp_path_factory.mktemp("fuzz") / "kerja"
    assert _kinerja(["init", str(home)])[0] == 0
    for name in SMALL:
        shutil.copy2(ROOT / "examples" / "masuk" / name, home / "masuk" / name)
    with contextlib.chdir(home):
        code, _, err = _kinerja(["impor", "masuk"])
    assert code in (0, 1), err
    return home


@seed(BENIH)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=SKALA <= 1,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(argv=command_lines())
def test_no_command_line_crashes_or_speaks_english(template_workspace, argv):
    with tempfile.TemporaryDirectory(prefix="kinerja-fuzz-") as tmp:
        home = Path(tmp) / "a" / "kerja"  # ".." of an option stays inside tmp
        shutil.copytree(template_workspace, home)
        with contextlib.chdir(home):
            code, out, err = _kinerja(argv)
    shown = " ".join(err.split())
    assert code in (0, 1, 2, 3), (argv, code, err[-2000:])
    assert "Traceback" not in err and "Traceback" not in out, (argv, err[-2000:])
    if not any(a.strip().lower() == "en" for a in argv):
        for english in ENGLISH:
            assert english not in shown, (argv, english, shown[-1000:])
