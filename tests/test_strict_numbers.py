"""Issue 18 item 3: text after a number never changes a score in silence.

Each case edits one cell of a ``kinerja contoh`` workbook with openpyxl, as a dinas types it,
and checks that the number is either read exactly as meant (the indicator's satuan or one of
its aliases after it) or refused at that cell with the value read and what to type instead, and
that the row is then not scored (the employee's nilai is not computed from a guess).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from kinerja_cli import layout as L

UNIT = "DISDUKCAPIL"


@pytest.fixture(scope="module")
def example(config, tmp_path_factory) -> Path:
    from kinerja_cli.examples import generate_examples

    out = tmp_path_factory.mktemp("strict") / "masuk"
    (made,) = generate_examples(config, out, units=[UNIT], convert=False)
    return made.path


def _score(path: Path, config: Any) -> tuple[Any, Any]:
    """(submission, scoring result) of one file, read and checked in this process."""
    from kinerja_cli.readers import read_workbook
    from kinerja_cli.scoring import score
    from kinerja_cli.validate import validate_workbook

    sub = validate_workbook(read_workbook(path, display_name=path.name), config)
    return sub, score([sub], config)


@pytest.fixture(scope="module")
def baseline(example, config):
    return _score(example, config)


def _pick(baseline: Any, kode: str) -> Any:
    """A scored SKP row of indicator ``kode`` whose employee is complete."""
    _sub, result = baseline
    for emp in result.employees:
        if emp.lengkap and not emp.is_kepala:
            for row in emp.rows:
                if row.kode == kode:
                    return emp, row
    raise AssertionError(f"no scored row for {kode}")


def _edit(src: Path, dst: Path, row: int, header: str, value: Any) -> str:
    """Copy ``src`` to ``dst`` with the SKP cell of column ``header`` in ``row`` set to
    ``value`` (typed as text, as in a text-formatted cell); return its address."""
    from openpyxl import load_workbook

    shutil.copy(src, dst)
    wb = load_workbook(dst)
    ws = wb[L.SHEET_SKP]
    col = next(
        c.column
        for r in ws.iter_rows(min_row=1, max_row=10)
        for c in r
        if L.canonical_header(c.value) == header
    )
    cell = ws.cell(row, col)
    cell.value = value
    cell.number_format = "@"
    wb.save(dst)
    return str(cell.coordinate)


# (indicator, column, text typed, kode expected, message parameters expected)
REFUSED = [
    # the issue's first case: read as 1, the score went 98.64 -> 128.64 (Sesuai -> Di Atas)
    ("UM-02", L.COL_TARGET, "1 laporan per triwulan", "angka_satuan_salah", {"angka": 1}),
    ("DUK-02", L.COL_TARGET, "10 dokumen per bulan", "angka_satuan_salah", {"angka": 10}),
    ("DUK-02", L.COL_TARGET, "100 ribu", "angka_pengali", {"saran": 100000}),
    ("DUK-02", L.COL_REALISASI[1], "1.5 juta", "angka_pengali", {"saran": 1500000}),
    ("DUK-01", L.COL_TARGET, "3 minggu", "angka_satuan_salah", {"angka": 3}),
]


@pytest.mark.parametrize(("kode", "header", "text", "issue_kode", "params"), REFUSED)
@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_words_after_a_number_are_an_error_at_the_cell_and_the_row_is_not_scored(
    example, baseline, config, tmp_path, kode, header, text, issue_kode, params
):
    emp, row = _pick(baseline, kode)
    assert emp.nilai is not None and emp.predikat is not None
    edited = tmp_path / example.name
    cell = _edit(example, edited, row.row, header, text)
    sub, result = _score(edited, config)
    new = [i for i in sub.issues if i not in baseline[0].issues]
    assert [(i.sheet, i.cell, i.kode, i.tingkat) for i in new] == [
        (L.SHEET_SKP, cell, issue_kode, "error")
    ]
    issue = new[0]
    assert issue.nilai == text
    got = dict(issue.params)
    for key, value in params.items():
        assert got[key] == value
    assert text in issue.pesan("id") and text in issue.pesan("en")
    assert got["satuan"] == ", ".join(config.indicators_by_code[kode].unit_words)
    # the row is not scored, so neither is the employee: no score from a guessed number
    after = next(e for e in result.employees if e.nip == emp.nip)
    scored = next(r for r in after.rows if r.row == row.row)
    assert scored.capaian is None
    assert after.nilai is None and after.predikat is None and not after.lengkap
    # nobody else moves
    others = {e.nip: e.nilai for e in baseline[1].employees if e.nip != emp.nip}
    assert {e.nip: e.nilai for e in result.employees if e.nip != emp.nip} == others


ACCEPTED = [
    # the satuan itself, in any case and spacing, or an alias of the bundled config
    ("DUK-02", L.COL_TARGET, "{t} Dokumen"),
    ("DUK-02", L.COL_TARGET, "{t}\u00a0DOKUMEN"),
    ("DUK-01", L.COL_TARGET, "{t} hari kerja"),
    ("DUK-01", L.COL_TARGET, "{t} Hari"),
    ("UM-02", L.COL_TARGET, "{t} laporan"),
]


@pytest.mark.parametrize(("kode", "header", "pattern"), ACCEPTED)
@pytest.mark.slow(reason="end-to-end CLI runs, ~3 s on 2 busy cores")
def test_a_number_with_its_satuan_or_alias_scores_as_the_bare_number(
    example, baseline, config, tmp_path, kode, header, pattern
):
    emp, row = _pick(baseline, kode)
    target = f"{row.target:g}".replace(".", ",")
    edited = tmp_path / example.name
    _edit(example, edited, row.row, header, pattern.format(t=target))
    sub, result = _score(edited, config)
    assert sub.issues == baseline[0].issues
    after = next(e for e in result.employees if e.nip == emp.nip)
    assert after.nilai == emp.nilai and after.predikat == emp.predikat


def test_without_the_alias_the_same_text_is_refused(example, baseline, config, tmp_path):
    """The alias is what makes "3 hari kerja" a number of hari: remove it and it is an error."""
    from kinerja_cli.config import bundled_config_text, parse_config_text

    text = bundled_config_text()
    alias = '  - kode: "DUK-01"\n    nama: Rata-rata waktu penyelesaian KTP-el\n    satuan: hari\n'
    assert alias + "    satuan_alias: [hari kerja]\n" in text
    bare = parse_config_text(text.replace(alias + "    satuan_alias: [hari kerja]\n", alias))
    assert bare.indicators_by_code["DUK-01"].unit_words == ("hari",)
    _emp, row = _pick(baseline, "DUK-01")
    edited = tmp_path / example.name
    cell = _edit(example, edited, row.row, L.COL_TARGET, f"{row.target:g} hari kerja")
    sub, _result = _score(edited, bare)
    assert [(i.cell, i.kode) for i in sub.issues if i not in baseline[0].issues] == [
        (cell, "angka_satuan_salah")
    ]
