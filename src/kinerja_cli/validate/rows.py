"""Row checks of the IKU, Pegawai and SKP sheets, producing the normalised records.

Each cell rule is one function, used by both ways a row is read: the full checks (which
report every problem with its kode, at its cell) and the fast path of clean rows
(:class:`_PegawaiFast`, :class:`_SkpFast`), which builds the record without any issue when
every cell passes the *same* rule functions -- ``values.check_nip``, ``text_value``,
``parse_golongan``, ``parse_rating``, ``_decide`` (indicator of the unit),
``context.clean_target`` (target parsed within bounds), ``context.typed_number`` (a typed
number within ``bounds``), :func:`bobot_allowed` -- and hands the row to the full checks at the
first cell that does not. The fast path states no rule of its own (no bound, no threshold):
``tests/test_architecture.py`` checks that on its source, and ``tests/test_perf_paths.py``
compares both paths on random workbooks. A new rule goes into a function here or in
``validate/context.py``, called by the full check; where the fast path reads that cell, it
calls the same function.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from kinerja_cli import layout, values
from kinerja_cli.config import Indikator, Target
from kinerja_cli.domain import parse_golongan, parse_rating
from kinerja_cli.model import IkuRecord, PegawaiRecord, SkpRecord
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring.capaian import aggregate_realisasi, period_target, unfloored_capaian
from kinerja_cli.validate.context import (
    BAD,
    Ctx,
    Reading,
    bounds,
    cell_usable,
    clean_target,
    read_number,
    read_target,
    target_problem,
    text_value,
    typed_number,
)
from kinerja_cli.validate.tables import Table, blank_runs
from kinerja_cli.values import is_blank

Level = Literal["pegawai", "unit"]
Quarter = tuple[float | None, float | None, float | None, float | None]

BOBOT_TOTAL = 100.0
BOBOT_MIN = 1.0
"""The smallest weight: under 1 % is a mistake, never a weight (``0.1`` is "10%" typed in a
percent-formatted cell, ``1e-25`` a typo), and the row would count for nothing while
``bobot_jumlah`` named only the employee's first weight (issue 25)."""
BOBOT_TOLERANCE = 0.01
BOBOT_UNITS = ("%",)


def bobot_allowed(bobot: float) -> bool:
    """A weight is at least :data:`BOBOT_MIN` and at most 100 (percent of the employee's
    SKP); the rule of ``bobot_tidak_sah`` for both the full checks and the fast path."""
    return BOBOT_MIN <= bobot <= BOBOT_TOTAL


"""A weight is a number or a percent ("25", "25%"), never followed by other words."""


def report_blank_runs(ctx: Ctx, table: Table, columns: tuple[str, ...]) -> list[int]:
    """Data rows of ``table``; one warning per run of blank rows between data rows."""
    rows, runs = blank_runs(table, columns)
    first_col = min(table.cols.values())
    for start, end in runs:
        ctx.add(
            "baris_kosong",
            sheet=table.name,
            row=start,
            col=first_col,
            baris=str(start) if start == end else f"{start}-{end}",
            jumlah=end - start + 1,
        )
    return rows


Decision = tuple[str, "Indikator | None", str | None, dict[str, Any]]
"""(code, indicator or None, issue kode or None, issue params) for one written code."""


def _decide(ctx: Ctx, kode: str, unit: str | None, level: Level) -> Decision:
    config = ctx.config
    ind = config.indicators_by_code.get(kode)
    if ind is None:
        up = kode.upper()
        ind = next((i for i in config.indikator if i.kode.upper() == up), None)
    if ind is None:
        choices = (
            config.indicators_for(unit, level)
            if unit
            else [i for i in config.indikator if i.tingkat == level]
        )
        return (
            kode,
            None,
            "indikator_tidak_dikenal",
            {"kode": kode, "daftar": _list(i.kode for i in choices)},
        )
    if ind.tingkat != level:
        kode_issue = "indikator_bukan_iku" if level == "unit" else "indikator_bukan_skp"
        return ind.kode, None, kode_issue, {"kode": ind.kode}
    if (
        unit is not None
        and ind.unit != "semua"
        and unit.upper() not in (u.upper() for u in ind.unit)
    ):
        return (
            ind.kode,
            None,
            "indikator_bukan_unit",
            {
                "kode": ind.kode,
                "unit": unit,
                "daftar": _list(i.kode for i in config.indicators_for(unit, level)),
            },
        )
    return ind.kode, ind, None, {}


def _indicator(
    ctx: Ctx, table: Table, row: int, unit: str | None, level: Level
) -> tuple[str, Indikator | None]:
    """Read and check the Kode Indikator cell: (code as written, indicator or None)."""
    canon = layout.COL_KODE
    raw = table.value(row, canon)
    if not cell_usable(ctx, table, row, canon):
        return "", None
    kode = text_value(raw)
    if kode is None:
        ctx.at(table, row, canon, "kode_indikator_kosong")
        return "", None
    key = (kode, unit, level)
    decision = ctx.cache.get(key)
    if decision is None:
        decision = ctx.cache[key] = _decide(ctx, kode, unit, level)
    code, ind, issue, params = decision
    if issue is not None:
        ctx.at(table, row, canon, issue, nilai=raw, **params)
    return code, ind


def _realisasi(ctx: Ctx, table: Table, row: int, ind: Indikator | None) -> Quarter:
    out: list[float | None] = []
    how = Reading.of(ind, "realisasi_di_luar_batas")
    for canon in layout.COL_REALISASI:
        if canon not in table.cols:
            out.append(None)
            continue
        v = read_number(ctx, table, row, canon, how)
        out.append(None if v is BAD else v)  # type: ignore[arg-type]
    return out[0], out[1], out[2], out[3]


def _target(ctx: Ctx, table: Table, row: int, ind: Indikator | None) -> Target | None:
    canon = layout.COL_TARGET
    t = read_target(ctx, table, row, canon, Reading.of(ind, "target_di_luar_batas"))
    if t is None:
        ctx.at(table, row, canon, "target_kosong")
        return None
    if t is BAD:
        return None
    assert isinstance(t, Target)
    problem = target_problem(t, ind.polaritas) if ind is not None else None
    if problem is not None:
        raw = table.value(row, canon)
        ctx.at(table, row, canon, problem, nilai=raw, teks=text_value(raw) or "")
        return None
    return t


# ---- IKU -----------------------------------------------------------------------------------


def check_iku(ctx: Ctx, table: Table, unit: str | None) -> list[IkuRecord]:
    records: list[IkuRecord] = []
    seen: dict[str, int] = {}
    repeats: dict[str, tuple[str, list[int]]] = {}
    """code -> (the code as written, the rows after its first)"""
    for row in report_blank_runs(ctx, table, layout.IKU_COLUMNS):
        kode, ind = _indicator(ctx, table, row, unit, "unit")
        target = _target(ctx, table, row, ind)
        realisasi = _realisasi(ctx, table, row, ind)
        if kode:
            first = seen.setdefault(kode.upper(), row)
            if first != row:
                repeats.setdefault(kode.upper(), (kode, []))[1].append(row)
        records.append(
            IkuRecord(
                kode=kode,
                nama=text_value(table.value(row, layout.COL_INDIKATOR)),
                satuan=text_value(table.value(row, layout.COL_SATUAN)),
                target=target,
                realisasi=realisasi,
                keterangan=text_value(table.value(row, layout.COL_KETERANGAN)),
                sheet=table.name,
                row=row,
            )
        )
    for key, (kode, again) in repeats.items():
        # one issue per code, at its first repeat, naming every row; the repeats are not used
        rows = [seen[key], *again]
        ctx.at(
            table,
            again[0],
            layout.COL_KODE,
            "iku_indikator_ganda",
            nilai=kode,
            kode=kode,
            baris_pertama=rows[0],
            jumlah=len(rows),
            baris=row_list(rows),
        )
        ctx.bad_rows.update((table.name, r) for r in again)
    if unit is not None:
        # An assigned IKU with no row: an error (the unit's capaian cannot be computed from
        # the other rows), marked on the first empty rows below the data, where the missing
        # rows belong.
        free = max((rec.row for rec in records), default=table.data_start - 1)
        for ind in ctx.config.indicators_for(unit, "unit"):
            if ind.kode.upper() not in seen:
                free += 1
                ctx.at(
                    table,
                    free,
                    layout.COL_KODE,
                    "iku_indikator_belum_ada",
                    kode=ind.kode,
                    nama=ind.nama,
                    baris=free,
                )
    return records


# ---- Pegawai -------------------------------------------------------------------------------


def _nip(ctx: Ctx, table: Table, row: int) -> str | None:
    """The row's normalised NIP, or None (reported)."""
    canon = layout.COL_NIP
    if not cell_usable(ctx, table, row, canon):
        return None
    raw = table.value(row, canon)
    key = ("nip", type(raw), raw)
    check = ctx.cache.get(key)
    if check is None:
        check = ctx.cache[key] = values.check_nip(raw)
    if not check.ok:
        ctx.at(
            table,
            row,
            canon,
            check.kode or values.NIP_KARAKTER_SALAH,
            nilai=raw,
            **check.param_dict,
        )
        return None
    return check.nip


read_nip = _nip
"""The NIP of a row, checked and reported at its cell (for the other sheets and formats that
carry a NIP column: Kompetensi, e-Kinerja exports)."""


def shown_nip(table: Table, row: int, nip: str | None) -> str:
    """The NIP a record keeps: the valid one, else the cell's text (a row with a bad NIP stays
    on the records as an incomplete employee, named as the unit wrote it)."""
    return nip or (text_value(table.value(row, layout.COL_NIP)) or "")


def _rating(ctx: Ctx, table: Table, row: int, canon: str) -> str | None:
    if canon not in table.cols or not cell_usable(ctx, table, row, canon):
        return None
    raw = table.value(row, canon)
    if is_blank(raw):
        return None
    rating = parse_rating(str(raw))
    if rating is None:
        ctx.at(table, row, canon, "rating_tidak_sah", nilai=raw, teks=text_value(raw) or "")
        return None
    return rating.value


def _text(ctx: Ctx, table: Table, row: int, canon: str) -> str | None:
    if canon not in table.cols or not cell_usable(ctx, table, row, canon):
        return None
    return text_value(table.value(row, canon))


def check_pegawai(ctx: Ctx, table: Table) -> tuple[list[PegawaiRecord], dict[str, list[int]]]:
    """Records and, per valid NIP, the rows it appears on."""
    records: list[PegawaiRecord] = []
    rows_by_nip: dict[str, list[int]] = defaultdict(list)
    fast = _PegawaiFast(ctx, table) if not table.special and not table.percent else None
    for row in report_blank_runs(ctx, table, layout.PEGAWAI_COLUMNS):
        if fast is not None:
            rec = fast.record(row)
            if rec is not None:
                rows_by_nip[rec.nip].append(row)
                records.append(rec)
                continue
        nip = _nip(ctx, table, row)
        nama = _text(ctx, table, row, layout.COL_NAMA)
        if nama is None and layout.COL_NAMA in table.cols:
            ctx.at(table, row, layout.COL_NAMA, "nama_kosong")
        golongan_raw = _text(ctx, table, row, layout.COL_GOLONGAN)
        golongan = parse_golongan(golongan_raw) if golongan_raw else None
        if golongan_raw and golongan is None:
            ctx.at(
                table,
                row,
                layout.COL_GOLONGAN,
                "golongan_tidak_dikenal",
                nilai=golongan_raw,
                teks=golongan_raw,
            )
            golongan = golongan_raw
        hasil = _rating(ctx, table, row, layout.COL_RATING_HASIL)
        perilaku = _rating(ctx, table, row, layout.COL_RATING_PERILAKU)
        col_p = layout.COL_RATING_PERILAKU
        if (
            perilaku is None
            and col_p in table.cols
            and is_blank(table.value(row, col_p))
            and ctx.row_ok(table.name, row)
        ):
            ctx.at(table, row, col_p, "rating_perilaku_kosong")
        if nip is not None:
            rows_by_nip[nip].append(row)
        records.append(
            PegawaiRecord(
                nip=shown_nip(table, row, nip),
                nama=nama,
                jabatan=_text(ctx, table, row, layout.COL_JABATAN),
                golongan=golongan,
                rating_hasil_kerja=hasil,
                rating_perilaku=perilaku,
                catatan=_text(ctx, table, row, layout.COL_CATATAN),
                sheet=table.name,
                row=row,
                nip_penilai=_penilai(ctx, table, row),
            )
        )
    _check_penilai(ctx, table, records, rows_by_nip)
    report_nip_twice(ctx, table, rows_by_nip)
    return records, dict(rows_by_nip)


ROWS_SHOWN = 10
"""Row numbers a message lists before it cuts the list (:func:`row_list`)."""


def row_list(rows: Sequence[int], shown: int = ROWS_SHOWN) -> str:
    """Row numbers for a message, in the order given: all of them when few, else the first
    ``shown``, an ellipsis and the last (the message gives the count): a list that stays
    short however many rows a fill-down mistake made."""
    if len(rows) <= shown + 1:
        return ", ".join(str(r) for r in rows)
    return f"{', '.join(str(r) for r in rows[:shown])}, …, {rows[-1]}"


def report_nip_twice(ctx: Ctx, table: Table, rows_by_nip: Mapping[str, list[int]]) -> None:
    """A NIP on two or more rows of one table (the Pegawai sheet, an e-Kinerja export, the
    exclusions list): one ``nip_ganda`` per NIP, at its first row's NIP cell, with the count
    and the rows (:func:`row_list`); every one of its rows is marked as having an error (none
    is used: which one is right cannot be known). Linear in the rows: 100,000 rows of one NIP
    (a fill-down mistake) are one issue, not one per row naming all the others."""
    for nip, rows in rows_by_nip.items():
        if len(rows) < 2:
            continue
        ordered = sorted(rows)
        ctx.at(
            table,
            ordered[0],
            layout.COL_NIP,
            "nip_ganda",
            nilai=nip,
            nip=nip,
            jumlah=len(ordered),
            baris=row_list(ordered),
        )
        ctx.bad_rows.update((table.name, r) for r in ordered)


def _penilai(ctx: Ctx, table: Table, row: int) -> str | None:
    """The NIP in the optional "NIP Pejabat Penilai" cell; a malformed one is warned about
    (the head of unit then rates the employee) and read as None. An error value or a formula
    without a stored value gets the issue of any such cell (:func:`cell_usable`)."""
    canon = layout.COL_PENILAI
    if canon not in table.cols or not cell_usable(ctx, table, row, canon):
        return None
    raw = table.value(row, canon)
    if is_blank(raw):
        return None
    nip = _clean_nip(ctx.cache, raw)
    if nip is None:
        ctx.at(table, row, canon, "nip_penilai_tidak_sah", nilai=raw, teks=text_value(raw) or "")
    return nip


def _check_penilai(
    ctx: Ctx, table: Table, records: list[PegawaiRecord], rows_by_nip: dict[str, list[int]]
) -> None:
    """A named pejabat penilai must be another employee of the same unit (its Pegawai sheet);
    otherwise the row is warned about and the head of unit rates the employee. An employee
    named as his own rater (``penilai_diri_sendiri``) and raters that rate each other in a
    cycle of any length (``penilai_melingkar``: A by B and B by A, or A by B, B by C and C by
    A) are errors at the cells: nobody can sign such a document, and the chain of raters
    (pejabat penilai, atasan pejabat penilai) would name the employee above himself."""
    for rec in records:
        penilai = rec.nip_penilai
        if penilai is None:
            continue
        if penilai == rec.nip:
            ctx.at(table, rec.row, layout.COL_PENILAI, "penilai_diri_sendiri", nilai=penilai)
        elif penilai not in rows_by_nip:
            ctx.at(
                table,
                rec.row,
                layout.COL_PENILAI,
                "penilai_bukan_pegawai_unit",
                nilai=penilai,
                nip=penilai,
            )
        else:
            continue
        rec.nip_penilai = None
    _check_rater_cycles(ctx, table, records)


def rater_cycles(raters: Mapping[str, str]) -> list[list[str]]:
    """The cycles of the "is rated by" relation ``raters`` (NIP -> the NIP of its rater;
    nobody maps to himself), each in the order of the relation starting from its smallest
    NIP, ordered by that NIP."""
    cycles: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(raters):
        path: list[str] = []
        on_path: dict[str, int] = {}
        nip: str | None = start
        while nip is not None and nip not in done and nip not in on_path:
            on_path[nip] = len(path)
            path.append(nip)
            nip = raters.get(nip)
        if nip is not None and nip in on_path:
            cycle = path[on_path[nip] :]
            first = cycle.index(min(cycle))
            cycles.append(cycle[first:] + cycle[:first])
        done.update(path)
    return sorted(cycles)


CYCLE_SHOWN = 8
"""NIPs of a cycle of raters a message names before it cuts the cycle (:func:`_cycle_text`)."""


def _cycle_text(order: list[str]) -> str:
    """A cycle of raters from its first NIP back to it: ``A -> B -> C -> A``; a cycle longer
    than :data:`CYCLE_SHOWN` shows its first NIPs, ``…`` and the first again (a message per
    member naming every member of a cycle of 100,000 would be quadratic)."""
    shown = order if len(order) <= CYCLE_SHOWN else [*order[: CYCLE_SHOWN - 1], "…"]
    return " -> ".join([*shown, order[0]])


def _check_rater_cycles(ctx: Ctx, table: Table, records: list[PegawaiRecord]) -> None:
    """``penilai_melingkar`` at the rater cell of every row on a cycle of raters, naming the
    others in the cycle (a NIP on two rows: the first row's rater is followed, as the NIP's
    own rows are reported ``nip_ganda``)."""
    raters: dict[str, str] = {}
    at_of: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        if rec.nip_penilai is not None and rec.nip and rec.nip not in raters:
            raters[rec.nip] = rec.nip_penilai
        if rec.nip:
            at_of[rec.nip].append(i)
    for cycle in rater_cycles(raters):
        # each member's rows, in sheet order: linear in the rows however many cycles there are
        place = {nip: n for n, nip in enumerate(cycle)}
        for i in sorted(i for nip in cycle for i in at_of[nip]):
            rec = records[i]
            if rec.nip_penilai is None:
                continue
            at = place[rec.nip]
            order = cycle[at:] + cycle[:at]
            ctx.at(
                table,
                rec.row,
                layout.COL_PENILAI,
                "penilai_melingkar",
                nilai=rec.nip_penilai,
                nip=rec.nip,
                penilai=rec.nip_penilai,
                lingkaran=_cycle_text(order),
            )
            rec.nip_penilai = None


def _clean_nip(cache: dict[Any, Any], raw: Any) -> str | None:
    """The normalised NIP of a valid NIP cell value, else None (memoised as ``_nip`` does)."""
    key = ("nip", type(raw), raw)
    check = cache.get(key)
    if check is None:
        check = cache[key] = values.check_nip(raw)
    return check.nip if check.kode is None and check.nip else None


def _index(table: Table, *canons: str) -> tuple[int, ...]:
    """0-based column of each of ``canons`` in ``table``; -1 when the sheet has no such
    column."""
    cols = [table.cols.get(canon) for canon in canons]
    return tuple(-1 if col is None else col - 1 for col in cols)


_PEGAWAI_FAST_COLUMNS = (
    layout.COL_NIP,
    layout.COL_NAMA,
    layout.COL_JABATAN,
    layout.COL_GOLONGAN,
    layout.COL_RATING_HASIL,
    layout.COL_RATING_PERILAKU,
    layout.COL_CATATAN,
    layout.COL_PENILAI,
)
_SKP_FAST_COLUMNS = (
    layout.COL_NIP,
    layout.COL_NAMA,
    layout.COL_KODE,
    layout.COL_TARGET,
    layout.COL_BOBOT,
)


class _PegawaiFast:
    """The Pegawai row check for the common, clean row (see :class:`_SkpFast`): valid NIP, a
    name, a known golongan (or none), valid ratings, Rating Perilaku given. Any other row
    returns None and gets the full checks, which report what is wrong."""

    __slots__ = ("cache", "cols", "name", "rows")

    def __init__(self, ctx: Ctx, table: Table) -> None:
        self.cache = ctx.cache
        self.rows, self.name = table.sheet.rows, table.name
        self.cols = _index(table, *_PEGAWAI_FAST_COLUMNS)

    def _memo(self, kind: str, raw: Any) -> Any:
        """Text, golongan or rating of a cell value, or :data:`_NOT_FAST` (a problem)."""
        key = (kind, type(raw), raw)
        got = self.cache.get(key, _NOT_FAST)
        if got is not _NOT_FAST or key in self.cache:
            return got
        if kind == "text":
            got = text_value(raw)
        elif kind == "golongan":
            text = self._memo("text", raw)
            got = None if text is None else parse_golongan(text)
            if text is not None and got is None:
                got = _NOT_FAST  # an unknown golongan: warned by the full checks
        elif is_blank(raw):
            got = None
        else:
            rating = parse_rating(str(raw))
            got = _NOT_FAST if rating is None else rating.value
        self.cache[key] = got
        return got

    def record(self, row: int) -> PegawaiRecord | None:
        rows, name = self.rows, self.name
        c_nip, c_nama, c_jabatan, c_gol, c_hasil, c_perilaku, c_catatan, c_penilai = self.cols
        values_ = rows[row - 1]
        n = len(values_)
        if c_nip < 0:
            return None

        def cell(c: int) -> Any:
            return values_[c] if 0 <= c < n else None

        nip = _clean_nip(self.cache, cell(c_nip))
        if nip is None:
            return None
        memo = self._memo
        nama = memo("text", cell(c_nama)) if c_nama >= 0 else None
        if nama is None and c_nama >= 0:
            return None
        golongan = memo("golongan", cell(c_gol)) if c_gol >= 0 else None
        hasil = memo("rating", cell(c_hasil)) if c_hasil >= 0 else None
        perilaku = memo("rating", cell(c_perilaku)) if c_perilaku >= 0 else None
        if (
            golongan is _NOT_FAST
            or hasil is _NOT_FAST
            or perilaku is _NOT_FAST
            or (perilaku is None and c_perilaku >= 0)
        ):
            return None
        penilai = None
        if c_penilai >= 0 and not is_blank(raw_penilai := cell(c_penilai)):
            penilai = _clean_nip(self.cache, raw_penilai)
            if penilai is None:
                return None
        return PegawaiRecord(
            nip=nip,
            nama=nama,
            jabatan=memo("text", cell(c_jabatan)) if c_jabatan >= 0 else None,
            golongan=golongan,
            rating_hasil_kerja=hasil,
            rating_perilaku=perilaku,
            catatan=memo("text", cell(c_catatan)) if c_catatan >= 0 else None,
            sheet=name,
            row=row,
            nip_penilai=penilai,
        )


# ---- SKP -----------------------------------------------------------------------------------


def check_skp(ctx: Ctx, table: Table, unit: str | None) -> tuple[list[SkpRecord], dict[int, str]]:
    """Records and, per row whose NIP is valid, that NIP."""
    records: list[SkpRecord] = []
    valid_nips: dict[int, str] = {}
    seen: dict[tuple[str, str], int] = {}
    repeats: dict[tuple[str, str], tuple[str, list[int]]] = {}
    """(NIP, code) -> (the code as written first, the rows after its first)"""
    fast = _SkpFast(ctx, table, unit) if not table.special and not table.percent else None
    for row in report_blank_runs(ctx, table, layout.SKP_COLUMNS):
        if fast is not None:
            rec = fast.record(row, seen)
            if rec is not None:
                valid_nips[row] = rec.nip
                seen[(rec.nip, rec.kode.upper())] = row
                records.append(rec)
                continue
        nip = _nip(ctx, table, row)
        if nip is not None:
            valid_nips[row] = nip
        kode, ind = _indicator(ctx, table, row, unit, "pegawai")
        target = _target(ctx, table, row, ind)
        bobot: float | None = None
        if layout.COL_BOBOT in table.cols:
            rule = Reading(True, None, "bobot_tidak_sah", units=BOBOT_UNITS)
            b = read_number(ctx, table, row, layout.COL_BOBOT, rule)
            if b is not BAD and b is not None:
                assert isinstance(b, float)
                if not bobot_allowed(b):
                    ctx.at(
                        table,
                        row,
                        layout.COL_BOBOT,
                        "bobot_tidak_sah",
                        nilai=table.value(row, layout.COL_BOBOT),
                        angka=b,
                    )
                else:
                    bobot = b
        realisasi = _realisasi(ctx, table, row, ind)
        if nip and kode:
            key = (nip, kode.upper())
            first = seen.setdefault(key, row)
            if first != row:
                repeats.setdefault(key, (kode, []))[1].append(row)
        records.append(
            SkpRecord(
                nip=shown_nip(table, row, nip),
                nama=_plain(table.value(row, layout.COL_NAMA)),
                kode=kode,
                target=target,
                bobot=bobot,
                realisasi=realisasi,
                sheet=table.name,
                row=row,
            )
        )
    for (nip, _), (kode, again) in repeats.items():
        rows = [seen[(nip, kode.upper())], *again]
        ctx.at(
            table,
            again[0],
            layout.COL_KODE,
            "skp_indikator_ganda",
            nilai=kode,
            nip=nip,
            kode=kode,
            baris_pertama=rows[0],
            jumlah=len(rows),
            baris=row_list(rows),
        )
    return records, valid_nips


_NOT_FAST: Any = object()
"""Memo value: this cell needs the full checks (it may hold a problem to report)."""


class _SkpFast:
    """The SKP row check for the common, clean row, without building any issue.

    Used only on a sheet with no formula-without-value, error or percentage-formatted cell.
    :meth:`record` returns the row's record when every cell is plainly valid (valid NIP,
    known indicator of the unit, a target that parses within the indicator's bounds, typed
    numbers within bounds, not a repeated NIP x indicator); otherwise None, and the caller
    runs the full checks, which report what is wrong. Both give the same record for a clean
    row; decisions that repeat by value (NIP, code, target text) are memoised per file.
    """

    __slots__ = ("cache", "cols", "ctx", "decide", "name", "realisasi", "rows", "unit")

    def __init__(self, ctx: Ctx, table: Table, unit: str | None) -> None:
        self.ctx, self.unit, self.cache = ctx, unit, ctx.cache
        self.rows, self.name = table.sheet.rows, table.name
        self.cols = _index(table, *_SKP_FAST_COLUMNS)
        self.realisasi = _index(table, *layout.COL_REALISASI)
        self.decide = ctx.cache

    def _text(self, raw: Any) -> str | None:
        key = ("text", type(raw), raw)
        got = self.cache.get(key, _NOT_FAST)
        if got is _NOT_FAST:
            got = self.cache[key] = text_value(raw)
        return got

    def _target(self, raw: Any, ind: Indikator) -> Target | None:
        key = ("target", type(raw), raw, ind.kode)
        got = self.cache.get(key, _NOT_FAST)
        if got is _NOT_FAST:
            got = self.cache[key] = clean_target(raw, ind)
        return got

    def _indicator(self, raw: Any) -> tuple[str, str, Indikator, float, float] | None:
        """(code, CODE, indicator, lowest, highest value allowed) of a clean code cell."""
        key = ("indicator", type(raw), raw)
        got = self.cache.get(key, _NOT_FAST)
        if got is _NOT_FAST:
            got = None
            kode = self._text(raw)
            if kode is not None:
                dkey = (kode, self.unit, "pegawai")
                decision = self.decide.get(dkey)
                if decision is None:
                    decision = self.decide[dkey] = _decide(self.ctx, kode, self.unit, "pegawai")
                code, ind, issue, _params = decision
                if issue is None and ind is not None:
                    low, high = bounds(ind.batas)
                    got = (code, code.upper(), ind, low, high)
            self.cache[key] = got
        return got

    def record(self, row: int, seen: dict[tuple[str, str], int]) -> SkpRecord | None:
        rows, name, c_real = self.rows, self.name, self.realisasi
        c_nip, c_nama, c_kode, c_target, c_bobot = self.cols
        values_ = rows[row - 1]
        n = len(values_)
        if c_nip < 0 or c_kode < 0 or c_target < 0:
            return None
        nip = _clean_nip(self.cache, values_[c_nip] if c_nip < n else None)
        if nip is None:
            return None
        found = self._indicator(values_[c_kode] if c_kode < n else None)
        if found is None:
            return None
        code, code_up, ind, low, high = found
        if (nip, code_up) in seen:
            return None
        target = self._target(values_[c_target] if c_target < n else None, ind)
        if target is None:
            return None
        bobot: float | None = None
        if c_bobot >= 0:
            raw = values_[c_bobot] if c_bobot < n else None
            if raw is not None:
                bobot = typed_number(raw, _NO_LOW, _NO_HIGH)
                if bobot is None or not bobot_allowed(bobot):
                    return None
        real: list[float | None] = []
        for c in c_real:
            raw = values_[c] if 0 <= c < n else None
            if raw is None:
                real.append(None)
                continue
            v = typed_number(raw, low, high)
            if v is None:
                return None
            real.append(v)
        raw_nama = values_[c_nama] if 0 <= c_nama < n else None
        return SkpRecord(
            nip=nip,
            nama=self._text(raw_nama),
            kode=code,
            target=target,
            bobot=bobot,
            realisasi=(real[0], real[1], real[2], real[3]),
            sheet=name,
            row=row,
        )


_NO_LOW, _NO_HIGH = bounds(None)


def _plain(value: Any) -> str | None:
    return None if isinstance(value, float) and value != value else text_value(value)


def check_weights(ctx: Ctx, table: Table, records: list[SkpRecord]) -> None:
    """Warn once per employee whose weights (row Bobot, else the indicator's) do not add up to
    100. Employees with a row that has neither are weighted equally: not checked."""
    by_nip: dict[str, list[SkpRecord]] = defaultdict(list)
    for rec in records:
        if rec.nip:
            by_nip[rec.nip].append(rec)
    indicators = ctx.config.indicators_by_code
    for nip, recs in by_nip.items():
        weights: list[float] = []
        for rec in recs:
            if rec.bobot is None and not is_blank(table.value(rec.row, layout.COL_BOBOT)):
                break  # an unreadable Bobot, already reported
            w = (
                rec.bobot
                if rec.bobot is not None
                else (indicators[rec.kode].bobot if rec.kode in indicators else None)
            )
            if w is None:
                break
            weights.append(w)
        else:
            total = sum(weights)
            if abs(total - BOBOT_TOTAL) > BOBOT_TOLERANCE:
                row = recs[0].row
                canon = layout.COL_BOBOT if layout.COL_BOBOT in table.cols else layout.COL_NIP
                ctx.at(
                    table,
                    row,
                    canon,
                    "bobot_jumlah",
                    nip=nip,
                    jumlah=total,
                    baris=", ".join(str(r.row) for r in recs),
                )


def check_capaian(ctx: Ctx, table: Table, records: list[SkpRecord] | list[IkuRecord]) -> None:
    """Warn (``capaian_tidak_wajar``, a warning that changes scores) at the Target cell and
    at the Realisasi cell of the period's last quarter of every row without an error whose
    capaian, for some cumulative period TW1..TW4, lies outside ``penilaian.capaian_wajar``:
    the scorer clips that capaian to the nearer bound (``scoring.capaian.row_capaian``), so
    the warning is said wherever a score could be clipped. The capaian is computed by the
    scorer's own functions, before the regulation's cap ``batas_capaian``; the latest such
    period is named. Each row's quarters are also checked for a realisasi far below its
    target (:func:`_check_tiny_realisasi`, ``realisasi_tidak_wajar``)."""
    wajar = ctx.config.penilaian.capaian_wajar
    lo, hi = wajar.min, wajar.max
    indicators = ctx.config.indicators_by_code
    name = table.name
    for rec in records:
        target = rec.target
        ind = indicators.get(rec.kode)
        if target is None or ind is None or not ctx.row_ok(name, rec.row):
            continue
        _check_tiny_realisasi(ctx, table, rec.row, rec.realisasi, target.low, ind.polaritas)
        if _surely_plausible(rec.realisasi, target.low, ind.polaritas, ind.agregasi, lo, hi):
            continue
        for quarters in (4, 3, 2, 1):
            realisasi, _ = aggregate_realisasi(rec.realisasi, ind.agregasi, quarters)
            if realisasi is None:
                continue
            low, high = period_target(target.low, target.high, ind.agregasi, quarters)
            capaian = unfloored_capaian(realisasi, low, high, ind.polaritas)
            if capaian is None or lo <= capaian <= hi:
                continue
            params = {
                "capaian": round_half_up(capaian, 2) if abs(capaian) < 1e9 else f"{capaian:.3g}",
                "periode": f"TW{quarters}",
                "min": lo,
                "max": hi,
                "dipakai": hi if capaian > hi else max(lo, 0.0),
                "kode": rec.kode,
            }
            ctx.at(table, rec.row, layout.COL_TARGET, "capaian_tidak_wajar", **params)
            canon = layout.COL_REALISASI[quarters - 1]
            if canon in table.cols:
                ctx.at(table, rec.row, canon, "capaian_tidak_wajar", **params)
            break


TINY_SHARE = 0.01
"""A positif row's realisasi other than zero below this share of its target is
``realisasi_tidak_wajar``: "1" typed as "0,001", "90%" as 0,9 in a cell formatted as percent."""


def _check_tiny_realisasi(
    ctx: Ctx, table: Table, row: int, realisasi: Quarter, target: float, polaritas: str
) -> None:
    """Warn (``realisasi_tidak_wajar``, a warning that changes scores) at each Realisasi
    cell of a positif row holding a number other than zero below :data:`TINY_SHARE` of the
    target. Zero stays a plausible report (nothing was done); a negatif row's small
    realisasi is judged by its capaian (``capaian_tidak_wajar``)."""
    if polaritas != "positif" or target <= 0:
        return
    floor = target * TINY_SHARE
    for quarter, value in enumerate(realisasi):
        if value is None or value == 0 or abs(value) >= floor:
            continue
        canon = layout.COL_REALISASI[quarter]
        if canon in table.cols:
            ctx.at(table, row, canon, "realisasi_tidak_wajar", angka=value, target=target)


def _surely_plausible(
    realisasi: Quarter, low: float, polaritas: str, agregasi: str, lo: float, hi: float
) -> bool:
    """True when no period's capaian can leave ``lo``..``hi`` (the common row, decided
    without computing four periods; a conservative bound, never True for a row that
    :func:`check_capaian` would warn about). With no negative realisasi and ``lo`` <= 0: a
    positif row's capaian lies between 0 and (4 for ``jumlah``, else 1) x the largest
    realisasi / the lowest target x 100; a negatif row's between 0, while that largest
    (x 4 for ``jumlah``) is at most twice the lowest target, and 200."""
    if lo > 0 or not low > 0:
        return False
    filled = [v for v in realisasi if v is not None]
    if not filled or min(filled) < 0:
        return not filled
    top = (4.0 if agregasi == "jumlah" else 1.0) * max(filled)
    if polaritas == "negatif":
        return hi >= 200 and top <= 2.0 * low * (1 - 1e-9)
    return top * 100.0 <= hi * low * (1 - 1e-9)


def _list(codes: Any, limit: int = 12) -> str:
    items = list(codes)
    text = ", ".join(items[:limit])
    return text + (", …" if len(items) > limit else "") if items else "-"
