"""Capaian of one indicator row: period aggregation, effective target, polarity formulas,
and the PermenPANRB 8/2021 conversion of capaian into nilai capaian.

All functions are pure and return full-precision floats; rounding happens only where a number
is shown (:func:`kinerja_cli.rounding.round_half_up`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal, cast

from kinerja_cli.domain import Periode
from kinerja_cli.errors import UsageError

Polaritas = Literal["positif", "negatif"]
Agregasi = Literal["jumlah", "rata-rata", "terakhir"]

NOISE_PLACES = 9
"""Decisions (thresholds, bands, ties, integer rounding) are taken on values cleaned of float
noise at this many decimals, so 109.99999999999999 (three rows of 110 averaged) counts as 110."""

# Reasons (message kodes) why a row has no capaian.
ROW_INVALID = "skor_baris_tidak_valid"
ROW_UNKNOWN_INDICATOR = "skor_indikator_tak_dikenal"
ROW_NO_TARGET = "skor_target_tidak_ada"
ROW_NO_REALISASI = "skor_realisasi_kosong"
ROW_QUARTER_BLANK = "skor_triwulan_kosong"


def clean(value: float) -> float:
    """``value`` without float noise (rounded to :data:`NOISE_PLACES` decimals)."""
    return round(value, NOISE_PLACES)


def parse_periode(periode: Periode | str) -> Periode:
    """The :class:`Periode` meant by ``periode`` ("TW2", "tw2", "tahunan"); UsageError if none."""
    if isinstance(periode, Periode):
        return periode
    text = str(periode).strip()
    for p in Periode:
        if text.lower() == p.value.lower():
            return p
    raise UsageError(
        "skor_periode_tidak_sah", nilai=text, pilihan=", ".join(p.value for p in Periode)
    )


def required_quarters(agregasi: Agregasi, quarters: int) -> tuple[int, ...]:
    """The quarters (1-based) a row must report for the period TW1..TW``quarters``: every one
    for ``jumlah`` and ``rata-rata``, the period's last for ``terakhir``. A blank quarter means
    "not yet reported", never 0, and is never skipped: the one rule of reporting gaps."""
    if agregasi == "terakhir":
        return (quarters,)
    if agregasi in ("jumlah", "rata-rata"):
        return tuple(range(1, quarters + 1))
    raise ValueError(f"unknown agregasi {agregasi!r}")


def missing_quarters(
    realisasi: Sequence[float | None], agregasi: Agregasi, quarters: int
) -> tuple[int, ...]:
    """The :func:`required_quarters` of the period that are blank."""
    return tuple(q for q in required_quarters(agregasi, quarters) if realisasi[q - 1] is None)


def aggregate_realisasi(
    realisasi: Sequence[float | None], agregasi: Agregasi, quarters: int
) -> tuple[float | None, str | None]:
    """Realisasi of the period TW1..TW``quarters`` combined by ``agregasi``: ``jumlah`` the
    sum, ``rata-rata`` the mean, ``terakhir`` the period's last quarter.

    Returns ``(value, None)``, or ``(None, reason)``: :data:`ROW_NO_REALISASI` when no quarter
    of the period has a value, :data:`ROW_QUARTER_BLANK` when a :func:`required_quarters` one
    is blank (the row is incomplete; it is never scored from the quarters that came in).
    """
    period = realisasi[:quarters]
    values: Sequence[float | None] = period
    if None in period:  # the common, complete row skips the rule's walk
        if all(v is None for v in period):
            return None, ROW_NO_REALISASI
        if missing_quarters(realisasi, agregasi, quarters):
            return None, ROW_QUARTER_BLANK
        values = [v for v in period if v is not None]
    filled = cast("Sequence[float]", values)  # no blank left in it
    if agregasi == "terakhir":
        return float(filled[-1]), None
    total = float(sum(filled))
    if agregasi == "jumlah":
        return total, None
    if agregasi == "rata-rata":
        return total / len(filled), None
    raise ValueError(f"unknown agregasi {agregasi!r}")


def period_target(
    low: float, high: float, agregasi: Agregasi, quarters: int
) -> tuple[float, float]:
    """The target ``(low, high)`` for a period: an annual ``jumlah`` target scaled by
    quarters/4 (both ends of a range); other aggregations keep the annual target.

    A single number is the range ``(T, T)``."""
    if agregasi != "jumlah" or quarters >= 4:
        return low, high
    factor = quarters / 4
    return low * factor, high * factor


def effective_target(
    realisasi: float, low: float, high: float, polaritas: Polaritas
) -> tuple[float, bool]:
    """``(T, inside)``: the target value the formula uses and whether R lies inside a range.

    A single target (``low == high``) is itself. For a range: R inside -> ``inside``
    (capaian 100; the T reported is the lower bound for positif, the upper bound for
    negatif); R above -> the upper bound; R below -> the lower bound.
    """
    if low == high:
        return low, False
    if low <= realisasi <= high:
        return (low if polaritas == "positif" else high), True
    return (high if realisasi > high else low), False


def capaian_formula(realisasi: float, target: float, polaritas: Polaritas) -> float:
    """Capaian in percent by polarity, floored at 0; ``target`` must be > 0.

    positif: R / T x 100; negatif: (2 - R / T) x 100 (never T / R).
    """
    value = unfloored_formula(realisasi, target, polaritas)
    return value if value > 0.0 else 0.0


def unfloored_formula(realisasi: float, target: float, polaritas: Polaritas) -> float:
    """:func:`capaian_formula` before the floor at 0 (negative for a negatif row whose
    realisasi is more than twice its target, or a negative realisasi of a positif row)."""
    if polaritas == "positif":
        return realisasi * 100.0 / target
    # (T - (R - T)) / T x 100: the same as (2 - R/T) x 100 with less float noise
    return (2.0 * target - realisasi) * 100.0 / target


def unfloored_capaian(
    realisasi: float, low: float, high: float, polaritas: Polaritas
) -> float | None:
    """The capaian :func:`row_capaian` starts from (range rule and polarity formula, before
    the floor, ``wajar`` and the cap): what ``capaian_tidak_wajar`` judges, without float
    noise (:func:`clean`: a negatif row's realisasi 0 against a target of 163.8875 is
    200.00000000000003 in floats, which is the bound 200 and no reason to warn). None when
    the target used is not positive."""
    t, inside = effective_target(realisasi, low, high, polaritas)
    if not t > 0:
        return None
    return 100.0 if inside else clean(unfloored_formula(realisasi, t, polaritas))


def row_capaian(
    realisasi: float,
    low: float,
    high: float,
    polaritas: Polaritas,
    batas_capaian: float | None = None,
    wajar: tuple[float, float] | None = None,
) -> tuple[float | None, float]:
    """``(capaian, T)`` of one row: range rule, polarity formula, floor 0, the plausible range
    ``wajar`` (``penilaian.capaian_wajar`` as ``(min, max)``: a capaian outside is moved to
    the nearer bound, so it is always bounded; the validator warns with
    ``capaian_tidak_wajar`` about every row whose :func:`unfloored_capaian` lies outside),
    then the regulation's cap ``batas_capaian``.

    ``low``/``high`` are the target's ends (equal for a single number). ``(None, T)`` when
    the target used is zero or negative: not computable (the validator reports it as an
    error), never a crash and never 0.
    """
    t, inside = effective_target(realisasi, low, high, polaritas)
    if not t > 0:
        return None, t
    value = 100.0 if inside else capaian_formula(realisasi, t, polaritas)
    if wajar is not None:
        if value > wajar[1]:
            value = float(wajar[1])
        elif value < wajar[0]:
            value = float(wajar[0])
    if batas_capaian is not None and value > batas_capaian:
        value = float(batas_capaian)
    return value, t


def capaian_bulat(capaian: float) -> int:
    """Capaian rounded to a whole percent, half away from zero, as the official 8/2021
    examples print it (97.89 -> 98, 100.5 -> 101)."""
    # Capaian is never negative, and a .5 fraction is exact in binary once the float noise
    # is cleaned off: floor(c + 0.5) is half away from zero here, without Decimal's cost.
    return math.floor(clean(capaian) + 0.5)


def nilai_capaian_8_2021(capaian: float) -> float:
    """Nilai capaian of one indicator under PermenPANRB 8/2021.

    Capaian is first rounded to a whole percent (:func:`capaian_bulat`), which closes the gaps
    between the regulation's bands (99.5 -> 100 -> 109; 100.4 -> 100 -> 109):

    > 110 -> 120; 101..110 -> 110 + (10/9)(C - 101); 100 -> 109; 80..99 -> 70 + (C - 80);
    60..79 -> 50 + (C - 60); 0..59 -> C / 59 x 49.
    """
    c = capaian_bulat(capaian)
    if c > 110:
        return 120.0
    if c >= 101:
        return 110.0 + (10.0 / 9.0) * (c - 101)
    if c == 100:
        return 109.0
    if c >= 80:
        return 70.0 + (c - 80)
    if c >= 60:
        return 50.0 + (c - 60)
    return max(c, 0) / 59.0 * 49.0
