"""The follow-up rule of coaching (the recap's "Tindak Lanjut" sheet, ``kinerja tren
--pembinaan``): which period comes before, and where an employee coached then stands now.

The previous period of ``TWn`` is ``TW(n-1)`` of the same year; of ``TW1`` and of
``tahunan`` it is the previous year's ``tahunan``. Outcomes: ``membaik`` (a better predikat
now), ``tetap`` (the same), ``memburuk`` (worse), ``keluar_unit`` (no longer in that unit:
moved or gone), ``tidak_ada_data`` (in the unit but without a predikat now).
"""

from __future__ import annotations

from kinerja_cli.domain import PREDIKAT_PEGAWAI_ORDER, Periode
from kinerja_cli.model import EmployeeScore

OUTCOMES = ("membaik", "tetap", "memburuk", "keluar_unit", "tidak_ada_data")
_RANK = {p.value: i for i, p in enumerate(PREDIKAT_PEGAWAI_ORDER)}


def previous_period(tahun: int, periode: str) -> tuple[int, str]:
    """(year, periode) of the period before ``periode`` of ``tahun``."""
    p = Periode(periode) if periode != Periode.TAHUNAN.value else Periode.TAHUNAN
    if p is Periode.TAHUNAN or p is Periode.TW1:
        return tahun - 1, Periode.TAHUNAN.value
    return tahun, f"TW{p.quarters - 1}"


def outcome(before: EmployeeScore, now: EmployeeScore | None) -> str:
    """One of :data:`OUTCOMES` for an employee coached ``before``, found ``now`` in the same
    unit (None: not found)."""
    if now is None:
        return "keluar_unit"
    if not now.lengkap or now.predikat is None:
        return "tidak_ada_data"
    was, is_ = _RANK[before.predikat or ""], _RANK[now.predikat]
    if is_ < was:
        return "membaik"
    return "tetap" if is_ == was else "memburuk"
