"""Trend rows (``kinerja tren``): per unit capaian IKU and predikat organisasi by quarter and
by year, per employee predikat and nilai by quarter and by year, and which indicator codes a
year added or dropped. Year over year, ``capaian_iku_sebanding`` is computed over the IKU codes
present in both years only."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any, TypedDict

from kinerja_cli.model import ScoreResult, UnitScore
from kinerja_cli.rounding import round_half_up

if TYPE_CHECKING:
    from kinerja_cli.pipeline.trends import Trends

TREND_UNIT_FIELDS = (
    "jenis",
    "tahun",
    "periode",
    "unit",
    "nama_unit",
    "capaian_iku",
    "capaian_iku_sebanding",
    "predikat_organisasi",
)
TREND_PEGAWAI_FIELDS = ("jenis", "tahun", "periode", "nip", "nama", "unit", "predikat", "nilai")


class TrendUnitRow(TypedDict):
    """A unit in one quarter or year (the keys of :data:`TREND_UNIT_FIELDS`)."""

    jenis: str
    tahun: int
    periode: str
    unit: str
    nama_unit: str
    capaian_iku: float | None
    capaian_iku_sebanding: float | None
    predikat_organisasi: str | None


class TrendEmployeeRow(TypedDict):
    """An employee in one quarter or year (the keys of :data:`TREND_PEGAWAI_FIELDS`)."""

    jenis: str
    tahun: int
    periode: str
    nip: str
    nama: str | None
    unit: str
    predikat: str | None
    nilai: float | None


class IndicatorChange(TypedDict):
    """The indicator codes a year added and dropped since the year before."""

    tahun: int
    dibanding: int
    ditambah: list[str]
    dihapus: list[str]


def _codes(trends: Trends, year: int, tingkat: str) -> set[str]:
    cfg = trends.configs.get(year)
    return {i.kode.upper() for i in cfg.indikator if i.tingkat == tingkat} if cfg else set()


def _comparable(u: UnitScore, codes: set[str]) -> float | None:
    """Mean capaian of the unit's IKU rows whose code is in ``codes`` (None if any such row
    has none, as the unit's own capaian IKU)."""
    values = [r.capaian for r in u.iku_rows if r.kode.upper() in codes]
    if not values or any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None) / len(values)


def _order(trends: Trends) -> list[tuple[str, str]]:
    """(kode, nama) of every unit seen, the current year's order first."""
    seen: dict[str, str] = {}
    results = [trends.years.get(trends.tahun), *trends.years.values()]
    for result in results:
        if result is not None:
            for u in result.units:
                seen.setdefault(u.kode, u.nama)
    return list(seen.items())


def unit_rows(trends: Trends) -> list[TrendUnitRow]:
    rows: list[TrendUnitRow] = []
    years = sorted(trends.years)
    for kode, nama in _order(trends):
        for periode, result in trends.quarters.items():
            u = _unit(result, kode)
            if u is not None and u.submitted:
                rows.append(_row("triwulan", trends.tahun, periode, u, nama, None))
        for n, year in enumerate(years):
            u = _unit(trends.years[year], kode)
            if u is None or not u.submitted:
                continue
            sebanding = None
            if n > 0:
                common = _codes(trends, year, "unit") & _codes(trends, years[n - 1], "unit")
                sebanding = round_half_up(_comparable(u, common), 2)
            rows.append(_row("tahunan", year, "tahunan", u, nama, sebanding))
    return rows


def _unit(result: ScoreResult, kode: str) -> UnitScore | None:
    return next((u for u in result.units if u.kode == kode), None)


def _row(
    jenis: str, tahun: int, periode: str, u: UnitScore, nama: str, sebanding: float | None
) -> TrendUnitRow:
    return TrendUnitRow(
        jenis=jenis,
        tahun=tahun,
        periode=periode,
        unit=u.kode,
        nama_unit=nama,
        capaian_iku=round_half_up(u.capaian_iku, 2),
        capaian_iku_sebanding=sebanding,
        predikat_organisasi=u.predikat_organisasi,
    )


def employee_rows(trends: Trends) -> list[TrendEmployeeRow]:
    """The history of every employee scored in the current year (complete in a period),
    by quarter then by year; one row per period."""
    current = trends.years.get(trends.tahun)
    wanted = {e.nip for e in current.employees} if current else set()
    rows: list[TrendEmployeeRow] = []
    sources: list[tuple[str, int, str, ScoreResult]] = [
        *(("triwulan", trends.tahun, p, r) for p, r in trends.quarters.items()),
        *(("tahunan", y, "tahunan", r) for y, r in sorted(trends.years.items())),
    ]
    for jenis, tahun, periode, result in sources:
        for e in result.employees:
            if e.nip in wanted and e.lengkap:
                rows.append(
                    TrendEmployeeRow(
                        jenis=jenis,
                        tahun=tahun,
                        periode=periode,
                        nip=e.nip,
                        nama=e.nama,
                        unit=e.unit,
                        predikat=e.predikat,
                        nilai=round_half_up(e.nilai, 2),
                    )
                )
    rows.sort(key=lambda r: (r["nip"], r["jenis"] != "tahunan", r["tahun"], r["periode"]))
    return rows


def indicator_changes(trends: Trends) -> list[IndicatorChange]:
    """Per year after the first: the indicator codes added and dropped since the year before
    (those are left out of ``capaian_iku_sebanding``)."""
    years = sorted(trends.configs)
    out = []
    for before, year in pairwise(years):
        old = {i.kode.upper() for i in trends.configs[before].indikator}
        new = {i.kode.upper() for i in trends.configs[year].indikator}
        out.append(
            IndicatorChange(
                tahun=year, dibanding=before, ditambah=sorted(new - old), dihapus=sorted(old - new)
            )
        )
    return out


def trend_data(trends: Trends) -> dict[str, Any]:
    """Everything ``kinerja tren --format json`` prints."""
    return {
        "tahun": trends.tahun,
        "tahun_tersimpan": sorted(trends.years),
        "unit": unit_rows(trends),
        "pegawai": employee_rows(trends),
        "indikator": indicator_changes(trends),
    }
