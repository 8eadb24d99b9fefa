"""Follow-up of coaching (the recap's "Tindak Lanjut" sheet, ``kinerja tren --pembinaan``):
the employees on the coaching list of the previous period and where they stand now.

The coaching list is the recap's Pembinaan rule (:func:`kinerja_cli.writers.shape.pembinaan_kind`:
Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang). The previous period of ``TWn`` is
``TW(n-1)`` of the same year; of ``TW1`` and of ``tahunan`` it is the previous year's
``tahunan``. Outcomes: ``membaik`` (a better predikat now), ``tetap`` (the same), ``memburuk``
(worse), ``keluar_unit`` (no longer in that unit: moved or gone), ``tidak_ada_data`` (in the
unit but without a predikat now).
"""

from __future__ import annotations

from typing import Any

from kinerja_cli.domain import PREDIKAT_PEGAWAI_ORDER, Periode
from kinerja_cli.model import EmployeeScore, ScoreResult
from kinerja_cli.rounding import round_half_up
from kinerja_cli.writers.shape import pembinaan_kind

OUTCOMES = ("membaik", "tetap", "memburuk", "keluar_unit", "tidak_ada_data")
FOLLOWUP_FIELDS = (
    "unit",
    "nip",
    "nama",
    "periode_lalu",
    "predikat_lalu",
    "nilai_lalu",
    "periode_kini",
    "predikat_kini",
    "nilai_kini",
    "hasil",
)
_RANK = {p.value: i for i, p in enumerate(PREDIKAT_PEGAWAI_ORDER)}


def previous_period(tahun: int, periode: str) -> tuple[int, str]:
    """(year, periode) of the period before ``periode`` of ``tahun``."""
    p = Periode(periode) if periode != Periode.TAHUNAN.value else Periode.TAHUNAN
    if p is Periode.TAHUNAN or p is Periode.TW1:
        return tahun - 1, Periode.TAHUNAN.value
    return tahun, f"TW{p.quarters - 1}"


def _label(result: ScoreResult) -> str:
    return f"{result.tahun} {result.periode}"


def outcome(before: EmployeeScore, now: EmployeeScore | None) -> str:
    if now is None:
        return "keluar_unit"
    if not now.lengkap or now.predikat is None:
        return "tidak_ada_data"
    was, is_ = _RANK[before.predikat or ""], _RANK[now.predikat]
    if is_ < was:
        return "membaik"
    return "tetap" if is_ == was else "memburuk"


def followup_rows(previous: ScoreResult, current: ScoreResult) -> list[dict[str, Any]]:
    """One row per employee on the previous period's coaching list, by unit then NIP."""
    now = {(e.unit, e.nip): e for e in current.employees}
    rows = []
    for e in previous.employees:
        if pembinaan_kind(e) != "pembinaan":
            continue
        later = now.get((e.unit, e.nip))
        rows.append(
            {
                "unit": e.unit,
                "nip": e.nip,
                "nama": e.nama,
                "periode_lalu": _label(previous),
                "predikat_lalu": e.predikat,
                "nilai_lalu": round_half_up(e.nilai, 2),
                "periode_kini": _label(current),
                "predikat_kini": later.predikat if later is not None else None,
                "nilai_kini": round_half_up(later.nilai, 2) if later is not None else None,
                "hasil": outcome(e, later),
            }
        )
    rows.sort(key=lambda r: (r["unit"], r["nip"]))
    return rows


def followup_counts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per unit: how many coached employees each outcome."""
    per: dict[str, dict[str, Any]] = {}
    for r in rows:
        unit = per.setdefault(r["unit"], {"unit": r["unit"], **dict.fromkeys(OUTCOMES, 0)})
        unit[r["hasil"]] += 1
    return [per[k] for k in sorted(per)]
