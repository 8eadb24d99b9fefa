"""In-year early warning (``kinerja pantau``, the recap's "Pemantauan" sheet): the year-end
capaian each IKU and SKP row is heading for, from what was reported up to TWn.

The projection is the scoring of the period TW1..TWn (domain.md, "In-year monitoring"):
``jumlah`` rows compare the realisasi so far with the target pro rata (n/4 of the annual
target), ``rata-rata`` the mean of the quarters so far, ``terakhir`` the latest quarter, each
with the capaian rules of the year end. So a projection is exactly the capaian ``rekap
--periode TWn`` prints. A quarter already passed with no realisasi is a reporting gap
(``tidak_melapor``), never a zero; a row projected below ``pemantauan.ambang_capaian`` is
``waspada``; the rest ``aman``. Rows with a data error are left out (they are in Masalah).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kinerja_cli.domain import Periode
from kinerja_cli.errors import UsageError
from kinerja_cli.model import RowScore, ScoreResult
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring.gaps import GAP_REASONS

if TYPE_CHECKING:
    from kinerja_cli.config import Config

AMAN = "aman"
WASPADA = "waspada"
TIDAK_MELAPOR = "tidak_melapor"
STATUS_ORDER = (TIDAK_MELAPOR, WASPADA, AMAN)
"""Most urgent first (tables and the sheet list rows in this order)."""

MONITOR_FIELDS = (
    "unit",
    "nama_unit",
    "nip",
    "nama",
    "kode",
    "indikator",
    "agregasi",
    "realisasi_sd",
    "target_sd",
    "proyeksi_capaian",
    "status",
)
"""The keys of a monitoring row (JSON and CSV), in column order."""

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


def monitor_rows(
    result: ScoreResult, config: Config, *, units: set[str] | None = None
) -> list[dict[str, Any]]:
    """One row per IKU and SKP row of ``result`` (scored for TWn), most urgent status first,
    then unit, NIP (IKU rows first) and indicator code."""
    check_period(result.periode)
    ambang = config.pemantauan.ambang_capaian
    names = {u.kode: u.nama for u in result.units}
    order = {u.kode: i for i, u in enumerate(result.units)}
    out: list[dict[str, Any]] = []

    def add(r: RowScore, nama: str | None) -> None:
        status = status_of(r, ambang)
        if status is None:
            return
        ind = config.indicator_by_code(r.kode)
        out.append(
            {
                "unit": r.unit,
                "nama_unit": names.get(r.unit),
                "nip": r.nip,
                "nama": nama,
                "kode": r.kode,
                "indikator": ind.nama if ind else None,
                "agregasi": ind.agregasi if ind else None,
                "realisasi_sd": r.realisasi,
                "target_sd": r.target,
                "proyeksi_capaian": round_half_up(r.capaian, 2),
                "status": status,
            }
        )

    for u in result.units:
        if units is None or u.kode in units:
            for r in u.iku_rows:
                add(r, None)
    for e in result.employees:
        if units is None or e.unit in units:
            for r in e.rows:
                add(r, e.nama)
    out.sort(
        key=lambda row: (
            STATUS_ORDER.index(row["status"]),
            order.get(row["unit"], 0),
            row["nip"] or "",
            row["kode"],
        )
    )
    return out


def monitor_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per unit: how many rows are ``tidak_melapor``, ``waspada`` and ``aman``, and how many
    employees have at least one flagged row (units in the order of ``rows``' first sight)."""
    per: dict[str, dict[str, Any]] = {}
    flagged: dict[str, set[str]] = {}
    for row in rows:
        unit = per.setdefault(
            row["unit"],
            {"unit": row["unit"], "nama_unit": row["nama_unit"], **dict.fromkeys(STATUS_ORDER, 0)},
        )
        unit[row["status"]] += 1
        if row["status"] != AMAN and row["nip"]:
            flagged.setdefault(row["unit"], set()).add(row["nip"])
    for kode, unit in per.items():
        unit["pegawai_ditandai"] = len(flagged.get(kode, ()))
    return sorted(per.values(), key=lambda u: (-u[TIDAK_MELAPOR] - u[WASPADA], u["unit"]))
