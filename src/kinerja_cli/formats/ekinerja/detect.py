"""Is a workbook an e-Kinerja export? Its header row within the first rows (:func:`find_header`),
or, when that cannot be taken, why it still looks like one (:func:`near_miss`)."""

from __future__ import annotations

from dataclasses import dataclass

from kinerja_cli.formats.ekinerja.columns import (
    PENILAIAN,
    PENILAIAN_OPTIONAL,
    PENILAIAN_REQUIRED,
    SCAN_ROWS,
    SIGNATURE,
    SKP,
    SKP_OPTIONAL,
    SKP_REQUIRED,
    column_name,
)
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.validate.tables import header_text
from kinerja_cli.values import is_blank


def find_header(raw: RawWorkbook) -> tuple[str, RawSheet, int] | None:
    """(kind, sheet, header row) of an e-Kinerja export, or None: the first sheet (in file
    order) with a row among the first :data:`SCAN_ROWS` naming a kind's signature columns."""
    for sheet in raw.sheets.values():
        for r in range(1, min(len(sheet.rows), SCAN_ROWS) + 1):
            names = {column_name(v) for v in sheet.rows[r - 1]}
            for kind, signature in SIGNATURE.items():
                if all(s in names for s in signature) and "nip" in names:
                    return kind, sheet, r
    return None


NEAR_SCAN_ROWS = 1000
"""How far down a header row placed too low (below :data:`SCAN_ROWS`) is looked for, to say
where it is instead of taking the file for a kinerja template."""
NEAR_SCAN_COLS = 256
"""Columns of a row looked at when telling a near miss (a header row is never that wide)."""
_KNOWN_COLUMNS = frozenset(
    (*PENILAIAN_REQUIRED, *PENILAIAN_OPTIONAL, *SKP_REQUIRED, *SKP_OPTIONAL)
) - {"no", "id", "nip", "nama"}
"""The export's own column names (the common words left out)."""
_KIND_COLUMNS = {
    PENILAIAN: frozenset(("hasil_kerja", "perilaku_kerja", "hasil_akhir", "is_skp_plt_plh_pjb")),
    SKP: frozenset(("skp_status", "periode_akhir", "is_plt_plh")),
}
SEEN_SHOWN = 20
"""Column names an issue lists as seen before it cuts the list."""


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A sheet that looks like an e-Kinerja export (its title, or its snake_case column names)
    but whose header row :func:`find_header` cannot take."""

    why: str
    """``columns``: a header row with the export's names in the first :data:`SCAN_ROWS`
    rows, a signature column missing (renamed or deleted); ``low``: a full header row below
    them (at ``row``); ``no_header``: an export's title and no header row at all."""
    kind: str
    sheet: RawSheet
    row: int
    """The header row found (``columns``, ``low``), or the title's row (``no_header``)."""
    col: int = 1


def _title_kind(sheet: RawSheet) -> tuple[str, int, int] | None:
    """(kind, row, column) of an e-Kinerja title line ("Laporan Penilaian SKP ...",
    "Laporan SKP ...") among the first :data:`SCAN_ROWS` rows, or None."""
    for r, values in enumerate(sheet.rows[:SCAN_ROWS], start=1):
        for c, v in enumerate(values[:NEAR_SCAN_COLS], start=1):
            if not isinstance(v, str):
                continue
            text = " ".join(v.lower().split())
            if text.startswith("laporan penilaian skp"):
                return PENILAIAN, r, c
            if text.startswith("laporan skp"):
                return SKP, r, c
    return None


def near_miss(raw: RawWorkbook) -> NearMiss | None:
    """Why a workbook that :func:`find_header` does not take still looks like an e-Kinerja export,
    or None (then it is read as a kinerja template). Bounded: :data:`NEAR_SCAN_COLS` columns
    of the first :data:`SCAN_ROWS` rows of each sheet, or of :data:`NEAR_SCAN_ROWS` rows of a
    sheet with an export's title (a header row pushed down by rows added under the title)."""
    for sheet in raw.sheets.values():
        title = _title_kind(sheet)
        limit = NEAR_SCAN_ROWS if title is not None else SCAN_ROWS
        for r in range(1, min(len(sheet.rows), limit) + 1):
            names = {column_name(v) for v in sheet.rows[r - 1][:NEAR_SCAN_COLS]}
            if "nip" not in names:
                continue
            for kind, signature in SIGNATURE.items():
                if all(s in names for s in signature):
                    return NearMiss("low", kind, sheet, r)
            known = names & _KNOWN_COLUMNS
            if r <= SCAN_ROWS and (len(known) >= 2 or (title is not None and known)):
                by_names = [k for k, cols in _KIND_COLUMNS.items() if names & cols]
                kind = by_names[0] if len(by_names) == 1 else (title or (PENILAIAN,))[0]
                return NearMiss("columns", kind, sheet, r)
        if title is not None:
            return NearMiss("no_header", title[0], sheet, title[1], title[2])
    return None


def seen_columns(sheet: RawSheet, row: int) -> str:
    """The header texts of ``row``, for a message (the first :data:`SEEN_SHOWN`)."""
    seen = [header_text(v) for v in sheet.rows[row - 1][:NEAR_SCAN_COLS] if not is_blank(v)]
    shown = ", ".join(seen[:SEEN_SHOWN])
    return f"{shown}, …" if len(seen) > SEEN_SHOWN else shown or "-"
