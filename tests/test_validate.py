"""Validation of one workbook: each kind of defect planted in a REAL generated template (filled
with openpyxl as a dinas does), asserting the exact sheet, cell and kode reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from kinerja_cli import layout as L
from kinerja_cli.model import Submission
from kinerja_cli.validate import validate_file
from tests.conftest import needs_soffice, soffice_convert
from tests.test_validate_support import (
    UNIT,
    Filled,
    columns,
    fill_template,
    identitas_row,
    nip,
    small,
)

# Column letters of the generated template (checked by test_template_columns_are_as_assumed).
PEG = {
    L.COL_NIP: "A",
    L.COL_NAMA: "B",
    L.COL_GOLONGAN: "D",
    L.COL_RATING_HASIL: "E",
    L.COL_RATING_PERILAKU: "F",
}
SKP = {
    L.COL_NIP: "A",
    L.COL_KODE: "C",
    L.COL_TARGET: "F",
    L.COL_BOBOT: "G",
    L.COL_REALISASI[0]: "H",
    L.COL_REALISASI[1]: "I",
}
IKU = {L.COL_KODE: "A", L.COL_TARGET: "D", L.COL_REALISASI[0]: "E"}


@pytest.fixture(scope="session")
def small_config(config):
    """The bundled config with few empty template rows (fast to fill and save)."""
    return small(config, pegawai=12, skp=30, iku=3)


@pytest.fixture(scope="session")
def base(small_config, tmp_path_factory) -> Filled:
    folder = tmp_path_factory.mktemp("base")
    return fill_template(small_config, folder, employees=3)


_BOX: dict[str, Any] = {}


@pytest.fixture(scope="module", autouse=True)
def _sandbox(small_config):
    """One reading worker for the module (a worker per file costs most of a second)."""
    from kinerja_cli.safety import Sandbox

    with Sandbox(small_config.keamanan, workers=1) as box:
        _BOX["box"] = box
        yield
        _BOX.clear()


Edit = Callable[[Any, Filled], None]


def planted(base: Filled, tmp_path: Path, edit: Edit, name: str | None = None) -> Path:
    """A copy of the filled template with ``edit(wb, filled)`` applied."""
    from openpyxl import load_workbook

    wb = load_workbook(base.path)
    edit(wb, base)
    path = tmp_path / (name or base.path.name)
    wb.save(path)
    return path


def check(path: Path, config: Any) -> Submission:
    return validate_file(path, config, display_name=path.name, sandbox=_BOX.get("box"))


def found(sub: Submission, kode: str) -> list[tuple[str | None, str | None]]:
    return [(i.sheet, i.cell) for i in sub.issues if i.kode == kode]


def only(sub: Submission, kode: str) -> Any:
    hits = [i for i in sub.issues if i.kode == kode]
    assert len(hits) == 1, [(i.sheet, i.cell, i.kode) for i in sub.issues]
    return hits[0]


def row_of(base: Filled, kode: str, employee: int = 0) -> int:
    """SKP row of indicator ``kode`` for the n-th employee."""
    nips = list(base.pegawai_rows)
    return next(r for n, k, r in base.skp_rows if n == nips[employee] and k == kode)


def cell(ws: Any, ref: str, value: Any) -> None:
    ws[ref].value = value


# ---- the clean file --------------------------------------------------------------------------


def test_template_columns_are_as_assumed(base):
    from openpyxl import load_workbook

    wb = load_workbook(base.path)
    for sheet, expected in ((L.SHEET_PEGAWAI, PEG), (L.SHEET_SKP, SKP), (L.SHEET_IKU, IKU)):
        cols = columns(wb[sheet])
        for header, letter in expected.items():
            assert L.col_letter(cols[header]) == letter, (sheet, header)
    assert identitas_row(wb[L.SHEET_IDENTITAS], L.ID_TAHUN) == 7


def test_clean_filled_template_has_no_issue(base, small_config):
    sub = check(base.path, small_config)
    assert sub.issues == []
    assert sub.structural_ok
    assert sub.kode_unit == UNIT and sub.tahun == small_config.tahun
    assert sub.format == "xlsx" and len(sub.sha256) == 64 and sub.size > 0
    assert sub.mtime is not None
    assert sub.meta is not None and sub.meta.fingerprint == small_config.fingerprint()
    assert sub.identitas is not None and sub.identitas.tanggal == dt.date(2026, 11, 20)
    assert sub.identitas.nip_kepala == base.nip_kepala
    assert len(sub.pegawai) == 3 and len(sub.skp) == 12 and len(sub.iku) == 4
    assert all(r.valid for r in (*sub.pegawai, *sub.skp, *sub.iku))
    first = sub.skp[0]
    assert first.sheet == L.SHEET_SKP and first.row == 5 and first.nip == nip(1, 2)
    assert first.bobot == 25.0 and first.target is not None
    assert sub.pegawai[0].rating_perilaku == "Sesuai Ekspektasi"
    assert sub.pegawai[0].golongan == "III/a"


def test_bundled_full_size_template_filled_is_clean(config, tmp_path):
    """The real template size (200/1200 rows of shaded, validated input cells) reads clean."""
    filled = fill_template(config, tmp_path, unit="DINKES", employees=5)
    sub = check(filled.path, config)
    assert sub.issues == []
    assert len(sub.skp) == 5 * len(config.indicators_for("DINKES", "pegawai"))


# ---- one defect each: (edit, sheet, cell, kode, tingkat) -------------------------------------


def _peg(ref: str, value: Any) -> Edit:
    return lambda wb, f: cell(wb[L.SHEET_PEGAWAI], ref, value)


def _skp(ref: str, value: Any) -> Edit:
    return lambda wb, f: cell(wb[L.SHEET_SKP], ref, value)


def _iku(ref: str, value: Any) -> Edit:
    return lambda wb, f: cell(wb[L.SHEET_IKU], ref, value)


def _ident(label: str, value: Any) -> Edit:
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_IDENTITAS]
        ws.cell(row=identitas_row(ws, label), column=2).value = value

    return edit


CASES: list[tuple[str, Edit, str, str, str, str]] = [
    (
        "nip number",
        _peg("A6", 1.98609262015051e17),
        L.SHEET_PEGAWAI,
        "A6",
        "nip_berupa_angka",
        "error",
    ),
    (
        "nip printed as number",
        _peg("A6", "1.98609262015051E+17"),
        L.SHEET_PEGAWAI,
        "A6",
        "nip_berupa_angka",
        "error",
    ),
    (
        "nip 17 digits",
        _peg("A6", "19860926201505100"),
        L.SHEET_PEGAWAI,
        "A6",
        "nip_panjang_salah",
        "error",
    ),
    (
        "nip bad birth date",
        _peg("A6", "19861326201505 1 001"),
        L.SHEET_PEGAWAI,
        "A6",
        "nip_tanggal_lahir_salah",
        "error",
    ),
    ("nip letters", _peg("A6", "NIPxx"), L.SHEET_PEGAWAI, "A6", "nip_karakter_salah", "error"),
    ("rating word", _peg("F5", "Baik Sekali"), L.SHEET_PEGAWAI, "F5", "rating_tidak_sah", "error"),
    (
        "rating hasil word",
        _peg("E7", "Luar Biasa"),
        L.SHEET_PEGAWAI,
        "E7",
        "rating_tidak_sah",
        "error",
    ),
    ("golongan", _peg("D5", "V/z"), L.SHEET_PEGAWAI, "D5", "golongan_tidak_dikenal", "warning"),
    (
        "rating perilaku blank",
        _peg("F6", None),
        L.SHEET_PEGAWAI,
        "F6",
        "rating_perilaku_kosong",
        "warning",
    ),
    ("nama blank", _peg("B6", None), L.SHEET_PEGAWAI, "B6", "nama_kosong", "warning"),
    ("unknown code", _skp("C6", "XXX-99"), L.SHEET_SKP, "C6", "indikator_tidak_dikenal", "error"),
    (
        "code of another unit",
        _skp("C6", "KES-03"),
        L.SHEET_SKP,
        "C6",
        "indikator_bukan_unit",
        "error",
    ),
    (
        "unit code on SKP",
        _skp("C6", "IKU-UM-01"),
        L.SHEET_SKP,
        "C6",
        "indikator_bukan_skp",
        "error",
    ),
    ("code blank", _skp("C6", None), L.SHEET_SKP, "C6", "kode_indikator_kosong", "error"),
    ("target blank", _skp("F5", None), L.SHEET_SKP, "F5", "target_kosong", "error"),
    ("target zero", _skp("F5", "0"), L.SHEET_SKP, "F5", "target_nol", "error"),
    ("target reversed", _skp("F5", "90-80"), L.SHEET_SKP, "F5", "target_terbalik", "error"),
    ("target text", _skp("F5", "tinggi"), L.SHEET_SKP, "F5", "angka_bukan_angka", "error"),
    ("realisasi word", _skp("H5", "banyak"), L.SHEET_SKP, "H5", "angka_bukan_angka", "error"),
    ("realisasi ambiguous", _skp("H6", "1.234"), L.SHEET_SKP, "H6", "angka_ambigu", "error"),
    ("realisasi two numbers", _skp("I6", "10 dan 12"), L.SHEET_SKP, "I6", "angka_ganda", "error"),
    (
        "realisasi a date",
        _skp("H6", dt.datetime(2026, 7, 8)),
        L.SHEET_SKP,
        "H6",
        "angka_berupa_tanggal",
        "error",
    ),
    ("percent on a count", _skp("H6", "20%"), L.SHEET_SKP, "H6", "persen_satuan_lain", "error"),
    (
        "realisasi above batas",
        _skp("H5", "150"),
        L.SHEET_SKP,
        "H5",
        "realisasi_di_luar_batas",
        "error",
    ),
    ("realisasi negative", _skp("I5", -3), L.SHEET_SKP, "I5", "realisasi_di_luar_batas", "error"),
    ("bobot zero", _skp("G5", 0), L.SHEET_SKP, "G5", "bobot_tidak_sah", "error"),
    # issue 25: "10%" typed into a percent cell is 0.1; a tiny weight counted for nothing
    ("bobot as a fraction", _skp("G5", 0.1), L.SHEET_SKP, "G5", "bobot_tidak_sah", "error"),
    ("bobot tiny", _skp("G6", 1e-25), L.SHEET_SKP, "G6", "angka_terlalu_kecil", "error"),
    ("bobot hundredth", _skp("G6", 0.01), L.SHEET_SKP, "G6", "bobot_tidak_sah", "error"),
    # issue 25: a realisasi below 1% of its target ("1" typed "0,001") is warned at the cell
    ("realisasi tiny", _skp("I6", 0.001), L.SHEET_SKP, "I6", "realisasi_tidak_wajar", "warning"),
    ("weights sum", _skp("G9", 50), L.SHEET_SKP, "G9", "bobot_jumlah", "warning"),
    (
        "formula without value",
        _skp("H5", "=1+1"),
        L.SHEET_SKP,
        "H5",
        "sel_rumus_tanpa_nilai",
        "error",
    ),
    ("error cell", _skp("H5", "#DIV/0!"), L.SHEET_SKP, "H5", "sel_galat", "error"),
    ("pegawai code on IKU", _iku("A5", "UM-01"), L.SHEET_IKU, "A5", "indikator_bukan_iku", "error"),
    ("IKU target zero", _iku("D6", 0), L.SHEET_IKU, "D6", "target_nol", "error"),
    ("IKU realisasi text", _iku("E5", "n/a"), L.SHEET_IKU, "E5", "angka_bukan_angka", "error"),
    ("IKU duplicate", _iku("A6", "IKU-UM-01"), L.SHEET_IKU, "A6", "iku_indikator_ganda", "error"),
    ("tahun other year", _ident(L.ID_TAHUN, 2025), L.SHEET_IDENTITAS, "B7", "tahun_beda", "error"),
    (
        "tahun not a year",
        _ident(L.ID_TAHUN, "dua ribu"),
        L.SHEET_IDENTITAS,
        "B7",
        "tahun_tidak_sah",
        "error",
    ),
    (
        "unit unknown",
        _ident(L.ID_KODE_UNIT, "DINAS-X"),
        L.SHEET_IDENTITAS,
        "B5",
        "unit_tidak_dikenal",
        "error",
    ),
    (
        "template of another unit",
        _ident(L.ID_KODE_UNIT, "DINKES"),
        L.SHEET_IDENTITAS,
        "B5",
        "templat_unit_lain",
        "error",
    ),
    (
        "nip kepala",
        _ident(L.ID_NIP_KEPALA, 1.97102021996021e17),
        L.SHEET_IDENTITAS,
        "B9",
        "nip_berupa_angka",
        "error",
    ),
    (
        "predikat word",
        _ident(L.ID_PREDIKAT, "Hebat"),
        L.SHEET_IDENTITAS,
        "B10",
        "predikat_organisasi_tidak_sah",
        "error",
    ),
    (
        "tanggal text",
        _ident(L.ID_TANGGAL, "kemarin sore"),
        L.SHEET_IDENTITAS,
        "B11",
        "tanggal_tidak_sah",
        "warning",
    ),
    (
        "instansi",
        _ident(L.ID_INSTANSI, "Pemerintah Kota Lain"),
        L.SHEET_IDENTITAS,
        "B4",
        "identitas_instansi_beda",
        "warning",
    ),
]


@pytest.mark.parametrize(
    ("edit", "sheet", "ref", "kode", "tingkat"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_planted_defect_is_reported_at_its_cell(
    base, small_config, tmp_path, edit, sheet, ref, kode, tingkat
):
    sub = check(planted(base, tmp_path, edit), small_config)
    issue = next((i for i in sub.issues if i.kode == kode), None)
    assert issue is not None, [(i.sheet, i.cell, i.kode) for i in sub.issues]
    assert (issue.sheet, issue.cell, issue.tingkat) == (sheet, ref, tingkat)
    assert issue.file == base.path.name
    assert issue.pesan("id") and issue.pesan("en") and "{" not in issue.pesan("id")
    if sheet in (L.SHEET_SKP, L.SHEET_PEGAWAI, L.SHEET_IKU):
        assert issue.row == int(ref[1:])
        assert issue.column  # the header text
        records = {L.SHEET_SKP: sub.skp, L.SHEET_PEGAWAI: sub.pegawai, L.SHEET_IKU: sub.iku}
        rec = next(r for r in records[sheet] if r.row == issue.row)
        assert rec.valid is (tingkat == "warning"), "errors make the row unscorable"
    # Nothing else is wrong with the file except what the defect implies.
    other = {i.kode for i in sub.issues} - {kode}
    assert other <= IMPLIED.get(kode, set()), other


IMPLIED = {
    # the employee's NIP is unreadable in Pegawai, so their SKP and Kompetensi rows point at
    # a missing NIP
    "nip_berupa_angka": {"skp_nip_bukan_pegawai", "kompetensi_nip_bukan_pegawai"},
    "nip_panjang_salah": {"skp_nip_bukan_pegawai", "kompetensi_nip_bukan_pegawai"},
    "nip_tanggal_lahir_salah": {"skp_nip_bukan_pegawai", "kompetensi_nip_bukan_pegawai"},
    "nip_karakter_salah": {"skp_nip_bukan_pegawai", "kompetensi_nip_bukan_pegawai"},
    # an unusable code leaves the employee's weights short of 100
    "indikator_tidak_dikenal": {"bobot_jumlah"},
    "kode_indikator_kosong": {"bobot_jumlah"},
    "bobot_tidak_sah": {"bobot_jumlah"},
    "indikator_bukan_iku": {"iku_indikator_belum_ada"},
    "iku_indikator_ganda": {"iku_indikator_belum_ada"},
    # the template of another unit: its Kompetensi sheet has that unit's competency columns
    "templat_unit_lain": {
        "indikator_bukan_unit",
        "iku_indikator_belum_ada",
        "kompetensi_kolom_tidak_ada",
    },
}


def test_error_kinds_of_whole_file_are_structural(base, small_config, tmp_path):
    for edit in (_ident(L.ID_TAHUN, 2025), _ident(L.ID_KODE_UNIT, "DINAS-X")):
        sub = check(planted(base, tmp_path, edit), small_config)
        assert not sub.structural_ok
        assert all(i.row is None for i in sub.issues if i.sheet == L.SHEET_IDENTITAS)


# ---- values read the way people type them ---------------------------------------------------


def test_typed_values_are_normalised(base, small_config, tmp_path):
    from openpyxl.styles.numbers import FORMAT_PERCENTAGE

    r_pct = row_of(base, "UM-01")  # satuan %
    r_cnt = row_of(base, "DUK-02")  # satuan dokumen

    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_SKP]
        ws[f"H{r_pct}"] = "85,5"
        ws[f"I{r_pct}"] = "90 %"
        ws[f"J{r_pct}"] = 0.925
        ws[f"J{r_pct}"].number_format = FORMAT_PERCENTAGE
        ws[f"K{r_pct}"] = "\u00a088\u00a0"
        ws[f"F{r_cnt}"] = "1.500"  # one separator, three digits: ambiguous
        ws[f"H{r_cnt}"] = "2005 Dokumen"
        ws[f"I{r_cnt}"] = "1.234,5"
        ws[f"F{r_pct}"] = "80-90"

    sub = check(planted(base, tmp_path, edit), small_config)
    rec = next(r for r in sub.skp if r.row == r_pct)
    assert rec.realisasi == (85.5, 90.0, 92.5, 88.0)
    assert rec.target is not None and (rec.target.low, rec.target.high) == (80.0, 90.0)
    cnt = next(r for r in sub.skp if r.row == r_cnt)
    assert cnt.realisasi[:2] == (2005.0, 1234.5)
    assert found(sub, "angka_ambigu") == [(L.SHEET_SKP, f"F{r_cnt}")]
    assert {i.kode for i in sub.issues} == {"angka_ambigu"}


def test_rating_variants_are_accepted(base, small_config, tmp_path):
    sub = check(planted(base, tmp_path, _peg("F5", "  di atas ")), small_config)
    assert sub.issues == []
    assert sub.pegawai[0].rating_perilaku == "Di Atas Ekspektasi"


def test_golongan_spellings_are_accepted(base, small_config, tmp_path):
    sub = check(planted(base, tmp_path, _peg("D5", "IIIb")), small_config)
    assert sub.issues == []
    assert sub.pegawai[0].golongan == "III/b"


# ---- employees and their rows ----------------------------------------------------------------


def test_same_nip_twice_in_pegawai(base, small_config, tmp_path):
    first = next(iter(base.pegawai_rows))
    sub = check(planted(base, tmp_path, _peg("A7", first)), small_config)
    # one issue per NIP, at its first row, naming every row (issue 26: grouped, linear)
    assert sorted(found(sub, "nip_ganda")) == [(L.SHEET_PEGAWAI, "A5")]
    assert not sub.pegawai[0].valid and not sub.pegawai[2].valid and sub.pegawai[1].valid
    assert "2 kali di lembar ini (baris 5, 7)" in only_at(sub, "nip_ganda", "A5").pesan()


def only_at(sub: Submission, kode: str, ref: str) -> Any:
    return next(i for i in sub.issues if i.kode == kode and i.cell == ref)


def test_skp_row_whose_nip_is_not_in_pegawai(base, small_config, tmp_path):
    stranger = nip(77)

    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_SKP]
        for col, value in (("A", stranger), ("C", "UM-01"), ("F", 90), ("G", 100), ("H", 80)):
            ws[f"{col}17"] = value

    sub = check(planted(base, tmp_path, edit), small_config)
    assert found(sub, "skp_nip_bukan_pegawai") == [(L.SHEET_SKP, "A17")]
    assert {i.kode for i in sub.issues} == {"skp_nip_bukan_pegawai"}
    assert not next(r for r in sub.skp if r.row == 17).valid


def test_employee_without_skp_rows(base, small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_PEGAWAI]
        for col, value in (("A", nip(88)), ("B", "Tanpa SKP"), ("F", "Sesuai Ekspektasi")):
            ws[f"{col}8"] = value

    sub = check(planted(base, tmp_path, edit), small_config)
    assert found(sub, "pegawai_tanpa_skp") == [(L.SHEET_PEGAWAI, "A8")]
    assert only(sub, "pegawai_tanpa_skp").tingkat == "error"


def test_unit_head_without_skp_rows_is_an_error(base, small_config, tmp_path):
    """Issue 18: the scorer gives nobody without SKP rows a predikat (the head and an employee
    with a Rating Hasil Kerja included), so the validator must not call it a warning."""

    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_SKP]
        for n, _kode, row in f.skp_rows:
            if n == f.nip_kepala:
                for col in "ABCDEFGHIJK":
                    ws[f"{col}{row}"] = None
        wb[L.SHEET_PEGAWAI]["E5"] = "Di Atas Ekspektasi"  # a rating given does not help

    sub = check(planted(base, tmp_path, edit), small_config)
    assert base.pegawai_rows[base.nip_kepala] == 5
    assert found(sub, "pegawai_tanpa_skp") == [(L.SHEET_PEGAWAI, "A5")]
    assert only(sub, "pegawai_tanpa_skp").tingkat == "error"
    assert not sub.pegawai[0].valid


def test_blank_rows_in_the_middle_warned_once_per_run(base, small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_PEGAWAI]
        for col in "ABCDEFG":
            ws[f"{col}10"] = ws[f"{col}7"].value
            ws[f"{col}7"] = None
        skp = wb[L.SHEET_SKP]
        skp.move_range("A13:K16", rows=3)  # SKP rows 13-15 blank
        skp.move_range("A19:K19", rows=2)  # and row 19-20

    sub = check(planted(base, tmp_path, edit), small_config)
    assert sorted(found(sub, "baris_kosong")) == [
        (L.SHEET_PEGAWAI, "A7"),
        (L.SHEET_SKP, "A13"),
        (L.SHEET_SKP, "A19"),
    ]
    assert all(i.tingkat == "warning" for i in sub.issues)
    assert len(sub.pegawai) == 3 and len(sub.skp) == 12


def test_skp_same_indicator_twice_for_one_employee(base, small_config, tmp_path):
    sub = check(planted(base, tmp_path, _skp("C6", "UM-01")), small_config)
    assert found(sub, "skp_indikator_ganda") == [(L.SHEET_SKP, "C6")]


# ---- structure ---------------------------------------------------------------------------------


def test_missing_sheet_is_structural(base, small_config, tmp_path):
    sub = check(planted(base, tmp_path, lambda wb, f: wb.remove(wb[L.SHEET_PEGAWAI])), small_config)
    issue = only(sub, "lembar_tidak_ada")
    assert issue.sheet is None and issue.cell is None and issue.row is None
    assert "Pegawai" in issue.pesan() and "SKP" in issue.pesan()  # what is missing, what exists
    assert not sub.structural_ok
    assert len(sub.skp) == 12  # the rest is still read


def test_missing_column_is_structural_and_names_what_was_found(base, small_config, tmp_path):
    sub = check(planted(base, tmp_path, _skp("F4", "Sasaran")), small_config)
    issue = only(sub, "kolom_tidak_ada")
    assert issue.sheet == L.SHEET_SKP and issue.row is None
    assert "Target" in issue.pesan() and "Sasaran" in issue.pesan()
    assert not sub.structural_ok
    assert sub.skp == []


def test_moved_columns_still_read_and_cells_follow(base, small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_SKP]
        ws.insert_cols(1)
        ws["A4"] = "No"
        for r in range(5, 17):
            ws[f"A{r}"] = r - 4
        ws["D6"] = "XXX-99"  # Kode Indikator moved from C to D
        peg = wb[L.SHEET_PEGAWAI]
        peg.move_range("F4:F7", cols=3)  # Rating Perilaku to column I

    sub = check(planted(base, tmp_path, edit), small_config)
    assert [(i.sheet, i.cell, i.kode) for i in sub.issues] == [
        (L.SHEET_SKP, "D6", "indikator_tidak_dikenal")
    ]
    assert sub.pegawai[0].rating_perilaku == "Sesuai Ekspektasi"


def test_renamed_headers_still_read(base, small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_SKP]
        ws["A4"] = "NIP / NI PPPK"
        ws["F4"] = "TARGET\nTAHUNAN"
        ws["H4"] = "Realisasi Triwulan I"
        ws["I4"] = "TW 2"
        ws["C4"] = "  kode  indikator "
        peg = wb[L.SHEET_PEGAWAI]
        peg["D4"] = "Pangkat/Gol"
        peg["F4"] = "Perilaku Kerja"

    sub = check(planted(base, tmp_path, edit), small_config)
    assert sub.issues == []
    assert sub.skp[0].realisasi[0] is not None


def test_two_row_header_with_merged_group_and_numbering_row(small_config):
    """A dinas rebuilt its sheet: "Realisasi" merged over TW1..TW4, then a row (1) (2) ..."""
    from kinerja_cli.readers.base import RawSheet
    from kinerja_cli.validate.tables import find_table

    rows = [
        ["Lembar SKP"],
        ["NIP", "Kode Indikator", "Target", "Realisasi", None, None, None],
        [None, None, None, "TW1", "TW2", "TW3", "TW4"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        [nip(1), "UM-01", 90, 80, None, None, None],
    ]
    table = find_table(RawSheet("SKP", rows), L.SKP_COLUMNS, L.SKP_REQUIRED).table
    assert table is not None
    assert table.header_row == 3 and table.data_start == 5
    assert table.cols[L.COL_REALISASI[3]] == 7 and table.cols[L.COL_TARGET] == 3


def test_duplicate_header_warns_and_reads_the_first(base, small_config, tmp_path):
    sub = check(planted(base, tmp_path, _skp("M4", "Target")), small_config)
    issue = only(sub, "kolom_ganda")
    assert (issue.sheet, issue.cell, issue.tingkat) == (L.SHEET_SKP, "M4", "warning")
    assert "F4" in issue.pesan()


def test_metadata_sheet_missing_is_a_warning_and_still_read(base, small_config, tmp_path):
    sub = check(planted(base, tmp_path, lambda wb, f: wb.remove(wb[L.SHEET_META])), small_config)
    assert [i.kode for i in sub.issues] == ["meta_tidak_ada"]
    assert sub.meta is None and sub.structural_ok and len(sub.skp) == 12


def test_template_from_an_older_config_is_a_warning(base, small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_META]
        for row in ws.iter_rows():
            if row[0].value == L.META_FINGERPRINT:
                row[1].value = "0123456789abcdef"

    sub = check(planted(base, tmp_path, edit), small_config)
    issue = only(sub, "templat_konfigurasi_lain")
    assert issue.tingkat == "warning" and "0123456789abcdef" in issue.pesan()
    assert sub.error_count == 0


def test_template_of_last_year_filled_with_this_year(base, small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_META]
        for row in ws.iter_rows():
            if row[0].value == L.META_TAHUN:
                row[1].value = 2025

    sub = check(planted(base, tmp_path, edit), small_config)
    assert [i.kode for i in sub.issues] == ["templat_tahun_lain_diisi"]


def test_identitas_row_missing_falls_back_to_metadata(base, small_config, tmp_path):
    def edit(wb: Any, f: Filled) -> None:
        ws = wb[L.SHEET_IDENTITAS]
        ws.cell(row=identitas_row(ws, L.ID_KODE_UNIT), column=1).value = None

    sub = check(planted(base, tmp_path, edit), small_config)
    assert [i.kode for i in sub.issues] == ["identitas_label_tidak_ada"]
    assert sub.issues[0].tingkat == "warning" and sub.kode_unit == UNIT


def test_file_that_is_not_a_spreadsheet_never_raises(small_config, tmp_path):
    bad = tmp_path / "RENCANA-DINKES-2026.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    sub = validate_file(bad, small_config)
    assert len(sub.issues) == 1
    issue = sub.issues[0]
    assert issue.is_error and issue.row is None and issue.sheet is None
    assert issue.file == str(bad) and str(bad) in issue.pesan()
    assert sub.size == bad.stat().st_size and len(sub.sha256) == 64
    assert not sub.structural_ok


def test_empty_file(small_config, tmp_path):
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    sub = validate_file(empty, small_config, display_name="kosong.xlsx")
    assert [i.kode for i in sub.issues] == ["berkas_kosong"]


# ---- other formats -------------------------------------------------------------------------------


def _skp_csv(base: Filled, path: Path, extra: str = "") -> Path:
    from openpyxl import load_workbook

    ws = load_workbook(base.path)[L.SHEET_SKP]
    lines = [",".join(str(c.value) for c in ws[4][:11])]
    for r in range(5, 17):
        lines.append(",".join("" if c.value is None else str(c.value) for c in ws[r][:11]))
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def test_csv_of_skp_columns(base, small_config, tmp_path):
    sub = check(_skp_csv(base, tmp_path / "RENCANA-DISDUKCAPIL-2026.csv"), small_config)
    assert sub.format == "csv"
    assert sub.issues == []
    assert sub.kode_unit == UNIT and len(sub.skp) == 12 and len(sub.pegawai) == 3
    bad = check(
        _skp_csv(
            base, tmp_path / "RENCANA-DISDUKCAPIL-2026b.csv", f"{nip(1, 2)},x,XXX-99,,,90,,80,,,\n"
        ),
        small_config,
    )
    assert found(bad, "indikator_tidak_dikenal") == [(L.SHEET_SKP, "C14")]


def test_csv_without_unit_in_its_name(base, small_config, tmp_path):
    sub = check(_skp_csv(base, tmp_path / "data-skp.csv"), small_config)
    issue = only(sub, "csv_unit_tidak_diketahui")
    assert issue.row is None and not sub.structural_ok
    assert "RENCANA-DISDUKCAPIL-2026.csv" in issue.pesan()


def test_unit_from_name_prefers_the_longest_code(small_config):
    from kinerja_cli.validate.workbook import unit_from_name

    assert unit_from_name(small_config, "skp_dinsos_2026.csv") == "DINSOS"
    assert unit_from_name(small_config, "RENCANA-BKD-2026.csv") == "BKD"
    assert unit_from_name(small_config, "BKDX.csv") is None


@needs_soffice
def test_libreoffice_ods_copy_reports_the_same_cells(base, small_config, tmp_path):
    """A dinas re-saves as .ods: the same defect at the same cell, the same records."""
    path = planted(base, tmp_path, _skp("C6", "XXX-99"), name="RENCANA-DISDUKCAPIL-2026.xlsx")
    sub = check(soffice_convert(path, "ods", tmp_path / "ods"), small_config)
    assert sub.format == "ods"
    assert [(i.sheet, i.cell, i.kode) for i in sub.issues] == [
        (L.SHEET_SKP, "C6", "indikator_tidak_dikenal")
    ]
    assert len(sub.skp) == 12 and len(sub.pegawai) == 3


def test_every_issue_kode_is_documented():
    """docs/validasi.md has a row for every issue kode of the validation catalogue."""
    from kinerja_cli.messages import ekinerja, validation
    from tests.conftest import ROOT

    doc = (ROOT / "docs" / "validasi.md").read_text(encoding="utf-8")
    not_issues = ("validasi_", "lewati_", "umpan_balik_", "tingkat_", "folder_")
    kodes = [
        k for k in {**validation.MESSAGES, **ekinerja.MESSAGES} if not k.startswith(not_issues)
    ]
    assert len(kodes) > 40
    missing = [k for k in kodes if f"`{k}`" not in doc]
    assert missing == []


@settings(max_examples=60, deadline=None)
@given(order=st.permutations(list(L.SKP_COLUMNS)), extra=st.integers(0, 3), top=st.integers(0, 5))
def test_header_found_whatever_the_column_order(order, extra, top):
    """Moved, extra and lowered columns: every contract column is found where it is."""
    from kinerja_cli.readers.base import RawSheet
    from kinerja_cli.validate.tables import find_table

    header = [*order, *(f"Kolom tambahan {i}" for i in range(extra))]
    rows: list[list[Any]] = [[None] * len(header) for _ in range(top)]
    rows.append([h.upper().replace(" ", "  ") for h in header])
    rows.append([f"nilai {c}" for c in range(len(header))])
    table = find_table(RawSheet("SKP", rows), L.SKP_COLUMNS, L.SKP_REQUIRED).table
    assert table is not None
    assert table.header_row == top + 1 and table.data_start == top + 2
    assert {h: table.cols[h] for h in order} == {h: header.index(h) + 1 for h in order}
