"""What the fast reader cannot tell about an .ods: percentage cells and error cells.

OpenDocument stores a cell's type with its value (``office:value-type="percentage"``), so the
percentage cells are known without the styles. Finding their addresses needs a pass over
``content.xml`` that follows repeated rows and columns; it runs only when the part mentions a
percentage or an error value at all, so an ordinary .ods costs one substring search.
"""

from __future__ import annotations

import zipfile

from defusedxml import ElementTree as SafeET

from kinerja_cli.readers.base import Cell
from kinerja_cli.readers.ooxml import SheetExtras

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"

T_TABLE = f"{{{_TABLE}}}table"
T_ROW = f"{{{_TABLE}}}table-row"
T_CELL = f"{{{_TABLE}}}table-cell"
T_COVERED = f"{{{_TABLE}}}covered-table-cell"
A_NAME = f"{{{_TABLE}}}name"
A_ROWS_REP = f"{{{_TABLE}}}number-rows-repeated"
A_COLS_REP = f"{{{_TABLE}}}number-columns-repeated"
A_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
A_CALC_TYPE = f"{{{_CALCEXT}}}value-type"

MAX_MARKED_CELLS = 1_000_000
"""A percentage style repeated over a whole sheet is not listed cell by cell beyond this."""


def _rep(value: str | None) -> int:
    return int(value) if value and value.isascii() and value.isdigit() else 1


def scan_content(zf: zipfile.ZipFile) -> dict[str, SheetExtras]:
    """:class:`SheetExtras` per sheet name (formula cells: LibreOffice always saves results)."""
    with zf.open("content.xml") as fh:
        data = fh.read()
    if b'"percentage"' not in data and b'value-type="error"' not in data:
        return {}
    import io

    out: dict[str, SheetExtras] = {}
    percent: set[Cell] = set()
    errors: dict[Cell, str] = {}
    name = ""
    row = 0
    rows_rep = 1
    col = 0
    for event, el in SafeET.iterparse(io.BytesIO(data), events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag == T_TABLE:
                name, row, percent, errors = el.get(A_NAME, ""), 0, set(), {}
            elif tag == T_ROW:
                rows_rep = _rep(el.get(A_ROWS_REP))
                col = 0
            elif tag in (T_CELL, T_COVERED):
                cols_rep = _rep(el.get(A_COLS_REP))
                if el.get(A_VALUE_TYPE) == "percentage" and len(percent) < MAX_MARKED_CELLS:
                    for r in range(row + 1, row + 1 + min(rows_rep, MAX_MARKED_CELLS)):
                        for c in range(col + 1, col + 1 + min(cols_rep, MAX_MARKED_CELLS)):
                            percent.add((r, c))
                            if len(percent) >= MAX_MARKED_CELLS:
                                break
                        if len(percent) >= MAX_MARKED_CELLS:
                            break
        else:
            if tag in (T_CELL, T_COVERED):
                cols_rep = _rep(el.get(A_COLS_REP))
                if el.get(A_CALC_TYPE) == "error":
                    text = "".join(el.itertext()).strip() or "#ERROR"
                    errors[(row + 1, col + 1)] = text
                col += cols_rep
                el.clear()
            elif tag == T_ROW:
                row += rows_rep
                el.clear()
            elif tag == T_TABLE:
                out[name] = SheetExtras(frozenset(percent), frozenset(), errors)
                el.clear()
    return out
