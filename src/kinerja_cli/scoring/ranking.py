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
from kinerja_cli.scoring.capaian import clean

T = TypeVar("T")

_PEGAWAI_INDEX = {p.value: i for i, p in enumerate(PREDIKAT_PEGAWAI_ORDER)}
_ORGANISASI_INDEX = {p.value: i for i, p in enumerate(PREDIKAT_ORGANISASI_ORDER)}


def employee_rank_key(
    predikat: PredikatPegawai | str | None, nilai: float | None, lengkap: bool = True
) -> tuple[int, int, float]:
    """Sort key of an employee: complete before incomplete, then predikat (Sangat Baik
    first), then nilai descending (no nilai last). Equal keys share a rank."""
    p = 99
    if predikat is not None:
        text = predikat.value if isinstance(predikat, PredikatPegawai) else predikat
        found = _PEGAWAI_INDEX.get(text)
        # an unknown word raises ValueError rather than sorting silently
        p = found if found is not None else _PEGAWAI_INDEX[PredikatPegawai(text).value]
    n = -clean(nilai) if nilai is not None else math.inf
    return (0 if lengkap else 1, p, n)


def unit_rank_key(
    predikat: PredikatOrganisasi | str | None, capaian: float | None
) -> tuple[int, float]:
    """Sort key of a unit: predikat organisasi (Istimewa first), then capaian IKU
    descending (none last)."""
    p = _ORGANISASI_INDEX[PredikatOrganisasi(predikat).value] if predikat is not None else 99
    c = -clean(capaian) if capaian is not None else math.inf
    return (p, c)


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
