"""The strict value normaliser: numbers, targets and NIPs as a dinas really types them.

Pure functions, no pandas, never raising on bad input: each returns a small frozen result
holding either the value or a problem ``kode`` (a key of the message catalogue, module
:mod:`kinerja_cli.messages.reading`) plus the parameters its message needs. The validator uses
these kodes directly as issue kodes. Anything that cannot be read as one clear number is a
problem, never a guess: "1.234" could be 1234 or 1,234, so it is :data:`ANGKA_AMBIGU`.

The rules, with a table of inputs and results, are written down in ``docs/membaca.md``.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from kinerja_cli.domain import MONTH_NUMBERS
from kinerja_cli.target import Target

__all__ = [
    "ANGKA_AMBIGU",
    "ANGKA_BERUPA_TANGGAL",
    "ANGKA_BUKAN_ANGKA",
    "ANGKA_GANDA",
    "ANGKA_KOSONG",
    "ANGKA_PENGALI",
    "ANGKA_SATUAN_SALAH",
    "ANGKA_TERLALU_BESAR",
    "ANGKA_TERLALU_KECIL",
    "ANGKA_TIDAK_HINGGA",
    "ANGKA_TIDAK_SAH",
    "MAGNITUDE_MAX",
    "MAGNITUDE_MIN",
    "NIP_BERUPA_ANGKA",
    "NIP_JENIS_KELAMIN_SALAH",
    "NIP_KARAKTER_SALAH",
    "NIP_KOSONG",
    "NIP_PANJANG_SALAH",
    "NIP_TANGGAL_LAHIR_SALAH",
    "NIP_TMT_SALAH",
    "PERSEN_SATUAN_LAIN",
    "PPPK_FIRST_YEAR",
    "TARGET_NOL",
    "TARGET_TERBALIK",
    "TARGET_TIDAK_SAH",
    "NipCheck",
    "ParsedNumber",
    "ParsedTarget",
    "Satuan",
    "check_nip",
    "clean_text",
    "is_blank",
    "magnitude_ok",
    "parse_number",
    "parse_target",
    "unit_key",
]

# ---- problem kodes (stable public codes; messages in messages/reading.py) -------------------

ANGKA_KOSONG = "angka_kosong"
"""Nothing left after removing spaces (the caller decides whether blank is allowed)."""
ANGKA_BUKAN_ANGKA = "angka_bukan_angka"
"""Words or symbols only ("nihil", "-", TRUE/FALSE)."""
ANGKA_TIDAK_SAH = "angka_tidak_sah"
"""Malformed number ("85..5", "1.2.3", "85.", "sekitar 90", "1e5")."""
ANGKA_AMBIGU = "angka_ambigu"
"""One separator followed by exactly three digits ("1.234", "1,234"): thousands or decimal?"""
ANGKA_GANDA = "angka_ganda"
"""More than one number in one cell ("80/90", "10 orang 5 ponpes", "80-90" outside a target)."""
ANGKA_TIDAK_HINGGA = "angka_tidak_hingga"
"""NaN or infinity (a broken formula result or a number too large)."""
ANGKA_TERLALU_KECIL = "angka_terlalu_kecil"
"""A number other than zero closer to zero than :data:`MAGNITUDE_MIN` ("1e-25",
"0,0000000000000000000000001"): no target or realisasi is that small; dividing by it would
give an absurd capaian."""
ANGKA_TERLALU_BESAR = "angka_terlalu_besar"
"""A number farther from zero than :data:`MAGNITUDE_MAX`: beyond any target or realisasi a
city records (and beyond the 15 digits a spreadsheet keeps exactly)."""
ANGKA_BERUPA_TANGGAL = "angka_berupa_tanggal"
"""The cell holds a date or time: Excel often turns "7.8" or "1/2" into a date."""
PERSEN_SATUAN_LAIN = "persen_satuan_lain"
"""A percentage ("90%", or a percentage-formatted cell) for an indicator not measured in %."""
ANGKA_SATUAN_SALAH = "angka_satuan_salah"
"""Words after the number that are not the indicator's satuan nor one of its aliases
("1 laporan per triwulan" for satuan laporan): they may change what the number means."""
ANGKA_PENGALI = "angka_pengali"
"""A multiplier word after the number ("100 ribu", "1,5 juta"): the number is not in the
indicator's satuan; the message gives the full number to type."""

TARGET_TIDAK_SAH = "target_tidak_sah"
TARGET_TERBALIK = "target_terbalik"
TARGET_NOL = "target_nol"

NIP_KOSONG = "nip_kosong"
NIP_BERUPA_ANGKA = "nip_berupa_angka"
NIP_KARAKTER_SALAH = "nip_karakter_salah"
NIP_PANJANG_SALAH = "nip_panjang_salah"
NIP_TANGGAL_LAHIR_SALAH = "nip_tanggal_lahir_salah"
NIP_TMT_SALAH = "nip_tmt_salah"
NIP_JENIS_KELAMIN_SALAH = "nip_jenis_kelamin_salah"

PPPK_FIRST_YEAR = 2019
"""No NI PPPK carries an appointment year before the first PPPK intake (2019)."""
NIP_MIN_AGE = 18
NIP_MAX_AGE = 60
"""Appointment (TMT CPNS / PPPK year) no earlier than birth year + 18, no later than + 60."""

MAGNITUDE_MIN = 1e-6
"""The smallest magnitude a number other than zero may have (one millionth)."""
MAGNITUDE_MAX = 1e15
"""The largest magnitude a number may have (10^15: above a city's yearly budget in rupiah,
the largest figure any indicator counts, and the 15 significant digits a spreadsheet keeps)."""

_Params = tuple[tuple[str, Any], ...]

Satuan = tuple[str, ...] | None
"""The words a number may be followed by: an indicator's ``satuan`` and its ``satuan_alias``
(compared ignoring case and spaces). ``()``: none, a bare number (or a percent) only. ``None``:
words are not judged, only for a cell whose indicator is unknown (its row is already an
error)."""


# ---- results ---------------------------------------------------------------------------------


class _Said(Protocol):
    @property
    def kode(self) -> str | None: ...

    @property
    def params(self) -> _Params: ...


class _Outcome:
    """What every result below answers the same way: ``ok`` (no problem found) and the
    problem's message parameters as a dict.

    (Each result is an immutable named tuple with this mixed in, rather than a dataclass: the
    validator makes one per cell, and a tuple is built several times faster.)"""

    __slots__ = ()

    @property
    def ok(self: _Said) -> bool:
        return self.kode is None

    @property
    def param_dict(self: _Said) -> dict[str, Any]:
        return dict(self.params)


_T = TypeVar("_T")


class _Parsed(NamedTuple, Generic[_T]):
    value: _T | None
    kode: str | None = None
    params: _Params = ()


_T_co = TypeVar("_T_co", covariant=True)


class Parsed(Protocol[_T_co]):
    """What :func:`parse_number` and :func:`parse_target` both answer, for a reader that
    takes either (:func:`kinerja_cli.validate.context.read_number`)."""

    @property
    def value(self) -> _T_co | None: ...

    @property
    def kode(self) -> str | None: ...

    @property
    def ok(self) -> bool: ...

    @property
    def param_dict(self) -> dict[str, Any]: ...


class ParsedNumber(_Parsed[float], _Outcome):
    """A parsed cell: ``value`` when it is one clear number, else ``kode`` and ``params``."""

    __slots__ = ()


class ParsedTarget(_Parsed[Target], _Outcome):
    """A parsed target cell: a :class:`~kinerja_cli.config.Target` or a problem kode."""

    __slots__ = ()

    @property
    def target(self) -> Target | None:
        return self.value


class _Nip(NamedTuple):
    nip: str | None
    kode: str | None = None
    params: _Params = ()
    kodes: tuple[str, ...] = ()
    jenis: str | None = None
    digits: str | None = None


class NipCheck(_Nip, _Outcome):
    """A checked NIP / NI PPPK: ``nip`` is the normalised 18-digit text when it is valid.

    ``kode`` is the first problem found (None when valid); ``kodes`` every problem found.
    ``jenis`` is ``"pns"`` or ``"pppk"`` for a valid value (``"pns"`` when valid as both).
    ``digits`` is what was read after removing separators (for messages), even when invalid.
    """

    __slots__ = ()


def _problem(kode: str, **params: Any) -> ParsedNumber:
    return ParsedNumber(None, kode, tuple(sorted(params.items())))


_EMPTY = ParsedNumber(None, ANGKA_KOSONG)


def magnitude_ok(value: float) -> bool:
    """``value`` is zero, or finite with a magnitude between :data:`MAGNITUDE_MIN` and
    :data:`MAGNITUDE_MAX`: the one rule that keeps every number read from a cell bounded, so
    no arithmetic on it (capaian, nilai, rounding) can overflow or raise. NaN fails."""
    return value == 0.0 or MAGNITUDE_MIN <= abs(value) <= MAGNITUDE_MAX


def _bounded(parsed: ParsedNumber, raw: Any) -> ParsedNumber:
    """``parsed`` when it is a problem or its value passes :func:`magnitude_ok`; else the
    problem :data:`ANGKA_TERLALU_KECIL` or :data:`ANGKA_TERLALU_BESAR`."""
    value = parsed.value
    if value is None or magnitude_ok(value):
        return parsed
    # a number cell's value is shown by the message, in the reader's language (1e-25)
    teks: str | float = _short(clean_text(raw)) if isinstance(raw, str) else value
    if abs(value) < MAGNITUDE_MIN:
        return _problem(ANGKA_TERLALU_KECIL, teks=teks, batas=MAGNITUDE_MIN)
    return _problem(ANGKA_TERLALU_BESAR, teks=teks, batas=MAGNITUDE_MAX)


# ---- text cleaning ---------------------------------------------------------------------------

_SPACE_CHARS = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\v\f"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_CLEAN = str.maketrans(
    {
        **{c: " " for c in _SPACE_CHARS},
        **{c: None for c in _ZERO_WIDTH},
        "\u2212": "-",
        "\uff05": "%",
        "\u066a": "%",
    }
)
_MULTI_SPACE = re.compile(r" {2,}")


def clean_text(text: str) -> str:
    """``text`` with every kind of space made a plain space (non-breaking, thin, tabs, line
    breaks), zero-width characters and soft hyphens removed, the minus sign U+2212 made ``-``,
    runs of spaces collapsed and the ends stripped."""
    return _MULTI_SPACE.sub(" ", text.translate(_CLEAN)).strip()


_BLANK_CHARS = "".join(
    sorted({chr(c) for c in range(0x3001) if chr(c).isspace()} | set(_SPACE_CHARS + _ZERO_WIDTH))
)
"""Every character :func:`clean_text` turns into nothing: Unicode spaces, zero-width ones,
the soft hyphen."""


def is_blank(value: Any) -> bool:
    """An empty cell as a person sees it: None, a float NaN, or text of spaces only, where
    non-breaking, thin and zero-width spaces and the soft hyphen count as spaces (exactly the
    text :func:`clean_text` makes empty). The one definition, used by every check."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip(_BLANK_CHARS)
    return isinstance(value, float) and value != value  # NaN


def _short(value: Any, limit: int = 60) -> str:
    try:
        text = value if isinstance(value, str) else str(value)
    except ValueError:  # an int too long to print (Python's 4300-digit limit)
        text = "9…9"
    text = text[: limit * 2]
    text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- numbers ---------------------------------------------------------------------------------

_CURRENCY = re.compile(r"(?i)^(?:rp|idr)\.?\s*")
_SIGN = re.compile(r"^([-+])\s*")
_CORE = re.compile(r"[.,]?[0-9](?:[0-9.,]*[0-9])?")
_RUPIAH_TAIL = re.compile(r"^[.,]-(?=\s|$)")
_PERCENT_WORD = re.compile(r"(?i)^(?:%|persen\b|prosen\b)\s*")
_EXPONENT = re.compile(r"^[eE][-+]?[0-9]")
_DIGIT_STARTS_TOKEN = re.compile(r"(?<![^\W\d_])[0-9]")
_UNIT_WORDS = re.compile(r"^[^\W\d_][^\s]*(?: [^\W\d_][^\s]*)*$")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"[0-9]")

MULTIPLIERS: dict[str, int] = {
    "ribu": 3,
    "rb": 3,
    "juta": 6,
    "jt": 6,
    "miliar": 9,
    "milyar": 9,
    "triliun": 12,
}
"""Words that scale the number before them ("100 ribu" = 100000): never a unit by themselves
(the config refuses them as an alias unless the satuan itself starts with the word)."""
CURRENCY_UNITS = frozenset({"rupiah", "rp", "idr"})
"""Unit keys for which a currency prefix ("Rp 1.500.000", "Rp. 1.500.000,-") is allowed."""
_WORD_END = re.compile(r"[\s.]")


def unit_key(text: str) -> str:
    """How a unit word is compared: spaces of every kind removed, case folded
    ("2005 Orang" matches satuan "orang"; "Miliar  Rupiah" matches "miliar rupiah")."""
    return "".join(clean_text(text).casefold().split())


@lru_cache(maxsize=1024)
def _unit_keys(satuan: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for k in (unit_key(w) for w in satuan) if k)


def multiplier_of(words: str) -> tuple[str, int] | None:
    """(word, power of ten) when ``words`` starts with a multiplier word ("ribu", "jt."),
    else None."""
    first = _WORD_END.split(clean_text(words), maxsplit=1)[0].casefold()
    power = MULTIPLIERS.get(first)
    return None if power is None else (first, power)


def _shown_number(value: float, power: int = 0) -> Decimal:
    """``value`` x 10**power exactly, as a person should type it (the message shows it in
    its language: "1500000", "1234,5")."""
    return Decimal(repr(value)).scaleb(power)


def _shown_satuan(satuan: Satuan) -> str:
    return ", ".join(w for w in satuan if w.strip()) if satuan else "-"


_SIMPLE = re.compile(r"(-?)([0-9]+)(?:[.,]([0-9]+))?(\s*%)?")
"""The common shapes ("90", "85,5", "-7.25", "90%") take a fast path; everything else,
including the ambiguous "1.234", goes through the full scan."""


def _grouped(text: str, sep: str) -> bool:
    """``text`` is digits grouped by ``sep`` in threes: 1-3 digits, then groups of exactly 3."""
    parts = text.split(sep)
    head = parts[0]
    if not (1 <= len(head) <= 3) or not head.isdigit() or (head[0] == "0" and len(parts) > 1):
        return False
    return all(len(p) == 3 and p.isdigit() for p in parts[1:])


def _read_core(core: str) -> ParsedNumber:
    """The digits-and-separators part of a number as a value, or why it is not one."""
    if any(pair in core for pair in ("..", ",,", ".,", ",.")):
        return _problem(ANGKA_TIDAK_SAH, teks=core)
    dots, commas = core.count("."), core.count(",")
    if dots and commas:
        dec = "." if core.rfind(".") > core.rfind(",") else ","
        thou = "," if dec == "." else "."
        if core.count(dec) != 1:
            return _problem(ANGKA_TIDAK_SAH, teks=core)
        whole, frac = core.split(dec)
        if not _grouped(whole, thou):
            return _problem(ANGKA_TIDAK_SAH, teks=core)
        return ParsedNumber(float(whole.replace(thou, "") + "." + frac))
    if not dots and not commas:
        return ParsedNumber(float(core))
    sep = "." if dots else ","
    if dots + commas > 1:
        if _grouped(core, sep):
            return ParsedNumber(float(core.replace(sep, "")))
        return _problem(ANGKA_TIDAK_SAH, teks=core)
    whole, frac = core.split(sep)
    if not frac:
        return _problem(ANGKA_TIDAK_SAH, teks=core)
    if len(frac) == 3 and 1 <= len(whole) <= 3 and whole[0] != "0":
        return _problem(
            ANGKA_AMBIGU, teks=core, ribuan=whole + frac, saran_pecahan=f"{whole},{frac}0"
        )
    return ParsedNumber(float((whole or "0") + "." + frac))


def _scan_text(text: str, satuan: Satuan) -> tuple[ParsedNumber, bool]:
    """Read a text cell: (number or problem, whether a percent sign or word was given)."""
    s = clean_text(text)
    if s.startswith("'"):
        s = s[1:].lstrip()
    if not s:
        return _problem(ANGKA_KOSONG), False
    shown = _short(s)
    keys = None if satuan is None else _unit_keys(satuan)
    rupiah = keys is None or not keys.isdisjoint(CURRENCY_UNITS)
    rest = s
    currency = _CURRENCY.match(rest)
    if currency:
        if not rupiah:
            return _problem(ANGKA_TIDAK_SAH, teks=shown), False
        rest = rest[currency.end() :]
    sign = ""
    m = _SIGN.match(rest)
    if m:
        sign, rest = m.group(1), rest[m.end() :]
    core = _CORE.match(rest)
    if core is None:
        if _DIGIT.search(s):
            return _problem(ANGKA_TIDAK_SAH, teks=shown), False
        return _problem(ANGKA_BUKAN_ANGKA, teks=shown), False
    rest = rest[core.end() :]
    tail = _RUPIAH_TAIL.match(rest)
    if tail:
        if not rupiah:
            return _problem(ANGKA_TIDAK_SAH, teks=shown), False
        rest = rest[tail.end() :]
    if rest[:1] in (".", ",") or _EXPONENT.match(rest):
        return _problem(ANGKA_TIDAK_SAH, teks=shown), False
    rest = rest.strip()
    percent = False
    words = ""
    if rest and (keys is None or unit_key(rest) not in keys):
        # not the satuan as a whole: a percent sign or word, perhaps followed by the satuan
        pm = _PERCENT_WORD.match(rest)
        if pm:
            percent, rest = True, rest[pm.end() :]
        if rest and (keys is None or unit_key(rest) not in keys):
            if _DIGIT_STARTS_TOKEN.search(rest):
                return _problem(ANGKA_GANDA, teks=shown), False
            if not _UNIT_WORDS.match(rest) or "%" in rest:
                return _problem(ANGKA_TIDAK_SAH, teks=shown), False
            words = rest  # words that are not the satuan: judged once the number is read
    if currency and percent:
        return _problem(ANGKA_TIDAK_SAH, teks=shown), False
    parsed = _read_core(core.group(0))
    if not parsed.ok:
        # report the whole cell text, not only its digits
        params = dict(parsed.params)
        params["teks"] = shown
        return ParsedNumber(None, parsed.kode, tuple(sorted(params.items()))), False
    assert parsed.value is not None
    value = -parsed.value if sign == "-" else parsed.value
    if not math.isfinite(value):
        return _problem(ANGKA_TIDAK_HINGGA, teks=shown), False
    if words and satuan is not None:
        scaled = multiplier_of(words)
        if scaled is not None:
            return _problem(
                ANGKA_PENGALI,
                teks=shown,
                kata=scaled[0],
                satuan=_shown_satuan(satuan),
                saran=_shown_number(value, scaled[1]),
            ), False
        return _problem(
            ANGKA_SATUAN_SALAH,
            teks=shown,
            kata=_short(words, 40),
            satuan=_shown_satuan(satuan),
            angka=_shown_number(value),
        ), False
    return ParsedNumber(value + 0.0), percent


def _times_100(value: float) -> float:
    """``value`` x 100 without binary noise (0.9 -> 90.0, not 90.00000000000001): the decimal
    shown by ``repr`` is shifted, then converted once (correctly rounded)."""
    text = repr(value)
    if "e" in text or "n" in text:
        try:
            return float(Decimal(text).scaleb(2))
        except InvalidOperation:  # pragma: no cover - repr of a float is always valid
            return value * 100
    return float(text + "e2")


def parse_number(
    value: Any,
    *,
    percent_cell: bool = False,
    percent_indicator: bool = False,
    satuan: Satuan = (),
) -> ParsedNumber:
    """One cell value as one clear number, or the kode of why it is not.

    ``value`` is what a reader returns (int, float, str, bool, date, None). ``percent_cell``:
    the cell's number format is a percentage (the stored 0.9 is shown as 90%).
    ``percent_indicator``: the indicator is measured in % (satuan ``%`` / ``persen``), so values
    are percent points. Rules:

    - numbers: int/float as they are; bool is :data:`ANGKA_BUKAN_ANGKA`; NaN/inf
      :data:`ANGKA_TIDAK_HINGGA`; date/time :data:`ANGKA_BERUPA_TANGGAL`;
    - text: spaces of every kind ignored, ``1.234,5`` and ``1,234.5`` (both separators: the
      last one is the decimal mark, the other must group thousands by three), ``85,5`` and
      ``85.5``, ``1.500.000``, a leading ``-``/``+``, a ``%`` or ``persen`` after the
      number; one separator followed by exactly three digits (``1.234``) is
      :data:`ANGKA_AMBIGU`;
    - words after the number only when they are the indicator's unit (``satuan``: its satuan
      and aliases, case and spaces ignored: ``2005 Orang`` for satuan ``orang``); other words
      are :data:`ANGKA_SATUAN_SALAH` ("1 laporan per triwulan"), a multiplier word
      :data:`ANGKA_PENGALI` ("100 ribu"); a currency prefix or ``,-`` (``Rp 1.500.000,-``)
      only for satuan rupiah; ``satuan=None`` leaves words unjudged (unknown indicator);
    - percentages: for a ``%`` indicator, text ``90%`` is 90 and a percentage-formatted cell
      holding 0.9 is 90; for any other indicator both are :data:`PERSEN_SATUAN_LAIN` (an error:
      dividing by 100 silently would be a guess).
    """
    cls = type(value)
    if (
        cls is float
        and not percent_cell
        and (value == 0.0 or MAGNITUDE_MIN <= abs(value) <= MAGNITUDE_MAX)  # magnitude_ok
    ):
        return ParsedNumber(value)  # the common case, finite float: as fast as possible
    return _bounded(_parse_any(value, percent_cell, percent_indicator, satuan), value)


def _parse_any(
    value: Any, percent_cell: bool, percent_indicator: bool, satuan: Satuan
) -> ParsedNumber:
    """:func:`parse_number` before the magnitude rule (:func:`magnitude_ok`)."""
    if value is None:
        return _EMPTY
    if isinstance(value, bool):
        return _problem(ANGKA_BUKAN_ANGKA, teks="TRUE" if value else "FALSE")
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:
            return _problem(ANGKA_TIDAK_HINGGA, teks=_short(value))
        if not math.isfinite(number):
            if isinstance(value, float) and math.isnan(value):
                return _EMPTY
            return _problem(ANGKA_TIDAK_HINGGA, teks=_short(value))
        if percent_cell:
            if not percent_indicator:
                return _problem(PERSEN_SATUAN_LAIN, teks=_short(f"{_times_100(number):g}%"))
            number = _times_100(number)
            if not math.isfinite(number):
                return _problem(ANGKA_TIDAK_HINGGA, teks=_short(value))
        return ParsedNumber(number)
    if isinstance(value, date | datetime | time | timedelta):
        return _problem(ANGKA_BERUPA_TANGGAL, teks=_short(value))
    if isinstance(value, Decimal):
        return _parse_any(float(value), percent_cell, percent_indicator, satuan)
    if not isinstance(value, str):
        return _problem(ANGKA_TIDAK_SAH, teks=_short(value))
    if len(value) <= 64:
        return _parse_text_cached(value, percent_indicator, satuan)
    return _parse_text(value, percent_indicator, satuan)


def _parse_text(value: str, percent_indicator: bool, satuan: Satuan) -> ParsedNumber:
    simple = _SIMPLE.fullmatch(value.strip())
    if simple is not None:
        sign, whole, frac, percent_sign = simple.groups()
        lone_three = frac is not None and len(frac) == 3 and len(whole) <= 3 and whole[0] != "0"
        if not lone_three and len(whole) <= 15 and (not percent_sign or percent_indicator):
            return ParsedNumber(float(f"{sign}{whole}.{frac or 0}") + 0.0)
    parsed, percent = _scan_text(value, satuan)
    if parsed.ok and percent and not percent_indicator:
        return _problem(PERSEN_SATUAN_LAIN, teks=_short(clean_text(value)))
    return parsed


_parse_text_cached = lru_cache(maxsize=65_536)(_parse_text)
"""Cell texts repeat ("100%", "90"): short ones are parsed once (the result is immutable)."""


# ---- targets ---------------------------------------------------------------------------------

_RANGE_SEP = re.compile(
    r"^(?P<low>.+?)\s*(?:-|–|—|~|s\s*\.?\s*d\s*\.?|s\s*/\s*d|sampai(?:\s+dengan)?|hingga)\s*"
    r"(?P<high>[-+]?\s*[.,]?[0-9].*)$",
    re.IGNORECASE,
)


def parse_target(
    value: Any,
    *,
    percent_cell: bool = False,
    percent_indicator: bool = False,
    satuan: Satuan = (),
) -> ParsedTarget:
    """A target cell: one number, or a range ``80-90``, ``80 - 90``, ``80–90``, ``80 s.d. 90``,
    ``80 s/d 90``, ``80 sampai 90``, ``7-8 bulan``, ``80%-90%``.

    Each end follows :func:`parse_number` (with the same ``satuan``). Problems: the number kodes for a single value,
    :data:`TARGET_TIDAK_SAH` for a text that is not one number nor one range (also
    for malformed text, where :func:`parse_number` says :data:`ANGKA_TIDAK_SAH`),
    :data:`TARGET_TERBALIK` when the low end is above the high end, :data:`TARGET_NOL` when the
    target is zero (a capaian cannot be computed against zero).
    """
    single = parse_number(
        value, percent_cell=percent_cell, percent_indicator=percent_indicator, satuan=satuan
    )
    if single.ok:
        assert single.value is not None
        if single.value == 0:
            return ParsedTarget(None, TARGET_NOL, (("teks", _short(value)),))
        return ParsedTarget(Target(low=single.value, high=single.value))
    if single.kode not in (ANGKA_GANDA, ANGKA_TIDAK_SAH) or not isinstance(value, str):
        return ParsedTarget(None, single.kode, single.params)
    text = clean_text(value)
    m = _RANGE_SEP.match(text)
    if m is None:
        return ParsedTarget(None, TARGET_TIDAK_SAH, (("teks", _short(text)),))
    ends = []
    for part in (m.group("low"), m.group("high")):
        end = parse_number(part, percent_indicator=percent_indicator, satuan=satuan)
        if not end.ok:
            if end.kode in (ANGKA_GANDA, ANGKA_BUKAN_ANGKA, ANGKA_KOSONG, ANGKA_TIDAK_SAH):
                return ParsedTarget(None, TARGET_TIDAK_SAH, (("teks", _short(text)),))
            params = dict(end.params)
            params["teks"] = _short(text)
            return ParsedTarget(None, end.kode, tuple(sorted(params.items())))
        assert end.value is not None
        ends.append(end.value)
    low, high = ends
    if low > high:
        return ParsedTarget(
            None,
            TARGET_TERBALIK,
            (("rendah", f"{low:g}"), ("teks", _short(text)), ("tinggi", f"{high:g}")),
        )
    if high == 0:
        return ParsedTarget(None, TARGET_NOL, (("teks", _short(text)),))
    return ParsedTarget(Target(low=low, high=high))


# ---- NIP -------------------------------------------------------------------------------------

_NIP_PREFIX = re.compile(r"(?i)^(?:nip|ni\s*pppk|nipppk)\s*[.:]?\s*")
_NIP_SEPARATORS = re.compile(r"[\s.\-]")
_NIP_AS_NUMBER = re.compile(r"^[0-9](?:[.,][0-9]+)?[eE]\+?[0-9]+$|^[0-9]{15,}[.,]0+$")


def _excel_number_text(value: float | int) -> str:
    """How Excel shows a big number: 1.98609262015051E+17 (15 significant digits)."""
    if isinstance(value, int) and abs(value) < 10**15:
        return str(value)
    try:
        return f"{float(value):.14E}".replace("E+0", "E+")
    except OverflowError:
        return _short(value)


def _nip_problem(
    kode: str, digits: str | None, kodes: tuple[str, ...] = (), **params: Any
) -> NipCheck:
    return NipCheck(None, kode, tuple(sorted(params.items())), kodes or (kode,), digits=digits)


def _real_date(y: int, m: int, d: int) -> bool:
    if y < 1900:
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def check_nip(value: Any) -> NipCheck:
    """Check a NIP (PNS) or NI PPPK cell; both are 18 digits.

    Text only: a number-typed value is :data:`NIP_BERUPA_ANGKA` (Excel keeps 15 significant
    digits, so the last ones are lost), and so is text that is a printed number
    ("1.98609262015051E+17", "198609262015051001.0"). Spaces, dots and hyphens between the
    digits and a leading "NIP" are ignored. PNS: birth date YYYYMMDD, TMT CPNS YYYYMM (a real
    month, year between birth year + 18 and + 60), gender 1/2, sequence. NI PPPK: birth date,
    appointment year (from 2019, same age bounds), two digits, gender 1/2, sequence. A value
    valid as either passes; otherwise the problems of the PNS reading are reported.
    """
    if type(value) is str:
        return _check_nip_text_cached(value) if len(value) <= 64 else _check_nip_text(value)
    if value is None or value != value:
        return _nip_problem(NIP_KOSONG, None)
    if isinstance(value, bool):
        return _nip_problem(NIP_KARAKTER_SALAH, None, teks="TRUE" if value else "FALSE")
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return _nip_problem(NIP_KARAKTER_SALAH, None, teks=_short(value))
        return _nip_problem(NIP_BERUPA_ANGKA, None, teks=_excel_number_text(value))
    if not isinstance(value, str):
        return _nip_problem(NIP_KARAKTER_SALAH, None, teks=_short(value))
    return _check_nip_text(value)


def _check_nip_text(value: str) -> NipCheck:
    if len(value) == 18 and value.isdigit() and value.isascii():
        return _check_nip_digits(value)  # the common case: nothing to clean
    text = clean_text(value)
    if not text:
        return _nip_problem(NIP_KOSONG, None)
    if text.startswith("'"):
        text = text[1:].lstrip()
    text = _NIP_PREFIX.sub("", text)
    if _NIP_AS_NUMBER.match(text):
        return _nip_problem(NIP_BERUPA_ANGKA, None, teks=_short(text))
    digits = _NIP_SEPARATORS.sub("", text)
    if not digits or not digits.isascii() or not digits.isdigit():
        return _nip_problem(NIP_KARAKTER_SALAH, None, teks=_short(text))
    if len(digits) != 18:
        return _nip_problem(NIP_PANJANG_SALAH, digits, panjang=len(digits), teks=_short(text))
    return _check_nip_digits(digits)


_check_nip_text_cached = lru_cache(maxsize=65_536)(_check_nip_text)
"""NIPs repeat (one per SKP row of an employee): short texts are checked once. The result is
immutable, so sharing it is safe."""


def _check_nip_digits(digits: str) -> NipCheck:
    by, bm, bd = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    ty, tm = int(digits[8:12]), int(digits[12:14])
    gender = digits[14]
    problems: list[tuple[str, dict[str, Any]]] = []
    birth_ok = _real_date(by, bm, bd)
    if not birth_ok:
        problems.append((NIP_TANGGAL_LAHIR_SALAH, {"tanggal": digits[0:8]}))
    year_ok = not birth_ok or by + NIP_MIN_AGE <= ty <= by + NIP_MAX_AGE
    pns_tmt_ok = year_ok and 1 <= tm <= 12
    pppk_ok = birth_ok and year_ok and ty >= PPPK_FIRST_YEAR
    if not pns_tmt_ok and not pppk_ok:
        lo = by + NIP_MIN_AGE if birth_ok else None
        problems.append(
            (
                NIP_TMT_SALAH,
                {
                    "tmt": digits[8:14],
                    "tahun_min": lo if lo is not None else "-",
                    "tahun_maks": by + NIP_MAX_AGE if birth_ok else "-",
                },
            )
        )
    if gender not in ("1", "2"):
        problems.append((NIP_JENIS_KELAMIN_SALAH, {"digit": gender}))
    if problems:
        kode, params = problems[0]
        return _nip_problem(kode, digits, tuple(k for k, _ in problems), **params)
    jenis = "pns" if pns_tmt_ok else "pppk"
    return NipCheck(digits, jenis=jenis, digits=digits)


# ---- dates ---------------------------------------------------------------------------------

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")


def parse_date(value: Any) -> date | None:
    """A date cell: a real date, or text "25-11-2026", "2026-11-25", "25 November 2026"."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = clean_text(value)
    try:
        if m := _DMY.match(text):
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _YMD.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if (m := _D_MONTH_Y.match(text)) and m.group(2).lower() in MONTH_NUMBERS:
            return date(int(m.group(3)), MONTH_NUMBERS[m.group(2).lower()], int(m.group(1)))
    except ValueError:
        return None
    return None
