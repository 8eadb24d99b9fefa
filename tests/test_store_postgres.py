"""The PostgreSQL store under the conditions of a shared office server (issue 14): several
processes ingesting at once, a server restarted in the middle of an ingest."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from kinerja_cli.store import Store
from tests.conftest import ROOT
from tests.test_store_support import AT_SKP, WORKER, make_submission, table_counts as counts


@pytest.mark.slow(reason="PostgreSQL or subprocess runs, ~2 s on 2 busy cores")
def test_four_processes_ten_files_each_all_stored(tmp_path, pg_url):
    """Four processes start together on an empty database (creating the schema races too);
    half of every process' files are for the same unit, so versions interleave across all
    four: all 40 stored, DINKES numbered 1..20 with exactly one current version."""
    go = tmp_path / "go"
    owners = ("BKD", "DISPAR", "BAPPEDA", "DISHUB")
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER.format(
                    root=str(ROOT), go=str(go), db=pg_url, first=first, own=own, count=10
                ),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for first, own in zip((0, 1000, 2000, 3000), owners, strict=True)
    ]
    time.sleep(0.5)
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert len(out.splitlines()) == 10
    with Store.open(pg_url) as store:
        history = store.history()
        assert len(history) == 40
        dinkes = [v for v in history if v.unit == "DINKES"]
        assert [v.version for v in dinkes] == list(range(1, 21))
        assert [v.state for v in dinkes].count("current") == 1 and dinkes[-1].current
        for own in owners:
            assert [v.version for v in history if v.unit == own] == list(range(1, 6))
        assert len(store.current_submissions(2026)) == 5
        assert store._db.integrity_problems() == []
    c = counts(pg_url)
    assert c["submission"] == c["original"] == c["identitas"] == 40


PAUSED = (
    AT_SKP
    + """
            pathlib.Path({ready!r}).touch()
            while not pathlib.Path({go!r}).exists():
                time.sleep(0.01)
    store._fault = at_skp
    try:
        store.ingest(*make_submission("DINKES", seed=2, employees=80))
    except StoreError as exc:
        print(type(exc).__name__, exc.exit_code, exc.kode, exc.message("id"), flush=True)
        sys.exit(exc.exit_code)
"""
)


@pytest.mark.slow(reason="PostgreSQL or subprocess runs, ~2 s on 2 busy cores")
def test_server_restarted_mid_ingest_is_a_clear_error_and_nothing_half_written(tmp_path):
    """Its own server (restarting the session's would disturb other tests)."""
    from tests.pgcluster import throwaway_server

    with throwaway_server() as server:
        url = server.new_database()
        ready, go = tmp_path / "ready", tmp_path / "go"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                PAUSED.format(root=str(ROOT), db=url, ready=str(ready), go=str(go)),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.01)
        server.stop("fast")  # the ingest is half-way: submission, original, IKU, Pegawai
        server.start()
        go.touch()
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 2, err
        kind, code, kode, message = out.strip().split(" ", 3)
        assert (kind, code, kode) == ("StoreUnreachable", "2", "simpan_pg_terputus")
        assert f"127.0.0.1:{server.port}" in message and "terputus" in message
        assert "Traceback" not in err
        with Store.open(url) as store:
            assert [(v.version, v.state) for v in store.history()] == [(1, "current")]
            assert store.current_submissions(2026) == [make_submission("DINKES", seed=1)[0]]
        c = counts(url)
        assert (c["submission"], c["original"], c["identitas"]) == (1, 1, 1)
        assert c["skp_row"] == len(make_submission("DINKES", seed=1)[0].skp)


def test_a_newer_store_is_refused_untouched(pg_url, monkeypatch):
    import kinerja_cli.store.schema as schema
    from kinerja_cli.errors import StoreError

    Store.open(pg_url).close()
    before = counts(pg_url)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION - 1)
    with pytest.raises(StoreError) as caught:
        Store.open(pg_url)
    assert caught.value.kode == "simpan_skema_lebih_baru"
    assert counts(pg_url) == before


def readme_grants() -> str:
    """The least-privileges SQL the README shows (the block after ``<!-- hak-postgresql -->``)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text.split("<!-- hak-postgresql -->", 1)[1]
    return after.split("```sql", 1)[1].split("```", 1)[0]


def test_the_least_privileges_in_the_readme_are_enough_and_no_more(pg_server, tmp_path):
    """The roles of the README: the owner creates the schema with the first command; with
    exactly the README's grants a petugas ingests and a pembaca reads; a pembaca's impor is
    refused (exit 3, what is missing said) and changes nothing."""
    import json

    import psycopg
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app
    from tests.conftest import BUNDLED_CONFIG

    suffix = str(pg_server.port)
    roles = {r: f"{r}_{suffix}" for r in ("pemilik", "petugas", "pembaca")}
    dbname = f"kinerja_{suffix}"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        for role in roles.values():
            admin.execute(f"CREATE ROLE {role} LOGIN")
        admin.execute(f"CREATE DATABASE {dbname} OWNER {roles['pemilik']}")

    def url(role: str) -> str:
        return f"postgresql://{roles[role]}@127.0.0.1:{pg_server.port}/{dbname}"

    def cli(role, *args):
        return CliRunner().invoke(
            app, ["--config", str(BUNDLED_CONFIG), "--db", url(role), *map(str, args)]
        )

    inbox = ROOT / "examples" / "masuk"
    first = cli("pemilik", "impor", inbox / "RENCANA-BKD-2026.xlsx")
    assert first.exit_code == 0, first.output
    grants = readme_grants().replace("kinerja TO", f"{dbname} TO")
    for role in ("petugas", "pembaca"):
        grants = grants.replace(f" {role}", f" {roles[role]}")
    with psycopg.connect(url("pemilik"), autocommit=True) as owner:
        owner.execute(grants)
    second = cli("petugas", "impor", inbox / "RENCANA-DINKES-2026.xlsx")
    assert second.exit_code == 0, second.output
    ranked = cli("pembaca", "peringkat", "-f", "json")
    assert ranked.exit_code == 0, ranked.output
    assert json.loads(ranked.stdout) == json.loads(cli("pemilik", "peringkat", "-f", "json").stdout)
    assert cli("pembaca", "rekap", "-o", tmp_path / "r.xlsx").exit_code == 0
    assert cli("pembaca", "arsip", "--ekspor", tmp_path / "pulih").exit_code == 0
    before = cli("pemilik", "arsip", "-f", "json").stdout
    refused = cli("pembaca", "impor", inbox / "RENCANA-DISPAR-2026.xls")
    assert refused.exit_code == 3, refused.output
    assert "tidak punya hak" in " ".join(refused.stderr.split())
    assert "Traceback" not in refused.output
    assert cli("pemilik", "arsip", "-f", "json").stdout == before
    with psycopg.connect(url("pemilik")) as owner:
        rights = owner.execute(
            "SELECT DISTINCT privilege_type FROM information_schema.role_table_grants "
            "WHERE grantee = %s",
            (roles["petugas"],),
        ).fetchall()
    assert {r[0] for r in rights} == {"SELECT", "INSERT", "UPDATE"}
