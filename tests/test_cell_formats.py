"""Issue 18 item 4: a percentage-formatted cell means the same in .xlsx, .xls and .ods.

The same sheet saved as .xlsx scored 98.64 "Baik" and, saved as .xls, 79.18 "Butuh Perbaikan"
with no warning: the .xls reader did not know the cell formats, so a cell showing 95% was read
as 0.95. Here a ``kinerja contoh`` workbook has its % indicator's cells typed as Excel stores a
typed "95%" (0.95 with a percent format); LibreOffice saves it as .xls, .ods and .xlsx, and
every format must score exactly as the original with plain percent points.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kinerja_cli import layout as L
from tests.conftest import needs_soffice, soffice_convert

UNIT = "DISDUKCAPIL"
PERCENT_KODE = "UM-01"  # satuan "%"


@pytest.fixture(scope="module")
def example(config, tmp_path_factory) -> Path:
    from kinerja_cli.examples import generate_examples

    out = tmp_path_factory.mktemp("formats") / "masuk"
    (made,) = generate_examples(config, out, units=[UNIT], convert=False)
    return made.path


def _scores(path: Path, config: Any) -> tuple[list[tuple[str | None, str | None]], dict]:
    from kinerja_cli.readers import read_workbook
    from kinerja_cli.scoring import score
    from kinerja_cli.validate import validate_workbook

    sub = validate_workbook(read_workbook(path, display_name="x"), config)
    result = score([sub], config)
    issues = [(i.cell, i.kode) for i in sub.issues]
    return issues, {e.nip: (e.nilai, e.rating_hasil_kerja, e.predikat) for e in result.employees}


def _as_percent_cells(src: Path, dst: Path) -> int:
    """Every Realisasi cell of the % indicator's SKP rows as a typed percentage: the value /
    100 with a percent format (what Excel stores for "95%"); the Target stays a plain number
    of percent points. Returns the cells changed."""
    from openpyxl import load_workbook

    wb = load_workbook(src)
    ws = wb[L.SHEET_SKP]
    header_row, cols = next(
        (
            r[0].row,
            {L.canonical_header(c.value): c.column for c in r if c.value is not None},
        )
        for r in ws.iter_rows(min_row=1, max_row=10)
        if any(L.canonical_header(c.value) == L.COL_KODE for c in r)
    )
    changed = 0
    for row in range(header_row + 1, ws.max_row + 1):
        if ws.cell(row, cols[L.COL_KODE]).value != PERCENT_KODE:
            continue
        for n, header in enumerate(L.COL_REALISASI):
            cell = ws.cell(row, cols[header])
            value = cell.value
            if isinstance(value, str):
                value = float(value.replace(",", "."))
            if value is None:
                continue
            cell.value = float(f"{value}e-2")  # 95 -> 0.95, 92.6 -> 0.926 (no binary noise)
            cell.number_format = "0%" if n % 2 else "0.0%"
            changed += 1
    wb.save(dst)
    return changed


@pytest.fixture(scope="module")
def saved(example, tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("saved")
    edited = base / "RENCANA-DISDUKCAPIL-2026.xlsx"
    assert _as_percent_cells(example, edited) > 50
    return {
        "openpyxl": edited,
        "xls": soffice_convert(edited, "xls", base / "xls"),
        "ods": soffice_convert(edited, "ods", base / "ods"),
        "xlsx": soffice_convert(edited, "xlsx", base / "xlsx"),
    }


@needs_soffice
@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods", "openpyxl"])
def test_percentage_cells_score_the_same_in_every_format(example, saved, config, kind):
    base_issues, base_scores = _scores(example, config)
    issues, scores = _scores(saved[kind], config)
    assert issues == base_issues, kind
    assert scores.keys() == base_scores.keys()
    for nip, (nilai, rating, predikat) in base_scores.items():
        got = scores[nip]
        if nilai is None:
            assert got[0] is None, (kind, nip)
        else:
            assert got[0] == pytest.approx(nilai, rel=1e-12, abs=1e-9), (kind, nip)
        assert got[1:] == (rating, predikat), (kind, nip)


@needs_soffice
def test_xls_percentage_cells_are_known(saved):
    from kinerja_cli.readers import read_workbook

    cells = {
        kind: read_workbook(saved[kind]).sheets[L.SHEET_SKP].percent_cells
        for kind in ("xlsx", "xls", "ods")
    }
    assert cells["xls"] and cells["xls"] == cells["xlsx"] == cells["ods"]


@needs_soffice
def test_xls_formats_are_read_inside_the_limited_worker(saved, config):
    """The .xls format scan is part of parse_file, so it runs in the sandbox worker under the
    keamanan limits, like calamine; its result crosses back intact."""
    from kinerja_cli.readers import read_workbook
    from kinerja_cli.safety import read_safely

    direct = read_workbook(saved["xls"]).sheets[L.SHEET_SKP]
    boxed = read_safely(saved["xls"], limits=config.keamanan).sheets[L.SHEET_SKP]
    assert boxed.percent_cells == direct.percent_cells and boxed.percent_cells
