"""FastWorksheet writes exactly the sheet XML stock xlsxwriter writes (it overrides an
internal method: a new xlsxwriter that changes its output must fail here)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from hypothesis import given, settings, strategies as st

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


# ---- the run-time version gate (issue 15) ---------------------------------------------------


def test_fast_worksheet_only_for_tested_xlsxwriter_versions():
    import xlsxwriter

    from kinerja_cli.writers.fastsheet import TESTED_VERSIONS, worksheet_class

    installed = ".".join(xlsxwriter.__version__.split(".")[:2])
    assert installed in TESTED_VERSIONS  # the pin in pyproject.toml keeps it so
    assert worksheet_class() is FastWorksheet
    for other in ("3.2.9", "3.4.0", "4.0.0", "", "garbage"):
        assert worksheet_class(other) is None


def test_recap_is_the_same_file_on_an_untested_xlsxwriter(tmp_path, monkeypatch, config):
    """An xlsxwriter the byte-identity test has not seen gets stock worksheets: slower, and
    the recap's sheets are byte for byte what the fast path writes."""
    import xlsxwriter

    from kinerja_cli.writers import fastsheet, write_recap
    from tests.test_writers import make_result

    result = make_result()
    day = date(2026, 12, 1)
    fast = write_recap(result, config, tmp_path / "fast.xlsx", tanggal=day)
    calls: list[object] = []
    original = fastsheet.worksheet_class

    def spy(version=None):
        chosen = original(version)
        calls.append(chosen)
        return chosen

    monkeypatch.setattr(xlsxwriter, "__version__", "3.9.0")
    monkeypatch.setattr(fastsheet, "worksheet_class", spy)
    stock = write_recap(result, config, tmp_path / "stock.xlsx", tanggal=day)
    assert calls and all(c is None for c in calls)  # every sheet took the stock path
    with zipfile.ZipFile(fast) as a, zipfile.ZipFile(stock) as b:
        sheets = [n for n in a.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and sheets == [n for n in b.namelist() if n.startswith("xl/worksheets/")]
        for name in sheets:
            assert a.read(name) == b.read(name), name
