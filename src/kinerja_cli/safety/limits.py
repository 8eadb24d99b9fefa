"""The ``keamanan`` limits as a plain frozen dataclass.

Workers receive the limits with every task. :class:`~kinerja_cli.config.Keamanan` is a pydantic
model: unpickling it would make every worker import pydantic (a few hundred milliseconds on a
busy machine). :class:`Limits` carries the same values and pickles with the standard library
only; the field names are the config keys.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kinerja_cli.config import Keamanan

__all__ = ["Limits"]


@dataclass(frozen=True, slots=True)
class Limits:
    ukuran_berkas_maks_mb: float
    ukuran_terurai_maks_mb: float
    rasio_kompresi_maks: float
    jumlah_entri_zip_maks: int
    sel_maks: int
    waktu_baca_maks_detik: float
    memori_baca_maks_mb: int
    ukuran_entri_maks_mb: float
    baris_maks: int

    @classmethod
    def of(cls, limits: Keamanan | Limits) -> Limits:
        """The plain copy of the config's ``keamanan`` section (or ``limits`` itself)."""
        if isinstance(limits, Limits):
            return limits
        return cls(**{f.name: getattr(limits, f.name) for f in fields(cls)})
