"""The benchmark scripts work: a 2-unit x 5-employee corpus, then the runner in --quick mode.

Nothing here is timed: the figures themselves are for ``make bench``, never assertions.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

BENCH = ROOT / "bench"
STAGE_KEYS = {
    "help",
    "cli_one",
    "cli_validate",
    "calamine",
    "calamine_threads",
    "pandas",
    "read",
    "validate",
    "ingest",
    "load",
    "score",
    "write",
    "e2e_lib",
    "e2e_cli",
    "cli_dokumen",
    "impor_sqlite",
    "impor_pg",  # its own throwaway PostgreSQL server (tests/pgcluster.py)
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, cwd=ROOT, check=False
    )


@pytest.mark.slow(reason="end-to-end CLI runs, ~27 s on 2 busy cores")
def test_corpus_then_quick_run(tmp_path):
    build = tmp_path / "bench"
    size = ["--units", "2", "--employees", "5", "--build-dir", str(build)]

    gen = _run(str(BENCH / "corpus.py"), *size, "--workers", "1")
    assert gen.returncode == 0, gen.stderr
    assert "(dibuat)" in gen.stdout
    (root,) = (build / "u2x5").iterdir()
    facts = json.loads((root / "corpus.json").read_text(encoding="utf-8"))
    assert (facts["pegawai"], facts["skp_rows"], len(facts["files"])) == (10, 60, 2)
    assert all((root / f).is_file() for f in facts["files"])
    assert "kode: OPD002" in (root / "indikator.yaml").read_text(encoding="utf-8")

    run = _run(str(BENCH / "run.py"), "--quick", *size)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Membuat korpus" not in run.stderr  # the cached corpus is reused
    assert "PASS" in run.stdout or "FAIL" in run.stdout
    results = json.loads((build / "results-u2x5.json").read_text(encoding="utf-8"))
    assert set(results["stages"]) == STAGE_KEYS
    assert all("error" not in s for s in results["stages"].values())
    assert results["stages"]["calamine"]["ratio_calamine"] == 1.0
    assert results["verify"]["checks"] == {
        "validasi": True,
        "pustaka": True,
        "cli_validasi": True,
        "cli": True,
    }
    assert results["verify"]["employees"] == 10
