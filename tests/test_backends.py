"""Every command behaves the same on SQLite and on PostgreSQL (issue 14): the same inputs give
identical JSON, identical recap sheets and documents, the same restored bytes; and
``kinerja salin-db`` moves a whole store from one backend to the other and back, verified."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from typer.testing import CliRunner

from tests.conftest import BUNDLED_CONFIG, ROOT

INBOX = ROOT / "examples" / "masuk"
DAY = "2026-12-01"


def cli(db, *args):
    from kinerja_cli.cli.main import app

    return CliRunner().invoke(
        app, ["--config", str(BUNDLED_CONFIG), "--db", str(db), *map(str, args)]
    )


@pytest.fixture(scope="module")
def stores(tmp_path_factory, pg_server):
    """The bundled examples ingested into a SQLite file and into a PostgreSQL database,
    plus a second year (2025) so trends and the follow-up of coaching have history."""
    tmp = tmp_path_factory.mktemp("dua-backend")
    earlier = tmp / "m2025"
    made = cli(
        tmp / "scratch.db", "--tahun", "2025", "contoh", earlier, "-u", "BKD", "-u", "DINKES"
    )
    assert made.exit_code == 0, made.output
    pairs = {"sqlite": tmp / "kinerja.db", "postgresql": pg_server.new_database("dua")}
    for db in pairs.values():
        assert cli(db, "--tahun", "2025", "impor", earlier).exit_code == 0
        assert cli(db, "impor", INBOX).exit_code == 1  # the examples' planted mistakes
    return tmp, pairs


def _without_times(rows):
    """``status``/``arsip`` rows without the moment each store received the file (the two
    stores were filled one after the other)."""
    return [{k: v for k, v in r.items() if k != "received_at"} for r in rows]


COMMANDS = [
    ("status", "-f", "json"),
    ("--tahun", "2025", "status", "-f", "json"),
    ("peringkat", "-f", "json"),
    ("peringkat", "--tingkat", "unit", "-f", "json"),
    ("ringkasan", "-f", "json"),
    ("pantau", "--periode", "TW2", "-f", "json"),
    ("tren", "-f", "json"),
    ("tren", "--pembinaan", "-f", "json"),
    ("arsip", "-f", "json"),
    ("kebutuhan", "-f", "json"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.slow(reason="PostgreSQL or subprocess runs, ~10 s on 2 busy cores")
def test_same_json_on_both_backends(stores, command):
    _, pairs = stores
    got = {}
    for name, db in pairs.items():
        result = cli(db, *command)
        assert result.exit_code in (0, 1), result.output
        got[name] = json.loads(result.stdout)
    if "arsip" in command or "status" in command:
        got = {k: _without_times(v) for k, v in got.items()}
    assert got["sqlite"] == got["postgresql"]
    assert got["sqlite"]  # not two empty answers


def _sheets(path):
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb if ws.title != "Sumber"}


@pytest.mark.slow(reason="PostgreSQL or subprocess runs, ~6 s on 2 busy cores")
def test_same_recap_and_documents_on_both_backends(stores):
    tmp, pairs = stores
    recaps, documents = {}, {}
    for name, db in pairs.items():
        out = tmp / f"rekap-{name}.xlsx"
        result = cli(db, "rekap", "--tanggal", DAY, "--tren", "-o", out)
        assert result.exit_code == 1, result.output
        recaps[name] = _sheets(out)
        folder = tmp / f"dokumen-{name}"
        made = cli(db, "dokumen", "--unit", "BKD", "--tanggal", DAY, "-o", folder)
        assert made.exit_code == 0, made.output
        from pypdf import PdfReader

        documents[name] = [
            p.extract_text() for p in PdfReader(folder / "DOKUMEN-BKD-2026-tahunan.pdf").pages
        ]
    assert recaps["sqlite"] == recaps["postgresql"]
    assert {"Tindak Lanjut", "Tren"} <= set(recaps["sqlite"])
    assert documents["sqlite"] == documents["postgresql"] and len(documents["sqlite"]) > 10


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_arsip_restores_the_same_bytes_from_postgresql(stores):
    tmp, pairs = stores
    out = tmp / "pulih-pg"
    result = cli(pairs["postgresql"], "arsip", "--ekspor", out)
    assert result.exit_code == 0, result.output
    restored = {p.name: _sha(p) for p in out.iterdir()}
    sent = [*INBOX.iterdir(), *(tmp / "m2025").iterdir()]
    assert restored == {p.name: _sha(p) for p in sent if p.name != "MANIFEST.json"}
    assert len(restored) == 12


@pytest.mark.slow(reason="PostgreSQL or subprocess runs, ~2 s on 2 busy cores")
def test_salin_db_sqlite_to_postgresql_and_back(stores, pg_server):
    tmp, pairs = stores
    source = tmp / "asal.db"
    shutil.copy(pairs["sqlite"], source)
    target = pg_server.new_database("salin")
    moved = cli("-", "salin-db", source, target, "-f", "json")
    assert moved.exit_code == 0, moved.output
    report = json.loads(moved.stdout)
    assert report["sama"] is True and "rahasia" not in moved.output
    tables = {t["tabel"]: t for t in report["tabel"]}
    assert tables["submission"]["baris"] == 12 and tables["skp_row"]["baris"] > 2000
    back = tmp / "kembali.db"
    returned = cli("-", "salin-db", target, back, "-f", "json")
    assert returned.exit_code == 0, returned.output
    assert json.loads(returned.stdout)["tabel"] == report["tabel"]  # hashes equal end to end
    for command in (("status", "-f", "json"), ("peringkat", "-f", "json"), ("arsip", "-f", "json")):
        answers = [json.loads(cli(db, *command).stdout) for db in (source, target, back)]
        assert answers[0] == answers[1] == answers[2]  # received_at included: copied as it was
    # the copy goes on like the original: a new version gets the next id and number
    fixed = tmp / "RENCANA-BKD-2026.xlsx"
    shutil.copy(INBOX / "RENCANA-BKD-2026.xlsx", fixed)
    from tests.test_store_cli import change_realisasi

    change_realisasi(INBOX / "RENCANA-BKD-2026.xlsx", fixed, 12)
    again = cli(target, "impor", fixed, "-f", "json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)[0]["version"] == 2
    # a target that is not empty is refused, nothing changed
    before = cli(target, "arsip", "-f", "json").stdout
    refused = cli("-", "salin-db", source, target)
    assert refused.exit_code == 2 and "sudah berisi" in " ".join(refused.stderr.split())
    assert cli(target, "arsip", "-f", "json").stdout == before
