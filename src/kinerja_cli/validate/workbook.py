"""``validate_workbook``: a :class:`RawWorkbook` in, a checked :class:`Submission` out.

Pure: no file access, no global state. Every problem becomes an :class:`Issue` at its real
cell; rows with an error get ``valid=False``; a structural problem (a missing sheet or
column, a file of another unit or year) is an error without a row, which makes the whole
file unscorable (:attr:`Submission.structural_ok`).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from kinerja_cli import layout
from kinerja_cli.config import Config
from kinerja_cli.formats import parse
from kinerja_cli.model import (
    ANCHOR_NIP,
    Identitas,
    PegawaiRecord,
    SkpRecord,
    Submission,
    realisasi_anchor,
)
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.validate.context import Ctx
from kinerja_cli.validate.copies import FEEDBACK_SHEET, read_marker, without_own_sheets
from kinerja_cli.validate.identity import (
    check_kepala_listed,
    identitas_anchors,
    read_identitas,
    read_meta,
)
from kinerja_cli.validate.rows import (
    check_capaian,
    check_iku,
    check_pegawai,
    check_skp,
    check_weights,
)
from kinerja_cli.validate.tables import Table, find_sheet, find_table

_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    layout.SHEET_IKU: (layout.IKU_COLUMNS, layout.IKU_REQUIRED),
    layout.SHEET_PEGAWAI: (
        (*layout.PEGAWAI_COLUMNS, *layout.PEGAWAI_OPTIONAL),
        layout.PEGAWAI_REQUIRED,
    ),
    layout.SHEET_SKP: (layout.SKP_COLUMNS, layout.SKP_REQUIRED),
}


def _table(ctx: Ctx, sheet: RawSheet, contract_name: str) -> Table | None:
    """The sheet as a table, or None when a required column is missing (reported)."""
    columns, required = _TABLES[contract_name]
    found = find_table(sheet, columns, required)
    if found.table is None or found.missing:
        ctx.add(
            "kolom_tidak_ada",
            sheet=sheet.name,
            kolom=", ".join(found.missing),
            ditemukan=", ".join(found.found) or "-",
        )
        return None
    table = found.table
    for canon, col in table.duplicates:
        ctx.add(
            "kolom_ganda",
            sheet=sheet.name,
            row=table.header_row,
            col=col,
            column=canon,
            kolom=canon,
            sel_dipakai=layout.a1(table.header_row, table.cols[canon]),
        )
    return table


def _unit_of(config: Config, kode: str | None) -> str | None:
    if kode is None:
        return None
    unit = config.unit_by_code(kode)
    return unit.kode if unit else None


NipCells = dict[str, list[tuple[str, int, str, str]]]
"""Valid NIP -> (sheet, row, cell, column header) of each employee cell holding it."""


def validate_workbook(
    raw: RawWorkbook, config: Config, *, tahun: int | None = None, hari_ini: date | None = None
) -> Submission:
    """Check one read workbook against the contract and ``config``.

    ``tahun`` is the assessment year (default ``config.tahun``). ``hari_ini``: the date the
    command runs for (``--tanggal`` or today, given by the caller, never read here); an
    e-Kinerja export pulled after it is an error (None: not checked).
    """
    return validate_workbook_cells(raw, config, tahun=tahun, hari_ini=hari_ini)[0]


def validate_workbook_cells(
    raw: RawWorkbook, config: Config, *, tahun: int | None = None, hari_ini: date | None = None
) -> tuple[Submission, NipCells]:
    """:func:`validate_workbook`, plus where each employee's NIP is (for cross-file issues).

    The format is the registry's choice (:func:`kinerja_cli.formats.parse`): our plan workbook
    (:func:`check_plan`), an e-Kinerja export (also a .csv: an export re-saved by a BKD), ..."""
    sub = parse(raw, config, tahun=tahun, hari_ini=hari_ini)
    return sub, _nip_cells(sub)


def check_plan(raw: RawWorkbook, config: Config, *, tahun: int | None = None) -> Submission:
    """Check a workbook of our plan format: the template's sheets, a .csv of its SKP sheet, or
    our feedback copy of either sent back (:mod:`kinerja_cli.formats.plan`)."""
    ctx = Ctx(file=raw.display_name, config=config, tahun=tahun or config.tahun)
    sub = Submission(
        path=raw.display_name, sha256=raw.sha256, size=raw.size, format=raw.format, mtime=raw.mtime
    )
    as_csv = raw.format == "csv"
    marker = read_marker(raw)
    if marker is not None:
        # Our feedback copy, sent back (an unchanged one was skipped before it was read):
        # read what the unit wrote, not our problem list; a copy of a .csv holds its sheet.
        raw = without_own_sheets(raw)
        as_csv = as_csv or marker.source_format == "csv"
        ctx.add(
            "umpan_balik_kembali",
            berkas_asal=marker.source or "-",
            lembar=FEEDBACK_SHEET,
        )
    table = _validate_csv(ctx, raw, sub) if as_csv else _validate_template(ctx, raw, sub)
    for records in (sub.iku, sub.pegawai, sub.skp, sub.kompetensi):
        for rec in records:
            rec.valid = ctx.row_ok(rec.sheet, rec.row)
    sub.issues = ctx.issues
    if table is not None and layout.COL_NIP in table.cols:
        col = table.cols[layout.COL_NIP]
        sub.anchors[ANCHOR_NIP] = (
            table.name,
            layout.col_letter(col),
            table.headers[layout.COL_NIP],
        )
    return sub


def _nip_cells(sub: Submission) -> NipCells:
    """Where each employee's (well-formed) NIP is, from the NIP column ``sub`` anchors."""
    cells: NipCells = {}
    anchor = sub.anchors.get(ANCHOR_NIP)
    if anchor is None:
        return cells
    _sheet, letters, header = anchor
    for rec in sub.pegawai:
        if len(rec.nip) == 18 and rec.nip.isdigit():
            cells.setdefault(rec.nip, []).append(
                (rec.sheet, rec.row, f"{letters}{rec.row}", header)
            )
    return cells


def _validate_template(ctx: Ctx, raw: RawWorkbook, sub: Submission) -> Table | None:
    """Check a workbook of the template's shape; returns the Pegawai table (if usable)."""
    config = ctx.config
    meta = read_meta(ctx, raw)
    sub.meta = meta
    sheets: dict[str, RawSheet] = {}
    for name in layout.SHEETS_REQUIRED:
        sheet = find_sheet(raw, name)
        if sheet is None:
            ctx.add(
                "lembar_tidak_ada",
                lembar=name,
                ditemukan=", ".join(n for n, s in raw.sheets.items() if not s.hidden) or "-",
            )
        else:
            sheets[name] = sheet
    sub.identitas = read_identitas(ctx, raw, meta)
    sub.anchors.update(identitas_anchors(raw))
    # a template of another year whose rules are otherwise the same: the year rules say so
    # (tahun_beda, templat_tahun_lain), not "the units or indicators changed"
    if meta is not None and meta.fingerprint not in (
        config.fingerprint(),
        config.for_year(meta.tahun).fingerprint(),
    ):
        ctx.add(
            "templat_konfigurasi_lain",
            sheet=layout.SHEET_META,
            sidik_berkas=meta.fingerprint,
            sidik_konfigurasi=config.fingerprint(),
        )
    unit = _unit_of(config, sub.kode_unit)

    tables = {name: _table(ctx, sheets[name], name) for name in _TABLES if name in sheets}
    iku, peg, skp = (
        tables.get(n) for n in (layout.SHEET_IKU, layout.SHEET_PEGAWAI, layout.SHEET_SKP)
    )
    for contract, found in ((layout.SHEET_IKU, iku), (layout.SHEET_SKP, skp)):
        if found is not None:
            _realisasi_anchors(sub, contract, found)
    if iku is not None:
        sub.iku = check_iku(ctx, iku, unit)
        check_capaian(ctx, iku, sub.iku)
    rows_by_nip: dict[str, list[int]] = {}
    if peg is not None:
        sub.pegawai, rows_by_nip = check_pegawai(ctx, peg)
    skp_nips: dict[int, str] = {}
    if skp is not None:
        sub.skp, skp_nips = check_skp(ctx, skp, unit)
        check_weights(ctx, skp, sub.skp)
        check_capaian(ctx, skp, sub.skp)
    if peg is not None and skp is not None:
        _cross_sheet(ctx, peg, skp, sub, rows_by_nip, skp_nips)
    if peg is not None:
        check_kepala_listed(ctx, raw, sub.identitas, sub.pegawai, peg.name)
    if config.kompetensi:  # only then: a config without competencies never loads the module
        from kinerja_cli.validate.competency import check_kompetensi

        sub.kompetensi = check_kompetensi(ctx, raw, config, unit, peg, rows_by_nip)
    if peg is not None and iku is not None and skp is not None:
        check_not_empty(ctx, sub, peg, iku)
    return peg


def _realisasi_given(table: Table) -> bool:
    """True when any ``Realisasi TWn`` cell below the header of ``table`` holds something
    (a value, or a formula or error cell: what it holds is checked elsewhere)."""
    cols = [table.cols[c] for c in layout.COL_REALISASI if c in table.cols]
    return any(
        not table.row_blank(r, cols) for r in range(table.data_start, table.sheet.max_row + 1)
    )


def check_not_empty(ctx: Ctx, sub: Submission, first: Table, iku: Table | None) -> None:
    """``berkas_kosong`` (an error for the whole file, at the first data cell of ``first``)
    when the file holds no employee row (Pegawai or SKP) and no IKU realisasi: a template
    sent back unfilled. It is kept in the store as received but never becomes the unit's
    current file, so the unit stays "not sent" and an earlier file stays current."""
    if sub.pegawai or sub.skp or (iku is not None and _realisasi_given(iku)):
        return
    col = first.cols.get(layout.COL_NIP) or min(first.cols.values(), default=1)
    ctx.add(
        "berkas_kosong",
        sheet=first.name,
        row=first.data_start,
        col=col,
        row_level=False,
        path=ctx.file,
    )


def _realisasi_anchors(sub: Submission, contract: str, table: Table) -> None:
    """Where the ``Realisasi TWn`` columns of ``table`` are, for the cells of a reporting gap
    (:mod:`kinerja_cli.scoring.gaps`)."""
    for q, canon in enumerate(layout.COL_REALISASI, start=1):
        col = table.cols.get(canon)
        if col is not None:
            sub.anchors[realisasi_anchor(contract, q)] = (
                table.name,
                layout.col_letter(col),
                table.headers[canon],
            )


def _cross_sheet(
    ctx: Ctx,
    peg: Table,
    skp: Table,
    sub: Submission,
    rows_by_nip: dict[str, list[int]],
    skp_nips: dict[int, str],
) -> None:
    """SKP rows whose NIP is not in Pegawai; employees with no SKP row."""
    with_skp = set(skp_nips.values())
    for row, nip in skp_nips.items():
        if nip not in rows_by_nip:
            ctx.at(
                skp,
                row,
                layout.COL_NIP,
                "skp_nip_bukan_pegawai",
                nilai=nip,
                nip=nip,
                lembar_pegawai=peg.name,
            )
    # An employee with no SKP row gets no nilai and no predikat (the unit head and an
    # employee with a Rating Hasil Kerja too: the scorer never rates anyone without rows),
    # so it is an error: the recap counts them as incomplete, with the reason.
    for nip, rows in rows_by_nip.items():
        if nip in with_skp:
            continue
        for row in rows:
            ctx.at(
                peg,
                row,
                layout.COL_NIP,
                "pegawai_tanpa_skp",
                nilai=nip,
                nip=nip,
                lembar_skp=skp.name,
            )


# ---- CSV: one sheet of SKP columns ---------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def unit_from_name(config: Config, name: str) -> str | None:
    """The config unit whose code appears in a file name as a whole token (longest wins)."""
    stem = Path(name).stem.upper()
    best: str | None = None
    for unit in config.unit:
        code = unit.kode.upper()
        if re.search(rf"(?<![A-Z0-9]){re.escape(code)}(?![A-Z0-9])", stem) and (
            best is None or len(code) > len(best)
        ):
            best = unit.kode
    return best


def _validate_csv(ctx: Ctx, raw: RawWorkbook, sub: Submission) -> Table | None:
    """A .csv holds the SKP sheet only: unit and year come from the file name
    (``RENCANA-<KODE>-<TAHUN>.csv``); employees are the NIPs of its rows, without ratings."""
    config = ctx.config
    unit = unit_from_name(config, raw.display_name)
    year_match = _YEAR.search(Path(raw.display_name).stem)
    year = int(year_match.group(1)) if year_match else ctx.tahun
    sub.identitas = Identitas(instansi=config.instansi, kode_unit=unit, tahun=year)
    if unit is None:
        ctx.add(
            "csv_unit_tidak_diketahui",
            contoh=layout.template_filename(config.unit[0].kode, ctx.tahun).replace(
                ".xlsx", ".csv"
            ),
        )
    elif year != ctx.tahun:
        ctx.add("csv_tahun_beda", tahun_berkas=year, tahun=ctx.tahun)
    sheet = next(iter(raw.sheets.values()), None)
    if sheet is None:
        ctx.add("kolom_tidak_ada", kolom=", ".join(layout.SKP_REQUIRED), ditemukan="-")
        return None
    table = _table(ctx, sheet, layout.SHEET_SKP)
    if table is None:
        return None
    sub.skp, nips = check_skp(ctx, table, unit)
    check_weights(ctx, table, sub.skp)
    check_capaian(ctx, table, sub.skp)
    sub.pegawai = _pegawai_from_skp(sub.skp, nips)
    check_not_empty(ctx, sub, table, None)
    return table


def _pegawai_from_skp(skp: list[SkpRecord], nips: dict[int, str]) -> list[PegawaiRecord]:
    out: dict[str, PegawaiRecord] = {}
    for rec in skp:
        nip = nips.get(rec.row)
        if nip and nip not in out:
            out[nip] = PegawaiRecord(
                nip=nip,
                nama=rec.nama,
                jabatan=None,
                golongan=None,
                rating_hasil_kerja=None,
                rating_perilaku=None,
                catatan=None,
                sheet=rec.sheet,
                row=rec.row,
            )
    return list(out.values())
