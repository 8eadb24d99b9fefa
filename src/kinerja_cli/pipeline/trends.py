"""Scores through the year and across years, from the store (``kinerja tren``).

Each quarter TW1..TW4 of a year is scored as ``rekap --periode TWn`` scores it, and every
year the store holds as ``rekap --tahun Y``, each year with its own rules
(:func:`~kinerja_cli.store.config_year.config_for_year`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kinerja_cli.domain import Periode
from kinerja_cli.pipeline.current import score_current
from kinerja_cli.store.config_year import config_for_year

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.model import ScoreResult
    from kinerja_cli.store.core import Store

QUARTERS = (Periode.TW1, Periode.TW2, Periode.TW3, Periode.TW4)


@dataclass(slots=True)
class Trends:
    tahun: int
    quarters: dict[str, ScoreResult] = field(default_factory=dict)
    """TW1..TW4 of ``tahun`` (a quarter with nothing to score is absent)."""
    years: dict[int, ScoreResult] = field(default_factory=dict)
    """The whole year (``tahunan``) of every year in the store, oldest first."""
    configs: dict[int, Config] = field(default_factory=dict)
    """The rules each year was scored with."""


def collect_trends(store: Store, current: Config | None, tahun: int) -> Trends:
    """Score the quarters of ``tahun`` and every year of the store. A year without rules
    (no config file for it and none kept in the store) is left out."""
    trends = Trends(tahun=tahun)
    for year in sorted({*store.years(), tahun}):
        cfg = config_for_year(store, year, current)
        if cfg is None:
            continue
        trends.configs[year] = cfg
        result = score_current(store, cfg, year, Periode.TAHUNAN)
        if result is not None:
            trends.years[year] = result
    cfg = trends.configs.get(tahun)
    if cfg is not None:
        for p in QUARTERS:
            result = score_current(store, cfg, tahun, p)
            if result is not None:
                trends.quarters[p.value] = result
    return trends
