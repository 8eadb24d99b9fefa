"""The hostile corpus (tests/hostile.py): every file refused with the right kode, or read,
within 5 s and 500 MB, measured in a separate process tree; and the good files of a batch
holding all of them are still read."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kinerja_cli.config import Keamanan
from kinerja_cli.errors import InputError
from kinerja_cli.model import display_value
from kinerja_cli.readers.base import RawWorkbook
from kinerja_cli.safety import read_many, read_safely
from kinerja_cli.sheettext import looks_like_formula
from tests import hostile
from tests.conftest import ROOT

TIME_LIMIT_S = 5.0
MEMORY_LIMIT_MB = 500.0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    return {case.name: case.build(d) for case in hostile.CASES}


def _probe(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.hostile", "probe", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def probes(corpus) -> dict[str, dict[str, object]]:
    """Each file read by ``python -m tests.hostile probe`` (two probes at a time)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(_probe, corpus.values())
        return dict(zip(corpus, results, strict=True))


@pytest.mark.parametrize("case", hostile.CASES, ids=[c.name for c in hostile.CASES])
@pytest.mark.slow(reason="end-to-end CLI runs, ~10 s on 2 busy cores")
def test_hostile_file_is_refused_or_read_within_bounds(case, probes):
    result = probes[case.name]
    assert result["outcome"] == case.expect, result
    assert result["seconds"] < TIME_LIMIT_S, result
    assert result["peak_mb"] < MEMORY_LIMIT_MB, result


@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_good_files_of_a_hostile_batch_are_still_read(corpus, tmp_path):
    good = [
        hostile.good_xlsx(tmp_path),
        hostile.good_csv(tmp_path),
        ROOT / "templates" / "xlsx" / "RENCANA-BKD-2026.xlsx",
    ]
    cases = list(hostile.CASES)
    batch = [
        good[0],
        *[corpus[c.name] for c in cases[:9]],
        good[1],
        *[corpus[c.name] for c in cases[9:]],
        good[2],
    ]
    out = read_many(batch, limits=Keamanan())
    assert len(out) == len(batch)
    assert isinstance(out[0], RawWorkbook) and out[0].format == "xlsx"
    assert isinstance(out[10], RawWorkbook) and out[10].format == "csv"
    assert isinstance(out[-1], RawWorkbook) and "SKP" in out[-1].sheets
    hostile_out = out[1:10] + out[11:-1]
    for case, outcome in zip(cases, hostile_out, strict=True):
        got = "READ" if isinstance(outcome, RawWorkbook) else outcome.kode
        assert got == case.expect, (case.name, outcome)
        if isinstance(outcome, InputError):
            assert outcome.params["path"] == str(corpus[case.name])
            for lang in ("id", "en"):
                assert "{" not in outcome.message(lang)


def test_xxe_never_reads_the_local_file(corpus):
    with pytest.raises(InputError) as info:
        read_safely(corpus["xxe"], limits=Keamanan())
    assert info.value.kode == "berkas_xml_berbahaya"
    assert "root:" not in info.value.message("id") + str(info.value.params)


def test_formula_cells_without_a_saved_value_are_read_and_marked(corpus):
    wb = read_safely(corpus["formula_only"], limits=Keamanan())
    sheet = wb.sheets["SKP"]
    assert sheet.value(2, 5) is None
    assert (2, 5) in sheet.formula_cells


def test_csv_named_xlsx_is_read_as_csv(corpus):
    wb = read_safely(corpus["csv_renamed"], limits=Keamanan())
    assert wb.format == "csv"
    assert wb.sheets["SKP"].value(2, 2) == "Budi"


def test_nasty_names_are_kept_as_data_and_neutralised_for_display(corpus):
    wb = read_safely(corpus["nasty_names"], limits=Keamanan())
    names = [wb.sheets["SKP"].value(r, 2) for r in range(2, 2 + len(hostile.NASTY_NAMES))]
    assert names == list(hostile.NASTY_NAMES)  # the reader never alters what a dinas typed
    for name in names:
        shown = display_value(name)
        assert shown is not None and len(shown) <= 80
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert looks_like_formula(names[2])  # outputs write it as text (sheettext)
