"""The period and year of an e-Kinerja BKN export, from what its title and its ``Periode :``
line say (issue 25). Pure: text in, :class:`PeriodText` out; the reader
(:mod:`kinerja_cli.formats.ekinerja`) decides what is an error, the recap
(:func:`kinerja_cli.scoring.sources.same_period`) which recap period an export counts for.

Words recognised (case, spaces and punctuation ignored; "Tahun 2026", "TA 2026" or a bare
4-digit year anywhere):

- annual: ``Tahunan``, or only ``Tahun 2026`` after the report's name;
- a quarter: ``Triwulan``/``TW``/``TRW`` + ``I``..``IV``, ``1``..``4``, ``Pertama``,
  ``Kedua``, ``Ketiga``, ``Keempat`` (optionally ``ke``: "Triwulan ke-2"), also ``TW1``,
  ``TWII``;
- a semester: ``Semester``/``Smt`` + ``I``/``II``/``1``/``2``/``Pertama``/``Kedua``;
- a month: ``Bulanan`` (optionally ``Bulan``) and/or a month name (``Juni``, ``Jun``).

A ``Periode :`` line is a date range ("1 Januari 2026 - 31 Desember 2026", "01/01/2026 s.d.
31/12/2026", "2026-04-01 - 2026-06-30", "Januari - Desember 2026"; each date by the one date
rule of the templates' Tanggal) that must span exactly one year, quarter, semester or month;
or the same period words as a title.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from kinerja_cli.domain import BULAN, MONTH_NUMBERS, ROMAN

TAHUNAN = "tahunan"
TRIWULAN = "triwulan"
SEMESTER = "semester"
BULANAN = "bulanan"

_NUMBERS = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "pertama": 1,
    "satu": 1,
    "kesatu": 1,
    "kedua": 2,
    "dua": 2,
    "ketiga": 3,
    "tiga": 3,
    "keempat": 4,
    "empat": 4,
}
_QUARTER_WORDS = ("triwulan", "tw", "trw")
_SEMESTER_WORDS = ("semester", "smt")
_REPORT_WORDS = ("laporan", "penilaian", "skp")
_WORD = re.compile(r"[a-z]+|\d+")
_GLUED = re.compile(r"^(tw|trw)(i{1,3}|iv|[1-4])$")
_RANGE_SEP = re.compile(
    r"\s+(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s+|\s*[–—]\s*", re.I
)
_NUMERIC_RANGE = re.compile(
    r"^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*-\s*"
    r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*$"
)
_MONTH_YEAR = re.compile(r"^\s*([A-Za-z]+)\.?(?:\s+(\d{4}))?\s*$")


@dataclass(frozen=True, slots=True)
class ExportPeriod:
    """A period an export is for: ``kind`` (:data:`TAHUNAN`, :data:`TRIWULAN`,
    :data:`SEMESTER`, :data:`BULANAN`) and its number (quarter, semester or month; None for
    a year, or a month not named)."""

    kind: str
    number: int | None = None

    @property
    def code(self) -> str:
        """``tahunan``, ``TW1``..``TW4`` (the recap periods), ``semester1``/``semester2``,
        ``bulanan`` (no recap period is a semester or a month)."""
        if self.kind == TRIWULAN:
            return f"TW{self.number}"
        if self.kind == SEMESTER:
            return f"semester{self.number}"
        return self.kind

    def label(self) -> str:
        """How the period is written back ("Triwulan II", "Bulanan Juni")."""
        if self.kind == TRIWULAN and self.number:
            return f"Triwulan {ROMAN[self.number - 1]}"
        if self.kind == SEMESTER and self.number:
            return f"Semester {ROMAN[self.number - 1]}"
        if self.kind == BULANAN:
            return f"Bulanan {BULAN[self.number - 1]}" if self.number else "Bulanan"
        return "Tahunan"

    def span(self, year: int) -> tuple[date, date] | None:
        """First and last day of the period in ``year`` (None: a month not named)."""
        if self.kind == TAHUNAN:
            return date(year, 1, 1), date(year, 12, 31)
        if self.number is None:
            return None
        months = {TRIWULAN: 3, SEMESTER: 6, BULANAN: 1}[self.kind]
        first = (self.number - 1) * months + 1
        last = first + months - 1
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])

    def agrees(self, other: ExportPeriod) -> bool:
        """The same period (a monthly one without its month agrees with any month)."""
        if self.kind != other.kind:
            return False
        return self.number is None or other.number is None or self.number == other.number


@dataclass(frozen=True, slots=True)
class PeriodText:
    """What one line says: the period (None: none named), the distinct years named, and the
    words not understood (not empty: the line is not recognised)."""

    period: ExportPeriod | None
    years: tuple[int, ...]
    unknown: tuple[str, ...] = ()


def read_title(text: str) -> PeriodText:
    """The period and years of an export's title ("Laporan Penilaian SKP Periode TW II Tahun
    2026"): the words after ``Periode``, else after the report's name."""
    tokens = _tokens(text)
    if "periode" in tokens:
        tokens = tokens[tokens.index("periode") + 1 :]
    else:
        while tokens and tokens[0] in _REPORT_WORDS:
            tokens = tokens[1:]
    return _words(tokens)


def read_periode_line(text: str) -> PeriodText:
    """The period and years of a ``Periode :`` line's value: a date range, or period words."""
    found = _range(text)
    if found is not None:
        return found
    return _words(_tokens(text))


def export_period(text: str | None) -> str | None:
    """The :attr:`ExportPeriod.code` a stored period text names ("Triwulan II Tahun 2026" ->
    ``TW2``, "1 April 2026 - 30 Juni 2026" -> ``TW2``); None when it names none or is not
    recognised."""
    if not text or not text.strip():
        return None
    found = read_periode_line(text)
    if found.unknown or found.period is None:
        return None
    return found.period.code


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for t in _WORD.findall(text.lower()):
        glued = _GLUED.match(t)
        out.extend(glued.groups() if glued else (t,))
    return out


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2199


def _words(tokens: list[str]) -> PeriodText:
    years = tuple(dict.fromkeys(int(t) for t in tokens if _is_year(t)))
    rest: list[str] = []
    said_year = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        ahead = tokens[i + 1 : i + 4]
        if t in ("tahun", "ta") and ahead and _is_year(ahead[0]):
            said_year, i = True, i + 2
            continue
        if t == "tahun" and ahead[:1] == ["anggaran"] and len(ahead) > 1 and _is_year(ahead[1]):
            said_year, i = True, i + 3
            continue
        if t == "t" and ahead[:1] == ["a"] and len(ahead) > 1 and _is_year(ahead[1]):
            said_year, i = True, i + 3
            continue
        if _is_year(t):
            i += 1
            continue
        rest.append(t)
        i += 1
    period, unknown = _period_of(rest, said_year)
    return PeriodText(period, years, unknown)


def _period_of(rest: list[str], said_year: bool) -> tuple[ExportPeriod | None, tuple[str, ...]]:
    if not rest:
        return (ExportPeriod(TAHUNAN) if said_year else None), ()
    head, tail = rest[0], rest[1:]
    if tail[:1] == ["ke"] and head in (*_QUARTER_WORDS, *_SEMESTER_WORDS):
        tail = tail[1:]
    if rest in (["tahunan"], ["tahun"]):
        return ExportPeriod(TAHUNAN), ()
    if head in _QUARTER_WORDS and len(tail) == 1 and tail[0] in _NUMBERS:
        return ExportPeriod(TRIWULAN, _NUMBERS[tail[0]]), ()
    if head in _SEMESTER_WORDS and len(tail) == 1 and _NUMBERS.get(tail[0], 9) <= 2:
        return ExportPeriod(SEMESTER, _NUMBERS[tail[0]]), ()
    words = list(rest)
    if words[:1] == ["bulanan"]:
        words = words[1:]
        if words[:1] == ["bulan"]:
            words = words[1:]
        if not words:
            return ExportPeriod(BULANAN), ()
    elif words[:1] == ["bulan"]:
        words = words[1:]
    if len(words) == 1 and words[0] in MONTH_NUMBERS:
        return ExportPeriod(BULANAN, MONTH_NUMBERS[words[0]]), ()
    return None, tuple(rest)


def _range(text: str) -> PeriodText | None:
    """A date range, or None when ``text`` is not one (two sides). A range that is not exactly
    one year, quarter, semester or month of one year is returned with ``unknown`` set."""
    from kinerja_cli.values import parse_date

    numeric = _NUMERIC_RANGE.match(text)
    if numeric is not None:
        sides = [numeric.group(1), numeric.group(2)]
    else:
        sides = _RANGE_SEP.split(text.strip())
    if len(sides) != 2 or not all(s.strip() for s in sides):
        return None
    start_date, end_date = parse_date(sides[0].strip()), parse_date(sides[1].strip())
    start_month, end_month = _MONTH_YEAR.match(sides[0]), _MONTH_YEAR.match(sides[1])
    if start_date is None and not _a_month(start_month):
        return None
    if end_date is None and not _a_month(end_month):
        return None
    end_year = end_date.year if end_date else _year_of(end_month)
    start_year = start_date.year if start_date else (_year_of(start_month) or end_year)
    end_year = end_year or start_year
    if start_year is None or end_year is None:
        return PeriodText(None, (), (text.strip(),))
    try:
        if start_date is None:
            assert start_month is not None
            start_date = date(start_year, MONTH_NUMBERS[start_month.group(1).lower()], 1)
        if end_date is None:
            assert end_month is not None
            month = MONTH_NUMBERS[end_month.group(1).lower()]
            end_date = date(end_year, month, calendar.monthrange(end_year, month)[1])
    except ValueError:
        return PeriodText(None, (), (text.strip(),))
    years = tuple(dict.fromkeys((start_date.year, end_date.year)))
    if start_date.year == end_date.year:
        for candidate in _CANDIDATES:
            if candidate.span(start_date.year) == (start_date, end_date):
                return PeriodText(candidate, years)
    return PeriodText(None, years, (text.strip(),))


def _a_month(m: re.Match[str] | None) -> bool:
    return m is not None and m.group(1).lower() in MONTH_NUMBERS


def _year_of(m: re.Match[str] | None) -> int | None:
    return int(m.group(2)) if m is not None and m.group(2) else None


_CANDIDATES = (
    ExportPeriod(TAHUNAN),
    *(ExportPeriod(TRIWULAN, n) for n in range(1, 5)),
    *(ExportPeriod(SEMESTER, n) for n in range(1, 3)),
    *(ExportPeriod(BULANAN, n) for n in range(1, 13)),
)
