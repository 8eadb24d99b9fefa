"""The raw shape every reader returns: sheets as grids anchored at A1, plus what the fast
reader cannot tell by itself (percentage-formatted cells, formulas without a saved value,
error cells), so validation can report the real cell of every value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

Cell = tuple[int, int]
"""(row, column), both 1-based: (1, 1) is A1."""


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: list[list[Any]]
    """``rows[r][c]`` is the value of sheet row ``r + 1``, column ``c + 1``: anchored at A1
    (leading empty rows and columns kept). Values are ``str``, ``int``, ``float``, ``bool``,
    ``datetime.date``/``datetime.datetime`` or None (empty). Rows may be ragged."""
    percent_cells: frozenset[Cell] | None = None
    """Cells whose number format is a percentage; None when the format is unknown."""
    formula_cells: frozenset[Cell] = frozenset()
    """Cells holding a formula with no saved (cached) value."""
    error_cells: dict[Cell, str] = field(default_factory=dict)
    """Cells holding an error value such as ``#DIV/0!``, when the reader can tell."""
    hidden: bool = False

    def value(self, row: int, col: int) -> Any:
        if row < 1 or col < 1 or row > len(self.rows):
            return None
        r = self.rows[row - 1]
        return r[col - 1] if col <= len(r) else None

    @property
    def max_row(self) -> int:
        return len(self.rows)


@dataclass(slots=True)
class RawWorkbook:
    path: Path
    display_name: str
    """The name used in issues (the path as the user gave it)."""
    format: str
    """Detected from the bytes: xlsx, xlsm, xls, ods, csv."""
    sha256: str
    size: int
    mtime: datetime | None
    sheets: dict[str, RawSheet]
    """In workbook order, keyed by the sheet's real name."""

    def sheet(self, name: str) -> RawSheet | None:
        """Find a sheet by name ignoring case and surrounding spaces."""
        if name in self.sheets:
            return self.sheets[name]
        key = name.strip().lower()
        return next((s for n, s in self.sheets.items() if n.strip().lower() == key), None)
