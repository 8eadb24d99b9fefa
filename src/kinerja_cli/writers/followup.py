"""Follow-up rows of coaching (the recap's "Tindak Lanjut" sheet, ``kinerja tren
--pembinaan``): the employees on the coaching list of the previous period and where they
stand now.

The rules (the coaching list, the previous period, the outcomes) are
:mod:`kinerja_cli.scoring.coaching` and :mod:`kinerja_cli.scoring.followup`; here they become
output rows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, TypedDict

from kinerja_cli.model import ScoreResult
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring.coaching import pembinaan_kind
from kinerja_cli.scoring.followup import (
    OUTCOMES,
    outcome,
)

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


class FollowupRow(TypedDict):
    """One employee of the previous period's coaching list (the keys of
    :data:`FOLLOWUP_FIELDS`)."""

    unit: str
    nip: str
    nama: str | None
    periode_lalu: str
    predikat_lalu: str | None
    nilai_lalu: float | None
    periode_kini: str
    predikat_kini: str | None
    nilai_kini: float | None
    hasil: str


def _label(result: ScoreResult) -> str:
    return f"{result.tahun} {result.periode}"


def followup_rows(previous: ScoreResult, current: ScoreResult) -> list[FollowupRow]:
    """One row per employee on the previous period's coaching list, by unit then NIP."""
    now = {(e.unit, e.nip): e for e in current.employees}
    rows = []
    for e in previous.employees:
        if pembinaan_kind(e) != "pembinaan":
            continue
        later = now.get((e.unit, e.nip))
        rows.append(
            FollowupRow(
                unit=e.unit,
                nip=e.nip,
                nama=e.nama,
                periode_lalu=_label(previous),
                predikat_lalu=e.predikat,
                nilai_lalu=round_half_up(e.nilai, 2),
                periode_kini=_label(current),
                predikat_kini=later.predikat if later is not None else None,
                nilai_kini=round_half_up(later.nilai, 2) if later is not None else None,
                hasil=outcome(e, later),
            )
        )
    rows.sort(key=lambda r: (r["unit"], r["nip"]))
    return rows


def followup_counts(rows: list[FollowupRow]) -> list[dict[str, Any]]:
    """Per unit: how many coached employees each outcome (``unit``, then one key per
    outcome of ``OUTCOMES``: read by a loop over them, so a plain mapping)."""
    per: dict[str, Counter[str]] = {}
    for r in rows:
        per.setdefault(r["unit"], Counter())[r["hasil"]] += 1
    return [{"unit": unit, **{o: n[o] for o in OUTCOMES}} for unit, n in sorted(per.items())]
