"""The title rows of an e-Kinerja export ("Laporan Penilaian SKP Periode ... Tahun 2026",
"Instansi ...", "Unor Induk : ...", "Periode : ...", "Data ditarik pada : ...") and the
period and year they name together (:mod:`kinerja_cli.period_words`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kinerja_cli import layout
from kinerja_cli.formats.ekinerja.columns import PENILAIAN
from kinerja_cli.period_words import ExportPeriod, read_periode_line, read_title
from kinerja_cli.readers.base import RawSheet
from kinerja_cli.validate.context import Ctx, text_value
from kinerja_cli.values import is_blank

_FIELD = re.compile(r"^\s*(instansi|periode|unor induk|unor|data ditarik pada)\s*:?\s*(.*)$", re.I)


@dataclass(slots=True)
class ExportHeader:
    """What the title rows say."""

    judul: str | None = None
    tahun: int | None = None
    """The year the title and the ``Periode`` line agree on (None: not known, reported)."""
    periode: str | None = None
    """The ``Periode :`` line's value as written."""
    instansi: str | None = None
    unor_induk: str | None = None
    ditarik: str | None = None
    periode_ekspor: ExportPeriod | None = None
    """The period the title and the ``Periode`` line agree on (None: not known)."""
    cells: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Where each line is: ``judul``, ``periode``, ``ditarik`` -> (row, column), 1-based."""


def read_title_lines(sheet: RawSheet, header_row: int) -> ExportHeader:
    head = ExportHeader()
    for r, values in enumerate(sheet.rows[: header_row - 1], start=1):
        filled = [(c, v) for c, v in enumerate(values, start=1) if not is_blank(v)]
        first = next(((c, v) for c, v in filled if isinstance(v, str)), None)
        if first is None:
            continue
        col = first[0]
        # the line's cells from the first text on, as one text ("Periode :", "01/01/2026",
        # "-", "31/12/2026" in cells of their own read as the line they make)
        text = " ".join(_line_text(v) for c, v in filled if c >= col).strip()
        if text.lower().startswith("laporan") and head.judul is None:
            head.judul = text
            head.cells["judul"] = (r, col)
            continue
        m = _FIELD.match(text)
        if m is None and text.lower().startswith("instansi"):
            head.instansi = text[len("instansi") :].strip(" :")
            continue
        if m is None:
            continue
        key, value = m.group(1).lower(), m.group(2).strip() or None
        if key == "instansi":
            head.instansi = value
        elif key == "periode":
            head.periode = value
            head.cells["periode"] = (r, col)
        elif key == "unor induk":
            head.unor_induk = value
        elif key == "data ditarik pada":
            head.ditarik = value
            head.cells["ditarik"] = (r, col)
    return head


def _line_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return text_value(value) or ""


def check_period(ctx: Ctx, sheet: str, head: ExportHeader, kind: str) -> None:
    """The period and year of the export, from the title and the ``Periode :`` line together
    (:mod:`kinerja_cli.period_words`): a line not recognised, the two disagreeing, or (a
    Laporan Penilaian SKP) no period at all, and no year or two years, are errors at the
    title cell (the ``Periode`` cell for that line's own words), never a default."""
    row, col = head.cells.get("judul", (1, 1))
    judul = head.judul or "-"

    def fail(kode: str, at: tuple[int, int] = (row, col), **params: Any) -> None:
        ctx.add(kode, sheet=sheet, row=at[0], col=at[1], row_level=False, **params)

    title = read_title(head.judul) if head.judul else None
    line = read_periode_line(head.periode) if head.periode else None
    if title is not None and title.unknown:
        fail("ek_periode_tidak_dikenal", nilai=judul, teks=judul)
        return
    if line is not None and line.unknown:
        at = head.cells.get("periode", (row, col))
        fail("ek_periode_tidak_dikenal", at, nilai=head.periode, teks=head.periode)
        return
    in_title = title.period if title else None
    in_line = line.period if line else None
    title_years = title.years if title else ()
    line_years = line.years if line else ()
    if len(title_years) > 1 or len(line_years) > 1:
        fail(
            "ek_tahun_tidak_dikenal",
            nilai=judul,
            teks=judul if len(title_years) > 1 else head.periode,
        )
        return
    disagree = (in_title is not None and in_line is not None and not in_title.agrees(in_line)) or (
        title_years and line_years and title_years != line_years
    )
    if disagree:
        fail(
            "ek_periode_beda",
            nilai=judul,
            judul=judul,
            periode=head.periode or "-",
            sel_periode=_a1(head.cells.get("periode")),
        )
        return
    period = in_title or in_line
    if period is None and kind == PENILAIAN:
        fail("ek_periode_tidak_dikenal", nilai=judul, teks=judul)
        return
    years = title_years or line_years
    if not years:
        fail("ek_tahun_tidak_dikenal", nilai=judul, teks=judul)
        return
    head.periode_ekspor = period
    head.tahun = years[0]


def _a1(cell: tuple[int, int] | None) -> str:
    return layout.a1(*cell) if cell else "-"
