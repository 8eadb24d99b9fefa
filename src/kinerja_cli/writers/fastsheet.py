"""A faster cell serialiser for xlsxwriter worksheets in constant-memory mode.

xlsxwriter spends most of a big sheet's time in ``Worksheet._write_cell`` building each
``<c>`` element through general helpers (attribute lists, escaping, rich-string checks).
:class:`FastWorksheet` writes the two cells the recap is made of -- a number or a plain
string, both with a format -- directly, with the exact bytes xlsxwriter would write, and hands
every other cell (no format, formulas, strings needing escapes or whitespace preservation,
rich strings) back to xlsxwriter. Measured: about 2x less CPU per cell.

It is plugged in through the public ``Workbook.add_worksheet(worksheet_class=...)``; it
overrides one internal method, so it is used only with the xlsxwriter versions
``tests/test_writers_fastsheet.py`` has proven byte-identical (:data:`TESTED_VERSIONS`, checked
at run time by :func:`worksheet_class`); any other installed version gets stock xlsxwriter,
slower but always right. ``pyproject.toml`` pins the same range.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import Worksheet

TESTED_VERSIONS = ("3.3",)
"""The xlsxwriter releases (major.minor) whose sheet XML the byte-identity test has compared
with :class:`FastWorksheet`'s. Add one only after that test passed on it."""

_NEEDS_STOCK = re.compile(r"[&<>_\x00-\x1f\ufffe\uffff]")
"""Text xlsxwriter escapes or marks: markup characters, underscores (``_xHHHH_`` escapes),
control characters, non-characters. Such cells go through the stock code."""


class _Row:
    """A whole run of cells already rendered as XML (see :meth:`FastWorksheet.put_row`)."""

    __slots__ = ("xml",)
    format = None

    def __init__(self, xml: str) -> None:
        self.xml = xml


def simple_text(text: str) -> bool:
    """True when xlsxwriter would write ``text`` as-is in an inline string (no escape, no
    ``xml:space``): what :meth:`FastWorksheet.put_row` may render itself."""
    return (
        bool(text)
        and not _NEEDS_STOCK.search(text)
        and not text[0].isspace()
        and not text[-1].isspace()
    )


class FastWorksheet(Worksheet):
    def put_row(self, row: int, first_col: int, cells: list[tuple[str, Any, Any]]) -> bool:
        """Write a row of cells starting at ``first_col`` in one piece, constant-memory mode.

        ``cells``: ``(kind, value, format)`` with kind ``"s"`` (a string :func:`simple_text`
        accepts), ``"n"`` (a finite int or float) or ``"b"`` (blank); every format set. The
        bytes are those xlsxwriter (and :meth:`_write_cell`) would write cell by cell. Returns
        False, writing nothing, when the row cannot be taken this way (not constant-memory,
        a row already started or written, out of bounds): write it cell by cell then. Nothing
        else may be written into these columns of this row afterwards.
        """
        last_col = first_col + len(cells) - 1
        if (
            not self.constant_memory
            or not cells
            or row < self.previous_row
            or (row == self.previous_row and self.table.get(row))
            or row >= self.xls_rowmax
            or last_col >= self.xls_colmax
            or first_col < 0
        ):
            return False
        self._check_dimensions(row, first_col)
        self._check_dimensions(row, last_col)
        if row > self.previous_row:
            self._write_single_row(row)
        suffix = str(row + 1)
        parts = []
        for j, (kind, value, fmt) in enumerate(cells):
            ref = _col_letters(first_col + j) + suffix
            xf = fmt._get_xf_index()
            if kind == "n":
                parts.append(f'<c r="{ref}" s="{xf}"><v>{value:.16G}</v></c>')
            elif kind == "s":
                parts.append(f'<c r="{ref}" s="{xf}" t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                parts.append(f'<c r="{ref}" s="{xf}"/>')
        self.table[row][first_col] = _Row("".join(parts))
        return True

    def _write_cell(self, row: int, col: int, cell: Any) -> None:
        if cell.__class__ is _Row:
            self.fh.write(cell.xml)
            return
        fmt = cell.format
        if fmt is None:
            super()._write_cell(row, col, cell)
            return
        kind = cell.__class__.__name__
        if kind == "Number":
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}" '
                f's="{fmt._get_xf_index()}"><v>{cell.number:.16G}</v></c>'
            )
            return
        if kind == "String" and self.constant_memory:
            text = cell.string
            if (
                text
                and not _NEEDS_STOCK.search(text)
                and not text[0].isspace()
                and not text[-1].isspace()
            ):
                self.fh.write(
                    f'<c r="{xl_rowcol_to_cell_fast(row, col)}" '
                    f's="{fmt._get_xf_index()}" t="inlineStr"><is><t>{text}</t>'
                    "</is></c>"
                )
                return
        super()._write_cell(row, col, cell)


def worksheet_class(version: str | None = None) -> type[Worksheet] | None:
    """:class:`FastWorksheet` when the installed xlsxwriter (or ``version``) is one of
    :data:`TESTED_VERSIONS`; None (use stock worksheets) for any other version."""
    found = version if version is not None else getattr(xlsxwriter, "__version__", "")
    release = ".".join(str(found).split(".")[:2])
    return FastWorksheet if release in TESTED_VERSIONS else None


@lru_cache(maxsize=512)
def _col_letters(col: int) -> str:
    return str(xl_col_to_name(col))
