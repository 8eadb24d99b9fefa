"""The in-year monitoring rule (``kinerja pantau``, the recap's "Pemantauan" sheet): which
quarters it applies to and the status of one scored row.

The projection is the scoring of the period TW1..TWn (domain.md, "In-year monitoring"), so a
row's projected capaian is exactly the capaian ``rekap --periode TWn`` prints. A quarter
already passed with no realisasi is a reporting gap (``tidak_melapor``), never a zero; a row
projected below ``pemantauan.ambang_capaian`` is ``waspada``; the rest ``aman``.
"""

from __future__ import annotations

from kinerja_cli.domain import Periode
from kinerja_cli.errors import UsageError
from kinerja_cli.model import RowScore
from kinerja_cli.scoring.gaps import GAP_REASONS

AMAN = "aman"
WASPADA = "waspada"
TIDAK_MELAPOR = "tidak_melapor"
STATUS_ORDER = (TIDAK_MELAPOR, WASPADA, AMAN)
"""Most urgent first (tables and the sheet list rows in this order)."""

PERIODS = (Periode.TW1, Periode.TW2, Periode.TW3)


def check_period(periode: str) -> None:
    """Monitoring is for a quarter before the year end: TW1, TW2 or TW3 (else exit 2)."""
    if periode not in {p.value for p in PERIODS}:
        raise UsageError(
            "pantau_periode_tidak_sah", nilai=periode, pilihan=", ".join(p.value for p in PERIODS)
        )


def status_of(row: RowScore, ambang: float) -> str | None:
    """``tidak_melapor``, ``waspada``, ``aman``, or None for a row not scored for another
    reason (a data error, an unknown indicator, no target)."""
    if row.catatan in GAP_REASONS:
        return TIDAK_MELAPOR
    if row.capaian is None:
        return None
    return WASPADA if row.capaian < ambang else AMAN
