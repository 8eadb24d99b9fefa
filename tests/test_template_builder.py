"""The workbook builder refuses what Excel would refuse or silently "repair"."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from hypothesis import given, strategies as st

from kinerja_cli.xlsxbuilder import (
    LIST_SHEET_TITLE,
    MAX_LIST_CHARS,
    DvText,
    ExcelLimitError,
    WorkbookBuilder,
    check_defined_name,
    check_formula,
    check_sheet_title,
    inline_list,
)


def test_short_list_stays_inline(tmp_path):
    book = WorkbookBuilder()
    sheet = book.add_sheet("Data")
    sheet.list_validation("A1:A10", ["Ya", "Tidak"], name="yatidak")
    book.save(tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    (dv,) = wb["Data"].data_validations.dataValidation
    assert dv.formula1 == '"Ya,Tidak"'
    assert LIST_SHEET_TITLE not in wb.sheetnames
    assert not wb.defined_names


def test_long_list_goes_to_hidden_sheet_behind_a_defined_name(tmp_path):
    values = [f"PILIHAN-NOMOR-{i:03d}" for i in range(40)]  # 40 x 17 chars > 255
    assert len(",".join(values)) > MAX_LIST_CHARS
    book = WorkbookBuilder()
    sheet = book.add_sheet("Data")
    sheet.list_validation("B2:B100", values, name="pilihan")
    sheet.list_validation("C2:C100", values, name="pilihan_lagi")  # same list: shared
    sheet.list_validation("D2:D100", ["a,b", "c"], name="koma")  # comma inside an item
    book.save(tmp_path / "b.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "b.xlsx")
    dvs = {str(dv.sqref): dv.formula1 for dv in wb["Data"].data_validations.dataValidation}
    assert dvs == {"B2:B100 C2:C100": "daftar_pilihan", "D2:D100": "daftar_koma"}
    assert wb[LIST_SHEET_TITLE].sheet_state == "hidden"
    assert wb[LIST_SHEET_TITLE].protection.sheet
    assert wb.defined_names["daftar_pilihan"].attr_text == f"'{LIST_SHEET_TITLE}'!$A$2:$A$41"
    assert wb.defined_names["daftar_koma"].attr_text == f"'{LIST_SHEET_TITLE}'!$B$2:$B$3"
    listed = [wb[LIST_SHEET_TITLE].cell(r, 1).value for r in range(2, 42)]
    assert listed == values


def test_list_exactly_at_the_limit_is_inline():
    values = ["x" * 127, "y" * 127]  # 127 + 1 + 127 = 255
    assert inline_list(values) == '"' + ",".join(values) + '"'
    assert inline_list([*values, "z"]) is None
    assert inline_list(['say "hi"']) is None


@pytest.mark.parametrize(
    "title", ["x" * 32, "a/b", "a[1]", "what?", "a:b", "a*", "a\\b", "", "'quoted'", "History"]
)
def test_bad_sheet_titles_are_refused(title):
    with pytest.raises(ExcelLimitError):
        check_sheet_title(title)
    with pytest.raises(ExcelLimitError):
        WorkbookBuilder().add_sheet(title)


def test_sheet_title_limits():
    assert check_sheet_title("x" * 31) == "x" * 31
    book = WorkbookBuilder()
    book.add_sheet("Data")
    with pytest.raises(ExcelLimitError):
        book.add_sheet("DATA")  # Excel compares sheet names case-insensitively


@pytest.mark.parametrize(
    "formula",
    [
        "=SUM(A1,A2)",
        "SUM(A1:A9)",
        '=IF(A1="a;b",1,2)',
        "=SUM({1,2;3,4})",
        "=DATE(2026,1,1)",
        "=A1+B1",
        "=_xlfn.XLOOKUP(A1,B:B,C:C)",
    ],
)
def test_english_formulas_pass(formula):
    assert check_formula(formula) == formula


@pytest.mark.parametrize(
    "formula",
    [
        "=JUMLAH(A1,A2)",
        "=SUM(A1;A2)",
        "=IF(A1>0;1;2)",
        "=A1;B1",
        "=",
        "=" + "1+" * 5000 + "1",
        "=XLOOKUP(A1,B:B,C:C)",
        "=_xlfn.JUMLAH(A1)",
    ],
)
def test_local_or_broken_formulas_are_refused(formula):
    with pytest.raises(ExcelLimitError):
        check_formula(formula)


def test_text_never_becomes_a_formula(tmp_path):
    book = WorkbookBuilder()
    sheet = book.add_sheet("Data")
    sheet.put(1, 1, "=1+1")
    sheet.put(2, 1, "+62 812")
    book.save(tmp_path / "f.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "f.xlsx")["Data"]
    assert (ws["A1"].value, ws["A1"].data_type) == ("=1+1", "s")
    assert (ws["A2"].value, ws["A2"].data_type) == ("+62 812", "s")


def test_validation_texts_longer_than_excel_allows_are_refused():
    sheet = WorkbookBuilder().add_sheet("Data")
    with pytest.raises(ExcelLimitError):
        sheet.decimal_validation("A1", 0, 1, DvText(prompt_title="t" * 33, prompt="ok"))
    with pytest.raises(ExcelLimitError):
        sheet.decimal_validation("A1", 0, 1, DvText(prompt_title="t", prompt="p" * 256))
    with pytest.raises(ExcelLimitError):
        sheet.list_validation("A1", ["a"], name="a", says=DvText(error_title="e", error="e" * 226))
    with pytest.raises(ExcelLimitError):
        sheet.print_setup(footer="f" * 256)


def test_defined_names():
    assert check_defined_name("daftar_kode") == "daftar_kode"
    for bad in ("A1", "1abc", "has space", "R1C1", "x" * 256, ""):
        with pytest.raises(ExcelLimitError):
            check_defined_name(bad)
    book = WorkbookBuilder()
    book.add_sheet("Data")
    book.define_name("nama", "Data", "$A$1")
    with pytest.raises(ExcelLimitError):
        book.define_name("nama", "Data", "$A$2")


def test_save_is_deterministic_and_keeps_fixed_dates(tmp_path):
    def build():
        book = WorkbookBuilder()
        sheet = book.add_sheet("Data")
        sheet.header_row(1, ["Satu", "Dua"])
        sheet.style_cells(2, 50, [1, 2], number_format="@")
        sheet.protect(allow_rows=True)
        book.set_properties(title="Uji", when=dt.datetime(2026, 1, 1))
        return book

    a = build().save(tmp_path / "a.xlsx")
    b = build().save(tmp_path / "b.xlsx")
    assert a.read_bytes() == b.read_bytes()
    wb = openpyxl.load_workbook(a)
    assert wb.properties.created == wb.properties.modified == dt.datetime(2026, 1, 1)
    ws = wb["Data"]
    assert not ws["A50"].protection.locked and ws["A50"].number_format == "@"
    assert ws["A51"].protection.locked
    assert ws.protection.sheet and not ws.protection.insertRows and ws.protection.formatCells


def test_decimal_validation_shares_one_rule_per_bounds(tmp_path):
    book = WorkbookBuilder()
    sheet = book.add_sheet("Data")
    sheet.decimal_validation("A1:D1", 0, 100)
    sheet.decimal_validation("A2:D2", 0, 100)
    sheet.decimal_validation("A3:D3", None, 5.5)
    sheet.decimal_validation("A4:D4", None, None)  # no bounds: no rule
    book.save(tmp_path / "d.xlsx")
    dvs = openpyxl.load_workbook(tmp_path / "d.xlsx")["Data"].data_validations.dataValidation
    got = sorted((str(d.sqref), d.operator, d.formula1, d.formula2) for d in dvs)
    assert got == [
        ("A1:D1 A2:D2", "between", "0", "100"),
        ("A3:D3", "lessThanOrEqual", "5.5", None),
    ]


@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40),
        min_size=1,
        max_size=30,
    )
)
def test_any_list_gets_a_source_excel_accepts(values):
    book = WorkbookBuilder()
    source = book.list_source(values, "daftar")
    if source.startswith('"'):
        assert len(source) - 2 <= MAX_LIST_CHARS
        assert source[1:-1].split(",") == values
    else:
        assert source == "daftar_daftar"
        assert book.wb.defined_names[source] is not None
