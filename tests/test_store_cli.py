"""kinerja impor / status / arsip on real workbooks (the example generator's), with JSON parity
against the library."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from kinerja_cli.pipeline import unit_status
from kinerja_cli.store import Store
from tests.conftest import BUNDLED_CONFIG, ROOT

UNITS = ("DINKES", "BKD", "DISPAR")


@pytest.fixture(scope="module")
def examples(tmp_path_factory, config):
    from kinerja_cli.examples import generate_examples

    folder = tmp_path_factory.mktemp("contoh")
    generate_examples(config, folder, units=UNITS, convert=False)
    (folder / "MANIFEST.json").unlink()
    return folder


_TARGETS: dict[Path, object] = {}
"""The store of each workspace: a SQLite file or a PostgreSQL URL."""


@pytest.fixture()
def ws(tmp_path, examples, store_target):
    """A workspace: masuk/ with the example files; its store on each backend (db_of)."""
    inbox = tmp_path / "masuk"
    shutil.copytree(examples, inbox)
    _TARGETS[tmp_path] = store_target
    return tmp_path


@pytest.fixture()
def sqlite_ws(tmp_path, examples):
    """A workspace whose store is the SQLite file ``kinerja.db`` in it (file-level tests)."""
    shutil.copytree(examples, tmp_path / "masuk")
    _TARGETS[tmp_path] = tmp_path / "kinerja.db"
    return tmp_path


def db_of(ws):
    return _TARGETS[ws]


def run(invoke, ws, *args):
    return invoke("--config", BUNDLED_CONFIG, "--db", db_of(ws), *args)


def err(result) -> str:
    """stderr with line wrapping undone (rich wraps long messages)."""
    return " ".join(result.stderr.split())


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def change_realisasi(src, dst, value: float) -> None:
    """A resubmission: the dinas corrects the first SKP realisasi (TW1) and sends it again."""
    from openpyxl import load_workbook

    wb = load_workbook(src)
    ws = wb["SKP"]
    header = next(
        c
        for row in ws.iter_rows(max_row=20)
        for c in row
        if str(c.value or "").strip().startswith("Realisasi")
    )
    ws.cell(row=header.row + 1, column=header.column, value=value)
    wb.save(dst)


def drop_sheet(src, dst, sheet: str) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(src)
    del wb[sheet]
    wb.save(dst)


@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_impor_then_again_then_resubmission(invoke, ws, config):
    first = run(invoke, ws, "impor", ws / "masuk")
    assert first.exit_code == 0, err(first)
    for unit in UNITS:
        assert f"RENCANA-{unit}-2026.xlsx: baru, disimpan sebagai versi 1 {unit} 2026" in err(first)
    assert "3 berkas: 3 baru" in err(first)

    again = run(invoke, ws, "ingest", ws / "masuk")
    assert again.exit_code == 0
    assert err(again).count("sudah ada (versi 1") == 3
    assert "3 sudah ada" in err(again)

    fixed = ws / "masuk" / "RENCANA-DINKES-2026 (revisi).xlsx"
    change_realisasi(ws / "masuk" / "RENCANA-DINKES-2026.xlsx", fixed, 77.5)
    third = run(invoke, ws, "impor", fixed)
    assert third.exit_code == 0, err(third)
    assert "versi 2 DINKES 2026, menggantikan versi 1" in err(third)
    with Store.open(db_of(ws)) as store:
        current = {s.kode_unit: s for s in store.current_submissions(2026)}
        assert current["DINKES"].sha256 == sha(fixed)
        assert current["DINKES"].skp[0].realisasi[0] == 77.5
        assert len(store.history()) == 4


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_structural_error_and_unreadable_file_are_stored_not_counted(invoke, ws):
    assert run(invoke, ws, "impor", ws / "masuk").exit_code == 0
    broken = ws / "kiriman-ulang" / "RENCANA-DINKES-2026.xlsx"
    broken.parent.mkdir()
    drop_sheet(ws / "masuk" / "RENCANA-DINKES-2026.xlsx", broken, "SKP")
    junk = broken.parent / "rusak.xlsx"
    junk.write_bytes(b"PK\x03\x04 bukan lembar kerja")
    (broken.parent / "catatan.pdf").write_bytes(b"%PDF-1.4")
    result = run(invoke, ws, "impor", broken.parent)
    assert result.exit_code == 1
    assert "RENCANA-DINKES-2026.xlsx: disimpan tetapi tidak dihitung" in err(result)
    assert "rusak.xlsx: disimpan tetapi tidak dihitung" in err(result)
    assert "catatan.pdf" in err(result)  # said to be skipped
    assert "2 tidak dihitung" in err(result)
    with Store.open(db_of(ws)) as store:
        assert store.original(sha(junk)) == junk.read_bytes()
        by_unit = {s.kode_unit: s.sha256 for s in store.current_submissions(2026)}
        assert by_unit["DINKES"] == sha(ws / "masuk" / "RENCANA-DINKES-2026.xlsx")
    status = json.loads(run(invoke, ws, "status", "--format", "json").stdout)
    dinkes = next(r for r in status if r["kode"] == "DINKES")
    assert (dinkes["version"], dinkes["versions"], dinkes["not_counted_after"]) == (1, 2, 1)


def test_impor_json_lists_every_file(invoke, ws):
    result = run(invoke, ws, "impor", ws / "masuk", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert sorted(d["unit"] for d in data) == sorted(UNITS)
    assert {d["status"] for d in data} == {"new"}
    assert all(d["version"] == 1 and len(d["sha256"]) == 64 for d in data)


def test_status_json_equals_the_library(invoke, ws, config):
    run(invoke, ws, "impor", ws / "masuk")
    result = run(invoke, ws, "status", "--format", "json")
    assert result.exit_code == 0
    with Store.open(db_of(ws)) as store:
        expected = [r.to_dict() for r in unit_status(store, config, 2026)]
    assert json.loads(result.stdout) == expected
    missing = [r["kode"] for r in expected if not r["submitted"]]
    assert len(missing) == len(config.unit) - len(UNITS)
    table = run(invoke, ws, "status")
    assert table.exit_code == 0  # missing units are a report, not a failure
    assert f"{len(UNITS)} dari {len(config.unit)} unit sudah mengirim" in err(table)
    assert ", ".join(missing) in err(table)
    assert table.stdout == ""


def test_status_without_a_store_shows_everyone_missing_and_creates_nothing(invoke, ws, config):
    result = run(invoke, ws, "status", "--format", "json")
    assert result.exit_code == 1  # the empty store of every reading command (issue 26)
    data = json.loads(result.stdout)
    assert [r["kode"] for r in data] == [u.kode for u in config.unit]
    assert not any(r["submitted"] for r in data)
    assert "belum ada" in err(result)
    target = db_of(ws)
    if isinstance(target, Path):
        assert not target.exists()
    else:  # the database exists but gets no tables from a reading command
        import psycopg

        with psycopg.connect(target) as conn:
            tables = conn.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()
        assert tables == (0,)


def test_folder_deleted_then_arsip_restores_identical_bytes(invoke, ws):
    originals = {p.name: sha(p) for p in (ws / "masuk").iterdir()}
    assert run(invoke, ws, "impor", ws / "masuk").exit_code == 0
    shutil.rmtree(ws / "masuk")
    listing = run(invoke, ws, "arsip", "--format", "json")
    assert listing.exit_code == 0
    with Store.open(db_of(ws)) as store:
        assert json.loads(listing.stdout) == [v.to_dict() for v in store.history()]
        assert len(store.current_submissions(2026)) == len(UNITS)
    result = run(invoke, ws, "archive", "--ekspor", ws / "pulih")
    assert result.exit_code == 0, err(result)
    assert {p.name: sha(p) for p in (ws / "pulih").iterdir()} == originals
    assert "3 berkas asli dipulihkan" in err(result)


@pytest.mark.slow(reason="end-to-end CLI runs, ~1 s on 2 busy cores")
def test_arsip_table_unit_filter_all_versions_and_sha(invoke, ws):
    run(invoke, ws, "impor", ws / "masuk")
    fixed = ws / "RENCANA-BKD-2026.xlsx"
    change_realisasi(ws / "masuk" / "RENCANA-BKD-2026.xlsx", fixed, 12)
    run(invoke, ws, "impor", fixed)
    table = run(invoke, ws, "arsip", "--unit", "bkd")
    assert table.exit_code == 0
    assert "digantikan v2" in err(table) and "berlaku" in err(table)
    assert "DINKES" not in err(table)
    out = ws / "semua"
    result = run(invoke, ws, "arsip", "--unit", "BKD", "--ekspor", out, "--semua-versi")
    assert result.exit_code == 0
    assert sorted(p.name for p in (out / "BKD-2026").iterdir()) == [
        "v1-RENCANA-BKD-2026.xlsx",
        "v2-RENCANA-BKD-2026.xlsx",
    ]
    assert sha(out / "BKD-2026" / "v2-RENCANA-BKD-2026.xlsx") == sha(fixed)
    one = run(invoke, ws, "arsip", "--ekspor", ws / "satu", "--sha256", sha(fixed)[:8])
    assert one.exit_code == 0
    assert sha(ws / "satu" / "RENCANA-BKD-2026.xlsx") == sha(fixed)
    bad = run(invoke, ws, "arsip", "--ekspor", ws / "x", "--sha256", "zz")
    assert bad.exit_code == 2 and "sha256" in err(bad)


def test_english_messages(invoke, ws):
    result = run(invoke, ws, "--lang", "en", "impor", ws / "masuk" / "RENCANA-BKD-2026.xlsx")
    assert "new, stored as version 1 of BKD 2026" in err(result)
    assert "Received" in err(run(invoke, ws, "--lang", "en", "status"))


@pytest.mark.parametrize("command", [("impor", "masuk"), ("status",), ("arsip",)])
def test_corrupt_store_exit_3_no_traceback(invoke, sqlite_ws, command):
    ws = sqlite_ws
    (ws / "kinerja.db").write_bytes(b"this is not a database " * 100)
    args = [ws / c if c == "masuk" else c for c in command]
    result = run(invoke, ws, *args)
    assert result.exit_code == 3
    assert "bukan penyimpanan kinerja yang utuh" in err(result)
    assert "Traceback" not in err(result)
    assert (ws / "kinerja.db").read_bytes() == b"this is not a database " * 100


def test_locked_store_exit_3_with_what_to_do(invoke, sqlite_ws, monkeypatch):
    ws = sqlite_ws
    import kinerja_cli.store.schema as backend

    Store.open(ws / "kinerja.db").close()
    monkeypatch.setattr(backend, "DEFAULT_BUSY_TIMEOUT", 0.3)
    ready, release = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(ws / "kinerja.db", isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        ready.set()
        release.wait(10)
        conn.execute("ROLLBACK")
        conn.close()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    ready.wait(5)
    try:
        start = time.monotonic()
        result = run(invoke, ws, "impor", ws / "masuk" / "RENCANA-BKD-2026.xlsx")
        assert time.monotonic() - start < 8
    finally:
        release.set()
        holder.join()
    assert result.exit_code == 3
    assert "sedang dipakai perintah kinerja lain; menunggu sampai 0.3 detik" in err(result)
    assert "Tunggu perintah lain itu selesai, lalu jalankan ulang" in err(result)
    assert run(invoke, ws, "impor", ws / "masuk" / "RENCANA-BKD-2026.xlsx").exit_code == 0


def test_missing_path_exit_3_and_empty_folder(invoke, ws):
    result = run(invoke, ws, "impor", ws / "tidak-ada")
    assert result.exit_code == 3
    (ws / "kosong").mkdir()
    result = run(invoke, ws, "impor", ws / "kosong")
    assert result.exit_code == 0
    assert "Tidak ada berkas" in err(result)


def test_bad_format_is_a_usage_error(invoke, ws):
    result = run(invoke, ws, "status", "--format", "xml")
    assert result.exit_code == 2 and "xml" in err(result)


def test_library_batch_on_real_workbooks_round_trips(ws, config):
    """ingest_paths on real files: oldest first, what the store rebuilds equals what validation
    produced, and the batch goes on past a file that vanished before it was read."""
    from kinerja_cli.pipeline import ingest_paths
    from kinerja_cli.store import IngestStatus

    inbox = ws / "masuk"
    victim = inbox / "RENCANA-DINKES-2026 (salinan).xlsx"
    shutil.copy(inbox / "RENCANA-DINKES-2026.xlsx", victim)
    order = [
        "RENCANA-DISPAR-2026.xlsx",
        "RENCANA-BKD-2026.xlsx",
        "RENCANA-DINKES-2026.xlsx",
        victim.name,
    ]
    for age, name in enumerate(order):
        os.utime(inbox / name, (1_700_000_000 + age, 1_700_000_000 + age))
    seen: list[tuple[int, int, str]] = []

    def on_progress(done: int, total: int, r) -> None:
        seen.append((done, total, Path(r.file).name))
        if done == 1:
            victim.unlink()  # someone cleans the folder while the import runs

    with Store.open(db_of(ws)) as store:
        results = ingest_paths(
            store, [inbox], config, keep_submissions=True, on_progress=on_progress
        )
        known = {r.sha256: r.submission for r in results if r.submission is not None}
        assert len(known) == len(UNITS)
        assert store.current_submissions(2026) == store.current_submissions(2026, known=known)
    assert seen == [(i, 4, name) for i, name in enumerate(order, start=1)]
    assert [r.status for r in results] == [IngestStatus.NEW] * 3 + [IngestStatus.FAILED]
    assert results[-1].issues[0].kode == "impor_tidak_terbaca"
    assert results[-1].to_dict()["issues"][0]["pesan"].startswith("Berkas tidak dapat dibaca")


@pytest.mark.parametrize(
    "db",
    ["mysql://u:rahasia@h/db", "https://example.org/kinerja.db", "sqlite://u:rahasia@x/k.db"],
)
def test_a_url_of_another_kind_is_refused_and_creates_nothing(invoke, tmp_path, monkeypatch, db):
    """Issue 14: a URL used to become a folder ``mysql:/...`` with a new SQLite file in it,
    reported as success. Now exit 2, nothing created, the password never repeated."""
    monkeypatch.chdir(tmp_path)
    masuk = tmp_path / "masuk"
    masuk.mkdir()
    shutil.copy2(ROOT / "examples" / "masuk" / "RENCANA-BKD-2026.xlsx", masuk)
    for args in (("--db", db, "impor", "masuk"), ("--db", db, "status")):
        result = invoke("--config", BUNDLED_CONFIG, *args)
        assert result.exit_code == 2, result.output
        assert "rahasia" not in result.output
        assert db.split("://")[0] in result.stderr
    monkeypatch.setenv("KINERJA_DB", db)
    assert invoke("--config", BUNDLED_CONFIG, "status").exit_code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["masuk"]


@pytest.mark.parametrize("form", ["url", "query", "pgpassword"])
@pytest.mark.slow(reason="end-to-end CLI runs, ~4 s on 2 busy cores")
def test_an_unreachable_server_is_exit_2_naming_it_never_the_password(
    invoke, tmp_path, monkeypatch, form
):
    """No server on that port: exit 2, the message names host, port and database and what
    to check; the password appears nowhere (message, --debug traceback), nothing created."""
    from tests.pgcluster import free_port

    monkeypatch.chdir(tmp_path)
    port = free_port()
    db = {
        "url": f"postgresql://kinerja:rahasia@127.0.0.1:{port}/k1",
        "query": f"postgres://127.0.0.1:{port}/k1?sslmode=disable&password=rahasia&user=kinerja",
        "pgpassword": f"postgresql://kinerja@127.0.0.1:{port}/k1",
    }[form]
    monkeypatch.setenv("PGPASSWORD", "rahasia")
    (tmp_path / "masuk").mkdir()
    shutil.copy2(ROOT / "examples" / "masuk" / "RENCANA-BKD-2026.xlsx", tmp_path / "masuk")
    for args in (("impor", "masuk"), ("status",), ("peringkat", "-f", "json")):
        result = invoke("--config", BUNDLED_CONFIG, "--db", db, *args)
        assert result.exit_code == 2, result.output
        text = err(result)
        assert "rahasia" not in result.output
        assert f"127.0.0.1:{port}" in text and "database k1" in text
        assert "pg_hba.conf" in text
    import subprocess
    import sys

    code = "from kinerja_cli.entry import run; run()"
    debug = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            "--config",
            str(BUNDLED_CONFIG),
            "--debug",
            "--db",
            db,
            "status",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert debug.returncode != 0 and "rahasia" not in debug.stdout + debug.stderr
    assert "StoreUnreachable" in debug.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["masuk"]
