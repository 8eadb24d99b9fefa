"""Issue 16: hostile values from files printed through every command's tables and messages
never reach the terminal as escape codes, and a huge cell never floods stderr; no message
shows the word None."""

from __future__ import annotations

import re

import pytest

from kinerja_cli.messages import CATALOGUE, PARAM_LIMIT, render
from tests.conftest import BUNDLED_CONFIG
from tests.untrusted import (
    CONTROL_CHARS,
    HOSTILE_KODE,
    HOSTILE_NAMA,
    TRAVERSAL_UNIT,
    copy_as,
    huge_text,
    set_cells,
)

STDERR_MAX = 100_000
"""Bytes of stderr a command may print for the hostile workspace (the issue saw 244 kB from
one 2-million-character cell)."""


@pytest.fixture(scope="module")
def hostile_ws(tmp_path_factory, config):
    """masuk/ with a counted BAPPEDA file full of hostile values and a BKD file whose unit
    code is an escape sequence plus a traversal (stored, not counted)."""
    from kinerja_cli.examples import generate_examples

    root = tmp_path_factory.mktemp("terminal16")
    examples = root / "contoh"
    generate_examples(config, examples, units=("BAPPEDA", "BKD"), convert=False)
    inbox = root / "masuk"
    inbox.mkdir()
    big = huge_text()
    set_cells(
        examples / "RENCANA-BAPPEDA-2026.xlsx",
        inbox / "RENCANA-BAPPEDA-2026.xlsx",
        identitas={"Nama Kepala Unit": HOSTILE_NAMA},
        first_rows={
            ("SKP", "Kode Indikator", 0): HOSTILE_KODE,
            ("SKP", "Kode Indikator", 1): big,
            ("Pegawai", "Nama", 0): HOSTILE_NAMA,
            ("SKP", "Nama", 0): HOSTILE_NAMA,
            ("Pegawai", "Nama", 4): HOSTILE_NAMA,
            ("Pegawai", "Nama", 2): big[:300_000],
            ("Pegawai", "Jabatan", 3): "\x1b]8;;http://contoh.invalid\x07klik\x1b]8;;\x07",
        },
    )
    set_cells(
        examples / "RENCANA-BKD-2026.xlsx",
        inbox / "RENCANA-BKD-2026.xlsx",
        identitas={"Kode Unit": "\x1b]0;pwned\x07" + TRAVERSAL_UNIT + "\u202e" + "U" * 300},
    )
    copy_as(inbox / "RENCANA-BKD-2026.xlsx", root / "lagi", "RENCANA-BKD-2026.xlsx")
    return root


def _check(result, what: str) -> None:
    err = result.stderr
    for ch in CONTROL_CHARS:
        assert ch not in err, f"{what}: {ch!r} reached stderr"
    assert len(err.encode()) < STDERR_MAX, f"{what}: {len(err.encode())} bytes of stderr"
    assert not re.search(r"\bNone\b", err), f"{what}: 'None' in {err}"


@pytest.mark.slow(reason="end-to-end CLI runs, ~6 s on 2 busy cores")
def test_hostile_values_through_every_command(invoke, hostile_ws, tmp_path):
    ws = hostile_ws
    db = tmp_path / "kinerja.db"

    def run(*args):
        return invoke("--config", BUNDLED_CONFIG, "--db", db, *args)

    commands = [
        ("validasi", "validasi", ws / "masuk"),
        ("validasi en", "--lang", "en", "validasi", ws / "masuk"),
        ("impor", "impor", ws / "masuk"),
        ("impor again", "impor", ws / "lagi"),
        ("status", "status"),
        ("arsip", "arsip"),
        ("arsip ekspor", "arsip", "--ekspor", tmp_path / "pulih", "--semua-versi"),
        ("ringkasan", "ringkasan"),
        ("peringkat", "peringkat"),
        ("peringkat unit", "peringkat", "--tingkat", "unit"),
        ("rekap", "rekap", "-o", tmp_path / "rekap.xlsx"),
        ("rekap path", "rekap", ws / "masuk", "-o", tmp_path / "rekap2.xlsx"),
        ("validasi umpan balik", "validasi", ws / "masuk", "--umpan-balik", tmp_path / "fb"),
    ]
    outputs = {}
    for what, *args in commands:
        result = run(*args)
        assert result.exit_code in (0, 1), (what, result.exit_code, result.stderr[-2000:])
        _check(result, what)
        outputs[what] = " ".join(result.stderr.split())
    # the values are shown, escaped, not dropped
    assert "AB\\x1b[2J\\x1b]0;pwned\\x07CD" in outputs["validasi"]
    assert "\\x1b[2J\\x1b[HEvil \\u202egnp.exe" in outputs["peringkat"]
    assert "[bold red]Siti[/bold red]" in outputs["peringkat"]  # markup shown as text
    assert "\\x1b]0;PWNED\\x07../../../../TMP" in outputs["status"]  # stored upper case
    assert "…" in outputs["validasi"] and "…" in outputs["peringkat"]
    # the feedback copies were written (a message with an ESC in it is a legal comment now)
    assert len(list((tmp_path / "fb").glob("*-UMPAN-BALIK.xlsx"))) == 2


@pytest.mark.slow(reason="end-to-end CLI runs, ~2 s on 2 busy cores")
def test_json_keeps_full_fields_while_messages_are_cut(invoke, hostile_ws):
    import json

    result = invoke("--config", BUNDLED_CONFIG, "validasi", hostile_ws / "masuk", "-f", "json")
    data = json.loads(result.stdout)
    issues = data["issues"]
    units = [f["unit"] for f in data["files"]]
    assert any(u and u.startswith("\x1b]0;pwned") for u in units)  # data stays raw in JSON
    kode = [i for i in issues if i.get("nilai") and i["nilai"].startswith("AB\\x1b")]
    assert kode, "the hostile kode is reported"
    for issue in issues:
        assert len(issue["pesan"]) < 2_000
        assert "\x1b" not in issue["pesan"]


def test_render_escapes_and_cuts_parameters():
    text = render("cli_berkas_ditulis", "id", path="a\x1bb")
    assert "\x1b" not in text and "a\\x1bb" in text
    some = next(k for k, t in CATALOGUE.items() if "{kode}" in t["id"])
    shown = render(some, "id", kode="K" * 2_000_000)
    assert len(shown) < PARAM_LIMIT + len(CATALOGUE[some]["id"]) + 10
    assert "…" in shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_catalogue_message_shows_none(lang):
    """Every message rendered with every parameter missing (None) never says "None"."""
    for kode, texts in CATALOGUE.items():
        names = set(re.findall(r"\{(\w+)", texts[lang]))
        text = render(kode, lang, **dict.fromkeys(names))
        assert text.count("None") == texts[lang].count("None"), (kode, text)  # "None of ..."


def test_importing_an_unreadable_file_twice_names_no_none(invoke, tmp_path):
    bad = tmp_path / "masuk" / "rusak.xlsx"
    bad.parent.mkdir()
    bad.write_bytes(b"PK\x03\x04 not a zip at all")
    db = tmp_path / "k.db"
    for _ in range(2):
        result = invoke("--config", BUNDLED_CONFIG, "--db", db, "impor", bad.parent)
        assert "None" not in result.stderr, result.stderr
    assert "tanpa unit atau tahun" in " ".join(result.stderr.split())
    for args in (("arsip",), ("status",), ("arsip", "--format", "json")):
        result = invoke("--config", BUNDLED_CONFIG, "--db", db, *args)
        assert not re.search(r"\bNone\b", result.stderr), result.stderr


def test_no_cli_module_escapes_markup_on_its_own():
    """One function shows text on the terminal (cli.common.safe_markup): a plain
    rich.markup.escape lets ESC and bidi characters through and does not cut."""
    from pathlib import Path

    import kinerja_cli.cli as cli

    for path in Path(cli.__file__).parent.glob("*.py"):
        if path.name == "common.py":
            continue
        assert "rich.markup" not in path.read_text(encoding="utf-8"), path.name
