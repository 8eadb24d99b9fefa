"""FastWorksheet writes exactly the sheet XML stock xlsxwriter writes (it overrides an
internal method: a new xlsxwriter that changes its output must fail here)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_cli.writers.fastsheet import FastWorksheet

SAMPLES = [
    "Budi Santoso",
    "198609262015051001",
    '=HYPERLINK("http://x","k")',
    "a & b < c > d",
    "_x0041_ literal",
    "snake_case",
    " leading",
    "trailing ",
    "tab\there",
    "line\nbreak",
    "ctrl\x01char",
    "\ufffe",
    "Kurang/Misconduct",
    "ünïcödé — ½",
    "<r>rich?</r>",
    "'quoted",
    '"double"',
    "",
    "x" * 300,
]
NUMBERS = [0, 1, -1.5, 88.125, 1e-9, 123456789012.5, 2.675, float(2**53)]


def _sheet_xml(path: Path, cls: type | None, texts: list[str], numbers: list[float]) -> bytes:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("S", worksheet_class=cls) if cls else wb.add_worksheet("S")
    fmt = wb.add_format({"num_format": "0.00", "border": 1})
    row = 0
    for t in texts:
        ws.write_string(row, 0, t, fmt)
        ws.write_string(row, 1, t)  # no format: stock path
        row += 1
    for n in numbers:
        ws.write_number(row, 0, n, fmt)
        ws.write_number(row, 1, n)
        ws.write_blank(row, 2, None, fmt)
        row += 1
    wb.close()
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_fast_sheet_xml_is_identical_to_stock(tmp_path):
    stock = _sheet_xml(tmp_path / "a.xlsx", None, SAMPLES, NUMBERS)
    fast = _sheet_xml(tmp_path / "b.xlsx", FastWorksheet, SAMPLES, NUMBERS)
    assert fast == stock


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.text(max_size=30), min_size=1, max_size=8),
    st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=5),
)
def test_fast_sheet_identical_for_any_text(tmp_path_factory, texts, numbers):
    d = tmp_path_factory.mktemp("fast")
    assert _sheet_xml(d / "a.xlsx", FastWorksheet, texts, numbers) == _sheet_xml(
        d / "b.xlsx", None, texts, numbers
    )
