"""An e-Kinerja export into the :class:`~kinerja_cli.model.Submission` every later stage
takes: the unit its ``skp_unor_induk`` means, the year, the pull date, the employees or the
SKP list."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from kinerja_cli import layout
from kinerja_cli.config import Config, Unit
from kinerja_cli.formats.ekinerja.columns import PENILAIAN
from kinerja_cli.formats.ekinerja.export import EkinerjaExport, read_export
from kinerja_cli.formats.ekinerja.rows import PenilaianRow, date_of, report_duplicates
from kinerja_cli.formats.ekinerja.title import ExportHeader
from kinerja_cli.model import (
    ANCHOR_NIP,
    SUMBER_EKINERJA,
    SUMBER_EKINERJA_SKP,
    Identitas,
    PegawaiRecord,
    SkpListRecord,
    Submission,
)
from kinerja_cli.readers.base import RawWorkbook
from kinerja_cli.validate.context import Ctx
from kinerja_cli.validate.tables import Table


def unit_for_unor(config: Config, name: str | None) -> tuple[Unit | None, list[str]]:
    """The config unit an export's ``skp_unor_induk`` means (its ``nama``, ``kode`` or one of
    its ``unor`` names; case, spaces and punctuation at the ends ignored), or None and the
    closest unit names (to list an unmapped name with what it probably is)."""
    import difflib

    key = layout.normalize_header(name or "")
    names: dict[str, Unit] = {}
    for unit in config.unit:
        for text in (unit.nama, unit.kode, *unit.unor):
            names.setdefault(layout.normalize_header(text), unit)
    if key and key in names:
        return names[key], []
    close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.6) if key else []
    return None, list(dict.fromkeys(names[c].nama for c in close))


def to_submission(
    raw: RawWorkbook,
    config: Config,
    *,
    tahun: int | None = None,
    hari_ini: date | None = None,
) -> Submission | None:
    """The :class:`Submission` of an e-Kinerja export (None when ``raw`` is not one).

    Unit: the title's "Unor Induk", else the rows' most common ``skp_unor_induk``, through
    :func:`unit_for_unor`; unmapped, the file counts for no unit (an error naming the closest
    units). A row of another ``unor induk`` is an error at its cell. Period and year: the
    title's and the ``Periode :`` line's together (:func:`check_period`); another year than
    the one checked is an error for the whole file, at the title cell. The pull date ("Data
    ditarik pada") is the file's date; after ``hari_ini`` (the command's ``--tanggal`` or
    today, given by the caller; None: not checked) it is an error for the whole file, at its
    cell, so that file never becomes current over a genuine later download.
    Laporan Penilaian SKP: one :class:`PegawaiRecord` per employee row (PLT/PLH rows are
    not a second assessment and are left out), with the recorded ``hasil_akhir`` as
    ``predikat``; a NIP on two rows is an error on both (as on our Pegawai sheet).
    Laporan SKP: the rows as :class:`SkpListRecord` (PLT/PLH rows left out)."""
    year = tahun or config.tahun
    ctx = Ctx(file=raw.display_name, config=config, tahun=year)
    export = read_export(raw, ctx)
    if export is None:
        return None
    sub = Submission(
        path=raw.display_name,
        sha256=raw.sha256,
        size=raw.size,
        format=raw.format,
        mtime=raw.mtime,
        sumber=SUMBER_EKINERJA if export.kind == PENILAIAN else SUMBER_EKINERJA_SKP,
        periode_sumber=_period_text(export.header),
    )
    unit = _file_unit(ctx, export, config)
    sub.identitas = _identitas(ctx, export, unit, year, hari_ini)
    _check_rows(ctx, export, sub, unit, config)
    for rec in export.rows:
        rec.valid = ctx.row_ok(export.sheet, rec.row)
    if export.kind == PENILAIAN:
        sub.pegawai = _employees(export.rows)
    else:
        sub.skp_list = [r for r in export.rows if r.nip and not r.plt_plh]
    sub.issues = ctx.issues
    return sub


def _identitas(
    ctx: Ctx, export: EkinerjaExport, unit: Unit | None, year: int, hari_ini: date | None
) -> Identitas:
    """The file's unit, year and date: another year than ``year`` is an error for the whole
    file, at the title cell; the pull date is checked by :func:`_pull_date`."""
    head = export.header
    file_year = head.tahun if head.tahun is not None else year
    if file_year != year:
        at = head.cells.get("judul", (1, 1))
        _file_error(
            ctx, export, "ek_tahun_beda", at, nilai=head.judul, tahun_berkas=file_year, tahun=year
        )
    pulled = _pull_date(ctx, export, hari_ini)
    return Identitas(
        instansi=head.instansi,
        kode_unit=unit.kode if unit else None,
        nama_unit=unit.nama if unit else None,
        tahun=file_year,
        tanggal=pulled,
    )


def _file_error(
    ctx: Ctx, export: EkinerjaExport, kode: str, at: tuple[int, int], **params: Any
) -> None:
    """``kode`` as an error for the whole file (the store keeps the file, never counts it),
    at cell ``at`` (row, column) of the export's sheet."""
    ctx.add(kode, sheet=export.sheet, row=at[0], col=at[1], row_level=False, **params)


def _check_rows(
    ctx: Ctx, export: EkinerjaExport, sub: Submission, unit: Unit | None, config: Config
) -> None:
    """The rules over the rows of a readable table: none at all (``berkas_kosong``), a row of
    another unit, a NIP assessed twice; anchors the NIP column."""
    table = export.table
    if table is None:
        return
    if not export.rows:
        # title and header but no data row: never the unit's current export (berkas_kosong
        # is an error for the whole file, so the store keeps it without counting it)
        at = (table.data_start, table.cols[layout.COL_NIP])
        _file_error(ctx, export, "berkas_kosong", at, path=ctx.file)
        return
    col = table.cols[layout.COL_NIP]
    sub.anchors[ANCHOR_NIP] = (export.sheet, layout.col_letter(col), table.headers[layout.COL_NIP])
    if unit is not None:
        _other_units(ctx, table, export.rows, unit, config)
    if export.kind == PENILAIAN:
        report_duplicates(ctx, table, export.rows)


def _employees(rows: list[PenilaianRow]) -> list[PegawaiRecord]:
    """One employee per assessment row with a NIP (PLT/PLH rows are not a second assessment),
    with the ``hasil_akhir`` e-Kinerja recorded as ``predikat``."""
    return [
        PegawaiRecord(
            nip=r.nip or r.nip_text or "",
            nama=r.nama,
            jabatan=r.jabatan,
            golongan=r.golongan,
            rating_hasil_kerja=r.hasil_kerja,
            rating_perilaku=r.perilaku_kerja,
            catatan=None,
            sheet=r.sheet,
            row=r.row,
            valid=r.valid,
            predikat=r.hasil_akhir,
        )
        for r in rows
        if (r.nip or r.nip_text) and not r.plt_plh
    ]


def _pull_date(ctx: Ctx, export: EkinerjaExport, hari_ini: date | None) -> date | None:
    """The date of "Data ditarik pada", checked: not a date is a warning that changes scores
    (it decides which of two downloads is current, as Tanggal in Identitas); after
    ``hari_ini`` an error for the whole file."""
    head = export.header
    if not head.ditarik:
        return None
    row, col = head.cells["ditarik"]
    pulled = date_of(head.ditarik)
    if pulled is None:
        ctx.add("ek_ditarik_tidak_sah", sheet=export.sheet, row=row, col=col, nilai=head.ditarik)
        return None
    if hari_ini is not None and pulled > hari_ini:
        _file_error(
            ctx,
            export,
            "ek_ditarik_masa_depan",
            (row, col),
            nilai=head.ditarik,
            tanggal=pulled.isoformat(),
            hari_ini=hari_ini.isoformat(),
        )
    return pulled


def _period_text(head: ExportHeader) -> str | None:
    """The period as stored and shown ("Triwulan II Tahun 2026"), written from what was
    recognised; as the file says it when it was not (the file is then not counted)."""
    if head.periode_ekspor is not None and head.tahun is not None:
        return f"{head.periode_ekspor.label()} Tahun {head.tahun}"
    if head.judul:
        m = re.search(r"periode\s+(.*)$", head.judul, re.I)
        if m:
            return m.group(1).strip()
    return head.periode


def _file_unit(ctx: Ctx, export: EkinerjaExport, config: Config) -> Unit | None:
    names = [r.unor_induk for r in export.rows if r.unor_induk]
    name = export.header.unor_induk
    if not name or name.strip().upper() == "ALL":
        name = Counter(names).most_common(1)[0][0] if names else None
    unit, close = unit_for_unor(config, name)
    if unit is None:
        ctx.add(
            "ek_unor_tidak_dipetakan",
            sheet=export.sheet,
            nilai=name,
            unor=name or "-",
            mirip=", ".join(close) or "-",
        )
    return unit


def _other_units(ctx: Ctx, table: Table, rows: list[Any], unit: Unit, config: Config) -> None:
    """A row whose ``skp_unor_induk`` is another unit's (or no unit's): an error at its cell."""
    seen: dict[str, Unit | None] = {}
    for r in rows:
        if not r.unor_induk or r.plt_plh or (isinstance(r, SkpListRecord) and r.superseded):
            continue
        if r.unor_induk not in seen:
            seen[r.unor_induk] = unit_for_unor(config, r.unor_induk)[0]
        other = seen[r.unor_induk]
        if other is None or other.kode != unit.kode:
            ctx.at(
                table,
                r.row,
                "skp_unor_induk",
                "ek_unor_lain",
                nilai=r.unor_induk,
                unor=r.unor_induk,
                unit=unit.kode,
            )
