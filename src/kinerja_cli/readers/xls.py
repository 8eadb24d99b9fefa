"""What the fast reader cannot tell about an .xls: percentage-formatted cells and error cells.

python-calamine reads the values of a BIFF workbook but not its number formats, so a cell
showing 90% (stored 0.9) would be read as 0.9 for a ``%`` indicator: the same sheet saved as
.xls scored 79.18 "Butuh Perbaikan" where the .xlsx scored 98.64 "Baik" (issue 18). BIFF keeps
the format of every cell (cell -> XF record -> FORMAT record); xlrd exposes them with
``formatting_info=True``. The percentage rule is the one of .xlsx
(:func:`~kinerja_cli.readers.ooxml.is_percent_format`: built-in formats 9 and 10, or a format
code with a ``%`` outside quotes, escapes and ``[...]``). Error cells (``#DIV/0!``), which
calamine returns as empty, are listed too, as for .xlsx and .ods.

This runs inside the limited worker with the rest of the parsing
(:func:`kinerja_cli.readers.workbook.parse_file`), after calamine has read the values, so the
memory cap and the timeout of ``keamanan`` bound it as well.
"""

from __future__ import annotations

import io
from typing import Any

from kinerja_cli.errors import InputError
from kinerja_cli.readers.base import Cell
from kinerja_cli.readers.boundary import detail
from kinerja_cli.readers.ooxml import BUILTIN_PERCENT_FORMATS, SheetExtras, is_percent_format

XL_CELL_NUMBER = 2
XL_CELL_ERROR = 5
"""xlrd's cell types (``xlrd.XL_CELL_NUMBER``, ``xlrd.XL_CELL_ERROR``): a date-formatted number
is ``XL_CELL_DATE`` (3), never a percentage."""


def percent_xf_indexes(book: Any) -> frozenset[int]:
    """Indexes into the workbook's XF records whose number format is a percentage."""
    found: set[int] = set()
    formats = book.format_map
    for index, xf in enumerate(book.xf_list):
        fmt = formats.get(xf.format_key)
        code = getattr(fmt, "format_str", None)
        if code:
            if is_percent_format(code):
                found.add(index)
        elif xf.format_key in BUILTIN_PERCENT_FORMATS:
            found.add(index)
    return frozenset(found)


def _scan_sheet(sheet: Any, percent_xfs: frozenset[int]) -> SheetExtras:
    import xlrd

    percent: set[Cell] = set()
    errors: dict[Cell, str] = {}
    for r in range(sheet.nrows):
        types = sheet.row_types(r)
        if percent_xfs and XL_CELL_NUMBER in types:
            for c, kind in enumerate(types):
                if kind == XL_CELL_NUMBER and sheet.cell_xf_index(r, c) in percent_xfs:
                    percent.add((r + 1, c + 1))
        if XL_CELL_ERROR in types:
            for c, kind in enumerate(types):
                if kind == XL_CELL_ERROR:
                    code = sheet.cell_value(r, c)
                    errors[(r + 1, c + 1)] = xlrd.error_text_from_code.get(code, "#ERROR")
    return SheetExtras(frozenset(percent), frozenset(), errors)


def scan_xls(data: bytes, display: str) -> dict[str, SheetExtras]:
    """:class:`SheetExtras` per worksheet name of the .xls in ``data``.

    A workbook calamine read but xlrd cannot parse is refused (``berkas_isi_rusak``): reading
    its values without knowing which cells are percentages is the silent misreading this
    module exists to prevent.
    """
    import xlrd
    from xlrd.compdoc import CompDocError

    log = io.StringIO()  # xlrd writes its warnings to a file; never to our stdout
    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, logfile=log
        )
        try:
            percent_xfs = percent_xf_indexes(book)
            out: dict[str, SheetExtras] = {}
            for index, name in enumerate(book.sheet_names()):
                out[name] = _scan_sheet(book.sheet_by_index(index), percent_xfs)
                book.unload_sheet(index)
            return out
        finally:
            book.release_resources()
    except (xlrd.XLRDError, CompDocError, AssertionError) as exc:
        # AssertionError: xlrd checks some record invariants with assert on malformed BIFF
        raise InputError(
            "berkas_isi_rusak", path=display, detail=f"xlrd {detail(exc)}"[:120]
        ) from exc
