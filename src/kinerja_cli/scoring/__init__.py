"""Scoring: pure functions from validated submissions to a :class:`ScoreResult`.

Formulas, worked examples and design choices: ``docs/penilaian.md``.
"""

from kinerja_cli.scoring.capaian import (
    aggregate_realisasi,
    capaian_bulat,
    capaian_formula,
    effective_target,
    missing_quarters,
    nilai_capaian_8_2021,
    parse_periode,
    period_target,
    required_quarters,
    row_capaian,
)
from kinerja_cli.scoring.engine import (
    rank_employees,
    rank_units,
    score,
    score_employee,
    score_row,
    score_unit,
)
from kinerja_cli.scoring.pegawai import (
    PREDIKAT_MATRIX,
    as_rating,
    kepala_rating,
    normalised_weights,
    predikat_8_2021,
    predikat_pegawai,
    rating_from_nilai,
    weighted_nilai,
)
from kinerja_cli.scoring.ranking import competition_ranks, employee_rank_key, unit_rank_key
from kinerja_cli.scoring.unit import (
    KURVA_RULES,
    KurvaRule,
    KurvaViolation,
    capaian_iku,
    check_kurva,
    distribution,
    format_percent,
    kurva_applies,
    predikat_organisasi_from_capaian,
)

__all__ = [
    "KURVA_RULES",
    "PREDIKAT_MATRIX",
    "KurvaRule",
    "KurvaViolation",
    "aggregate_realisasi",
    "as_rating",
    "capaian_bulat",
    "capaian_formula",
    "capaian_iku",
    "check_kurva",
    "competition_ranks",
    "distribution",
    "effective_target",
    "employee_rank_key",
    "format_percent",
    "kepala_rating",
    "kurva_applies",
    "missing_quarters",
    "nilai_capaian_8_2021",
    "normalised_weights",
    "parse_periode",
    "period_target",
    "predikat_8_2021",
    "predikat_organisasi_from_capaian",
    "predikat_pegawai",
    "rank_employees",
    "rank_units",
    "rating_from_nilai",
    "required_quarters",
    "row_capaian",
    "score",
    "score_employee",
    "score_row",
    "score_unit",
    "unit_rank_key",
    "weighted_nilai",
]
