"""Reading files into the raw shape: every accepted format, real addresses, what calamine
cannot tell (percent formats, formulas without a value, error cells), and every refusal."""

from __future__ import annotations

import io
import pickle
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings, strategies as st

from kinerja_cli.errors import InputError
from kinerja_cli.messages import render
from kinerja_cli.readers import parse_file, read_workbook
from kinerja_cli.readers.detect import detect_format, ole_stream_names
from kinerja_cli.readers.ooxml import (
    has_doctype,
    is_percent_format,
    percent_style_ids,
    scan_sheet,
)
from tests.conftest import ROOT, needs_soffice, soffice_convert

# ---- helpers ---------------------------------------------------------------------------------


def make_xlsx(path: Path) -> Path:
    """A workbook with leading empty rows/columns, percentages, a formula without a saved
    value, error cells and a hidden sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["C5"] = "NIP"
    ws["D5"] = "Realisasi TW1"
    ws["C6"] = "198609262015051001"
    ws["D6"] = 0.9
    ws["D6"].number_format = "0%"
    ws["D7"] = 0.855
    ws["D7"].number_format = "0.0%"
    ws["D8"] = 12.5
    ws["D8"].number_format = '0.0" %"'  # a literal % sign: not a percentage
    ws["E6"] = "=D6*2"  # openpyxl saves no value for a formula
    ws["F6"] = "#DIV/0!"
    ws["C9"] = "85,5"
    ws["B10"] = 5
    info = wb.create_sheet("Identitas")
    info["A1"] = "Kode Unit"
    info["B1"] = "DINKES"
    hidden = wb.create_sheet("_kinerja")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "versi_templat"
    wb.create_sheet("Kosong")
    wb.save(path)
    return path


def rewrite_zip(src: Path, dst: Path, changes: dict[str, bytes | None]) -> Path:
    """Copy an archive, replacing (bytes), dropping (None) or adding members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in changes:
                continue
            zout.writestr(info, zin.read(info.filename))
        for name, data in changes.items():
            if data is not None:
                zout.writestr(name, data)
    return dst


def refused(path: Path) -> InputError:
    with pytest.raises(InputError) as err:
        read_workbook(path)
    exc = err.value
    assert exc.exit_code == 3
    text = exc.message("id")
    assert str(path) in text and "{" not in text
    assert exc.message("en") != text
    return exc


@pytest.fixture(scope="module")
def xlsx(tmp_path_factory) -> Path:
    return make_xlsx(tmp_path_factory.mktemp("xlsx") / "RENCANA-DINKES-2026.xlsx")


# ---- xlsx ------------------------------------------------------------------------------------


def test_xlsx_values_keep_real_addresses(xlsx):
    wb = read_workbook(xlsx, display_name="masuk/RENCANA-DINKES-2026.xlsx")
    assert wb.format == "xlsx"
    assert wb.display_name == "masuk/RENCANA-DINKES-2026.xlsx"
    assert len(wb.sha256) == 64 and wb.size == xlsx.stat().st_size and wb.mtime is not None
    assert list(wb.sheets) == ["SKP", "Identitas", "_kinerja", "Kosong"]
    skp = wb.sheets["SKP"]
    assert skp.value(5, 3) == "NIP"  # written at C5, read at row 5 column 3
    assert skp.value(6, 3) == "198609262015051001"
    assert skp.value(6, 4) == 0.9
    assert skp.value(9, 3) == "85,5"
    assert skp.value(10, 2) == 5
    assert skp.value(1, 1) is None and skp.rows[0][0] is None  # leading empty area kept
    assert skp.value(6, 5) is None  # the formula without a value reads as empty...
    assert skp.value(6, 6) is None  # ...and so does the error cell
    assert skp.value(99, 99) is None
    assert wb.sheet(" skp ") is skp
    assert wb.sheets["Identitas"].value(1, 2) == "DINKES"
    assert wb.sheets["Kosong"].rows == []


def test_xlsx_percent_formula_error_cells_and_visibility(xlsx):
    wb = read_workbook(xlsx)
    skp = wb.sheets["SKP"]
    assert skp.percent_cells == frozenset({(6, 4), (7, 4)})
    assert skp.formula_cells == frozenset({(6, 5)})
    assert skp.error_cells == {(6, 6): "#DIV/0!"}
    assert not skp.hidden and wb.sheets["_kinerja"].hidden
    assert wb.sheets["Identitas"].percent_cells == frozenset()


def test_xlsm_is_read_and_its_macros_are_not_run(xlsx, tmp_path):
    with zipfile.ZipFile(xlsx) as zf:
        types = zf.read("[Content_Types].xml").replace(
            b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml"
        )
    xlsm = rewrite_zip(
        xlsx,
        tmp_path / "berkas.xlsm",
        {"[Content_Types].xml": types, "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not run"},
    )
    wb = read_workbook(xlsm)
    assert wb.format == "xlsm"
    assert wb.sheets["SKP"].value(6, 4) == 0.9
    assert wb.sheets["SKP"].percent_cells == frozenset({(6, 4), (7, 4)})


def test_format_comes_from_bytes_not_name(xlsx, tmp_path):
    renamed = tmp_path / "laporan.csv"
    shutil.copy(xlsx, renamed)
    assert read_workbook(renamed).format == "xlsx"


def test_parse_file_result_pickles_for_a_child_process(xlsx):
    result = parse_file(str(xlsx), "xlsx", "x.xlsx")
    back = pickle.loads(pickle.dumps(result))
    assert back.sheets["SKP"].value(5, 3) == "NIP"
    assert back.sheets["SKP"].percent_cells == result.sheets["SKP"].percent_cells
    refusal = parse_file(b"PK\x03\x04broken", "xlsx", "x.xlsx")
    assert refusal.sheets is None and refusal.kode == "berkas_rusak"
    assert pickle.loads(pickle.dumps(refusal)).kode == "berkas_rusak"


def test_whole_workbook_pickles(xlsx):
    wb = read_workbook(xlsx)
    back = pickle.loads(pickle.dumps(wb))
    assert back.sheets["SKP"].rows == wb.sheets["SKP"].rows
    assert back.sheets["SKP"].error_cells == wb.sheets["SKP"].error_cells


@pytest.mark.parametrize("address", ["A1", "C5", "J1", "A40", "AB12"])
def test_single_value_anywhere_reads_at_its_address(tmp_path, address):
    wb = openpyxl.Workbook()
    wb.active[address] = "x"
    wb.save(tmp_path / "a.xlsx")
    sheet = read_workbook(tmp_path / "a.xlsx").sheets["Sheet"]
    cell = wb.active[address]
    assert sheet.value(cell.row, cell.column) == "x"
    assert sum(v is not None for row in sheet.rows for v in row) == 1


# ---- the XML scan: shapes other writers produce ----------------------------------------------

SHEET = (
    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    b'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>'
)


def test_scan_other_attribute_orders_and_row_styles():
    rows = (
        b'<row r="2" s="3" customFormat="1"><c t="n" s="3" r="B2"><v>0.5</v></c>'
        b'<c r="C2" s="0"><v>1</v></c></row>'
        b'<row r="3"><c r="A3" s="3"><v>0.1</v></c></row>'
    )
    got = scan_sheet(SHEET.replace(b"{rows}", rows), frozenset({3}))
    assert got.percent_cells == frozenset({(2, 2), (3, 1)})


def test_scan_cells_without_addresses():
    rows = (
        b'<row><c s="1"><v>1</v></c><c><v>2</v></c><c s="1"><v>0.3</v></c></row>'
        b'<row r="4"><c/><c s="1"><f>A1</f></c></row>'
    )
    got = scan_sheet(SHEET.replace(b"{rows}", rows), frozenset({1}))
    assert got.percent_cells == frozenset({(1, 1), (1, 3), (4, 2)})
    assert got.formula_cells == frozenset({(4, 2)})


def test_scan_prefixed_elements():
    xml = (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<x:sheetData><x:row r="1"><x:c r="A1" s="2"><x:v>0.4</x:v></x:c>'
        b'<x:c r="B1"><x:f>A1*2</x:f></x:c>'
        b'<x:c r="C1" t="e"><x:v>#REF!</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    got = scan_sheet(xml, frozenset({2}))
    assert got.percent_cells == frozenset({(1, 1)})
    assert got.formula_cells == frozenset({(1, 2)})
    assert got.error_cells == {(1, 3): "#REF!"}


def test_scan_formula_values():
    rows = (
        b'<row r="1">'
        b'<c r="A1"><f>1+1</f><v>2</v></c>'  # saved value
        b'<c r="B1" t="str"><f>IF(A1=2,"","x")</f><v></v></c>'  # saved empty text
        b'<c r="C1"><f>1+1</f><v/></c>'  # no saved value (openpyxl)
        b'<c r="D1"><f>1+1</f></c>'  # no value element at all
        b'<c r="E1"><f t="shared" ref="E1:E2" si="0">A1</f></c>'
        b'<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
        b'</row><row r="2"><c r="E2"><f t="shared" si="0"/><v>3</v></c></row>'
    )
    got = scan_sheet(SHEET.replace(b"{rows}", rows), frozenset())
    assert got.formula_cells == frozenset({(1, 3), (1, 4), (1, 5)})
    assert got.error_cells == {(1, 6): "#DIV/0!"}
    assert got.percent_cells == frozenset()


@pytest.mark.parametrize(
    ("code", "percent"),
    [
        ("0%", True),
        ("0.00%", True),
        ("#,##0.0%;-#,##0.0%", True),
        ("[Red]0%", True),
        ('0" %"', False),
        ("0\\%", False),
        ("0.00", False),
        ("[$%-421]0", False),
        ("General", False),
    ],
)
def test_percent_format_codes(code, percent):
    assert is_percent_format(code) is percent


def test_percent_style_ids_builtin_and_custom():
    styles = (
        b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/>'
        b'<numFmt numFmtId="165" formatCode="0&quot;%&quot;"/></numFmts>'
        b'<cellStyleXfs count="1"><xf numFmtId="9"/></cellStyleXfs>'
        b'<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="10"/>'
        b'<xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>'
    )
    assert percent_style_ids(styles) == frozenset({1, 2, 3})


# ---- DOCTYPE ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "found"),
    [
        (b'<?xml version="1.0"?><worksheet/>', False),
        (b'\xef\xbb\xbf<?xml version="1.0"?>\r\n<worksheet/>', False),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', True),
        (
            b'<?xml version="1.0"?>\n<!-- a < b --><!-- '
            + b"x" * 200_000
            + b" --><!DOCTYPE x><x/>",
            True,
        ),
        (b"  <!DOCTYPE x><x/>", True),
        ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16"), True),
        ('<?xml version="1.0" encoding="UTF-16"?><x/>'.encode("utf-16"), False),
        (b"", False),
        (b"<!DOC", False),
    ],
)
def test_has_doctype(head, found):
    assert has_doctype(io.BytesIO(head)) is found


def test_doctype_in_any_part_is_refused(xlsx, tmp_path):
    with zipfile.ZipFile(xlsx) as zf:
        strings = zf.read("xl/worksheets/sheet2.xml")
    bomb = strings.replace(b"<worksheet", b'<!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet', 1)
    bad = rewrite_zip(xlsx, tmp_path / "bom.xlsx", {"xl/worksheets/sheet2.xml": bomb})
    exc = refused(bad)
    assert exc.kode == "berkas_xml_berbahaya"
    assert exc.params["bagian"] == "xl/worksheets/sheet2.xml"


# ---- CSV -------------------------------------------------------------------------------------

CSV_ROWS = [
    ["NIP", "Nama", "Kode Indikator", "Target", "Realisasi TW1"],
    ["198609262015051001", "Siti Aminah", "DUK-01", "85,5", "90%"],
    ["199001012023212001", "Budi, S.Kom", "DUK-02", "7-8", ""],
]


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom"),
    [
        (";", "utf-8", True),
        (";", "utf-8", False),
        (",", "utf-8", False),
        ("\t", "utf-8", False),
        (";", "cp1252", False),
        ("\t", "utf-16", False),
    ],
)
def test_csv_one_sheet_of_text(tmp_path, delimiter, encoding, bom):
    import csv

    buf = io.StringIO()
    rows = [list(r) for r in CSV_ROWS]
    rows[1][1] = "Siti Aminah Café"
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path = tmp_path / "skp.csv"
    path.write_bytes(data)
    wb = read_workbook(path)
    assert wb.format == "csv" and list(wb.sheets) == ["SKP"]
    sheet = wb.sheets["SKP"]
    assert sheet.value(1, 1) == "NIP"  # no BOM left in the first header
    assert sheet.value(2, 1) == "198609262015051001"  # text: no digits lost
    assert sheet.value(2, 2) == "Siti Aminah Café"
    assert sheet.value(2, 4) == "85,5" and sheet.value(2, 5) == "90%"
    assert sheet.value(3, 2) == "Budi, S.Kom"
    assert sheet.value(3, 5) is None
    assert sheet.percent_cells == frozenset() and sheet.formula_cells == frozenset()


def test_csv_semicolon_wins_over_decimal_commas(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("NIP;Target;TW1\n1;85,5;90,25\n2;7,5;8\n3;1;2,5\n", encoding="utf-8")
    sheet = read_workbook(path).sheets["SKP"]
    assert sheet.rows == [
        ["NIP", "Target", "TW1"],
        ["1", "85,5", "90,25"],
        ["2", "7,5", "8"],
        ["3", "1", "2,5"],
    ]


def test_csv_quoted_line_breaks_count_as_one_row(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('NIP;Catatan\n1;"dua\nbaris"\n2;x\n', encoding="utf-8")
    sheet = read_workbook(path).sheets["SKP"]
    assert sheet.value(2, 2) == "dua\nbaris" and sheet.value(3, 1) == "2"


# ---- refusals --------------------------------------------------------------------------------


def test_encrypted_workbook_is_refused(xlsx, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with open(xlsx, "rb") as fh:
        OOXMLFile(fh).encrypt("rahasia", out)
    path = tmp_path / "terkunci.xlsx"
    path.write_bytes(out.getvalue())
    assert "EncryptionInfo" in ole_stream_names(out.getvalue())
    assert refused(path).kode == "berkas_terenkripsi"


@pytest.mark.parametrize(
    ("content", "kode", "jenis"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "format_tidak_didukung", "PDF"),
        (
            b"<html><body><table><tr><td>1</td></tr></table></body></html>",
            "format_tidak_didukung",
            "HTML",
        ),
        (b"\xef\xbb\xbf<!DOCTYPE html>\n<html>", "format_tidak_didukung", "HTML"),
        (
            b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            "format_tidak_didukung",
            "XML Spreadsheet 2003",
        ),
        (b"Laporan kinerja triwulan satu\nsemua baik\n", "format_tidak_dikenal", None),
        (b"\x00\x01\x02\x03binary\x00", "format_tidak_dikenal", None),
        (b"\x89PNG\r\n\x1a\n", "format_tidak_didukung", "gambar (PNG/JPEG/GIF)"),
        (b"", "berkas_kosong", None),
        (b"PK\x03\x04\x14\x00\x00\x00", "berkas_rusak", None),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "berkas_rusak", None),
    ],
)
def test_renamed_or_broken_files_are_refused(tmp_path, content, kode, jenis):
    path = tmp_path / "RENCANA-X-2026.xlsx"
    path.write_bytes(content)
    exc = refused(path)
    assert exc.kode == kode
    if jenis is not None:
        assert exc.params["jenis"] == jenis


def test_truncated_zip_is_refused(xlsx, tmp_path):
    data = xlsx.read_bytes()
    for cut in (len(data) // 2, len(data) - 30):
        path = tmp_path / f"potong{cut}.xlsx"
        path.write_bytes(data[:cut])
        assert refused(path).kode == "berkas_rusak"


def test_other_zip_documents_are_refused(tmp_path):
    for member, jenis in [
        ("word/document.xml", "Word (.docx)"),
        ("ppt/presentation.xml", "PowerPoint (.pptx)"),
        ("xl/workbook.bin", "Excel Binary Workbook (.xlsb)"),
        ("foto.jpg", "ZIP"),
    ]:
        path = tmp_path / "a.xlsx"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr(member, b"<x/>")
        exc = refused(path)
        assert (exc.kode, exc.params["jenis"]) == ("format_tidak_didukung", jenis)
    path = tmp_path / "a.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.oasis.opendocument.text")
    assert refused(path).params["jenis"] == "OpenDocument Text (.odt)"


def test_damaged_parts_inside_a_good_zip(xlsx, tmp_path):
    garbage = rewrite_zip(
        xlsx, tmp_path / "g.xlsx", {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row>"}
    )
    assert refused(garbage).kode in ("berkas_isi_rusak", "berkas_rusak")
    missing = rewrite_zip(xlsx, tmp_path / "m.xlsx", {"xl/worksheets/sheet1.xml": None})
    assert refused(missing).kode in ("berkas_isi_rusak", "berkas_rusak")
    bad_workbook = rewrite_zip(xlsx, tmp_path / "w.xlsx", {"xl/workbook.xml": b"<<<"})
    assert refused(bad_workbook).kode in ("berkas_isi_rusak", "berkas_rusak")
    # a corrupt deflate stream: the zip directory is fine, the data is not
    data = bytearray(xlsx.read_bytes())
    with zipfile.ZipFile(xlsx) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 2, start + min(info.compress_size, 60)):
        data[i] ^= 0x5A
    path = tmp_path / "z.xlsx"
    path.write_bytes(bytes(data))
    assert refused(path).kode in ("berkas_isi_rusak", "berkas_rusak")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError) as err:
        read_workbook(tmp_path / "tidak-ada.xlsx")
    assert err.value.kode == "berkas_tidak_ada"
    with pytest.raises(InputError) as err:
        read_workbook(tmp_path)
    assert err.value.kode == "berkas_tidak_terbaca"
    assert "{" not in render(err.value.kode, "id", **err.value.params)


def test_detect_format_names_readable_kinds(xlsx):
    assert detect_format(xlsx.read_bytes(), "x") == "xlsx"
    assert detect_format(b"NIP;Nama\n1;a\n", "x") == "csv"


# ---- LibreOffice: .ods, .xls and re-saved .xlsx ----------------------------------------------


@pytest.fixture(scope="module")
def converted(tmp_path_factory, xlsx):
    base = tmp_path_factory.mktemp("soffice")
    return {
        "ods": soffice_convert(xlsx, "ods", base / "ods"),
        "xls": soffice_convert(xlsx, "xls", base / "xls"),
        "xlsx": soffice_convert(xlsx, "xlsx", base / "xlsx"),
    }


def _values(wb) -> dict[str, dict[tuple[int, int], object]]:
    out = {}
    for name, sheet in wb.sheets.items():
        out[name] = {
            (r + 1, c + 1): v
            for r, row in enumerate(sheet.rows)
            for c, v in enumerate(row)
            if v is not None
        }
    return out


@needs_soffice
@pytest.mark.parametrize("kind", ["ods", "xls", "xlsx"])
def test_libreoffice_round_trip_keeps_values_and_addresses(xlsx, converted, kind):
    original = read_workbook(xlsx)
    again = read_workbook(converted[kind])
    assert again.format == kind
    assert list(again.sheets) == list(original.sheets)
    got, want = _values(again), _values(original)
    # LibreOffice computes the formula the tool left without a value (E6 = D6*2)
    assert got["SKP"].pop((6, 5)) == pytest.approx(1.8)
    # LibreOffice keeps #DIV/0! as text in some formats; everything else is identical
    got["SKP"].pop((6, 6), None)
    assert got == want
    assert again.sheets["_kinerja"].hidden
    assert again.sheets["SKP"].formula_cells == frozenset()


@needs_soffice
@pytest.mark.parametrize("kind", ["ods", "xls", "xlsx"])
def test_libreoffice_keeps_percentage_cells(converted, kind):
    """Issue 18: .xls percentage cells were unknown (read as fractions); now every format
    names the same cells (0%, 0.0%), and not the literal '0.0" %"'."""
    wb = read_workbook(converted[kind])
    assert wb.sheets["SKP"].percent_cells == frozenset({(6, 4), (7, 4)}), kind
    assert wb.sheets["Identitas"].percent_cells == frozenset(), kind
    assert wb.sheets["_kinerja"].percent_cells == frozenset(), kind


@needs_soffice
def test_xls_error_cells_are_found(tmp_path):
    """A computed #DIV/0! saved as .xls is an error cell (calamine returns it empty)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["B2"] = 0
    ws["C3"] = "=1/B2"
    ws["D4"] = 0.25
    ws["D4"].number_format = "#,##0.0%;[Red]-0.0%"
    ws["E5"] = 0.25
    ws["E5"].number_format = '0.0"%"'
    ws["F6"] = "50%"  # text: never a percentage-formatted number
    src = tmp_path / "galat.xlsx"
    wb.save(src)
    xls = read_workbook(soffice_convert(src, "xls", tmp_path / "out"))
    sheet = xls.sheets["SKP"]
    assert sheet.error_cells == {(3, 3): "#DIV/0!"}
    assert sheet.value(3, 3) is None
    assert sheet.percent_cells == frozenset({(4, 4)})


def test_xls_format_rule_is_the_xlsx_rule():
    from types import SimpleNamespace

    from kinerja_cli.readers.xls import percent_xf_indexes

    def fmt(code):
        return SimpleNamespace(format_str=code)

    book = SimpleNamespace(
        format_map={0: fmt("General"), 9: fmt("0%"), 164: fmt('0.0" %"'), 165: fmt("0.00%")},
        xf_list=[SimpleNamespace(format_key=k) for k in (0, 9, 164, 165, 10, 2)],
    )
    # 10 has no FORMAT record: the built-in 0.00%
    assert percent_xf_indexes(book) == frozenset({1, 3, 4})


def test_xls_that_xlrd_cannot_parse_is_refused_not_misread(tmp_path, monkeypatch):
    """Values without knowing the percentage cells would be the silent misreading of issue
    18: a workbook whose formats cannot be read is refused with the reason."""
    import xlrd

    def broken(*args, **kwargs):
        raise xlrd.XLRDError("Unsupported format, or corrupt file")

    monkeypatch.setattr(xlrd, "open_workbook", broken)
    data = (ROOT / "examples" / "masuk" / "RENCANA-DISPAR-2026.xls").read_bytes()
    result = parse_file(data, "xls", "x.xls")
    assert result.sheets is None and result.kode == "berkas_isi_rusak"
    assert "xlrd XLRDError" in result.params["detail"]


@needs_soffice
def test_xls_is_an_ole_workbook(converted):
    data = converted["xls"].read_bytes()
    assert "Workbook" in ole_stream_names(data)
    assert detect_format(data, "x") == "xls"


def test_ods_scan_follows_repeated_rows_and_columns():
    from kinerja_cli.readers.ods import scan_content

    content = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        b' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        b' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">'
        b"<office:body><office:spreadsheet>"
        b'<table:table table:name="SKP">'
        b'<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
        b'<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        b'<table:table-cell office:value-type="percentage" office:value="0.9"><text:p>90%</text:p>'
        b"</table:table-cell><table:covered-table-cell/>"
        b'<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0"'
        b' calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
        b"</table:table-row>"
        b'<table:table-row table:number-rows-repeated="2">'
        b'<table:table-cell office:value-type="percentage" table:number-columns-repeated="2"'
        b' office:value="0.5"/></table:table-row>'
        b'</table:table><table:table table:name="Lain"><table:table-row><table:table-cell/>'
        b"</table:table-row></table:table>"
        b"</office:spreadsheet></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    with zipfile.ZipFile(buf) as zf:
        got = scan_content(zf)
    assert got["SKP"].percent_cells == frozenset({(3, 3), (4, 1), (4, 2), (5, 1), (5, 2)})
    assert got["SKP"].error_cells == {(3, 5): "#DIV/0!"}
    assert got["Lain"].percent_cells == frozenset()


_CELL_TEXT = st.text(alphabet="abcXYZ019 ,.%'\"\n-", max_size=8)


@settings(max_examples=60, deadline=None)
@given(
    delimiter=st.sampled_from([";", "\t", ","]),
    width=st.integers(2, 6),
    data=st.data(),
)
def test_csv_round_trips_any_table(tmp_path_factory, delimiter, width, data):
    import csv

    rows = data.draw(
        st.lists(
            st.lists(_CELL_TEXT, min_size=width, max_size=width).map(
                lambda r: ["x" + r[0].strip(), *r[1:]]
            ),
            min_size=1,
            max_size=12,
        )
    )
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path_factory.mktemp("csv") / "a.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    sheet = read_workbook(path).sheets["SKP"]
    assert sheet.rows == [[c if c != "" else None for c in r] for r in rows]


def test_one_boundary_maps_every_broken_file_exception():
    import csv
    import zlib
    from xml.etree.ElementTree import ParseError

    import python_calamine as pc

    from kinerja_cli.readers.boundary import BROKEN_FILE, refusal

    cases = [
        (zipfile.BadZipFile("Bad CRC-32"), "berkas_rusak"),
        (zlib.error("invalid distance"), "berkas_rusak"),
        (EOFError(), "berkas_rusak"),
        (pc.ZipError("invalid Zip archive"), "berkas_rusak"),
        (pc.PasswordError("Workbook is password protected"), "berkas_terenkripsi"),
        (pc.XmlError("unexpected end"), "berkas_isi_rusak"),
        (pc.CalamineError("Cfb error: invalid"), "berkas_rusak"),
        (ParseError("no element found"), "berkas_isi_rusak"),
        (KeyError("xl/worksheets/sheet1.xml"), "berkas_isi_rusak"),
        (UnicodeDecodeError("utf-16-le", b"\x00", 0, 1, "truncated"), "berkas_isi_rusak"),
        (csv.Error("line contains NUL"), "berkas_isi_rusak"),
        (MemoryError(), "berkas_terlalu_berat"),
        (PermissionError(13, "Permission denied"), "berkas_tidak_terbaca"),
    ]
    for exc, kode in cases:
        assert isinstance(exc, BROKEN_FILE)
        got, params = refusal(exc, "a.xlsx")
        assert got == kode, exc
        assert params["path"] == "a.xlsx"
        assert "{" not in render(got, "en", **params)
