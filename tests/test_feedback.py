"""The marked-up feedback copy (``--umpan-balik``): marks, comments, first sheet, input kept."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from kinerja_cli import layout as L
from kinerja_cli.styles import BAD_FILL as RED, WARN_FILL as YELLOW
from kinerja_cli.validate import feedback_filename, validate_file, write_feedback
from kinerja_cli.validate.copies import MARKER_SHEET
from kinerja_cli.validate.feedback import FEEDBACK_SHEET
from tests.test_validate_support import Filled, fill_template, small


@pytest.fixture(scope="module")
def small_config(config):
    return small(config)


@pytest.fixture(scope="module")
def defective(small_config, tmp_path_factory) -> Filled:
    def edit(wb: Any, f: Filled) -> None:
        wb[L.SHEET_SKP]["C6"] = "XXX-99"  # error
        wb[L.SHEET_SKP]["H5"] = '=HYPERLINK("x")'  # formula without a value: error
        wb[L.SHEET_PEGAWAI]["D5"] = "=Z/z"  # unknown golongan typed as text: warning
        wb[L.SHEET_PEGAWAI]["D5"].data_type = "s"

    return fill_template(small_config, tmp_path_factory.mktemp("fb"), employees=2, edit=edit)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill_of(cell: Any) -> str:
    return str(cell.fill.start_color.rgb)[-6:]


def test_feedback_marks_cells_and_lists_problems_first(defective, small_config, tmp_path):
    from openpyxl import load_workbook

    before = sha(defective.path)
    sub = validate_file(defective.path, small_config, display_name=defective.path.name)
    kodes = {(i.sheet, i.cell): i.kode for i in sub.issues}
    assert kodes[(L.SHEET_SKP, "C6")] == "indikator_tidak_dikenal"
    assert kodes[(L.SHEET_SKP, "H5")] == "sel_rumus_tanpa_nilai"
    assert kodes[(L.SHEET_PEGAWAI, "D5")] == "golongan_tidak_dikenal"

    out = write_feedback(sub, defective.path, tmp_path / "umpan")
    assert out == tmp_path / "umpan" / "RENCANA-DISDUKCAPIL-2026-UMPAN-BALIK.xlsx"
    assert sha(defective.path) == before, "the input file is never modified"

    wb = load_workbook(out)
    assert wb.sheetnames[0] == FEEDBACK_SHEET
    assert wb.active.title == FEEDBACK_SHEET
    assert set(wb.sheetnames) >= {L.SHEET_IDENTITAS, L.SHEET_IKU, L.SHEET_PEGAWAI, L.SHEET_SKP}
    skp, peg = wb[L.SHEET_SKP], wb[L.SHEET_PEGAWAI]
    assert fill_of(skp["C6"]) == RED and fill_of(skp["H5"]) == RED
    assert fill_of(peg["D5"]) == YELLOW
    assert "XXX-99" in skp["C6"].comment.text and "KESALAHAN" in skp["C6"].comment.text
    assert "Golongan" in peg["D5"].comment.text
    assert skp["C6"].value == "XXX-99"  # the dinas's own data is kept

    ws = wb[FEEDBACK_SHEET]
    rows = list(ws.iter_rows(min_row=7, values_only=True))
    listed = {(r[2], r[3], r[6]) for r in rows if r[0]}
    assert {(i.sheet, i.cell, i.kode) for i in sub.issues} == listed
    assert len([r for r in rows if r[0]]) == len(sub.issues)
    link = next(c for c in ws["D"] if c.value == "C6")
    assert link.hyperlink is not None and link.hyperlink.location == "'SKP'!C6"
    # text from the dinas that looks like a formula stays text in the list
    nilai = next(c for c in ws["I"] if c.value == "=Z/z")
    assert nilai.data_type == "s"
    # long wrapped messages get a row tall enough to show them (LibreOffice does not grow
    # rows by itself; without it the printed list overlapped)
    for r in range(7, 7 + len(sub.issues)):
        message = ws.cell(row=r, column=8).value
        assert ws.row_dimensions[r].height is not None
        assert ws.row_dimensions[r].height >= 15 * (len(message) // 100 + 1)


def test_feedback_of_a_clean_file_says_so(small_config, tmp_path):
    from openpyxl import load_workbook

    clean = fill_template(small_config, tmp_path, employees=1)
    sub = validate_file(clean.path, small_config)
    out = write_feedback(sub, clean.path, tmp_path / "fb", lang="en")
    ws = load_workbook(out)[FEEDBACK_SHEET]
    assert ws["A2"].value == "No problems found. Thank you."


def test_feedback_for_csv_is_an_xlsx_copy_of_the_data(defective, small_config, tmp_path):
    from openpyxl import load_workbook

    src = tmp_path / "RENCANA-DISDUKCAPIL-2026.csv"
    src.write_text(
        "NIP,Kode Indikator,Target,Realisasi TW1,Realisasi TW2,Realisasi TW3,"
        "Realisasi TW4\n'198609262015051001,UM-01,90,=1+2,,,\n",
        encoding="utf-8",
    )
    before = sha(src)
    sub = validate_file(src, small_config)
    out = write_feedback(sub, src, tmp_path / "fb")
    assert out.name == "RENCANA-DISDUKCAPIL-2026-UMPAN-BALIK.xlsx" and sha(src) == before
    wb = load_workbook(out)
    assert wb.sheetnames == [FEEDBACK_SHEET, L.SHEET_SKP, MARKER_SHEET]
    assert wb[MARKER_SHEET].sheet_state == "hidden"
    data = wb[L.SHEET_SKP]
    assert data["B2"].value == "UM-01"
    assert data["D2"].data_type == "s" and data["D2"].value == "=1+2"  # never a live formula
    assert fill_of(data["D2"]) == RED
    assert "csv" in wb[FEEDBACK_SHEET]["A4"].value


def test_feedback_for_an_unreadable_file_lists_the_problem_only(small_config, tmp_path):
    from openpyxl import load_workbook

    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    sub = validate_file(bad, small_config, display_name="rusak.xlsx")
    out = write_feedback(sub, bad, tmp_path / "fb")
    wb = load_workbook(out)
    assert wb.sheetnames == [FEEDBACK_SHEET, MARKER_SHEET]
    assert wb[FEEDBACK_SHEET]["G7"].value == sub.issues[0].kode


def test_feedback_of_an_xlsm_is_a_plain_xlsx(defective, small_config, tmp_path):
    """Macros never come along: the copy of a .xlsm is an .xlsx without vbaProject."""
    import zipfile

    from openpyxl import load_workbook

    wb = load_workbook(defective.path)
    xlsm = tmp_path / "RENCANA-DISDUKCAPIL-2026.xlsm"
    wb.save(xlsm)
    sub = validate_file(xlsm, small_config)
    out = write_feedback(sub, xlsm, tmp_path / "fb")
    assert out.suffix == ".xlsx"
    with zipfile.ZipFile(out) as zf:
        assert not any("vbaProject" in n for n in zf.namelist())
        assert "macroEnabled" not in zf.read("[Content_Types].xml").decode()


def test_feedback_filename():
    assert feedback_filename("masuk/RENCANA-BKD-2026.ods") == "RENCANA-BKD-2026-UMPAN-BALIK.xlsx"
