"""Finding sheets, header rows and columns in a :class:`RawWorkbook`, by text.

A dinas moves columns, adds its own ("No", "Keterangan"), renames headers slightly, merges a
"Realisasi" cell above "TW1".."TW4", or adds a row of column numbers under the header. All of
that is still read: the header row is the row (within the first :data:`HEADER_SEARCH_ROWS`)
that names the most contract columns, optionally completed by the row below it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from kinerja_cli.layout import a1, canonical_header, normalize_header
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.values import is_blank

HEADER_SEARCH_ROWS = 30
"""The header row is looked for within this many rows from the top of a sheet."""

_NUMBERING = re.compile(r"^\(?\s*(\d{1,3})\s*\)?$")


def find_sheet(raw: RawWorkbook, name: str) -> RawSheet | None:
    """The sheet called ``name`` (case, spacing and surrounding punctuation ignored)."""
    found = raw.sheet(name)
    if found is not None:
        return found
    key = normalize_header(name)
    return next((s for n, s in raw.sheets.items() if normalize_header(n) == key), None)


def header_text(value: Any) -> str:
    """A header cell as shown to people: one line, single spaces."""
    return " ".join(str(value).replace("\u00a0", " ").split()) if value is not None else ""


@dataclass(slots=True)
class Table:
    """A sheet read as a table: where its header is and which column holds what."""

    sheet: RawSheet
    header_row: int
    """1-based row of the (last) header row."""
    data_start: int
    """1-based first row that may hold data."""
    cols: dict[str, int]
    """Contract header -> 1-based column."""
    headers: dict[str, str]
    """Contract header -> the header text as written in the file."""
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    """(contract header, column) of repeated headers that are ignored."""
    special: frozenset[tuple[int, int]] = frozenset()
    """Formula-without-value and error cells of the sheet (empty: no per-cell lookups)."""
    percent: frozenset[tuple[int, int]] = frozenset()
    """Percentage-formatted cells of the sheet (empty when none or unknown)."""

    def __post_init__(self) -> None:
        sheet = self.sheet
        self.special = frozenset(sheet.formula_cells) | frozenset(sheet.error_cells)
        self.percent = frozenset(sheet.percent_cells or ())

    @property
    def name(self) -> str:
        return self.sheet.name

    def col(self, canon: str) -> int | None:
        return self.cols.get(canon)

    def value(self, row: int, canon: str) -> Any:
        col = self.cols.get(canon)
        if col is None:
            return None
        rows = self.sheet.rows
        if row > len(rows):
            return None
        values = rows[row - 1]
        return values[col - 1] if col <= len(values) else None

    def cell(self, row: int, canon: str) -> str | None:
        col = self.cols.get(canon)
        return None if col is None else a1(row, col)

    def row_blank(self, row: int, cols: Iterable[int]) -> bool:
        """True when every one of ``cols`` (1-based) of ``row`` is empty."""
        rows = self.sheet.rows
        values = rows[row - 1] if row <= len(rows) else []
        n = len(values)
        special = self.special
        for col in cols:
            v = values[col - 1] if col <= n else None
            if v is not None and v != "" and not is_blank(v):
                return False
            if special and (row, col) in special:
                return False
        return True


@dataclass(slots=True)
class HeaderSearch:
    """Result of looking for a table's header: the table, or what was found instead."""

    table: Table | None
    missing: list[str]
    """Required contract headers not found (empty when ``table`` is complete)."""
    found: list[str]
    """Header texts of the best candidate row (to tell the person what we saw)."""


def _row_matches(sheet: RawSheet, row: int, wanted: frozenset[str]) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    values = sheet.rows[row - 1] if 0 < row <= len(sheet.rows) else []
    for c, v in enumerate(values, start=1):
        if not isinstance(v, str) or not v.strip():
            continue
        canon = canonical_header(v)
        if canon is not None and canon in wanted and canon not in out:
            out[canon] = (c, header_text(v))
    return out


def _duplicates(sheet: RawSheet, row: int, chosen: dict[str, int]) -> list[tuple[str, int]]:
    dups: list[tuple[str, int]] = []
    values = sheet.rows[row - 1] if 0 < row <= len(sheet.rows) else []
    for c, v in enumerate(values, start=1):
        if isinstance(v, str) and v.strip():
            canon = canonical_header(v)
            if canon is not None and canon in chosen and chosen[canon] != c:
                dups.append((canon, c))
    return dups


def _is_numbering_row(sheet: RawSheet, row: int) -> bool:
    """A row of column numbers under the header ("1 2 3 ..." or "(1) (2) ...")."""
    values = [
        v for v in (sheet.rows[row - 1] if 0 < row <= len(sheet.rows) else []) if not is_blank(v)
    ]
    if len(values) < 2:
        return False
    nums: list[int] = []
    for v in values:
        if isinstance(v, bool):
            return False
        if isinstance(v, int | float) and float(v).is_integer():
            nums.append(int(v))
            continue
        m = _NUMBERING.match(str(v).strip()) if isinstance(v, str) else None
        if not m:
            return False
        nums.append(int(m.group(1)))
    return all(b == a + 1 for a, b in itertools.pairwise(nums))


def _all_headers(sheet: RawSheet, row: int) -> bool:
    """Every non-empty cell of ``row`` is a contract header (the lower row of a 2-row header)."""
    values = [
        v for v in (sheet.rows[row - 1] if 0 < row <= len(sheet.rows) else []) if not is_blank(v)
    ]
    return bool(values) and all(
        isinstance(v, str) and canonical_header(v) is not None for v in values
    )


def find_table(sheet: RawSheet, columns: Iterable[str], required: Iterable[str]) -> HeaderSearch:
    """Locate the header of ``sheet`` among its first rows and map the contract columns.

    The header is the row naming the most contract columns, or a pair of rows (group cells
    such as "Realisasi" merged above "TW1".."TW4") when the lower row holds only headers and
    the pair names more columns than any single row.
    """
    wanted = frozenset(columns)
    req = list(required)
    limit = min(HEADER_SEARCH_ROWS, sheet.max_row)
    matches = {r: _row_matches(sheet, r, wanted) for r in range(1, limit + 2)}
    best_row, best_last = 0, 0
    best = cast(dict[str, tuple[int, str]], {})
    for r in range(1, limit + 1):
        if len(matches[r]) > len(best):
            best_row, best_last, best = r, r, dict(matches[r])
        lower = matches.get(r + 1, {})
        if matches[r] and lower and _all_headers(sheet, r + 1):
            used = {c for c, _ in matches[r].values()}
            combined = dict(matches[r])
            for k, (c, t) in lower.items():
                if k not in combined and c not in used:
                    combined[k] = (c, t)
            if len(combined) > len(best):
                best_row, best_last, best = r, r + 1, combined
    if not best:
        found: list[str] = []
        for r in range(1, limit + 1):  # show the first non-empty row as "what we found"
            row_texts = [header_text(v) for v in sheet.rows[r - 1] if not is_blank(v)]
            if row_texts:
                found = row_texts
                break
        return HeaderSearch(None, req, found[:20])
    cols = {k: c for k, (c, _) in best.items()}
    texts = {k: t for k, (_, t) in best.items()}
    data_start = best_last + 1
    if _is_numbering_row(sheet, data_start):
        data_start += 1
    dups = [d for r in range(best_row, best_last + 1) for d in _duplicates(sheet, r, cols)]
    missing = [c for c in req if c not in cols]
    found = [
        header_text(v)
        for r in range(best_row, best_last + 1)
        for v in sheet.rows[r - 1]
        if not is_blank(v)
    ]
    table = Table(
        sheet=sheet,
        header_row=best_last,
        data_start=data_start,
        cols=cols,
        headers=texts,
        duplicates=dups,
    )
    return HeaderSearch(table, missing, found[:20])


def blank_runs(table: Table, canons: Iterable[str]) -> tuple[list[int], list[tuple[int, int]]]:
    """Data rows of ``table`` and the runs of blank rows that lie between data rows.

    Returns ``(rows, runs)``: the 1-based rows holding data, and ``(first, last)`` of every
    run of blank rows followed by more data (trailing blank rows are not a problem).
    """
    keys = [table.cols[c] for c in canons if c in table.cols]
    rows: list[int] = []
    runs: list[tuple[int, int]] = []
    run_start: int | None = None
    for r in range(table.data_start, table.sheet.max_row + 1):
        if table.row_blank(r, keys):
            if run_start is None:
                run_start = r
            continue
        if run_start is not None and rows:
            runs.append((run_start, r - 1))
        run_start = None
        rows.append(r)
    return rows, runs
