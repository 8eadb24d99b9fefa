"""Employee scoring rules: weighted nilai, rating hasil kerja, the predikat matrix of
PermenPANRB 6/2022, the head-of-unit rule and the PermenPANRB 8/2021 predikat bands."""

from __future__ import annotations

from collections.abc import Sequence

from kinerja_cli.config import RatingHasilKerja
from kinerja_cli.domain import PredikatOrganisasi, PredikatPegawai, Rating, parse_rating
from kinerja_cli.scoring.capaian import clean

PREDIKAT_MATRIX: dict[tuple[Rating, Rating], PredikatPegawai] = {
    # (rating hasil kerja, rating perilaku kerja) -> predikat (PermenPANRB 6/2022)
    (Rating.DI_ATAS, Rating.DI_ATAS): PredikatPegawai.SANGAT_BAIK,
    (Rating.DI_ATAS, Rating.SESUAI): PredikatPegawai.BAIK,
    (Rating.DI_ATAS, Rating.DI_BAWAH): PredikatPegawai.KURANG,
    (Rating.SESUAI, Rating.DI_ATAS): PredikatPegawai.BAIK,
    (Rating.SESUAI, Rating.SESUAI): PredikatPegawai.BAIK,
    (Rating.SESUAI, Rating.DI_BAWAH): PredikatPegawai.KURANG,
    (Rating.DI_BAWAH, Rating.DI_ATAS): PredikatPegawai.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH, Rating.SESUAI): PredikatPegawai.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH, Rating.DI_BAWAH): PredikatPegawai.SANGAT_KURANG,
}

KEPALA_RATING: dict[PredikatOrganisasi, Rating] = {
    PredikatOrganisasi.ISTIMEWA: Rating.DI_ATAS,
    PredikatOrganisasi.BAIK: Rating.SESUAI,
    PredikatOrganisasi.BUTUH_PERBAIKAN: Rating.DI_BAWAH,
    PredikatOrganisasi.KURANG: Rating.DI_BAWAH,
    PredikatOrganisasi.SANGAT_KURANG: Rating.DI_BAWAH,
}
"""The head of a unit takes the unit's result as rating hasil kerja."""

KEPALA_PREDIKAT_8_2021: dict[PredikatOrganisasi, PredikatPegawai] = {
    PredikatOrganisasi.ISTIMEWA: PredikatPegawai.SANGAT_BAIK,
    PredikatOrganisasi.BAIK: PredikatPegawai.BAIK,
    PredikatOrganisasi.BUTUH_PERBAIKAN: PredikatPegawai.BUTUH_PERBAIKAN,
    PredikatOrganisasi.KURANG: PredikatPegawai.KURANG,
    PredikatOrganisasi.SANGAT_KURANG: PredikatPegawai.SANGAT_KURANG,
}
"""Under PermenPANRB 8/2021 the head of a unit takes the unit's predikat word for word."""

BANDS_8_2021: tuple[tuple[float, PredikatPegawai], ...] = (
    (90.0, PredikatPegawai.BAIK),
    (70.0, PredikatPegawai.BUTUH_PERBAIKAN),
    (50.0, PredikatPegawai.KURANG),
)
SANGAT_BAIK_ABOVE_8_2021 = 110.0
"""PermenPANRB 8/2021 predikat by nilai: > 110 Sangat Baik; 90..110 Baik; 70..<90 Butuh
Perbaikan; 50..<70 Kurang; < 50 Sangat Kurang."""


def normalised_weights(weights: Sequence[float | None]) -> tuple[list[float], bool]:
    """Weights scaled to sum to 1, and whether equal weights had to be used.

    Equal weights replace the given ones when any weight is missing or negative, or when they
    sum to zero: weights are then not comparable, and guessing a mix would be arbitrary.
    """
    n = len(weights)
    if n == 0:
        return [], False
    total = 0.0
    for w in weights:
        if w is None or w < 0:
            return [1.0 / n] * n, True
        total += w
    if not total > 0:
        return [1.0 / n] * n, True
    return [w / total for w in weights if w is not None], False


def weighted_nilai(values: Sequence[float], weights: Sequence[float | None]) -> float:
    """Weighted mean of ``values`` with :func:`normalised_weights` (scale-free)."""
    norm, _ = normalised_weights(weights)
    return weighted_mean(values, norm)


def weighted_mean(values: Sequence[float], norm: Sequence[float]) -> float:
    """Mean of ``values`` with weights ``norm`` already summing to 1."""
    if not values:
        raise ValueError("no values")
    if len(values) != len(norm):
        raise ValueError("values and weights differ in length")
    total = 0.0
    for v, w in zip(values, norm, strict=True):
        total += v * w
    # The mean of values lies between their min and max; keep float sums from stepping out.
    return min(max(total, min(values)), max(values))


def rating_from_nilai(nilai: float, thresholds: RatingHasilKerja) -> Rating:
    """Rating hasil kerja derived from nilai: >= di_atas Di Atas, >= sesuai Sesuai, else
    Di Bawah Ekspektasi."""
    n = clean(nilai)
    if n >= thresholds.di_atas:
        return Rating.DI_ATAS
    if n >= thresholds.sesuai:
        return Rating.SESUAI
    return Rating.DI_BAWAH


def predikat_pegawai(hasil_kerja: Rating | str, perilaku: Rating | str) -> PredikatPegawai:
    """The predikat of the PermenPANRB 6/2022 matrix (hasil kerja x perilaku kerja)."""
    return PREDIKAT_MATRIX[(as_rating(hasil_kerja), as_rating(perilaku))]


def predikat_8_2021(nilai: float) -> PredikatPegawai:
    """The PermenPANRB 8/2021 predikat of an employee's nilai (see :data:`BANDS_8_2021`)."""
    n = clean(nilai)
    if n > SANGAT_BAIK_ABOVE_8_2021:
        return PredikatPegawai.SANGAT_BAIK
    for lower, predikat in BANDS_8_2021:
        if n >= lower:
            return predikat
    return PredikatPegawai.SANGAT_KURANG


def kepala_rating(predikat_organisasi: PredikatOrganisasi | str) -> Rating:
    """Rating hasil kerja of the head of a unit: Istimewa -> Di Atas, Baik -> Sesuai,
    otherwise Di Bawah Ekspektasi."""
    return KEPALA_RATING[PredikatOrganisasi(predikat_organisasi)]


_RATING_BY_VALUE = {r.value: r for r in Rating}


def as_rating(value: Rating | str) -> Rating:
    """A canonical :class:`Rating` from a Rating, its value, or a word people type."""
    if isinstance(value, Rating):
        return value
    found = _RATING_BY_VALUE.get(value)
    if found is not None:
        return found
    try:
        return Rating(value)
    except ValueError:
        parsed = parse_rating(value)
        if parsed is None:
            raise
        return parsed


def rating_or_none(value: str | None) -> Rating | None:
    """Like :func:`as_rating`, None for blank or unrecognised words."""
    if value is None:
        return None
    found = _RATING_BY_VALUE.get(value)
    if found is not None:
        return found
    if not str(value).strip():
        return None
    try:
        return as_rating(value)
    except ValueError:
        return None
