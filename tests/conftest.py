"""Shared fixtures. Output is forced plain so tests never depend on the terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

os.environ["TERMINAL_WIDTH"] = "200"
os.environ["_TYPER_FORCE_DISABLE_TERMINAL"] = "1"
os.environ["NO_COLOR"] = "1"
os.environ.pop("KINERJA_CONFIG", None)
os.environ.pop("KINERJA_DB", None)
os.environ.pop("SOURCE_DATE_EPOCH", None)  # printed dates come from --tanggal or today in tests

ROOT = Path(__file__).resolve().parents[1]
BUNDLED_CONFIG = ROOT / "config" / "indikator.yaml"
EXAMPLES_INBOX = ROOT / "examples" / "masuk"
"""What ``kinerja contoh`` writes with the bundled config (tests/test_examples.py keeps it
current): read it, never change it, instead of running ``contoh`` again for the same files."""

HAS_SOFFICE = shutil.which("soffice") is not None
skip_without_soffice = pytest.mark.skipif(
    not HAS_SOFFICE and os.environ.get("CI") != "true",
    reason="LibreOffice (soffice) not installed",
)
"""On CI LibreOffice is installed by .ci/run, so these tests must run (and fail if absent)."""


def json_out(result, code: int = 0):
    """The JSON a CLI run printed, after checking it ended with ``code``."""
    import json

    assert result.exit_code == code, result.output
    return json.loads(result.stdout)


def exclusions_problems(invoke, tmp_path: Path, exports: Path, write_list) -> list[tuple]:
    """``rekap`` of DINKES's two e-Kinerja exports with the exclusions list ``write_list``
    writes (given its path): the Masalah rows about that list."""
    import openpyxl

    folder = tmp_path / "masuk"
    folder.mkdir()
    for name in ("Laporan Penilaian SKP DINKES 2026.xlsx", "Laporan SKP DINKES 2026.xlsx"):
        (folder / name).write_bytes((exports / name).read_bytes())
    exclusions = tmp_path / "pengecualian.csv"
    write_list(exclusions)
    out = tmp_path / "rekap.xlsx"
    opts = ["--config", BUNDLED_CONFIG, "--db", tmp_path / "k.db", "rekap", folder]
    result = invoke(*opts, "--pengecualian", exclusions, "-o", out, "--tanggal", "2027-01-20")
    assert result.exit_code == 1, result.output
    ws = openpyxl.load_workbook(out, read_only=True)["Masalah"]
    return [r for r in ws.iter_rows(values_only=True) if r and "pengecualian.csv" in str(r[0])]


def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    """``soffice --convert-to FMT`` of ``src`` into ``outdir`` (headless, with its own profile
    and HOME there): the converted file, asserted written."""
    outdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    done = subprocess.run(
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation=file://{outdir}/lo-profile",
            "--headless",
            "--norestore",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, HOME=str(outdir)),
        check=False,
    )
    assert done.returncode == 0, (done.stdout, done.stderr, time.monotonic() - started)
    out = outdir / f"{src.stem}.{fmt.split(':')[0]}"
    assert out.is_file(), f"soffice did not write {out}"
    return out


def needs_soffice(test):
    """A test that runs LibreOffice: skipped without it (see ``skip_without_soffice``) and
    marked ``soffice``, so ``make test-fast`` leaves it out (each start of LibreOffice costs
    seconds of CPU); ``make test`` runs it."""
    return pytest.mark.soffice(skip_without_soffice(test))


@pytest.fixture(scope="session")
def config():
    from kinerja_cli.config import load_config

    return load_config(BUNDLED_CONFIG)


@pytest.fixture()
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture()
def invoke(runner):
    """Run the CLI in-process: ``invoke("templat", "-o", dir)`` -> click Result."""
    from kinerja_cli.cli.main import app

    def _invoke(*args: str, **kwargs):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return _invoke


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the session (:mod:`tests.pgcluster`); skipped
    without the binaries locally, a failure on CI."""
    from tests.pgcluster import throwaway_server

    with throwaway_server() as server:
        yield server


@pytest.fixture()
def pg_url(pg_server):
    """The URL of a fresh, empty PostgreSQL database for one test."""
    return pg_server.new_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def store_target(request, tmp_path):
    """Where a test's store lives, once per backend: a SQLite file or a fresh PostgreSQL
    database URL (the PostgreSQL half needs the ``pg_server`` fixture).

    The PostgreSQL half is marked ``slow`` (``make test`` runs it, ``make test-fast`` leaves
    it out): in the fast subset the SQLite half covers each test's behaviour, and
    tests/test_backends.py (every reading command's output and a recap the same on both
    backends) with tests/test_store_postgres.py cover what PostgreSQL does differently."""
    if request.param == "sqlite":
        return tmp_path / "kinerja.db"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def ekinerja_exports(tmp_path_factory) -> Path:
    """``kinerja contoh --format ekinerja`` once per session: read it, never change it (copy a
    file to ``tmp_path`` first)."""
    from typer.testing import CliRunner

    from kinerja_cli.cli.main import app

    folder = tmp_path_factory.mktemp("ekinerja")
    made = CliRunner().invoke(app, ["contoh", "--format", "ekinerja", str(folder)])
    assert made.exit_code == 0, made.output
    return folder
