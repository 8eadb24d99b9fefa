"""What the e-Kinerja BKN exports add to a recap: the Selisih and the coverage (issue 17).

Pure: scored results and read submissions in, rows out; the recap writer shows them.

- **Selisih**: a unit that sent a kinerja workbook *and* an e-Kinerja "Laporan Penilaian SKP"
  is scored from the workbook (:data:`~kinerja_cli.model.SCORED_SOURCES`); every NIP whose
  predikat differs between the two (one side missing included) is listed with both values.
- **Cakupan** (coverage) per unit, from its e-Kinerja "Laporan SKP": SKP approved
  (``skp_status`` ``persetujuan``), SKP not approved, and employees without an assessment
  for the period (no predikat in the recap, in any unit); people on the exclusions list
  (``pengecualian.csv``: pensiun, mutasi, hukuman disiplin, tugas belajar, CLTN) are counted
  apart, never as missing. A row of a transfer kept only once (its older row superseded),
  PLT/PLH rows and rows with an error are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypedDict

from kinerja_cli.model import SUMBER_EKINERJA, ScoreResult, SkpListRecord, Submission, record_row
from kinerja_cli.period_words import export_period


def same_period(sub: Submission, periode: str) -> bool:
    """Does an e-Kinerja export count for a recap of ``periode``? Yes when its title names that
    period, or names none (a title cut off: nothing to compare)."""
    found = export_period(sub.periode_sumber)  # the reader's own period words
    return found is None or found == periode


ALASAN_PENGECUALIAN = ("pensiun", "mutasi", "hukuman disiplin", "tugas belajar", "cltn")
"""Why an employee may be left out of the coverage (the words of ``pengecualian.csv``)."""

MASALAH_BELUM_DISETUJUI = "belum_disetujui"
MASALAH_TANPA_PENILAIAN = "tanpa_penilaian"
MASALAH_DIKECUALIKAN = "dikecualikan"


@dataclass(frozen=True, slots=True)
class Selisih:
    """One NIP whose predikat differs between a unit's workbook and its e-Kinerja export."""

    unit: str
    nip: str
    nama: str | None
    predikat_kinerja: str | None
    """From the workbook (None: not on it, or not scored)."""
    predikat_ekinerja: str | None
    """``hasil_akhir`` of the export (None: not on it, or empty)."""
    berkas_ekinerja: str
    periode_ekinerja: str | None

    def to_dict(self) -> dict[str, Any]:
        return record_row(self)


class CoverageDetail(TypedDict):
    """An employee of an SKP list with something to follow up."""

    unit: str
    nip: str
    nama: str | None
    masalah: str
    alasan: str | None


@dataclass(slots=True)
class Cakupan:
    """The coverage of one unit's SKP list."""

    unit: str
    berkas: str
    pegawai: int = 0
    """Employees on the SKP list (counted rows, each NIP once)."""
    disetujui: int = 0
    belum_disetujui: int = 0
    tanpa_penilaian: int = 0
    dikecualikan: int = 0
    rincian: list[CoverageDetail] = field(default_factory=list)
    """Per employee with something to follow up: unit, nip, nama, masalah, alasan."""

    def to_dict(self) -> dict[str, Any]:
        return record_row(self)


def differences(result: ScoreResult, exports: list[Submission]) -> list[Selisih]:
    """Every NIP whose predikat differs between the workbook a unit was scored from and the
    unit's e-Kinerja assessment export of the recap's period (``exports``: the latest export
    of each unit; :func:`same_period`); units scored from the export itself have nothing to
    compare. Ordered by unit, then NIP."""
    from_workbook = {u.kode for u in result.units if u.submitted and u.sumber != SUMBER_EKINERJA}
    scored: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    for e in result.employees:
        scored.setdefault(e.unit, {})[e.nip] = (e.nama, e.predikat)
    out: list[Selisih] = []
    for sub in exports:
        if not same_period(sub, result.periode):
            continue  # an export of another period: its ratings are not this recap's
        unit = (sub.kode_unit or "").upper()
        kode = next((k for k in from_workbook if k.upper() == unit), None)
        if kode is None:
            continue
        mine = scored.get(kode, {})
        theirs: dict[str, tuple[str | None, str | None]] = {}
        for p in sub.pegawai:
            theirs[p.nip] = (p.nama, p.predikat if p.valid else None)
        for nip in sorted(set(mine) | set(theirs)):
            ours = mine.get(nip, (None, None))
            other = theirs.get(nip, (None, None))
            if ours[1] == other[1]:
                continue
            out.append(
                Selisih(
                    unit=kode,
                    nip=nip,
                    nama=ours[0] or other[0],
                    predikat_kinerja=ours[1],
                    predikat_ekinerja=other[1],
                    berkas_ekinerja=sub.path,
                    periode_ekinerja=sub.periode_sumber,
                )
            )
    return out


def coverage(
    result: ScoreResult, skp_lists: list[Submission], exclusions: dict[str, str]
) -> list[Cakupan]:
    """The coverage of each unit's SKP list (``skp_lists``: the latest of each unit), with
    ``exclusions`` (NIP -> alasan) counted apart. Ordered as the lists (by unit code)."""
    assessed = {e.nip for e in result.employees if e.predikat is not None}
    out: list[Cakupan] = []
    for sub in skp_lists:
        row = Cakupan(unit=sub.kode_unit or "?", berkas=sub.path)
        seen: set[str] = set()
        for rec in sub.skp_list:
            if not rec.valid or rec.superseded or rec.plt_plh or rec.nip in seen:
                continue
            seen.add(rec.nip)
            row.pegawai += 1
            if rec.nip in exclusions:
                row.dikecualikan += 1
                row.rincian.append(_detail(row, rec, MASALAH_DIKECUALIKAN, exclusions[rec.nip]))
                continue
            if rec.approved:
                row.disetujui += 1
            else:
                row.belum_disetujui += 1
                row.rincian.append(_detail(row, rec, MASALAH_BELUM_DISETUJUI, rec.status))
            if rec.nip not in assessed:
                row.tanpa_penilaian += 1
                row.rincian.append(_detail(row, rec, MASALAH_TANPA_PENILAIAN, None))
        out.append(row)
    return out


def _detail(row: Cakupan, rec: SkpListRecord, masalah: str, alasan: str | None) -> CoverageDetail:
    return CoverageDetail(unit=row.unit, nip=rec.nip, nama=rec.nama, masalah=masalah, alasan=alasan)
