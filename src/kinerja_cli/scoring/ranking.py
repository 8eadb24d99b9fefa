"""Ranking: a sort key, then standard competition ranks (1, 2, 2, 4) for equal keys."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

from kinerja_cli.domain import (
    PREDIKAT_ORGANISASI_ORDER,
    PREDIKAT_PEGAWAI_ORDER,
    PredikatOrganisasi,
    PredikatPegawai,
)
from kinerja_cli.rounding import round_half_up

T = TypeVar("T")

_PEGAWAI_INDEX = {p.value: i for i, p in enumerate(PREDIKAT_PEGAWAI_ORDER)}
_ORGANISASI_INDEX = {p.value: i for i, p in enumerate(PREDIKAT_ORGANISASI_ORDER)}


def employee_rank_key(
    predikat: PredikatPegawai | str | None, nilai: float | None, lengkap: bool = True
) -> tuple[int, int, float]:
    """Sort key of an employee: complete before incomplete, then predikat (Sangat Baik
    first), then nilai as printed (rounded half away from zero to 2 decimals) descending (no
    nilai last). Equal keys share a rank: 94.785 and 94.794 both print 94.79 and tie."""
    p = 99
    if predikat is not None:
        text = predikat.value if isinstance(predikat, PredikatPegawai) else predikat
        found = _PEGAWAI_INDEX.get(text)
        # an unknown word raises ValueError rather than sorting silently
        p = found if found is not None else _PEGAWAI_INDEX[PredikatPegawai(text).value]
    n = -_printed(nilai) if nilai is not None else math.inf
    return (0 if lengkap else 1, p, n)


def unit_rank_key(
    predikat: PredikatOrganisasi | str | None, capaian: float | None
) -> tuple[int, float]:
    """Sort key of a unit: predikat organisasi (Istimewa first), then capaian IKU
    as printed (2 decimals, half away from zero) descending (none last)."""
    p = _ORGANISASI_INDEX[PredikatOrganisasi(predikat).value] if predikat is not None else 99
    c = -_printed(capaian) if capaian is not None else math.inf
    return (p, c)


def _printed(value: float) -> float:
    """The value a reader sees: ranks follow the printed figure, never hidden decimals."""
    printed = round_half_up(value, 2)
    assert printed is not None
    return printed


def competition_ranks(
    items: Sequence[T],
    key: Callable[[T], Hashable],
    tiebreak: Callable[[T], Any],
) -> list[tuple[int, T]]:
    """``items`` sorted by ``(key, tiebreak)`` with their rank: items with equal ``key`` share
    the rank of the first of them and the next rank skips (1, 2, 2, 4); ``tiebreak`` (NIP,
    unit code) only orders the list."""
    decorated = sorted(((key(it), tiebreak(it), i) for i, it in enumerate(items)))
    out: list[tuple[int, T]] = []
    previous: Hashable = None
    rank = 0
    for position, (k, _, i) in enumerate(decorated, start=1):
        if position == 1 or k != previous:
            rank = position
            previous = k
        out.append((rank, items[i]))
    return out
