"""One rule each, the same in every command (issue 26, items 4, 5, 7 and 9), through the
console-script entry point (:func:`kinerja_cli.cli.main.run`) as a user runs it:

- ``--debug`` never changes the exit code: it adds the traceback after the message;
- ``--tahun`` outside 2000-2100, ``--versi`` outside 1..2^31-1 are exit 2, never 4;
- an unknown ``--unit`` is exit 2 with the close matches, in every command taking it;
- an empty store is exit 1 with the same output shape (JSON commands print valid JSON);
- every kind of click usage error is said from the catalogue, never in click's English.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest

from kinerja_cli.cli.main import run
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples" / "masuk"
SMALL = ("RENCANA-BKD-2026.xlsx", "RENCANA-BAPPEDA-2026.xlsx")
ENGLISH = (
    "Traceback",
    "Error:",
    "Usage:",
    "No such option",
    "Invalid value",
    "Missing argument",
    "Missing option",
    "Missing command",
    "does not take a value",
    "requires an argument",
    "Got unexpected",
    "No such command",
    "Possible options",
    "kesalahan internal",
)


def kinerja(*argv: object) -> tuple[int, str, str]:
    """Run ``kinerja ARGV`` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.raises(SystemExit) as done,
    ):
        run([str(a) for a in argv])
    code = done.value.code
    return (code if isinstance(code, int) else 0), out.getvalue(), err.getvalue()


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def stocked(tmp_path_factory) -> Path:
    """A workspace made by ``kinerja init`` with two example units imported (read only)."""
    home = tmp_path_factory.mktemp("ruang") / "kerja"
    assert kinerja("init", home)[0] == 0
    for name in SMALL:
        shutil.copy2(EXAMPLES / name, home / "masuk" / name)
    with contextlib.chdir(home):
        code, _, err = kinerja("impor", "masuk")
    assert code in (0, 1), err
    assert (home / "config" / "kinerja.db").is_file()
    return home


@pytest.fixture()
def workspace(stocked, tmp_path, monkeypatch) -> Path:
    """A private copy of :func:`stocked`, as the current folder."""
    home = tmp_path / "kerja"
    shutil.copytree(stocked, home)
    monkeypatch.chdir(home)
    return home


@pytest.fixture()
def empty(tmp_path, monkeypatch) -> Path:
    """A workspace made by ``kinerja init`` with nothing imported, as the current folder."""
    home = tmp_path / "kosong"
    assert kinerja("init", home)[0] == 0
    monkeypatch.chdir(home)
    return home


# ---- --debug does not change the exit code ----------------------------------------------------


def _closed_port_url() -> str:
    from tests.pgcluster import free_port

    return f"postgresql://kinerja@127.0.0.1:{free_port()}/k1"


FAILING = [
    # (what, argv, exit code, a traceback under --debug)
    ("click usage", ["peringkat", "--top", "abc"], 2, False),
    ("click option without value", ["dokumen", "--per-pegawai=x"], 2, False),
    ("usage", ["peringkat", "--top", "0"], 2, True),
    ("usage", ["pantau", "--periode", "TW4"], 2, True),
    ("usage", ["status", "--db", "mysql://x/y"], 2, True),
    ("usage", ["status", "--tahun", "9223372036854775808"], 2, True),
    ("usage", ["tren", "--unit", "NOPE"], 2, True),
    ("config", ["--config", "tidak-ada.yaml", "status"], 2, True),
    ("input", ["validasi", "tidak-ada.xlsx"], 3, True),
    ("input", ["--db", "rusak.db", "status"], 3, True),
    ("data", ["status", "--tahun", "2025"], 1, False),
    ("connection", ["status", "--db", "CLOSED_PORT"], 2, True),
]


@pytest.mark.parametrize(
    ("what", "argv", "expected", "traced"), FAILING, ids=[f"{c[0]}-{c[1][0]}" for c in FAILING]
)
def test_debug_does_not_change_the_exit_code(workspace, what, argv, expected, traced):
    """The same command with and without --debug exits with the same code (it was 1 under
    --debug: a second traceback from cli/usage.py for kinerja's own UsageError, and every
    domain error re-raised); --debug adds the traceback of a domain error after the same
    message, and only then."""
    (workspace / "rusak.db").write_bytes(b"bukan sqlite" * 100)
    argv = [_closed_port_url() if a == "CLOSED_PORT" else a for a in argv]
    code, out, err = kinerja(*argv)
    dcode, dout, derr = kinerja("--debug", *argv)
    assert code == dcode == expected, (what, err, derr)
    assert "Traceback" not in err
    assert ("Traceback" in derr) is traced, derr
    assert "AttributeError" not in derr and "kesalahan internal" not in derr
    first = flat(err).split(". ")[0]
    assert first in flat(derr)  # the same message, then the traceback
    if expected != 1:
        assert out == dout == ""


def test_debug_of_an_internal_error_is_still_exit_4(workspace, monkeypatch):
    """A bug (exit 4) says one line without --debug, the line and the traceback with it."""
    from kinerja_cli.store import Store

    def broken(*args, **kwargs):
        raise RuntimeError("racun")

    monkeypatch.setattr(Store, "history", broken)  # the first read of `status`
    code, _, err = kinerja("status")
    dcode, _, derr = kinerja("--debug", "status")
    assert code == dcode == 4
    assert "Traceback" not in err and "RuntimeError: racun" in flat(err)
    assert "Traceback" in derr and "RuntimeError: racun" in derr


def test_a_domain_error_outside_a_command_keeps_its_exit_code(workspace, monkeypatch):
    """A KinerjaError raised while click parses (outside the command's guard) is said with
    its own exit code, with or without --debug, not a crash."""
    from kinerja_cli.cli import main
    from kinerja_cli.errors import InputError

    def refuse(*args, **kwargs):
        raise InputError("berkas_tidak_ada", path="x")

    monkeypatch.setattr(main, "localise_help_option", refuse)
    for debug in ([], ["--debug"]):
        code, _, err = kinerja(*debug, "status")
        assert code == 3 and "x" in err and ("Traceback" in err) is bool(debug)


# ---- values out of range: exit 2, never 4 -----------------------------------------------------

HUGE = "9223372036854775808"
YEAR_COMMANDS = [
    ["status"],
    ["arsip"],
    ["arsip", "--ekspor", "pulih"],
    ["rekap"],
    ["pantau", "--periode", "TW1"],
    ["tren"],
    ["kebutuhan"],
    ["dokumen"],
    ["impor", "masuk"],
    ["ringkasan"],
    ["peringkat"],
    ["validasi", "masuk"],
    ["templat"],
    ["contoh", "contoh-x"],
]


@pytest.mark.parametrize("value", [HUGE, "-1", "0", "1999", "2101", "26"])
@pytest.mark.parametrize("argv", YEAR_COMMANDS, ids=[a[0] for a in YEAR_COMMANDS])
def test_a_year_outside_2000_2100_is_exit_2(workspace, argv, value):
    """One range of a year (domain.TAHUN_MIN..TAHUN_MAX, the config's own range), checked in
    one place for every command, before or after the command name (OverflowError, exit 4,
    before)."""
    for where in ("after", "before"):
        line = [*argv, "--tahun", value] if where == "after" else ["--tahun", value, *argv]
        code, out, err = kinerja(*line)
        assert code == 2, (line, err)
        assert f"--tahun {value} di luar tahun penilaian" in flat(err) and "2000 sampai 2100" in err
        assert out == ""
    assert not (workspace / "contoh-x").exists()


@pytest.mark.parametrize("value", [HUGE, "2147483648", "0", "-3"])
def test_arsip_versi_out_of_range_is_exit_2(workspace, value):
    code, _, err = kinerja("arsip", "--pulihkan", "BKD", "--versi", value)
    assert code == 2 and "--versi harus bilangan bulat 1 sampai 2147483647" in flat(err), err
    assert f"(diberikan: {value})" in err


def test_arsip_pulihkan_empty_unit_and_versi_without_pulihkan(workspace):
    """``--pulihkan ""`` named the unit "-" (exit 2 now with its own message); ``--versi``
    (and ``--semua-versi``, ``--sha256``) without the option they belong to was ignored."""
    code, _, err = kinerja("arsip", "--pulihkan", "", "--versi", "1")
    assert code == 2 and "--pulihkan perlu kode unit" in flat(err)
    code, _, err = kinerja("arsip", "--pulihkan", "  ", "--versi", "1")
    assert code == 2 and "--pulihkan perlu kode unit" in flat(err)
    for extra, needs in (
        (["--versi", "2"], "--pulihkan"),
        (["--semua-versi"], "--ekspor"),
        (["--sha256", "abcdef"], "--ekspor"),
    ):
        code, out, err = kinerja("arsip", *extra)
        assert code == 2 and f"{extra[0]} hanya berlaku bersama {needs}" in flat(err), err
        assert out == ""
    code, _, err = kinerja("arsip", "--pulihkan", "BKD", "--versi", "1")
    assert code == 0, err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--tahun", "2015"], "terlalu jauh sebelum tahun konfigurasi (2026)"),
        (["--tahun", "2027"], "sesudah tahun konfigurasi"),
        (["-f", "ekinerja", "--tahun", "2020"], "untuk tahun 2022 atau sesudahnya"),
        (["-f", "ekinerja", "--tahun", "2021"], "untuk tahun 2022 atau sesudahnya"),
    ],
)
def test_contoh_refuses_years_it_cannot_make(workspace, argv, said):
    """``contoh x --tahun 1990`` (IndexError) and ``contoh -f ekinerja x --tahun 2020``
    (ValueError) were exit 4: the examples go back 10 years from the config's (the same
    people), the e-Kinerja exports to 2022 (NI PPPK appointed from 2021)."""
    code, _, err = kinerja("contoh", "x", *argv)
    assert code == 2 and said in flat(err), err
    assert not (workspace / "x").exists()


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_contoh_makes_the_earliest_years_it_accepts(workspace):
    code, _, err = kinerja("contoh", "-q", "tua", "--tahun", "2016", "--unit", "BKD")
    assert code == 0, err
    assert (workspace / "tua" / "RENCANA-BKD-2016.xlsx").is_file()
    code, _, err = kinerja("contoh", "-q", "-f", "ekinerja", "ek", "--tahun", "2022")
    assert code == 0, err


# ---- one rule for an unknown --unit -----------------------------------------------------------

UNIT_COMMANDS = [
    ["tren"],
    ["tren", "--pembinaan"],
    ["pantau", "--periode", "TW1"],
    ["kebutuhan"],
    ["dokumen"],
    ["peringkat"],
    ["arsip"],
    ["templat"],
    ["contoh", "contoh-x"],
]


@pytest.mark.parametrize("argv", UNIT_COMMANDS, ids=[" ".join(a) for a in UNIT_COMMANDS])
def test_an_unknown_unit_is_exit_2_with_close_matches_everywhere(workspace, argv):
    """``tren --unit NOPE`` printed an empty table, exit 0; every command taking --unit now
    says the same: exit 2, the close matches, the known codes."""
    code, out, err = kinerja(*argv, "--unit", "DINKE")
    assert code == 2, err
    assert "Kode unit 'DINKE' tidak dikenal. Mungkin maksudnya: DINKES" in flat(err)
    assert out == ""
    code, _, err = kinerja(*argv, "--unit", "NOPE")
    assert code == 2 and "Kode unit 'NOPE' tidak dikenal. Kode yang ada: " in flat(err)
    assert "Mungkin" not in err
    code, _, err = kinerja(*argv, "--unit", "bkd")
    assert code in (0, 1), err  # case does not matter


@pytest.mark.parametrize("argv", UNIT_COMMANDS[:7], ids=[" ".join(a) for a in UNIT_COMMANDS[:7]])
def test_an_unknown_unit_on_an_empty_store_is_still_exit_2(empty, argv):
    code, _, err = kinerja(*argv, "--unit", "DINKE")
    assert code == 2 and "Mungkin maksudnya: DINKES" in flat(err), err


# ---- one rule for an empty store ---------------------------------------------------------------

EMPTY_JSON = [
    (["ringkasan", "-f", "json"], dict),
    (["peringkat", "-f", "json"], list),
    (["peringkat", "--tingkat", "unit", "-f", "json"], list),
    (["pantau", "--periode", "TW2", "-f", "json"], list),
    (["tren", "-f", "json"], dict),
    (["tren", "--pembinaan", "-f", "json"], list),
    (["kebutuhan", "-f", "json"], list),
    (["status", "-f", "json"], list),
    (["arsip", "-f", "json"], list),
]


@pytest.mark.parametrize(("argv", "shape"), EMPTY_JSON, ids=[" ".join(a) for a, _ in EMPTY_JSON])
@pytest.mark.parametrize("store", ["absent", "other-year"])
def test_an_empty_store_is_exit_1_with_valid_json(empty, stocked, argv, shape, store):
    """Before: ringkasan, peringkat, pantau, tren, kebutuhan printed nothing (exit 1) while
    status and arsip printed JSON (exit 0). Now every one prints valid JSON of its usual
    shape, says why on stderr, and exits 1; a store holding only another year is empty for
    this one."""
    if store == "other-year":
        shutil.copy2(stocked / "config" / "kinerja.db", empty / "config" / "kinerja.db")
        argv = [*argv, "--tahun", "2025"]
    code, out, err = kinerja(*argv)
    assert code == 1, err
    data = json.loads(out)
    assert isinstance(data, shape)
    if isinstance(data, list) and argv[0] != "status":
        assert data == []
    if argv[0] == "status":
        assert data and not any(r["submitted"] for r in data)
    assert "belum ada berkas" in flat(err).lower()


EMPTY_TABLE = [
    ["ringkasan"],
    ["peringkat"],
    ["pantau", "--periode", "TW1"],
    ["tren"],
    ["kebutuhan"],
    ["status"],
    ["arsip"],
    ["arsip", "--ekspor", "pulih"],
    ["rekap"],
    ["dokumen"],
    ["peringkat", "-f", "xlsx", "-o", "p.xlsx"],
    ["kebutuhan", "-f", "xlsx", "-o", "k.xlsx"],
    ["peringkat", "-f", "csv"],
]


@pytest.mark.parametrize("argv", EMPTY_TABLE, ids=[" ".join(a) for a in EMPTY_TABLE])
def test_an_empty_store_is_exit_1_in_every_reading_command(empty, argv):
    """The same exit code everywhere; no workbook or document is written of an empty store,
    and no store is created by reading."""
    before = sorted(p.name for p in empty.rglob("*"))
    code, out, err = kinerja(*argv)
    assert code == 1, err
    assert "belum ada berkas" in flat(err).lower()
    assert sorted(p.name for p in empty.rglob("*")) == before
    if argv[-1] == "csv":
        assert out.startswith("peringkat,") and len(out.splitlines()) == 1
    if "--ekspor" in argv:  # nothing said to be restored
        assert "dipulihkan" not in flat(err), err


# ---- click's English never reaches the user -----------------------------------------------------

CLICK_KINDS = [
    # (kind of click error, argv, the catalogue's words)
    ("NoSuchOption", ["rekap", "--bogus"], "Opsi --bogus tidak dikenal."),
    ("NoSuchOption with suggestion", ["rekap", "--period"], "Mungkin maksudnya: --periode"),
    ("NoSuchOption short", ["rekap", "-Z"], "Opsi -Z tidak dikenal."),
    ("MissingParameter argument", ["validasi"], "PATHS belum diberikan"),
    ("MissingParameter option", ["pantau"], "--periode belum diberikan"),
    ("BadParameter", ["peringkat", "--top", "abc"], "Nilai 'abc' untuk --top tidak sah"),
    ("BadParameter flag value", ["--tahun", "x", "status"], "Nilai 'x' untuk --tahun tidak sah"),
    (
        "BadOptionUsage no value taken",
        ["dokumen", "--per-pegawai=x"],
        "Opsi --per-pegawai tidak menerima nilai",
    ),
    (
        "BadOptionUsage value needed",
        ["peringkat", "--top"],
        "Opsi --top memerlukan nilai sesudahnya",
    ),
    ("UsageError no such command", ["rekpa"], "Perintah 'rekpa' tidak dikenal."),
    ("UsageError extra argument", ["status", "lebih"], "tidak dipakai perintah ini: lebih"),
    ("UsageError missing command", ["--quiet"], "Nama perintah belum diberikan"),
]


@pytest.mark.parametrize(("kind", "argv", "said"), CLICK_KINDS, ids=[c[0] for c in CLICK_KINDS])
def test_every_click_usage_error_is_said_from_the_catalogue(workspace, kind, argv, said):
    code, out, err = kinerja(*argv)
    assert code == 2 and out == ""
    text = flat(err)
    assert said in text, text
    assert "--help' untuk opsi dan contohnya" in text
    for english in ENGLISH:
        assert english not in text, (english, text)


def test_an_option_error_points_at_the_command_help(workspace):
    """click's option parser raises without a context: the hint still names the command."""
    _, _, err = kinerja("dokumen", "--per-pegawai=x")
    assert "kinerja dokumen --help" in err


def test_explain_never_uses_click_text_for_an_unknown_kind():
    """A usage error of a kind explain does not know is still said from the catalogue."""
    from typer._click.exceptions import UsageError

    from kinerja_cli.cli.usage import explain

    lines = explain(UsageError("Something new in click"), "id", ["status"])
    assert lines[0] == "Baris perintah ini tidak dapat dipahami."
    assert "Something" not in " ".join(lines)


# ---- the sandbox's MemoryError while sending a result -------------------------------------------


class _Unsendable:
    def __reduce__(self):
        raise MemoryError


def unsendable() -> _Unsendable:
    """A worker task whose result cannot be sent back (pickling it runs out of memory)."""
    return _Unsendable()


def test_a_result_too_large_to_send_is_said_in_the_catalogue():
    """It was said as "MemoryError while sending the result" inside the Indonesian text."""
    from kinerja_cli.config import Keamanan
    from kinerja_cli.errors import InputError
    from kinerja_cli.safety.sandbox import Sandbox

    with Sandbox(Keamanan(waktu_baca_maks_detik=5), workers=1) as box:
        [(_, outcome)] = list(box.map(unsendable, [()]))
    assert isinstance(outcome, InputError)
    assert outcome.kode == "keamanan_memori_habis_hasil"
    said = outcome.message("id")
    assert "hasil pembacaannya tidak muat" in said and "memori_baca_maks_mb" in said
    assert "MemoryError" not in said and "sending" not in said


# ---- found by the fuzz test at a larger scale ---------------------------------------------------

LONG = "x" * 300
LONG_NAMES = [
    ["validasi", LONG],
    ["impor", LONG],
    ["rekap", LONG],
    ["--db", LONG, "status"],
    ["--config", LONG, "status"],
    ["--config", f"config/{LONG}/indikator.yaml", "ringkasan"],
    ["peringkat", "-f", "json", "-o", LONG],
    ["templat", "-o", LONG],
    ["contoh", LONG],
    ["init", LONG],
    ["validasi", "masuk", "--umpan-balik", LONG],
    ["arsip", "--ekspor", LONG],
    ["dokumen", "--templat-dokumen", LONG],
    ["salin-db", "config/kinerja.db", LONG],
    ["salin-db", LONG, "salinan.db"],
    ["kebutuhan", "-f", "xlsx", "-o", LONG],
]


@pytest.mark.parametrize("argv", LONG_NAMES, ids=[" ".join(a)[:30] for a in LONG_NAMES])
def test_a_name_too_long_for_the_file_system_is_exit_2(workspace, argv):
    """A 300-character file or folder name was ``OSError: File name too long``, exit 4, in
    every command taking a path: now exit 2 naming it (checked before anything is read or
    written for path options; said the same when a name built from it is too long)."""
    before = sorted(str(p) for p in workspace.rglob("*"))
    code, out, err = kinerja(*argv)
    assert code == 2 and out == "", err
    assert "terlalu panjang untuk sistem berkas" in flat(err) and "kesalahan internal" not in err
    assert sorted(str(p) for p in workspace.rglob("*")) == before


def test_init_where_a_file_stands_is_exit_2(workspace):
    """``init FILE`` (or a workspace whose config/ is a file) was NotADirectoryError, exit 4."""
    code, _, err = kinerja("init", "masuk/RENCANA-BKD-2026.xlsx")
    assert code == 2 and "adalah berkas, bukan folder" in flat(err), err
    (workspace / "baru").mkdir()
    (workspace / "baru" / "config").write_text("bukan folder", encoding="utf-8")
    code, _, err = kinerja("init", "baru")
    assert code == 2 and "config adalah berkas, bukan folder" in flat(err), err
    assert sorted(p.name for p in (workspace / "baru").iterdir()) == ["config"]
