"""In-year early warning rows (``kinerja pantau``, the recap's "Pemantauan" sheet): the
year-end capaian each IKU and SKP row is heading for, from what was reported up to TWn.

The rule (which quarters, the status of a row) is :mod:`kinerja_cli.scoring.monitoring`;
here the scored rows become output rows. Rows with a data error are left out (they are in
Masalah).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, TypedDict

from kinerja_cli.model import RowScore, ScoreResult
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring.monitoring import (
    AMAN,
    STATUS_ORDER,
    TIDAK_MELAPOR,
    WASPADA,
    check_period,
    status_of,
)

if TYPE_CHECKING:
    from kinerja_cli.config import Config

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


class MonitorRow(TypedDict):
    """One IKU or SKP row of the monitoring (the keys of :data:`MONITOR_FIELDS`)."""

    unit: str
    nama_unit: str | None
    nip: str | None
    nama: str | None
    kode: str
    indikator: str | None
    agregasi: str | None
    realisasi_sd: float | None
    target_sd: float | None
    proyeksi_capaian: float | None
    status: str


class MonitorUnitCount(TypedDict):
    """Per unit: rows per status and the employees with a flagged row."""

    unit: str
    nama_unit: str | None
    tidak_melapor: int
    waspada: int
    aman: int
    pegawai_ditandai: int


def monitor_rows(
    result: ScoreResult, config: Config, *, units: set[str] | None = None
) -> list[MonitorRow]:
    """One row per IKU and SKP row of ``result`` (scored for TWn), most urgent status first,
    then unit, NIP (IKU rows first) and indicator code."""
    check_period(result.periode)
    ambang = config.pemantauan.ambang_capaian
    names = {u.kode: u.nama for u in result.units}
    order = {u.kode: i for i, u in enumerate(result.units)}
    out: list[MonitorRow] = []

    def add(r: RowScore, nama: str | None) -> None:
        status = status_of(r, ambang)
        if status is None:
            return
        ind = config.indicator_by_code(r.kode)
        out.append(
            MonitorRow(
                unit=r.unit,
                nama_unit=names.get(r.unit),
                nip=r.nip,
                nama=nama,
                kode=r.kode,
                indikator=ind.nama if ind else None,
                agregasi=ind.agregasi if ind else None,
                realisasi_sd=r.realisasi,
                target_sd=r.target,
                proyeksi_capaian=round_half_up(r.capaian, 2),
                status=status,
            )
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


def monitor_summary(rows: list[MonitorRow]) -> list[MonitorUnitCount]:
    """Per unit: how many rows are ``tidak_melapor``, ``waspada`` and ``aman``, and how many
    employees have at least one flagged row (units in the order of ``rows``' first sight)."""
    per: dict[str, tuple[str | None, Counter[str]]] = {}
    flagged: dict[str, set[str]] = {}
    for row in rows:
        per.setdefault(row["unit"], (row["nama_unit"], Counter()))[1][row["status"]] += 1
        if row["status"] != AMAN and row["nip"]:
            flagged.setdefault(row["unit"], set()).add(row["nip"])
    counts = [
        MonitorUnitCount(
            unit=unit,
            nama_unit=nama,
            tidak_melapor=n[TIDAK_MELAPOR],
            waspada=n[WASPADA],
            aman=n[AMAN],
            pegawai_ditandai=len(flagged.get(unit, ())),
        )
        for unit, (nama, n) in per.items()
    ]
    return sorted(counts, key=lambda u: (-u["tidak_melapor"] - u["waspada"], u["unit"]))
