"""The store under faults and concurrency: all of a file or none of it, two processes at once,
a lock held too long."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from kinerja_cli.errors import StoreError
from kinerja_cli.store import IngestStatus, Store
from kinerja_cli.store.sqlite import integrity_problems
from tests.conftest import ROOT
from tests.test_store_support import AT_SKP, WORKER, make_submission, table_counts as counts

STEPS = ("original", "identitas", "iku", "pegawai", "skp", "issues", "commit")


@pytest.mark.parametrize("step", STEPS)
def test_fault_mid_ingest_leaves_no_partial_version(store_target, step):
    path = store_target
    first, first_data = make_submission("DINKES", seed=1)
    with Store.open(path) as store:
        store.ingest(first, first_data)
    before = counts(path)
    second, second_data = make_submission("DINKES", seed=2, employees=50)

    def fault(name: str) -> None:
        if name == step:
            raise RuntimeError(f"fault at {name}")

    with Store.open(path) as store:
        store._fault = fault
        with pytest.raises(RuntimeError, match=f"fault at {step}"):
            store.ingest(second, second_data)
        # the same connection goes on working after the rollback
        assert store.current_submissions(2026) == [first]
    assert counts(path) == before
    with Store.open(path) as store:
        assert store._db.integrity_problems() == []
        assert [v.state for v in store.history()] == ["current"]
        result = store.ingest(second, second_data)
        assert (result.status, result.version) == (IngestStatus.SUPERSEDING, 2)
        assert store.current_submissions(2026) == [second]


KILL_SCRIPT = (
    AT_SKP
    + """
            os.kill(os.getpid(), signal.SIGKILL)
    store._fault = at_skp
    store.ingest(*make_submission("DINKES", seed=2, employees=300, indicators=6))
"""
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_process_killed_mid_ingest_leaves_no_partial_version(store_target):
    db = store_target
    proc = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT.format(root=str(ROOT), db=str(db))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Store.open(db) as store:
        assert store._db.integrity_problems() == []
        history = store.history()
        assert [(v.version, v.state) for v in history] == [(1, "current")]
        assert store.current_submissions(2026) == [make_submission("DINKES", seed=1)[0]]
    c = counts(db)
    assert (c["submission"], c["original"], c["identitas"]) == (1, 1, 1)
    assert c["skp_row"] == len(make_submission("DINKES", seed=1)[0].skp)


def test_two_processes_ingesting_at_once_both_stored(tmp_path, store_target):
    """Both start together on a store that does not exist yet (creation and migration race
    too); half of their files are for the same unit, so versions interleave."""
    db, go = store_target, tmp_path / "go"
    count = 12
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER.format(
                    root=str(ROOT), go=str(go), db=str(db), first=first, count=count, own=own
                ),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for first, own in ((0, "BKD"), (1000, "DISPAR"))
    ]
    time.sleep(0.3)  # both interpreters are up and polling
    go.touch()
    outputs = [p.communicate(timeout=180) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert len(out.splitlines()) == count
    with Store.open(db) as store:
        assert store._db.integrity_problems() == []
        history = store.history()
        assert len(history) == 2 * count
        dinkes = [v for v in history if v.unit == "DINKES"]
        assert [v.version for v in dinkes] == list(range(1, count + 1))
        assert [v.state for v in dinkes].count("current") == 1
        assert dinkes[-1].current
        for own in ("BKD", "DISPAR"):
            mine = [v for v in history if v.unit == own]
            assert [v.version for v in mine] == list(range(1, count // 2 + 1))
        assert [s.kode_unit for s in store.current_submissions(2026)] == ["BKD", "DINKES", "DISPAR"]
        assert store.schema_version() >= 1


def hold_write_lock(path, seconds: float) -> threading.Thread:
    """Another "command" holding the write lock for a while."""
    ready = threading.Event()

    def run() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO schema_version VALUES (999, 'x', 'lock holder')")
        ready.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(5)
    return thread


def locked_store(tmp_path, seconds: float):
    """A new store whose write lock another connection holds for ``seconds``."""
    path = tmp_path / "kinerja.db"
    Store.open(path).close()
    return path, hold_write_lock(path, seconds)


@pytest.mark.slow(reason="waits out a 1.5 s write lock held by another connection")
def test_locked_longer_than_busy_timeout_is_a_clear_error(tmp_path):
    path, holder = locked_store(tmp_path, 1.5)
    waited: list[float] = []
    with Store.open(path, busy_timeout=0.2, on_wait=waited.append) as store:
        # reading goes on while another command writes (WAL)
        assert store.history() == []
        start = time.monotonic()
        with pytest.raises(StoreError) as info:
            store.ingest(*make_submission())
        assert time.monotonic() - start < 1.4
    assert waited == [0.2]
    assert info.value.kode == "simpan_terkunci" and info.value.exit_code == 3
    text = info.value.message("id")
    assert "perintah kinerja lain" in text and "jalankan ulang" in text
    holder.join()
    with Store.open(path) as store:
        assert store.history() == []
        assert store.ingest(*make_submission()).status is IngestStatus.NEW


def test_a_short_lock_is_waited_for(tmp_path):
    path, holder = locked_store(tmp_path, 0.3)
    waited: list[float] = []
    with Store.open(path, busy_timeout=10, on_wait=waited.append) as store:
        assert store.ingest(*make_submission()).status is IngestStatus.NEW
    assert waited == [10]
    holder.join()


def test_killed_writer_leaves_a_store_that_opens(tmp_path):
    """A writer killed while holding the lock: its transaction is gone, the store opens."""
    db = tmp_path / "kinerja.db"
    Store.open(db).close()
    script = (
        f"import sqlite3, os, signal\nc = sqlite3.connect({str(db)!r}, "
        "isolation_level=None)\nc.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"INSERT INTO schema_version VALUES (7, 'x', 'y')\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with Store.open(db, busy_timeout=1) as store:
        assert store.ingest(*make_submission()).status is IngestStatus.NEW
        assert integrity_problems(store._db) == []
    assert os.path.exists(db)
