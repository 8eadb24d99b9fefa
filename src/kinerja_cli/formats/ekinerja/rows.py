"""The data rows of an e-Kinerja export, each checked at its cell: a Laporan Penilaian SKP
row (:func:`penilaian_row`) or a Laporan SKP row (:func:`skp_row`), and the rules across
rows (numbering, acting officials, a NIP twice)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kinerja_cli import layout
from kinerja_cli.domain import parse_predikat_pegawai, parse_rating
from kinerja_cli.formats.ekinerja.columns import PENILAIAN, PLT_COLUMN, SKP
from kinerja_cli.model import SkpListRecord
from kinerja_cli.validate.context import Ctx, cell_usable, text_value
from kinerja_cli.validate.tables import Table


@dataclass(slots=True)
class PenilaianRow:
    nip: str | None
    nama: str | None
    unor: str | None
    unor_induk: str | None
    jabatan: str | None
    golongan: str | None
    hasil_kerja: str | None
    perilaku_kerja: str | None
    hasil_akhir: str | None
    plt_plh: bool
    sheet: str
    row: int
    valid: bool = True
    nip_text: str | None = None
    """The NIP cell as text, for a row whose NIP is not one (kept as an incomplete employee,
    as on our Pegawai sheet, never dropped)."""


def data_rows(table: Table) -> list[int]:
    cols = list(table.cols.values())
    return [
        r
        for r in range(table.data_start, len(table.sheet.rows) + 1)
        if not table.row_blank(r, cols)
        and any(_value(table, r, k) is not None for k in table.cols if k != "no")
    ]


def _value(table: Table, row: int, key: str) -> Any:
    v = table.value(row, key)
    if isinstance(v, str) and v.strip() in ("-", "—", ""):
        return None
    return v


def _text(table: Table, row: int, key: str) -> str | None:
    v = _value(table, row, key)
    return text_value(v) if v is not None else None


def _acting(ctx: Ctx, table: Table, row: int, key: str, nip: str | None) -> bool:
    """True (and reported) for an acting official's (PLT/PLH) row: not a second assessment.
    A flag that is neither yes nor no is ``ek_plt_tidak_dikenal`` at its cell (before, any
    text made the row an acting official's and the employee vanished, issue 25)."""
    flag = _flag(table, row, key)
    if flag is None:
        v = _value(table, row, key)
        ctx.at(table, row, key, "ek_plt_tidak_dikenal", nilai=v, kolom=key, teks=str(v))
        return False
    if not flag:
        return False
    ctx.at(table, row, key, "ek_plt_plh", nilai=_value(table, row, key), nip=nip or "-")
    return True


def acting_only(ctx: Ctx, table: Table, rows: list[PenilaianRow]) -> None:
    """An employee whose only rows are acting official's (Plt/Plh) rows is not assessed at
    all: ``ek_plt_tanpa_definitif`` at the flag, a warning that changes scores (``ek_plt_plh``
    says a Plt row is not a second assessment; here there is no first one)."""
    definitive = {r.nip for r in rows if r.nip and not r.plt_plh}
    for r in rows:
        if r.plt_plh and r.nip and r.nip not in definitive:
            ctx.at(table, r.row, PLT_COLUMN[PENILAIAN], "ek_plt_tanpa_definitif", nip=r.nip)


_FLAG_NO = frozenset({"0", "0.0", "false", "tidak", "n", "no", "bukan"})
_FLAG_YES = frozenset({"1", "1.0", "true", "ya", "y", "yes", "plt", "plh", "plt/plh"})


def _flag(table: Table, row: int, key: str) -> bool | None:
    """The yes/no of a flag cell (blank is no); None when it is neither."""
    v = _value(table, row, key)
    if v is None or isinstance(v, bool):
        return bool(v)
    text = str(v).strip().lower()
    if text in _FLAG_NO:
        return False
    if text in _FLAG_YES:
        return True
    return None


def _nip(ctx: Ctx, table: Table, row: int) -> str | None:
    from kinerja_cli.validate.rows import read_nip as check

    if _value(table, row, layout.COL_NIP) is None:
        ctx.at(table, row, layout.COL_NIP, "nip_kosong")
        return None
    return check(ctx, table, row)


def _rating(ctx: Ctx, table: Table, row: int, key: str) -> str | None:
    if not cell_usable(ctx, table, row, key):  # a formula without a value, #N/A, ...
        return None
    v = _value(table, row, key)
    if v is None:
        return None
    rating = parse_rating(str(v))
    if rating is None:
        ctx.at(table, row, key, "ek_rating_tidak_dikenal", nilai=v, teks=str(v))
        return None
    return rating.value


def _predikat(ctx: Ctx, table: Table, row: int) -> str | None:
    if not cell_usable(ctx, table, row, "hasil_akhir"):
        return None
    v = _value(table, row, "hasil_akhir")
    if v is None:
        return None
    found = parse_predikat_pegawai(str(v))
    if found is None:
        ctx.at(table, row, "hasil_akhir", "ek_predikat_tidak_dikenal", nilai=v, teks=str(v))
        return None
    return found.value


def check_numbering(ctx: Ctx, table: Table, rows: list[int]) -> None:
    """e-Kinerja numbers the rows of an assessment export 1, 2, 3, ...: a number that does
    not follow the one above (a row deleted, pasted twice or moved after the download) is
    ``ek_nomor_loncat`` at its ``No`` cell. Exports without whole numbers in every row are
    not numbered and not checked."""
    if "no" not in table.cols or not rows:
        return
    numbers: list[int] = []
    for r in rows:
        v = table.value(r, "no")
        if isinstance(v, bool) or not isinstance(v, (int, float, str)):
            return
        text = str(v).strip()
        if text.endswith(".0"):
            text = text[:-2]
        if not text.isdigit():
            return
        numbers.append(int(text))
    previous = 0
    for r, n in zip(rows, numbers, strict=True):
        if n != previous + 1:
            ctx.at(table, r, "no", "ek_nomor_loncat", nilai=n, nomor=n, seharusnya=previous + 1)
        previous = n


_RESULT_COLUMNS = ("hasil_kerja", "perilaku_kerja", "hasil_akhir")


def _check_complete(ctx: Ctx, table: Table, row: int) -> None:
    """All three results blank is an employee not yet assessed (no issue: Cakupan lists it);
    some blank and some filled is an assessment cut short (a cell lost by a merge or a
    delete): ``ek_penilaian_tidak_lengkap`` at each blank cell. A formula without a value or
    an error value is not blank: :func:`cell_usable` has reported it at its cell already."""
    blank = [
        k
        for k in _RESULT_COLUMNS
        if k in table.cols
        and _value(table, row, k) is None
        and (row, table.cols[k]) not in table.special
    ]
    if not blank or len(blank) == len(_RESULT_COLUMNS):
        return
    filled = ", ".join(k for k in _RESULT_COLUMNS if k not in blank)
    for key in blank:
        ctx.at(table, row, key, "ek_penilaian_tidak_lengkap", kolom=key, terisi=filled)


def penilaian_row(ctx: Ctx, table: Table, row: int) -> PenilaianRow:
    from kinerja_cli.scoring.pegawai import predikat_pegawai

    nip = _nip(ctx, table, row)
    _check_complete(ctx, table, row)
    hasil = _rating(ctx, table, row, "hasil_kerja")
    perilaku = _rating(ctx, table, row, "perilaku_kerja")
    akhir = _predikat(ctx, table, row)
    if hasil and perilaku and akhir:
        expected = predikat_pegawai(hasil, perilaku).value
        if expected != akhir:
            ctx.at(
                table,
                row,
                "hasil_akhir",
                "ek_hasil_akhir_beda",
                nilai=akhir,
                tercatat=akhir,
                hasil_kerja=hasil,
                perilaku_kerja=perilaku,
                seharusnya=expected,
            )
    plt = _acting(ctx, table, row, PLT_COLUMN[PENILAIAN], nip)
    return PenilaianRow(
        nip=nip,
        nama=_text(table, row, "nama"),
        unor=_text(table, row, "skp_unor"),
        unor_induk=_text(table, row, "skp_unor_induk"),
        jabatan=_text(table, row, "skp_jabatan"),
        golongan=_text(table, row, "golru"),
        hasil_kerja=hasil,
        perilaku_kerja=perilaku,
        hasil_akhir=akhir,
        plt_plh=plt,
        sheet=table.name,
        row=row,
        nip_text=_text(table, row, layout.COL_NIP),
    )


def date_of(value: Any) -> date | None:
    """A date cell or text, read by the one date rule of the templates' Tanggal
    (:func:`kinerja_cli.values.parse_date`); a time after the date ("15-01-2027
    09:12:44", as "Data ditarik pada" is written) is left aside."""
    from kinerja_cli.values import parse_date

    found = parse_date(value)
    if found is None and isinstance(value, str) and value.split():
        found = parse_date(value.split()[0])
    return found


def skp_row(ctx: Ctx, table: Table, row: int) -> SkpListRecord:
    nip = _nip(ctx, table, row)
    raw_end = _value(table, row, "periode_akhir")
    end = date_of(raw_end) if raw_end is not None else None
    if raw_end is not None and end is None:
        ctx.at(table, row, "periode_akhir", "ek_tanggal_tidak_sah", nilai=raw_end)
    plt = _acting(ctx, table, row, PLT_COLUMN[SKP], nip)
    return SkpListRecord(
        nip=nip or "",
        nama=_text(table, row, "nama"),
        jabatan=_text(table, row, "skp_jabatan"),
        status=(_text(table, row, "skp_status") or "").lower() or None,
        periode_akhir=end,
        plt_plh=plt,
        sheet=table.name,
        row=row,
        id=_text(table, row, "id"),
        unor_induk=_text(table, row, "skp_unor_induk"),
    )


def transfers(ctx: Ctx, table: Table, rows: list[SkpListRecord]) -> None:
    """A NIP listed twice (not as PLT/PLH): the row with the latest ``periode_akhir`` counts,
    each other row is named with the one kept. When the dates cannot tell (the latest date
    on two rows, or a row without a date), no row is guessed: ``nip_ganda`` on each, none
    counted."""
    from kinerja_cli.validate.rows import report_nip_twice, row_list

    by_nip: dict[str, list[SkpListRecord]] = {}
    for r in rows:
        if r.nip and not r.plt_plh:
            by_nip.setdefault(r.nip, []).append(r)
    for nip, same in by_nip.items():
        if len(same) < 2:
            continue
        dates = [r.periode_akhir for r in same]
        latest = max((d for d in dates if d is not None), default=None)
        if latest is None or None in dates or dates.count(latest) > 1:
            report_nip_twice(ctx, table, {nip: [r.row for r in same]})
            continue
        kept = next(r for r in same if r.periode_akhir == latest)
        older = [r.row for r in same if r is not kept]
        for r in same:
            r.superseded = r is not kept
        # one warning per NIP, at its first older row, naming them all (linear)
        ctx.at(
            table,
            older[0],
            layout.COL_NIP,
            "ek_nip_ganda_mutasi",
            nilai=nip,
            nip=nip,
            baris_dipakai=kept.row,
            jumlah=len(older),
            baris=row_list(older),
        )


def report_duplicates(ctx: Ctx, table: Table, rows: list[PenilaianRow]) -> None:
    """A NIP assessed on two rows (not as PLT/PLH): both are errors, as on our Pegawai sheet."""
    from kinerja_cli.validate.rows import report_nip_twice

    by_nip: dict[str, list[int]] = {}
    for r in rows:
        if r.nip and not r.plt_plh:
            by_nip.setdefault(r.nip, []).append(r.row)
    report_nip_twice(ctx, table, by_nip)
