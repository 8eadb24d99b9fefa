"""The collector every check writes to, and the cell readers shared by the checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from kinerja_cli import values
from kinerja_cli.config import Batas, Config, Indikator, Target
from kinerja_cli.layout import a1
from kinerja_cli.model import Issue, make_issue
from kinerja_cli.validate.tables import Table
from kinerja_cli.values import is_blank


class _Bad:
    """Marker: the cell holds something unusable (already reported)."""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "BAD"


BAD: Final = _Bad()
_INF = float("inf")


@dataclass(slots=True)
class Ctx:
    """Issues found in one file, and which rows of which sheet have an error."""

    file: str
    config: Config
    tahun: int
    issues: list[Issue] = field(default_factory=list)
    bad_rows: set[tuple[str, int]] = field(default_factory=set)
    cache: dict[Any, Any] = field(default_factory=dict)
    """Per-file memo of pure decisions (NIP checks, indicator lookups) that repeat by row."""

    def add(
        self,
        kode: str,
        /,
        *,
        sheet: str | None = None,
        row: int | None = None,
        col: int | None = None,
        cell: str | None = None,
        column: str | None = None,
        nilai: Any = None,
        row_level: bool = True,
        **params: Any,
    ) -> Issue:
        """Record an issue. ``row``/``col`` are 1-based; ``row_level=False`` keeps the cell but
        leaves ``row`` empty, marking a problem that concerns the whole file."""
        if cell is None and row is not None and col is not None:
            cell = a1(row, col)
        if sheet is not None:
            params.setdefault("lembar", sheet)
        if cell is not None:
            params.setdefault("sel", cell)
        issue = make_issue(
            kode,
            self.file,
            sheet=sheet,
            cell=cell,
            row=row if row_level else None,
            column=column,
            nilai=nilai,
            **params,
        )
        self.issues.append(issue)
        if issue.is_error and sheet is not None and row is not None and row_level:
            self.bad_rows.add((sheet, row))
        return issue

    def at(
        self,
        table: Table,
        row: int,
        canon: str,
        kode: str,
        /,
        *,
        nilai: Any = None,
        **params: Any,
    ) -> Issue:
        """An issue at the cell of column ``canon`` in ``row`` of ``table`` (its severity is
        the kode's, from the catalogue)."""
        col = table.col(canon)
        return self.add(
            kode,
            sheet=table.name,
            row=row,
            col=col,
            column=table.headers.get(canon, canon),
            nilai=nilai,
            **params,
        )

    def row_ok(self, sheet: str, row: int) -> bool:
        return (sheet, row) not in self.bad_rows


def cell_usable(ctx: Ctx, table: Table, row: int, canon: str) -> bool:
    """False (and reported) when the cell is an error value or a formula with no saved value."""
    if not table.special:
        return True
    col = table.col(canon)
    if col is None or (row, col) not in table.special:
        return True
    sheet = table.sheet
    err = sheet.error_cells.get((row, col))
    if err is not None:
        ctx.at(table, row, canon, "sel_galat", nilai=err, galat=err)
        return False
    if (row, col) in sheet.formula_cells:
        ctx.at(table, row, canon, "sel_rumus_tanpa_nilai")
        return False
    return True


def text_value(value: Any) -> str | None:
    """A text cell, cleaned; None when blank. Whole numbers lose their ``.0``."""
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return values.clean_text(str(value))


def is_percent_cell(table: Table, row: int, canon: str) -> bool:
    if not table.percent:
        return False
    col = table.col(canon)
    return col is not None and (row, col) in table.percent


# ---- the leaf rules of a cell, defined once ------------------------------------------------
# The full checks (read_number, read_target, validate/rows.py) report with them; the fast path
# of clean rows (validate/rows.py: _PegawaiFast, _SkpFast) accepts a cell only when the same
# function accepts it, and hands the row to the full checks otherwise.


def within(batas: Batas | None, low: float, high: float | None = None) -> bool:
    """True when ``low`` (and ``high``) lie inside ``batas`` (no bounds: always)."""
    if batas is None:
        return True
    return batas.contains(low) and batas.contains(low if high is None else high)


def bounds(batas: Batas | None) -> tuple[float, float]:
    """``batas`` as (lowest, highest) allowed value, infinite where it sets none."""
    if batas is None:
        return -_INF, _INF
    return (
        -_INF if batas.min is None else batas.min,
        _INF if batas.max is None else batas.max,
    )


def typed_number(raw: Any, low: float, high: float) -> float | None:
    """The value of a cell typed as a number (not text), finite and within ``low``..``high``
    (:func:`bounds`) and :func:`values.magnitude_ok`; None for anything else (blank, text, NaN,
    infinity, out of bounds, 1e-25: the full reading decides and reports). Only for sheets
    without percentage-formatted, error or formula-without-value cells."""
    kind = type(raw)
    if kind is float:
        value = raw
    elif kind is int:
        value = float(raw)
    else:
        return None
    if value - value != 0.0 or not low <= value <= high:  # NaN and infinity fail the first
        return None
    if not values.magnitude_ok(value):  # the parser's magnitude rule, said by the full reading
        return None
    return value


def target_problem(target: Target, polaritas: str) -> str | None:
    """Why a parsed target cannot give a capaian for an indicator of ``polaritas``, or None.

    The formula divides by the end the range rule picks (``scoring.capaian.effective_target``):
    a negative end is ``target_negatif``; for a positif indicator the low end is used whenever
    the realisasi is inside or below the range, so a range starting at 0 (``0-10``) is
    ``target_nol_positif``. (A target of exactly 0 is ``target_nol``, said by the parser; a
    negatif ``0-10`` is fine: its high end is used.)"""
    if target.low < 0:
        return "target_negatif"
    if polaritas == "positif" and target.low == 0:
        return "target_nol_positif"
    return None


def clean_target(raw: Any, ind: Indikator) -> Target | None:
    """The target of a Target cell that reads without any issue for ``ind`` (parsed, inside
    its bounds, usable by the formula (:func:`target_problem`); not a percentage-formatted
    cell); None for a blank or a problem cell."""
    if is_blank(raw):
        return None
    parsed = values.parse_target(raw, percent_indicator=ind.is_percent, satuan=ind.unit_words)
    t = parsed.target
    if not parsed.ok or t is None or not within(ind.batas, t.low, t.high):
        return None
    if target_problem(t, ind.polaritas) is not None:
        return None
    return t


@dataclass(frozen=True, slots=True)
class Reading:
    """How the number cells of one indicator are read (:func:`read_number`,
    :func:`read_target`): as a percentage indicator or not, within ``batas`` (else
    ``kode_batas``, its message naming ``satuan``), with the ``units`` words allowed after a
    number in a text cell (:data:`values.Satuan`)."""

    percent_indicator: bool
    batas: Batas | None
    kode_batas: str
    satuan: str | None = None
    units: values.Satuan = ()

    @classmethod
    def of(cls, ind: Indikator | None, kode_batas: str) -> Reading:
        """The rules of ``ind``; without an indicator (unknown: already an error), unusable
        cells and unreadable numbers are still reported, its unit words left unjudged."""
        if ind is None:
            return cls(True, None, kode_batas, None, None)
        return cls(ind.is_percent, ind.batas, kode_batas, ind.satuan, ind.unit_words)


def read_number(ctx: Ctx, table: Table, row: int, canon: str, how: Reading) -> float | _Bad | None:
    """A numeric cell: its value, None when blank, or :data:`BAD` (reported)."""
    raw = table.value(row, canon)
    if raw is None and not table.special:
        return None
    if not table.special and not table.percent:
        value = typed_number(raw, *bounds(how.batas))
        if value is not None:
            return value  # the common case: a typed number, no formats to honour
    return _read(ctx, table, row, canon, values.parse_number, how)


def read_target(ctx: Ctx, table: Table, row: int, canon: str, how: Reading) -> Target | _Bad | None:
    """The Target cell of ``row``: a Target, None when blank (the caller decides), or BAD."""
    return _read(ctx, table, row, canon, values.parse_target, how)


_V = TypeVar("_V", float, Target)


def _read(
    ctx: Ctx,
    table: Table,
    row: int,
    canon: str,
    parse: Callable[..., values.Parsed[_V]],
    how: Reading,
) -> _V | _Bad | None:
    """Read one cell with ``parse`` (:func:`values.parse_number` or ``parse_target``): the
    value, None when blank, or BAD after reporting an unusable cell, an unreadable value, or
    a value outside ``how.batas``."""
    raw = table.value(row, canon)
    if not cell_usable(ctx, table, row, canon):
        return BAD
    if is_blank(raw):
        return None
    parsed = parse(
        raw,
        percent_cell=is_percent_cell(table, row, canon),
        percent_indicator=how.percent_indicator,
        satuan=how.units,
    )
    if parsed.kode is not None:
        ctx.at(table, row, canon, parsed.kode, nilai=raw, **parsed.param_dict)
        return BAD
    value = parsed.value
    assert value is not None
    low, high = (value.low, value.high) if isinstance(value, Target) else (value, value)
    batas = how.batas
    if batas is not None and not within(batas, low, high):
        ctx.at(
            table,
            row,
            canon,
            how.kode_batas,
            nilai=raw,
            angka=low if low == high else (low, high),
            min=batas.min,
            max=batas.max,
            satuan=how.satuan or "",
        )
        return BAD
    return value
