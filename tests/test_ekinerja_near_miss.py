"""Issue 26, item 9: an e-Kinerja export whose header row cannot be taken is said to be one,
with the reason at its cell (never "Lembar 'Identitas' tidak ditemukan", as if it were a
kinerja template); and a .csv in UTF-16 without a byte-order mark is read.

Every file is built from the ``kinerja contoh --format ekinerja`` exports and checked through
the CLI (``validasi FILE --format json``; ``rekap`` for ``pengecualian.csv``).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from kinerja_cli.readers import read_workbook
from kinerja_cli.readers.delimited import utf16_without_bom
from tests.conftest import BUNDLED_CONFIG, exclusions_problems

TODAY = ["--tanggal", "2027-01-20"]
PENILAIAN = "Laporan Penilaian SKP DINKES 2026.xlsx"
SKP_LIST = "Laporan SKP DINKES 2026.xlsx"
TEMPLATE_KODES = {"lembar_tidak_ada", "meta_tidak_ada", "kolom_tidak_ada"}


@pytest.fixture
def exports(ekinerja_exports: Path) -> Path:
    return ekinerja_exports


def rows_of(path: Path) -> list[list]:
    """The export's first sheet as rows of values (None for empty), as kinerja reads it."""
    sheet = next(iter(read_workbook(path).sheets.values()))
    return [list(r) for r in sheet.rows]


def header_index(rows: list[list]) -> int:
    return next(i for i, r in enumerate(rows) if "nip" in [str(v).lower() for v in r])


def save_xlsx(rows: list[list], path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def csv_text(rows: list[list], *, pad: bool = True, delimiter: str = ";") -> str:
    """The rows as CSV; ``pad=False`` writes one-cell lines without the trailing delimiters a
    spreadsheet program adds."""
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=delimiter)
    for r in rows:
        cells = ["" if v is None else v for v in r]
        if not pad:
            while cells and cells[-1] == "":
                cells.pop()
        out.writerow(cells)
    return buf.getvalue()


def check(invoke, path: Path, code: int = 1) -> tuple[dict, list[dict]]:
    result = invoke("--config", BUNDLED_CONFIG, "validasi", path, "--format", "json", *TODAY)
    assert result.exit_code == code, result.output
    report = json.loads(result.stdout)
    (f,) = report["files"]
    return f, report["issues"]


# ---- the header row of an export that cannot be taken ----------------------------------------


def test_a_header_row_below_row_20_is_named_where_it_is(exports, tmp_path, invoke):
    rows = rows_of(exports / PENILAIAN)
    at = header_index(rows)
    notes = [[f"Catatan {n}"] for n in range(1, 16)]
    moved = [*rows[:at], *notes, *rows[at:]]
    path = save_xlsx(moved, tmp_path / "unduhan.xlsx")
    f, issues = check(invoke, path)
    (issue,) = issues
    row = at + len(notes) + 1
    assert (issue["kode"], issue["sheet"], issue["cell"]) == (
        "ek_judul_kolom_terlalu_bawah",
        "Sheet1",
        f"A{row}",
    )
    assert f"di baris {row}" in issue["pesan"] and "20 baris pertama" in issue["pesan"]
    # still told as the unit's export (from its title), never scored
    assert (f["unit"], f["status"]) == ("DINKES", "error")


@pytest.mark.parametrize(
    ("renamed", "to", "kind"),
    [
        ("hasil_akhir", "predikat_akhir", "Laporan Penilaian SKP"),
        ("hasil_kerja", "Nilai Hasil Kerja", "Laporan Penilaian SKP"),
    ],
)
def test_a_renamed_signature_column_is_named_with_the_columns_seen(
    exports, tmp_path, invoke, renamed, to, kind
):
    rows = rows_of(exports / PENILAIAN)
    at = header_index(rows)
    rows[at] = [to if str(v).lower() == renamed else v for v in rows[at]]
    path = save_xlsx(rows, tmp_path / "unduhan.xlsx")
    f, issues = check(invoke, path)
    (issue,) = issues
    assert (issue["kode"], issue["cell"], issue["row"]) == (
        "ek_kolom_tidak_ada",
        f"A{at + 1}",
        None,
    )
    assert f"({kind}) tidak memiliki kolom {renamed} " in issue["pesan"]
    assert "kolom yang ada: " in issue["pesan"] and to in issue["pesan"]
    assert f["unit"] == "DINKES"


def test_a_renamed_column_of_the_skp_list_is_named_too(exports, tmp_path, invoke):
    rows = rows_of(exports / SKP_LIST)
    at = header_index(rows)
    rows[at] = ["status" if str(v).lower() == "skp_status" else v for v in rows[at]]
    f, issues = check(invoke, save_xlsx(rows, tmp_path / "skp.xlsx"))
    (issue,) = issues
    assert (issue["kode"], f["unit"]) == ("ek_kolom_tidak_ada", "DINKES")
    assert "(Laporan SKP) tidak memiliki kolom skp_status " in issue["pesan"]


def test_an_export_title_without_a_header_row_says_so(exports, tmp_path, invoke):
    rows = rows_of(exports / PENILAIAN)
    at = header_index(rows)
    rows[at] = [f"Kolom {n}" for n in range(1, len(rows[at]) + 1)]
    f, issues = check(invoke, save_xlsx(rows, tmp_path / "unduhan.xlsx"))
    (issue,) = issues
    assert (issue["kode"], issue["cell"]) == ("ek_judul_kolom_tidak_ada", "A1")
    assert (f["unit"], f["status"]) == ("DINKES", "error")
    assert "Laporan Penilaian SKP Periode Tahunan Tahun 2026" in issue["pesan"]
    assert "nip, hasil_akhir, hasil_kerja" in issue["pesan"]


def test_a_workbook_without_export_title_or_names_is_still_a_template(tmp_path, invoke):
    """No title and no e-Kinerja column names: read as a kinerja template, as before."""
    path = save_xlsx(
        [["NIP", "Nama", "Predikat"], ["198501012010011001", "A", "Baik"]], tmp_path / "x.xlsx"
    )
    _, issues = check(invoke, path)
    assert {i["kode"] for i in issues} & TEMPLATE_KODES
    assert not any(i["kode"].startswith("ek_") for i in issues)


def test_csv_export_with_unpadded_title_lines_is_read(exports, tmp_path, invoke):
    """A tool that writes the title lines as one cell each (no trailing delimiters): the
    delimiter is told from the table below them."""
    rows = rows_of(exports / PENILAIAN)
    path = tmp_path / "unduhan.csv"
    path.write_text(csv_text(rows, pad=False, delimiter=","), encoding="utf-8")
    f, issues = check(invoke, path, code=0)
    assert issues == [] and (f["unit"], f["status"]) == ("DINKES", "ok")


# ---- UTF-16 without a byte-order mark -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_csv_export_in_utf16_without_bom_is_read(exports, tmp_path, invoke, encoding):
    rows = rows_of(exports / PENILAIAN)
    text = csv_text(rows)
    plain = tmp_path / "utf8.csv"
    plain.write_text(text, encoding="utf-8")
    wide = tmp_path / "utf16.csv"
    wide.write_bytes(text.encode(encoding))  # no byte-order mark
    assert not wide.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    want = check(invoke, plain, code=0)
    got = check(invoke, wide, code=0)
    assert got[0]["unit"] == want[0]["unit"] == "DINKES"
    assert got[1] == want[1] == []
    assert (got[0]["format"], got[0]["status"]) == ("csv", "ok")


def test_an_exclusions_list_in_utf16le_without_bom_is_read(exports, tmp_path, invoke):
    nip = "196501011990031001"
    text = f"NIP;alasan\n{nip};pensiun\n{nip};mutasi\n"
    mine = exclusions_problems(
        invoke, tmp_path, exports, lambda path: path.write_bytes(text.encode("utf-16-le"))
    )
    # read (its duplicate NIP found at A2), not refused as an unknown format
    assert [("nip_ganda" in r, "A2" in r) for r in mine] == [(True, True)], mine


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03binary\x00",
        bytes(range(256)) * 8,
        "NIP;alasan\n".encode("utf-16-le").replace(b"N\x00", b"\x07\x00"),
        b"A\x00" * 3 + b"\x00\x00" * 500,
    ],
)
def test_binary_with_nul_bytes_is_not_taken_for_utf16(data):
    assert utf16_without_bom(data) is None


def test_binary_with_nul_bytes_is_still_refused_by_the_cli(tmp_path, invoke):
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 8)
    _, issues = check(invoke, path, code=3)
    assert [i["kode"] for i in issues] == ["format_tidak_dikenal"]
