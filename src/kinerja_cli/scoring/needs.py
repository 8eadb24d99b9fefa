"""Development needs from competencies (issue 13, ``kinerja kebutuhan``).

Per employee and competency the gap is ``standar - level`` when the assessed level is below
the standard of the employee's jabatan (matched on the Pegawai sheet's Jabatan text by the
standard's name or an alias, case and spaces ignored, among the standards of the unit).

The priority combines three things, in this order:

1. the employee is on the coaching list (predikat Butuh Perbaikan, Kurang/Misconduct or
   Sangat Kurang: the recap's Pembinaan rule) -> ``tinggi``;
2. the gap is 2 levels or more -> ``tinggi``;
3. an SKP indicator linked to the competency (``indikator[].kompetensi``) has a capaian below
   ``pemantauan.ambang_capaian`` (default 90) -> ``sedang``; else ``rendah``.

``skor_prioritas`` orders within a level: ``10 x gap + 30 (coaching list) + 5 x linked weak
indicators``. Rows are sorted by priority level, score, unit and NIP.

Each suggested programme (``kompetensi[].pelatihan``) seats every employee below the standard
on a competency suggesting it, once, however many of their competencies suggest it; classes
are sized by ``pengembangan.peserta_per_kelas``.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from kinerja_cli.layout import normalize_header
from kinerja_cli.model import record_row

if TYPE_CHECKING:
    from kinerja_cli.config import Config, StandarKompetensi
    from kinerja_cli.model import EmployeeScore, KompetensiRecord, ScoreResult

PRIORITAS = ("tinggi", "sedang", "rendah")
COACHING = ("Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")
NEED_FIELDS = (
    "nip",
    "nama",
    "unit",
    "jabatan",
    "kompetensi",
    "nama_kompetensi",
    "jenis",
    "standar",
    "level",
    "gap",
    "prioritas",
    "skor_prioritas",
    "predikat",
    "indikator_terkait",
    "pelatihan",
)


@dataclass(frozen=True, slots=True)
class Need:
    """One employee below the standard on one competency."""

    nip: str
    nama: str | None
    unit: str
    jabatan: str | None
    kompetensi: str
    nama_kompetensi: str
    jenis: str
    standar: int
    level: int
    gap: int
    prioritas: str
    skor_prioritas: int
    predikat: str | None
    indikator_terkait: tuple[str, ...]
    """Codes of the employee's SKP indicators linked to the competency with a low capaian."""
    pelatihan: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return record_row(self)


@dataclass(frozen=True, slots=True)
class Seat:
    """One employee to seat in a suggested programme."""

    pelatihan: str
    unit: str
    nip: str
    nama: str | None
    kompetensi: tuple[str, ...]
    prioritas: str


@dataclass(frozen=True, slots=True)
class Note:
    """Something the needs could not be computed for, or a shortfall of hours."""

    jenis: str
    """``jabatan_tidak_cocok``, ``belum_dinilai``, ``jp_kurang``."""
    unit: str
    nip: str
    nama: str | None
    jabatan: str | None
    keterangan: str
    """Close matches (jabatan), the hours (jp)."""


@dataclass(slots=True)
class Needs:
    tahun: int
    needs: list[Need] = field(default_factory=list)
    seats: list[Seat] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    assessed: int = 0
    employees: int = 0
    peserta_per_kelas: int = 30

    def heat_map(self) -> tuple[list[str], list[str], dict[tuple[str, str], int]]:
        """(competency codes, units, count of employees below standard per (code, unit))."""
        codes = list(dict.fromkeys(n.kompetensi for n in self.needs))
        units = list(dict.fromkeys(n.unit for n in self.needs))
        counts: dict[tuple[str, str], int] = {}
        for n in self.needs:
            counts[(n.kompetensi, n.unit)] = counts.get((n.kompetensi, n.unit), 0) + 1
        return codes, units, counts

    def counts(self) -> dict[str, int]:
        """The headline figures: employees and those assessed, gaps and the people with one,
        high-priority gaps, programmes, notes."""
        return {
            "pegawai": self.employees,
            "dinilai": self.assessed,
            "gap": len(self.needs),
            "orang": len({(n.unit, n.nip) for n in self.needs}),
            "tinggi": sum(1 for n in self.needs if n.prioritas == "tinggi"),
            "usulan": len(self.programmes()),
            "catatan": len(self.notes),
        }

    def programmes(self) -> list[Programme]:
        """Per programme: seats, classes, seats per unit."""
        seats: dict[str, dict[str, int]] = {}
        for s in self.seats:
            per_unit = seats.setdefault(s.pelatihan, {})
            per_unit[s.unit] = per_unit.get(s.unit, 0) + 1
        out = [
            Programme(
                pelatihan=name,
                peserta=sum(per_unit.values()),
                per_unit=per_unit,
                kelas=math.ceil(sum(per_unit.values()) / self.peserta_per_kelas),
            )
            for name, per_unit in seats.items()
        ]
        return sorted(out, key=lambda p: (-p["peserta"], p["pelatihan"]))


class Programme(TypedDict):
    """One suggested programme: its seats, seats per unit, and classes."""

    pelatihan: str
    peserta: int
    per_unit: dict[str, int]
    kelas: int


def _key(text: str | None) -> str:
    return normalize_header(text or "")


def match_standard(
    config: Config, unit: str, jabatan: str | None
) -> tuple[StandarKompetensi | None, list[str]]:
    """The standard of ``jabatan`` in ``unit`` (exact name or alias, case and spaces
    ignored), or None and the closest names."""
    standards = config.standards_for(unit)
    key = _key(jabatan)
    names: dict[str, StandarKompetensi] = {}
    for std in standards:
        for name in (std.jabatan, *std.alias):
            names.setdefault(_key(name), std)
    if key and key in names:
        return names[key], []
    shown = {_key(s.jabatan): s.jabatan for s in standards}
    shown.update({_key(a): a for s in standards for a in s.alias})
    close = difflib.get_close_matches(key, list(shown), n=3, cutoff=0.6) if key else []
    return None, [shown[c] for c in close]


def compute_needs(
    config: Config,
    result: ScoreResult,
    assessments: dict[tuple[str, str], KompetensiRecord],
    *,
    units: set[str] | None = None,
) -> Needs:
    """The needs of every employee of ``result`` (``units``: only those), from the valid
    assessments keyed by (unit, NIP)."""
    out = Needs(tahun=result.tahun, peserta_per_kelas=config.pengembangan.peserta_per_kelas)
    catalogue = config.competencies_by_code
    threshold = config.pemantauan.ambang_capaian
    linked: dict[str, set[str]] = {}
    for ind in config.indikator:
        for k in ind.kompetensi:
            linked.setdefault(k.upper(), set()).add(ind.kode)
    jp_min = config.pengembangan.jp_minimum
    for e in sorted(result.employees, key=lambda e: (e.unit, e.nip)):
        if units is not None and e.unit not in units:
            continue
        if not config.competencies_for(e.unit):
            continue
        out.employees += 1
        record = assessments.get((e.unit, e.nip))
        std, close = match_standard(config, e.unit, e.jabatan)
        if std is None:
            out.notes.append(
                Note(
                    "jabatan_tidak_cocok",
                    e.unit,
                    e.nip,
                    e.nama,
                    e.jabatan,
                    ", ".join(close) if close else "-",
                )
            )
        if record is None:
            out.notes.append(Note("belum_dinilai", e.unit, e.nip, e.nama, e.jabatan, "-"))
            continue
        out.assessed += 1
        if record.jp is None or record.jp < jp_min:
            jp = "-" if record.jp is None else f"{record.jp:g}"
            out.notes.append(Note("jp_kurang", e.unit, e.nip, e.nama, e.jabatan, jp))
        if std is None:
            continue
        for code, standar in std.level.items():
            comp = catalogue.get(code.upper())
            level = _level_of(record, code)
            if comp is None or level is None or level >= standar:
                continue
            out.needs.append(_need(e, comp, standar, level, linked, threshold))
    out.needs.sort(
        key=lambda n: (PRIORITAS.index(n.prioritas), -n.skor_prioritas, n.unit, n.nip, n.kompetensi)
    )
    out.seats = _seats(out.needs)
    return out


def _level_of(record: KompetensiRecord, code: str) -> int | None:
    for k, v in record.levels.items():
        if k.upper() == code.upper():
            return v
    return None


def _need(
    e: EmployeeScore,
    comp: Any,
    standar: int,
    level: int,
    linked: dict[str, set[str]],
    threshold: float,
) -> Need:
    gap = standar - level
    codes = linked.get(comp.kode.upper(), set())
    weak = tuple(
        sorted(
            {
                r.kode
                for r in e.rows
                if r.kode in codes and r.capaian is not None and r.capaian < threshold
            }
        )
    )
    coached = e.predikat in COACHING and e.lengkap
    if coached or gap >= 2:
        prioritas = "tinggi"
    elif weak:
        prioritas = "sedang"
    else:
        prioritas = "rendah"
    score = 10 * gap + (30 if coached else 0) + 5 * len(weak)
    return Need(
        nip=e.nip,
        nama=e.nama,
        unit=e.unit,
        jabatan=e.jabatan,
        kompetensi=comp.kode,
        nama_kompetensi=comp.nama,
        jenis=comp.jenis,
        standar=standar,
        level=level,
        gap=gap,
        prioritas=prioritas,
        skor_prioritas=score,
        predikat=e.predikat,
        indikator_terkait=weak,
        pelatihan=tuple(comp.pelatihan),
    )


def _seats(needs: list[Need]) -> list[Seat]:
    """Each employee once per programme, with the competencies sending them there and their
    most urgent priority among those."""
    grouped: dict[tuple[str, str, str], list[Need]] = {}
    for n in needs:
        for p in n.pelatihan:
            grouped.setdefault((p, n.unit, n.nip), []).append(n)
    seats = [
        Seat(
            pelatihan=p,
            unit=unit,
            nip=nip,
            nama=group[0].nama,
            kompetensi=tuple(dict.fromkeys(n.kompetensi for n in group)),
            prioritas=min((n.prioritas for n in group), key=PRIORITAS.index),
        )
        for (p, unit, nip), group in grouped.items()
    ]
    seats.sort(key=lambda s: (s.pelatihan, PRIORITAS.index(s.prioritas), s.unit, s.nip))
    return seats


def largest_gaps(needs: Needs, unit: str, nip: str, limit: int = 3) -> list[Need]:
    """An employee's needs, largest gap first (for the evaluation document)."""
    mine = [n for n in needs.needs if n.unit == unit and n.nip == nip]
    return sorted(mine, key=lambda n: (-n.gap, n.kompetensi))[:limit]
