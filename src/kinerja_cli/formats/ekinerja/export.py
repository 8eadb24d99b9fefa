"""Reading an e-Kinerja export: its kind, title, header and rows with their issues
(:func:`read_export`), before it becomes a :class:`~kinerja_cli.model.Submission`
(:mod:`kinerja_cli.formats.ekinerja.convert`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kinerja_cli.formats.ekinerja.columns import (
    PENILAIAN,
    PENILAIAN_OPTIONAL,
    PENILAIAN_REQUIRED,
    SCAN_ROWS,
    SIGNATURE,
    SKP_OPTIONAL,
    SKP_REQUIRED,
    canon,
    export_table,
    kind_name,
)
from kinerja_cli.formats.ekinerja.detect import NearMiss, find_header, near_miss, seen_columns
from kinerja_cli.formats.ekinerja.rows import (
    acting_only,
    check_numbering,
    data_rows,
    penilaian_row,
    skp_row,
    transfers,
)
from kinerja_cli.formats.ekinerja.title import ExportHeader, check_period, read_title_lines
from kinerja_cli.model import Issue
from kinerja_cli.readers.base import RawWorkbook
from kinerja_cli.validate.context import Ctx, text_value
from kinerja_cli.validate.tables import Table


@dataclass(slots=True)
class EkinerjaExport:
    kind: str
    """:data:`PENILAIAN` or :data:`SKP`."""
    sheet: str
    header_row: int
    header: ExportHeader
    rows: list[Any] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    table: Table | None = None
    """The table read (None when a required column is missing)."""


def read_export(raw: RawWorkbook, ctx: Ctx | None = None) -> EkinerjaExport | None:
    """The export's rows and issues (None when ``raw`` is not an e-Kinerja export); issues
    are added to ``ctx`` when given. A workbook that looks like an export but whose header
    row cannot be taken (:func:`near_miss`) is one, with the reason as an error for the
    whole file: a signature column renamed (``ek_kolom_tidak_ada``, naming the columns seen),
    the header row below the first :data:`SCAN_ROWS` rows (``ek_judul_kolom_terlalu_bawah``)
    or none at all under an export's title (``ek_judul_kolom_tidak_ada``)."""
    found = find_header(raw)
    if ctx is None:
        ctx = Ctx(file=raw.display_name, config=None, tahun=0)  # type: ignore[arg-type]
    if found is None:
        near = near_miss(raw)
        if near is None:
            return None
        if near.why != "columns":
            return _unreadable_header(ctx, near)
        found = (near.kind, near.sheet, near.row)
    kind, sheet, header_row = found
    out = EkinerjaExport(kind, sheet.name, header_row, read_title_lines(sheet, header_row))
    check_period(ctx, sheet.name, out.header, kind)
    required, optional = (
        (PENILAIAN_REQUIRED, PENILAIAN_OPTIONAL)
        if kind == PENILAIAN
        else (SKP_REQUIRED, SKP_OPTIONAL)
    )
    table = export_table(sheet, header_row, (*required, *optional))
    missing = [c for c in required if canon(c) not in table.cols]
    if missing:
        ctx.add(
            "ek_kolom_tidak_ada",
            sheet=sheet.name,
            row=header_row,
            col=1,
            row_level=False,  # the whole file is unusable
            kolom=", ".join(missing),
            laporan=kind_name(kind),
            ada=seen_columns(sheet, header_row),
        )
        out.issues = ctx.issues
        return out
    out.table = table
    if kind == PENILAIAN:
        rows = data_rows(table)
        check_numbering(ctx, table, rows)
        out.rows = [penilaian_row(ctx, table, r) for r in rows]
        acting_only(ctx, table, out.rows)
    else:
        out.rows = [skp_row(ctx, table, r) for r in data_rows(table)]
        transfers(ctx, table, out.rows)
    for rec in out.rows:
        rec.valid = ctx.row_ok(table.name, rec.row)
    out.issues = ctx.issues
    return out


def _unreadable_header(ctx: Ctx, near: NearMiss) -> EkinerjaExport:
    """An export whose header row is below :data:`SCAN_ROWS` or missing: its title is read
    (unit, period) and the reason is an error for the whole file, at the header row found or
    at the title."""
    sheet = near.sheet
    title_end = near.row if near.why == "low" else min(len(sheet.rows), SCAN_ROWS) + 1
    out = EkinerjaExport(near.kind, sheet.name, near.row, read_title_lines(sheet, title_end))
    check_period(ctx, sheet.name, out.header, near.kind)
    signature = ", ".join(("nip", *SIGNATURE[near.kind]))

    def fail(kode: str, **params: Any) -> None:
        ctx.add(kode, sheet=sheet.name, row=near.row, col=near.col, row_level=False, **params)

    if near.why == "low":
        laporan = kind_name(near.kind)
        fail("ek_judul_kolom_terlalu_bawah", laporan=laporan, baris=near.row, batas=SCAN_ROWS)
    else:
        judul = text_value(sheet.value(near.row, near.col)) or "-"
        fail(
            "ek_judul_kolom_tidak_ada",
            nilai=judul,
            laporan=kind_name(near.kind),
            judul=judul,
            kolom=signature,
            batas=SCAN_ROWS,
        )
    out.issues = ctx.issues
    return out
