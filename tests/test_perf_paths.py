"""The fast paths of issue 6 give exactly what the straightforward paths give.

- the clean-row SKP check (``validate.rows._SkpFast``) vs the full checks, on random rows
  mixing clean and broken cells (hypothesis);
- Submissions packed for the trip back from a worker (``validate.batch.pack/unpack``);
- ``ingest_paths`` (parallel batch) vs ``ingest_file`` one by one, duplicates included;
- whole rows rendered by ``FastWorksheet.put_row`` vs cell by cell: byte-identical sheets;
- the feedback copy opened under the reading limits (a worker that times out gives the
  problem list only, never a crash).
"""

from __future__ import annotations

import copy
import math
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kinerja_cli import layout as L
from tests.test_validate_support import fill_template, nip, read, small

UNIT = "DISDUKCAPIL"


@pytest.fixture(scope="module")
def small_config(config):
    return small(config, pegawai=12, skp=30, iku=3)


@pytest.fixture(scope="module")
def filled(small_config, tmp_path_factory):
    folder = tmp_path_factory.mktemp("perf")
    return fill_template(small_config, folder, employees=3)


@pytest.fixture(scope="module")
def raw(filled):
    return read(filled.path)


def _canon(sub: Any) -> str:
    import json

    return json.dumps(asdict(sub), sort_keys=True, default=repr)


def _validate(raw: Any, config: Any, *, fast: bool, monkeypatch: Any) -> Any:
    from kinerja_cli.validate import rows, validate_workbook

    if not fast:
        monkeypatch.setattr(rows._SkpFast, "record", lambda self, row, seen: None)
        monkeypatch.setattr(rows._PegawaiFast, "record", lambda self, row: None)
    try:
        return validate_workbook(raw, config)
    finally:
        monkeypatch.undo()


_GOOD = {
    "nip": [nip(1), nip(2), nip(3)],
    "kode": ["DUK-01", "DUK-02", "UM-01"],
    "target": ["90", "80-90", 95.0, 12, "5", "3 hari", "2 Hari Kerja", "1500 dokumen"],
    "bobot": [20.0, 50, 100.0, None],
    "real": [5.0, 80.0, 0, 99.5, None, 3],
}
_BAD = {
    "nip": [nip(99), "123", 1.97e17, None, "", " " + nip(1), True],
    "kode": ["duk-01", "NOPE", "IKU-UM-01", None, "", 1.0],
    "target": [
        "90-80",
        "0",
        0.0,
        10**6,
        "abc",
        None,
        " ",
        "100%",
        float("nan"),
        float("inf"),
        True,
        "1.234",
        # issue 18: words that are not the indicator's satuan (or alias) are errors on both paths
        "1 laporan per triwulan",
        "100 ribu",
        "10 dokumen per bulan",
        "3 minggu",
    ],
    "bobot": [0.0, 150.0, -1.0, "20", float("nan"), float("inf"), True, " ", "20 poin"],
    "real": [
        1e9,
        -5.0,
        "7",
        "x",
        float("nan"),
        float("inf"),
        -float("inf"),
        False,
        " ",
        120.0,
        1e300,
        "5 hari",
        "10 dokumen per bulan",
    ],
}
_PEGAWAI_GOOD = {
    "nama": ["Ani", "  Budi  Santoso "],
    "jabatan": ["Staf", None, "Kepala"],
    "golongan": ["III/a", "IIIb", "iv/c", None, "IX"],
    "hasil": ["Sesuai Ekspektasi", "di atas ekspektasi", None],
    "perilaku": ["Sesuai Ekspektasi", "Di Bawah Ekspektasi"],
    "catatan": [None, "baik"],
}
_PEGAWAI_BAD = {
    "nama": [None, " ", 12.0, "\u200b"],
    "jabatan": [" ", 3.0, math.nan],
    "golongan": ["Z/9", " ", "\u200b", 3.0],
    "hasil": ["Luar Biasa", " ", 1.0, True],
    "perilaku": [None, " ", "baik", math.nan],
    "catatan": [" ", 1.5],
}


def _cell(field: str) -> Any:
    """Mostly clean values (so that whole rows take the fast path), sometimes a broken one."""
    return st.one_of(*([st.sampled_from(_GOOD[field])] * 6), st.sampled_from(_BAD[field]))


@st.composite
def skp_rows(draw: Any) -> list[dict[str, Any]]:
    n = draw(st.integers(min_value=1, max_value=12))
    return [{k: draw(_cell(k)) for k in _GOOD} for _ in range(n)]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=skp_rows(), data=st.data())
@pytest.mark.slow(reason="end-to-end CLI runs, ~5 s on 2 busy cores")
def test_clean_row_fast_path_equals_the_full_checks(raw, small_config, monkeypatch, rows, data):
    grid = copy.deepcopy(raw)
    sheet = grid.sheets[L.SHEET_SKP]
    header = sheet.rows[3]
    col = {L.canonical_header(v): i for i, v in enumerate(header) if isinstance(v, str)}
    width = len(header)
    body = []
    for cells in rows:
        line: list[Any] = [None] * width
        line[col[L.COL_NIP]] = cells["nip"]
        line[col[L.COL_NAMA]] = data.draw(st.sampled_from(["Ani", " Budi  ", None, math.nan]))
        line[col[L.COL_KODE]] = cells["kode"]
        line[col[L.COL_TARGET]] = cells["target"]
        line[col[L.COL_BOBOT]] = cells["bobot"]
        for q in L.COL_REALISASI:
            line[col[q]] = data.draw(_cell("real"))
        if data.draw(st.booleans()):
            line = line[: col[L.COL_REALISASI[1]] + 1]  # a ragged row
        body.append(line)
        if data.draw(st.integers(0, 5)) == 0:
            body.append(list(line))  # a repeated NIP x indicator
    sheet.rows = sheet.rows[:4] + body
    peg = grid.sheets[L.SHEET_PEGAWAI]
    pheader = peg.rows[3]
    pcol = {L.canonical_header(v): i for i, v in enumerate(pheader) if isinstance(v, str)}
    canon = {
        "nama": L.COL_NAMA,
        "jabatan": L.COL_JABATAN,
        "golongan": L.COL_GOLONGAN,
        "hasil": L.COL_RATING_HASIL,
        "perilaku": L.COL_RATING_PERILAKU,
        "catatan": L.COL_CATATAN,
    }
    people = []
    for i in range(data.draw(st.integers(min_value=1, max_value=8))):
        line = [None] * len(pheader)
        line[pcol[L.COL_NIP]] = data.draw(_cell("nip")) if i else nip(1)
        for field, header in canon.items():
            good, bad = _PEGAWAI_GOOD[field], _PEGAWAI_BAD[field]
            line[pcol[header]] = data.draw(
                st.one_of(*([st.sampled_from(good)] * 5), st.sampled_from(bad))
            )
        people.append(line)
    peg.rows = peg.rows[:4] + people
    fast = _validate(grid, small_config, fast=True, monkeypatch=monkeypatch)
    slow = _validate(grid, small_config, fast=False, monkeypatch=monkeypatch)
    assert _canon(fast) == _canon(slow)


def test_fast_path_is_taken_for_clean_rows(raw, small_config, monkeypatch):
    from kinerja_cli.validate import rows

    calls = {"fast": 0}
    original = rows._SkpFast.record

    def counting(self: Any, row: int, seen: Any) -> Any:
        got = original(self, row, seen)
        calls["fast"] += got is not None
        return got

    monkeypatch.setattr(rows._SkpFast, "record", counting)
    from kinerja_cli.validate import validate_workbook

    sub = validate_workbook(raw, small_config)
    assert sub.skp and calls["fast"] == len(sub.skp)
    assert not sub.issues


def test_pack_and_unpack_give_equal_submissions(raw, small_config):
    import pickle

    from kinerja_cli.validate.batch import pack, unpack
    from kinerja_cli.validate.workbook import validate_workbook_cells

    sub, cells = validate_workbook_cells(raw, small_config)
    want = _canon(sub)
    back, back_cells = unpack(pickle.loads(pickle.dumps(pack(sub, cells))))
    assert _canon(back) == want
    assert back_cells == cells
    targets = {id(r.target) for r in back.skp if r.target is not None}
    values = {(r.target.low, r.target.high) for r in back.skp if r.target is not None}
    assert len(targets) == len(values)  # equal targets travel (and stay) shared


def test_batch_ingest_equals_one_by_one(filled, small_config, tmp_path):
    import os
    import shutil

    from kinerja_cli.pipeline.ingest import _age_key, ingest_file, ingest_paths
    from kinerja_cli.store import Store

    inbox = tmp_path / "masuk"
    inbox.mkdir()
    shutil.copy(filled.path, inbox / "a.xlsx")
    shutil.copy(filled.path, inbox / "b-same-bytes.xlsx")
    other = fill_template(small_config, tmp_path / "x", employees=2, name="c.xlsx")
    shutil.copy(other.path, inbox / "c.xlsx")
    (inbox / "d.csv").write_text("bukan,tabel\n1,2\n", encoding="utf-8")
    for i, name in enumerate(sorted(os.listdir(inbox))):
        os.utime(inbox / name, (1_700_000_000 + i, 1_700_000_000 + i))

    def row(r: Any) -> tuple[Any, ...]:
        return (
            Path(r.file).name,
            r.status,
            r.sha256,
            r.unit,
            r.tahun,
            r.version,
            r.superseded_version,
            r.error_count,
            r.warning_count,
            [(i.kode, i.cell) for i in r.issues],
        )

    with Store.open(tmp_path / "batch.db") as store:
        batch = [row(r) for r in ingest_paths(store, [inbox], small_config)]
        again = [row(r) for r in ingest_paths(store, [inbox], small_config)]
    with Store.open(tmp_path / "single.db") as store:
        files = sorted(inbox.iterdir(), key=_age_key)
        single = [row(ingest_file(store, f, small_config)) for f in files]
    assert batch == single
    assert [r[1].value for r in batch][:2] == ["new", "duplicate"]
    assert all(r[1].value == "duplicate" for r in again)


def _sheets(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/")}


def test_whole_row_rendering_is_byte_identical(tmp_path, monkeypatch):
    from kinerja_cli.writers.fastsheet import FastWorksheet
    from kinerja_cli.writers.xlsx import Book, Col

    cols = [
        Col("Teks"),
        Col("Angka", "num"),
        Col("Bulat", "int"),
        Col("Alasan", wrap=True, max_width=20),
    ]
    rows = [
        ["biasa", 1.5, 3, "pendek"],
        ["=1+1", 2.25, 7, None],
        [" spasi", float("nan"), 1, "a" * 80],
        ["a & b <c>", -0.0, 10**12, "baris\nbaru"],
        [None, None, None, None],
        ["ok_garis_bawah", 1e-9, True, "x"],
        ["teks", 1.0, 2, ""],
        ["\u00e9\u4e2d\U0001f600", 12345678.123456789, -4, "ok"],
    ]

    def write(path: Path) -> None:
        book = Book(path)
        ws = book.sheet("Data")
        book.table(ws, 2, cols, rows)
        book.close()

    nan_ok = {"nan_inf_to_errors": True}
    import xlsxwriter

    real_init = xlsxwriter.Workbook.__init__

    def init(self: Any, filename: Any, options: Any = None) -> None:
        real_init(self, filename, {**(options or {}), **nan_ok})

    monkeypatch.setattr(xlsxwriter.Workbook, "__init__", init)
    write(tmp_path / "fast.xlsx")
    monkeypatch.delattr(FastWorksheet, "put_row")
    write(tmp_path / "stock.xlsx")
    assert _sheets(tmp_path / "fast.xlsx") == _sheets(tmp_path / "stock.xlsx")


def test_feedback_whose_worker_fails_lists_the_problems_only(filled, small_config, tmp_path):
    from openpyxl import load_workbook

    from kinerja_cli.validate import validate_file, write_feedback
    from kinerja_cli.validate.copies import MARKER_SHEET
    from kinerja_cli.validate.feedback import FEEDBACK_SHEET

    sub = validate_file(filled.path, small_config)
    ok = write_feedback(sub, filled.path, tmp_path / "ok")
    assert L.SHEET_SKP in load_workbook(ok).sheetnames
    tiny = small_config.keamanan.model_copy(update={"waktu_baca_maks_detik": 1e-6})
    out = write_feedback(sub, filled.path, tmp_path / "out", limits=tiny)
    assert load_workbook(out).sheetnames == [FEEDBACK_SHEET, MARKER_SHEET]  # + our marker
