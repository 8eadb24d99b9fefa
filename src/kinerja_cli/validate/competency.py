"""The Kompetensi sheet (issue 13): one row per employee, a level 1-5 per competency that
applies to the unit, how it was assessed, the development hours (JP) of the year.

Read only when the config has competencies for the unit; every problem is at its cell and
none of them touches a score (competencies feed ``kinerja kebutuhan`` and the documents'
recommendations, never the nilai or predikat): a level outside 1-5 or not a number, a NIP
not on the Pegawai sheet, JP not a number or negative are errors of that row (the row is
left out of the needs); a NIP on two or more rows is one ``nip_ganda`` and none of its rows
is used; an employee without an assessment, an unknown method, a sheet or
column that is missing are warnings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kinerja_cli import layout
from kinerja_cli.layout import competency_key, normalize_header
from kinerja_cli.model import KompetensiRecord
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.validate.context import text_value
from kinerja_cli.validate.tables import HEADER_SEARCH_ROWS, Table, find_sheet, header_text
from kinerja_cli.values import is_blank, parse_number

if TYPE_CHECKING:
    from kinerja_cli.config import Config, Kompetensi
    from kinerja_cli.validate.context import Ctx

_METODE = {normalize_header(m): m for m in layout.METODE_PENILAIAN}
_OWN_COLUMNS = (layout.COL_NIP, layout.COL_NAMA, layout.COL_METODE, layout.COL_JP)


def check_kompetensi(
    ctx: Ctx,
    raw: RawWorkbook,
    config: Config,
    unit: str | None,
    pegawai: Table | None,
    rows_by_nip: dict[str, list[int]],
) -> list[KompetensiRecord]:
    """The Kompetensi rows of a unit's workbook (empty when the unit assesses none)."""
    if unit is None:
        return []
    comps = config.competencies_for(unit)
    if not comps:
        return []
    sheet = find_sheet(raw, layout.SHEET_KOMPETENSI)
    if sheet is None:
        ctx.add("kompetensi_lembar_tidak_ada", lembar=layout.SHEET_KOMPETENSI, row_level=False)
        return []
    table, missing = _find_table(sheet, comps)
    if table is None or missing:
        ctx.add(
            "kompetensi_kolom_tidak_ada",
            sheet=sheet.name,
            kolom=", ".join(missing) if missing else "NIP",
            row_level=False,
        )
        return []
    from kinerja_cli.validate.rows import read_nip as _nip, report_nip_twice, shown_nip

    records: list[KompetensiRecord] = []
    assessed: set[str] = set()
    rows_of: dict[str, list[int]] = {}
    keys = [competency_key(k.kode) for k in comps]
    for row in _data_rows(table):
        nip = _nip(ctx, table, row)
        if nip is not None and rows_by_nip and nip not in rows_by_nip and pegawai is not None:
            ctx.at(
                table,
                row,
                layout.COL_NIP,
                "kompetensi_nip_bukan_pegawai",
                nilai=nip,
                nip=nip,
                lembar_pegawai=pegawai.name,
            )
        levels: dict[str, int | None] = {}
        for comp, key in zip(comps, keys, strict=True):
            levels[comp.kode] = _level(ctx, table, row, key, comp)
        metode = _metode(ctx, table, row)
        jp = _jp(ctx, table, row)
        if nip is not None:
            assessed.add(nip)
            rows_of.setdefault(nip, []).append(row)
        records.append(
            KompetensiRecord(
                nip=shown_nip(table, row, nip),
                nama=text_value(table.value(row, layout.COL_NAMA)),
                levels=levels,
                metode=metode,
                jp=jp,
                sheet=table.name,
                row=row,
            )
        )
    # an employee on two rows: which levels are right cannot be known, none is used
    report_nip_twice(ctx, table, rows_of)
    if pegawai is not None:
        for nip, rows in rows_by_nip.items():
            if nip in assessed:
                continue
            ctx.at(
                pegawai,
                rows[0],
                layout.COL_NIP,
                "kompetensi_belum_dinilai",
                nilai=nip,
                nip=nip,
                lembar=table.name,
            )
    return records


def _find_table(sheet: RawSheet, comps: list[Kompetensi]) -> tuple[Table | None, list[str]]:
    """The header row: the row (within the first rows) naming NIP and the most competency
    codes; the competency columns the sheet lacks."""
    wanted = {normalize_header(k.kode): competency_key(k.kode) for k in comps}
    best: tuple[int, int, dict[str, int], dict[str, str]] | None = None
    for r in range(1, min(len(sheet.rows), HEADER_SEARCH_ROWS) + 1):
        cols: dict[str, int] = {}
        headers: dict[str, str] = {}
        for c, v in enumerate(sheet.rows[r - 1], start=1):
            if not isinstance(v, str) or not v.strip():
                continue
            key = normalize_header(v)
            canon = wanted.get(key) or layout.canonical_header(v)
            known = canon in _OWN_COLUMNS or (
                canon is not None and canon.startswith(layout.KOMPETENSI_PREFIX)
            )
            if known and canon is not None and canon not in cols:
                cols[canon] = c
                headers[canon] = header_text(v)
        if layout.COL_NIP not in cols:
            continue
        score = sum(1 for k in cols if k.startswith(layout.KOMPETENSI_PREFIX))
        if best is None or score > best[1]:
            best = (r, score, cols, headers)
    if best is None:
        return None, []
    row, _, cols, headers = best
    missing = [k.kode for k in comps if competency_key(k.kode) not in cols]
    return Table(
        sheet=sheet, header_row=row, data_start=row + 1, cols=cols, headers=headers
    ), missing


def _data_rows(table: Table) -> list[int]:
    """Rows below the header with anything in a known column (a hint row of text under the
    header, like the template's, is skipped: it has no NIP-like value)."""
    cols = list(table.cols.values())
    out = []
    for row in range(table.data_start, len(table.sheet.rows) + 1):
        if table.row_blank(row, cols):
            continue
        nip = table.value(row, layout.COL_NIP)
        if isinstance(nip, str) and not any(ch.isdigit() for ch in nip):
            continue  # the template's hint row ("18 digit, tanpa spasi")
        out.append(row)
    return out


def _level(ctx: Ctx, table: Table, row: int, key: str, comp: Kompetensi) -> int | None:
    value = table.value(row, key)
    if is_blank(value):
        return None
    parsed = parse_number(value)
    level = parsed.value
    if parsed.ok and level is not None and float(level).is_integer() and 1 <= level <= 5:
        return int(level)
    ctx.at(
        table,
        row,
        key,
        "kompetensi_level_tidak_sah",
        nilai=value,
        kompetensi=comp.kode,
        nama_kompetensi=comp.nama,
    )
    return None


def _metode(ctx: Ctx, table: Table, row: int) -> str | None:
    value = text_value(table.value(row, layout.COL_METODE))
    if value is None:
        return None
    found = _METODE.get(normalize_header(value))
    if found is None:
        ctx.at(
            table,
            row,
            layout.COL_METODE,
            "kompetensi_metode_tidak_dikenal",
            nilai=value,
            daftar=", ".join(layout.METODE_PENILAIAN),
        )
        return value
    return found


def _jp(ctx: Ctx, table: Table, row: int) -> float | None:
    value: Any = table.value(row, layout.COL_JP)
    if is_blank(value):
        return None
    parsed = parse_number(value, satuan=("jp", "jam"))
    if parsed.ok and parsed.value is not None and parsed.value >= 0:
        return float(parsed.value)
    ctx.at(table, row, layout.COL_JP, "kompetensi_jp_tidak_sah", nilai=value)
    return None
