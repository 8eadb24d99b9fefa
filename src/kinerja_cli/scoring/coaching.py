"""The coaching rule: who earns a reward and who needs coaching (the recap's Pembinaan
sheet, the summary's counts, the evaluation documents, the follow-up of the next period).

A complete employee with predikat Sangat Baik earns a reward (``penghargaan``); Butuh
Perbaikan, Kurang/Misconduct and Sangat Kurang need coaching (``pembinaan``); incomplete
employees and the rest are on neither list.
"""

from __future__ import annotations

from kinerja_cli.domain import PredikatPegawai
from kinerja_cli.model import EmployeeScore

PENGHARGAAN = frozenset({PredikatPegawai.SANGAT_BAIK.value})
PEMBINAAN_ORDER = (
    PredikatPegawai.SANGAT_KURANG.value,
    PredikatPegawai.KURANG.value,
    PredikatPegawai.BUTUH_PERBAIKAN.value,
)
"""Predikat that need coaching, most serious first (the Pembinaan sheet's order)."""


def pembinaan_kind(e: EmployeeScore) -> str | None:
    """``penghargaan``, ``pembinaan`` or None (incomplete employees are never listed)."""
    if not e.lengkap or e.predikat is None:
        return None
    if e.predikat in PENGHARGAAN:
        return "penghargaan"
    if e.predikat in PEMBINAAN_ORDER:
        return "pembinaan"
    return None
