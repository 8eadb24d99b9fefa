"""Reading the exports e-Kinerja BKN gives a BKD admin (issue 17, first part: the reader).

Two exports, recognised by their content, never by the file name: "Laporan Penilaian SKP"
(one row per assessment: ``nip``, ``nama``, ``skp_unor``, ``skp_unor_induk``, ``skp_jabatan``,
``hasil_kerja``, ``perilaku_kerja``, ``hasil_akhir``, ...) and "Laporan SKP" (one row per SKP:
``id``, ``nip``, ``skp_status``, ``periode_akhir``, ...). Title rows ("Laporan Penilaian SKP
Periode ... Tahun 2026", "Instansi ...", "Unor Induk : ...", "Data ditarik pada : ...") sit
above one header row of snake_case names, found by scanning the first 20 rows (header at row
8 or 10, names in any case and order, extra columns ignored). No official column
specification exists; docs/ekinerja.md lists what is known and what is read.

Every problem is an :class:`~kinerja_cli.model.Issue` at its real cell, like our own
templates: a required column missing (one issue naming them, at the header row), a NIP stored
as a number or malformed, a rating word that is not one, ``hasil_akhir`` that differs from the
matrix of ``hasil_kerja`` x ``perilaku_kerja`` (a warning), an acting official's row (PLT/PLH,
not a second assessment: a warning, the row is kept apart), and a NIP listed twice in the SKP
list after a transfer (the row with the latest ``periode_akhir`` is kept, the other named).
A ``-`` means empty.

:func:`to_submission` turns an export into the :class:`~kinerja_cli.model.Submission` every
later stage takes (``sumber`` says which export): the unit from ``skp_unor_induk`` through
``unit[].unor`` (:func:`unit_for_unor`), the period and year from the title and the
``Periode :`` line together (:mod:`kinerja_cli.ekinerja_period`; unclear or disagreeing is an
error at the title cell, never a default), the date the data were pulled as the file's date
(which of two downloads is newer; after the command's date an error), formula and error cells
in the rating columns reported by the templates' cell rule
(:func:`~kinerja_cli.validate.context.cell_usable`), one employee per NIP with the
ratings and the ``hasil_akhir`` e-Kinerja recorded (a Laporan Penilaian SKP), or the SKP list
(a Laporan SKP, for coverage).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kinerja_cli import layout
from kinerja_cli.config import Config, Unit
from kinerja_cli.domain import parse_predikat_pegawai, parse_rating
from kinerja_cli.ekinerja_period import ExportPeriod, read_periode_line, read_title
from kinerja_cli.model import (
    ANCHOR_NIP,
    SUMBER_EKINERJA,
    SUMBER_EKINERJA_SKP,
    Identitas,
    Issue,
    PegawaiRecord,
    SkpListRecord,
    Submission,
)
from kinerja_cli.readers.base import RawSheet, RawWorkbook
from kinerja_cli.validate.context import Ctx, cell_usable, text_value
from kinerja_cli.validate.tables import Table, header_text
from kinerja_cli.values import is_blank

SCAN_ROWS = 20
"""The header row is looked for within this many rows (as the known rekap tools do)."""

PENILAIAN = "penilaian"
SKP = "skp"

PENILAIAN_REQUIRED = (
    "nip",
    "nama",
    "skp_unor_induk",
    "hasil_kerja",
    "perilaku_kerja",
    "hasil_akhir",
)
PENILAIAN_OPTIONAL = (
    "no",
    "id",
    "skp_unor",
    "skp_jabatan",
    "golru",
    "jenis_pegawai",
    "skp_jenis_jabatan",
    "is_skp_plt_plh_pjb",
)
SKP_REQUIRED = ("id", "nip", "nama", "skp_unor_induk", "skp_status", "periode_akhir")
SKP_OPTIONAL = ("skp_jabatan", "skp_unor", "is_plt_plh")
_SIGNATURE = {PENILAIAN: ("hasil_akhir", "hasil_kerja"), SKP: ("skp_status", "periode_akhir")}
_PLT = {PENILAIAN: "is_skp_plt_plh_pjb", SKP: "is_plt_plh"}

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


def detect(raw: RawWorkbook) -> tuple[str, RawSheet, int] | None:
    """(kind, sheet, header row) of an e-Kinerja export, or None: the first sheet (in file
    order) with a row among the first :data:`SCAN_ROWS` naming a kind's signature columns."""
    for sheet in raw.sheets.values():
        for r in range(1, min(len(sheet.rows), SCAN_ROWS) + 1):
            names = {_name(v) for v in sheet.rows[r - 1]}
            for kind, signature in _SIGNATURE.items():
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
    but whose header row :func:`detect` cannot take."""

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
    """Why a workbook that :func:`detect` does not take still looks like an e-Kinerja export,
    or None (then it is read as a kinerja template). Bounded: :data:`NEAR_SCAN_COLS` columns
    of the first :data:`SCAN_ROWS` rows of each sheet, or of :data:`NEAR_SCAN_ROWS` rows of a
    sheet with an export's title (a header row pushed down by rows added under the title)."""
    for sheet in raw.sheets.values():
        title = _title_kind(sheet)
        limit = NEAR_SCAN_ROWS if title is not None else SCAN_ROWS
        for r in range(1, min(len(sheet.rows), limit) + 1):
            names = {_name(v) for v in sheet.rows[r - 1][:NEAR_SCAN_COLS]}
            if "nip" not in names:
                continue
            for kind, signature in _SIGNATURE.items():
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


def _seen_columns(sheet: RawSheet, row: int) -> str:
    """The header texts of ``row``, for a message (the first :data:`SEEN_SHOWN`)."""
    seen = [header_text(v) for v in sheet.rows[row - 1][:NEAR_SCAN_COLS] if not is_blank(v)]
    shown = ", ".join(seen[:SEEN_SHOWN])
    return f"{shown}, …" if len(seen) > SEEN_SHOWN else shown or "-"


def read_export(raw: RawWorkbook, ctx: Ctx | None = None) -> EkinerjaExport | None:
    """The export's rows and issues (None when ``raw`` is not an e-Kinerja export); issues
    are added to ``ctx`` when given. A workbook that looks like an export but whose header
    row cannot be taken (:func:`near_miss`) is one, with the reason as an error for the
    whole file: a signature column renamed (``ek_kolom_tidak_ada``, naming the columns seen),
    the header row below the first :data:`SCAN_ROWS` rows (``ek_judul_kolom_terlalu_bawah``)
    or none at all under an export's title (``ek_judul_kolom_tidak_ada``)."""
    found = detect(raw)
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
    out = EkinerjaExport(kind, sheet.name, header_row, _title(sheet, header_row))
    _check_period(ctx, sheet.name, out.header, kind)
    required, optional = (
        (PENILAIAN_REQUIRED, PENILAIAN_OPTIONAL)
        if kind == PENILAIAN
        else (SKP_REQUIRED, SKP_OPTIONAL)
    )
    table = _table(sheet, header_row, (*required, *optional))
    missing = [c for c in required if _canon(c) not in table.cols]
    if missing:
        ctx.add(
            "ek_kolom_tidak_ada",
            sheet=sheet.name,
            row=header_row,
            col=1,
            row_level=False,  # the whole file is unusable
            kolom=", ".join(missing),
            laporan=_kind_name(kind),
            ada=_seen_columns(sheet, header_row),
        )
        out.issues = ctx.issues
        return out
    out.table = table
    if kind == PENILAIAN:
        rows = _data_rows(table)
        _numbering(ctx, table, rows)
        out.rows = [_penilaian(ctx, table, r) for r in rows]
        _acting_only(ctx, table, out.rows)
    else:
        out.rows = [_skp(ctx, table, r) for r in _data_rows(table)]
        _transfers(ctx, table, out.rows)
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
    out = EkinerjaExport(near.kind, sheet.name, near.row, _title(sheet, title_end))
    _check_period(ctx, sheet.name, out.header, near.kind)
    signature = ", ".join(("nip", *_SIGNATURE[near.kind]))
    if near.why == "low":
        ctx.add(
            "ek_judul_kolom_terlalu_bawah",
            sheet=sheet.name,
            row=near.row,
            col=near.col,
            row_level=False,
            laporan=_kind_name(near.kind),
            baris=near.row,
            batas=SCAN_ROWS,
        )
    else:
        judul = text_value(sheet.value(near.row, near.col)) or "-"
        ctx.add(
            "ek_judul_kolom_tidak_ada",
            sheet=sheet.name,
            row=near.row,
            col=near.col,
            row_level=False,
            nilai=judul,
            laporan=_kind_name(near.kind),
            judul=judul,
            kolom=signature,
            batas=SCAN_ROWS,
        )
    out.issues = ctx.issues
    return out


def _kind_name(kind: str) -> str:
    return "Laporan Penilaian SKP" if kind == PENILAIAN else "Laporan SKP"


def _name(value: Any) -> str:
    return "_".join(str(value).strip().lower().split()) if isinstance(value, str) else ""


def _canon(name: str) -> str:
    """The table key of an export column (``nip`` is the NIP column every check knows)."""
    return layout.COL_NIP if name == "nip" else name


def _table(sheet: RawSheet, header_row: int, wanted: tuple[str, ...]) -> Table:
    cols: dict[str, int] = {}
    headers: dict[str, str] = {}
    for c, v in enumerate(sheet.rows[header_row - 1], start=1):
        key = _name(v)
        canon = _canon(key)
        if (key in wanted) and canon not in cols:
            cols[canon] = c
            headers[canon] = header_text(v)
    return Table(
        sheet=sheet, header_row=header_row, data_start=header_row + 1, cols=cols, headers=headers
    )


def _title(sheet: RawSheet, header_row: int) -> ExportHeader:
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


def _check_period(ctx: Ctx, sheet: str, head: ExportHeader, kind: str) -> None:
    """The period and year of the export, from the title and the ``Periode :`` line together
    (:mod:`kinerja_cli.ekinerja_period`): a line not recognised, the two disagreeing, or (a
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


def _data_rows(table: Table) -> list[int]:
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


def _acting_only(ctx: Ctx, table: Table, rows: list[PenilaianRow]) -> None:
    """An employee whose only rows are acting official's (Plt/Plh) rows is not assessed at
    all: ``ek_plt_tanpa_definitif`` at the flag, a warning that changes scores (``ek_plt_plh``
    says a Plt row is not a second assessment; here there is no first one)."""
    definitive = {r.nip for r in rows if r.nip and not r.plt_plh}
    for r in rows:
        if r.plt_plh and r.nip and r.nip not in definitive:
            ctx.at(table, r.row, _PLT[PENILAIAN], "ek_plt_tanpa_definitif", nip=r.nip)


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


def _numbering(ctx: Ctx, table: Table, rows: list[int]) -> None:
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


def _penilaian(ctx: Ctx, table: Table, row: int) -> PenilaianRow:
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
    plt = _acting(ctx, table, row, _PLT[PENILAIAN], nip)
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


def _date(value: Any) -> date | None:
    """A date cell or text, read by the one date rule of the templates' Tanggal
    (:func:`kinerja_cli.validate.identity.parse_date`); a time after the date ("15-01-2027
    09:12:44", as "Data ditarik pada" is written) is left aside."""
    from kinerja_cli.validate.identity import parse_date

    found = parse_date(value)
    if found is None and isinstance(value, str) and value.split():
        found = parse_date(value.split()[0])
    return found


def _skp(ctx: Ctx, table: Table, row: int) -> SkpListRecord:
    nip = _nip(ctx, table, row)
    raw_end = _value(table, row, "periode_akhir")
    end = _date(raw_end) if raw_end is not None else None
    if raw_end is not None and end is None:
        ctx.at(table, row, "periode_akhir", "ek_tanggal_tidak_sah", nilai=raw_end)
    plt = _acting(ctx, table, row, _PLT[SKP], nip)
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


def _transfers(ctx: Ctx, table: Table, rows: list[SkpListRecord]) -> None:
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


# ---- into the records every later stage takes -------------------------------------------


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
    title's and the ``Periode :`` line's together (:func:`_check_period`); another year than
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
    head = export.header
    unit = _file_unit(ctx, export, config)
    file_year = head.tahun if head.tahun is not None else year
    if file_year != year:
        row, col = head.cells.get("judul", (1, 1))
        ctx.add(
            "ek_tahun_beda",
            sheet=export.sheet,
            row=row,
            col=col,
            row_level=False,
            nilai=head.judul,
            tahun_berkas=file_year,
            tahun=year,
        )
    pulled = _pull_date(ctx, export, hari_ini)
    sub.identitas = Identitas(
        instansi=head.instansi,
        kode_unit=unit.kode if unit else None,
        nama_unit=unit.nama if unit else None,
        tahun=file_year,
        tanggal=pulled,
    )
    table = export.table
    if table is not None and not export.rows:
        # title and header but no data row: never the unit's current export (berkas_kosong
        # is an error for the whole file, so the store keeps it without counting it)
        ctx.add(
            "berkas_kosong",
            sheet=export.sheet,
            row=table.data_start,
            col=table.cols[layout.COL_NIP],
            row_level=False,
            path=ctx.file,
        )
    if export.rows and table is not None:
        col = table.cols[layout.COL_NIP]
        sub.anchors[ANCHOR_NIP] = (
            export.sheet,
            layout.col_letter(col),
            table.headers[layout.COL_NIP],
        )
        if unit is not None:
            _other_units(ctx, table, export.rows, unit, config)
        if export.kind == PENILAIAN:
            _duplicates(ctx, table, export.rows)
    for rec in export.rows:
        rec.valid = ctx.row_ok(export.sheet, rec.row)
    if export.kind == PENILAIAN:
        sub.pegawai = [
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
            for r in export.rows
            if (r.nip or r.nip_text) and not r.plt_plh
        ]
    else:
        sub.skp_list = [r for r in export.rows if r.nip and not r.plt_plh]
    sub.issues = ctx.issues
    return sub


def _pull_date(ctx: Ctx, export: EkinerjaExport, hari_ini: date | None) -> date | None:
    """The date of "Data ditarik pada", checked: not a date is a warning that changes scores
    (it decides which of two downloads is current, as Tanggal in Identitas); after
    ``hari_ini`` an error for the whole file."""
    head = export.header
    if not head.ditarik:
        return None
    row, col = head.cells["ditarik"]
    pulled = _date(head.ditarik)
    if pulled is None:
        ctx.add("ek_ditarik_tidak_sah", sheet=export.sheet, row=row, col=col, nilai=head.ditarik)
        return None
    if hari_ini is not None and pulled > hari_ini:
        ctx.add(
            "ek_ditarik_masa_depan",
            sheet=export.sheet,
            row=row,
            col=col,
            row_level=False,
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


def _duplicates(ctx: Ctx, table: Table, rows: list[PenilaianRow]) -> None:
    """A NIP assessed on two rows (not as PLT/PLH): both are errors, as on our Pegawai sheet."""
    from kinerja_cli.validate.rows import report_nip_twice

    by_nip: dict[str, list[int]] = {}
    for r in rows:
        if r.nip and not r.plt_plh:
            by_nip.setdefault(r.nip, []).append(r.row)
    report_nip_twice(ctx, table, by_nip)
