"""``kinerja contoh``: realistic filled example workbooks for a config, some with typical mistakes.

Two steps, both deterministic for a seed:

1. :func:`build_example_units` makes the data of every unit of the config (people with valid
   NIPs, SKP rows with targets and quarterly realisasi, IKU realisasi, ratings). Pure.
2. :func:`generate_examples` writes one workbook per unit: it asks the template writer for the
   unit's real template, fills the input cells found by their header text (as a careful dinas
   would in Excel), plants the mistakes of the plan in some units, saves atomically, re-saves
   two units as ``.ods`` and ``.xls`` through LibreOffice when ``soffice`` is on PATH, and
   writes ``MANIFEST.json`` listing every file, its unit and each planted mistake with its
   sheet, cell and the issue ``kode`` the validator is expected to report.
"""

from __future__ import annotations

import calendar
import itertools
import json
import random
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli import examples_data as data
from kinerja_cli.domain import GOLONGAN_PNS, Rating
from kinerja_cli.errors import UsageError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from kinerja_cli.config import Config, Indikator, Unit

DEFAULT_SEED = 2026
MANIFEST_NAME = "MANIFEST.json"
MANIFEST_VERSION = 1

Number = int | float

# ---- the mistakes ------------------------------------------------------------------------------

NIP_ANGKA = "nip_angka"
KOMA_DESIMAL = "koma_desimal"
PERSEN_TEKS = "persen_teks"
KOLOM_DIPINDAH = "kolom_dipindah"
JUDUL_KOLOM_DIGANTI = "judul_kolom_diganti"
BARIS_KOSONG = "baris_kosong"
KODE_TAK_DIKENAL = "kode_tak_dikenal"
NIP_GANDA_ANTARUNIT = "nip_ganda_antarunit"
SIMPAN_ULANG_ODS = "simpan_ulang_ods"
SIMPAN_ULANG_XLS = "simpan_ulang_xls"

MISTAKES = (NIP_ANGKA, KOMA_DESIMAL, PERSEN_TEKS, KOLOM_DIPINDAH, JUDUL_KOLOM_DIGANTI,
            BARIS_KOSONG, KODE_TAK_DIKENAL, NIP_GANDA_ANTARUNIT, SIMPAN_ULANG_ODS,
            SIMPAN_ULANG_XLS)

MISTAKE_PLAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DISDUKCAPIL", (NIP_ANGKA, KOMA_DESIMAL)),
    ("BKD", (PERSEN_TEKS, JUDUL_KOLOM_DIGANTI)),
    ("DISHUB", (KOLOM_DIPINDAH, BARIS_KOSONG)),
    ("DPMPTSP", (KODE_TAK_DIKENAL, NIP_GANDA_ANTARUNIT)),
    ("DINSOS", (SIMPAN_ULANG_ODS,)),
    ("DISPAR", (SIMPAN_ULANG_XLS,)),
)
"""Which unit of the bundled config carries which mistakes; every other unit is clean."""

DUPLICATE_SOURCE = "BPKAD"
"""The unit whose employee also appears (same NIP) in the :data:`NIP_GANDA_ANTARUNIT` unit."""

EXPECTED_KODE: dict[str, tuple[str | None, str | None]] = {
    NIP_ANGKA: ("nip_berupa_angka", "error"),
    KOMA_DESIMAL: (None, None),
    PERSEN_TEKS: (None, None),
    KOLOM_DIPINDAH: (None, None),
    JUDUL_KOLOM_DIGANTI: (None, None),
    BARIS_KOSONG: (None, "warning"),
    KODE_TAK_DIKENAL: (None, "error"),
    NIP_GANDA_ANTARUNIT: (None, "error"),
    SIMPAN_ULANG_ODS: (None, None),
    SIMPAN_ULANG_XLS: (None, None),
}
"""Issue ``kode`` and ``tingkat`` the validator reports at a planted mistake's cell; (None,
None) means the variant must be read without any issue (the value is understood)."""


@dataclass(frozen=True, slots=True)
class PlantedMistake:
    """One mistake planted in an example file, at its real place."""

    mistake: str
    """One of :data:`MISTAKES`."""
    sheet: str | None
    cell: str | None
    """A1 address in the file as written (None for a whole-file variant)."""
    kode: str | None
    """The issue kode expected at ``cell``; None when the variant must be read silently."""
    tingkat: str | None = None
    nilai: Any = None
    """The value written (for a variant that must be understood: what it means is ``dibaca``)."""
    dibaca: Any = None
    """The value the reader should understand from ``nilai`` (None when not applicable)."""
    keterangan: str = ""
    """What was done, in Bahasa Indonesia."""

    def to_dict(self) -> dict[str, Any]:
        return {"mistake": self.mistake, "sheet": self.sheet, "cell": self.cell,
                "kode": self.kode, "tingkat": self.tingkat, "nilai": self.nilai,
                "dibaca": self.dibaca, "keterangan": self.keterangan}


@dataclass(frozen=True, slots=True)
class ExampleFile:
    """One written example workbook."""

    path: Path
    unit: str
    format: str
    """xlsx, ods or xls."""
    pegawai: int
    skp_rows: int
    mistakes: tuple[PlantedMistake, ...] = ()
    note: str | None = None
    """Why the file differs from the plan (e.g. written as .xlsx because soffice is missing)."""

    @property
    def expects_errors(self) -> bool:
        return any(m.tingkat == "error" for m in self.mistakes)

    @property
    def expects_issues(self) -> bool:
        return any(m.tingkat is not None for m in self.mistakes)

    def to_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "format": self.format, "pegawai": self.pegawai,
                "baris_skp": self.skp_rows, "kesalahan": [m.to_dict() for m in self.mistakes],
                "catatan": self.note}


# ---- generated data ----------------------------------------------------------------------------


@dataclass(slots=True)
class ExampleEmployee:
    nip: str
    nama: str
    jabatan: str
    golongan: str
    perempuan: bool
    pppk: bool
    kinerja: float
    """Performance factor used to draw realisasi (1.0 = on target): for documentation/tests."""
    rating_hasil_kerja: str | None = None
    rating_perilaku: str = Rating.SESUAI.value
    catatan: str | None = None


@dataclass(slots=True)
class ExampleSkpRow:
    nip: str
    nama: str
    kode: str
    indikator: str
    satuan: str
    target: Number | str
    bobot: Number | None
    realisasi: tuple[Number, Number, Number, Number]


@dataclass(slots=True)
class ExampleIkuRow:
    kode: str
    target: Number | str | None
    """The target to write when the template leaves it empty (no default in the config)."""
    realisasi: tuple[Number, Number, Number, Number]
    keterangan: str | None = None


@dataclass(slots=True)
class ExampleUnit:
    kode: str
    nama: str
    tanggal: date
    predikat: str | None
    pegawai: list[ExampleEmployee]
    skp: list[ExampleSkpRow]
    iku: list[ExampleIkuRow]
    mistakes: tuple[str, ...] = ()
    duplicate_of: tuple[str, str] | None = None
    """For :data:`NIP_GANDA_ANTARUNIT`: (unit, NIP) of the employee listed twice."""
    unknown_code_row: int | None = None
    """Index in ``skp`` of the row given an unknown indicator code."""

    @property
    def kepala(self) -> ExampleEmployee:
        return self.pegawai[0]


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random(":".join([str(seed), *map(str, parts)]))


def _weighted(rng: random.Random, items: Sequence[Any], weights: Sequence[float]) -> Any:
    return rng.choices(list(items), weights=list(weights), k=1)[0]


def unit_sizes(config: Config, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Employees per unit: the bundled profiles' sizes, else 20-60 (the first unit 100+),
    capped by the template's rows."""
    cap_peg = config.templat.baris_pegawai
    sizes: dict[str, int] = {}
    for i, unit in enumerate(config.unit):
        profile = data.UNIT_PROFILES.get(unit.kode.upper())
        if profile is not None:
            n = profile.size
        else:
            n = 104 + _rng(seed, "size", unit.kode).randint(0, 20) if i == 0 else \
                _rng(seed, "size", unit.kode).randint(20, 60)
        n_ind = max(1, len(config.indicators_for(unit.kode, "pegawai")))
        sizes[unit.kode] = max(1, min(n, cap_peg - 1, config.templat.baris_skp // n_ind - 1))
    return sizes


def plan_mistakes(config: Config, sizes: dict[str, int]) -> tuple[dict[str, tuple[str, ...]],
                                                                     str | None]:
    """Mistakes per unit kode, and the unit lending its employee to the duplicate NIP.

    The bundled config follows :data:`MISTAKE_PLAN`. Another config gets the same mistakes in
    the same order, spread over its units in config order, skipping the two biggest units
    (they stay clean so a recap is meaningful).
    """
    codes = [u.kode for u in config.unit]
    upper = {c.upper(): c for c in codes}
    if all(k in upper for k, _ in MISTAKE_PLAN) and DUPLICATE_SOURCE in upper:
        plan = {upper[k]: m for k, m in MISTAKE_PLAN}
        return plan, upper[DUPLICATE_SOURCE]
    biggest = set(sorted(codes, key=lambda c: (-sizes[c], codes.index(c)))[:2])
    free = [c for c in codes if c not in biggest] or codes[-1:]
    plan = {}
    for slot, (_, mistakes) in enumerate(MISTAKE_PLAN[: len(free)]):
        plan[free[slot]] = mistakes
    if len(free) < len(MISTAKE_PLAN):  # fewer units than slots: the rest on the last unit
        rest = tuple(m for _, ms in MISTAKE_PLAN[len(free):] for m in ms)
        plan[free[-1]] = plan.get(free[-1], ()) + rest
    dup_unit = next((c for c, ms in plan.items() if NIP_GANDA_ANTARUNIT in ms), None)
    source = None
    if dup_unit is not None:
        source = next((c for c in codes if c not in plan and c != dup_unit), None)
        if source is None:
            source = next((c for c in codes if c != dup_unit), None)
        if source is None:  # a config with one unit: no duplicate across units possible
            plan[dup_unit] = tuple(m for m in plan[dup_unit] if m != NIP_GANDA_ANTARUNIT)
    return plan, source


# ---- people ------------------------------------------------------------------------------------

_LEVEL_ORDER = ("jpt", "administrator", "pengawas", "ahli_madya", "ahli_muda", "penyelia",
                "ahli_pertama", "mahir", "terampil", "pelaksana")


def _head_title(unit: Unit) -> str:
    first = unit.nama.split()[0].capitalize() if unit.nama.split() else "Unit"
    return f"Kepala {first}" if first in ("Dinas", "Badan", "Kantor", "Satuan") else \
        f"Kepala {unit.nama}"


def _structure(unit: Unit, profile: data.UnitProfile, size: int,
               rng: random.Random) -> list[data.Jab]:
    """Positions in the order a dinas lists them: head, secretary, subbagian, bidang, seksi,
    then functional and pelaksana staff."""
    jabs = [data.Jab(_head_title(unit), "jpt", profile.head_degree, profile.head_field,
                     profile.head_prof)]
    if size >= 2:
        jabs.append(data.Jab("Sekretaris", "administrator", "S2", "umum"))
    subbag = [data.Jab("Kepala Subbagian Umum dan Kepegawaian", "pengawas", "S1", "umum")]
    if size >= 30:
        subbag.append(data.Jab("Kepala Subbagian Keuangan", "pengawas", "S1", "keu"))
    def field_of() -> str:
        return profile.head_field if rng.random() < 0.5 else rng.choice(("umum", "umum", "keu",
                                                                        "hukum", "plan"))

    bidang = [data.Jab(f"Kepala Bidang {b}", "administrator", "S2", field_of())
              for b in profile.bidang]
    badan = unit.nama.lower().startswith("badan")
    seksi_word = "Kepala Subbidang" if badan else "Kepala Seksi"
    seksi = [data.Jab(f"{seksi_word} {s}", "pengawas", "S1", field_of())
             for s in profile.seksi[: max(1, size // 12)]]
    for group in (subbag, bidang, seksi):
        for jab in group:
            if len(jabs) < max(1, size - 2) or size < 8:
                jabs.append(jab)
    jabs = jabs[:size]
    pool = [*profile.jabatan, *data.COMMON_JABATAN]
    weights = [j.weight * 3 for j in profile.jabatan] + [j.weight for j in data.COMMON_JABATAN]
    staff = [_weighted(rng, pool, weights) for _ in range(size - len(jabs))]
    staff.sort(key=lambda j: (_LEVEL_ORDER.index(j.level), j.title))
    return jabs + staff


def _full_name(rng: random.Random, perempuan: bool, used: set[str]) -> str:
    styles = data.NAME_STYLES
    for _ in range(200):
        style: data.NameStyle = _weighted(rng, styles, [s.weight for s in styles])
        given = rng.choice(style.female if perempuan else style.male)
        if style.marga:
            marga = rng.choice(style.marga)
            boru = "br. " if perempuan and style.boru and rng.random() < 0.35 else ""
            name = f"{given} {boru}{marga}"
        elif style.male_second:
            second = rng.choice(style.female_second if perempuan else style.male_second)
            name = given if second in given else f"{given} {second}"
        else:
            name = given
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("name lists too small for the unit size")  # pragma: no cover


def _with_gelar(rng: random.Random, name: str, jab: data.Jab, perempuan: bool,
                birth_year: int) -> str:
    s1 = rng.choice(data.S1_GELAR.get(jab.field, data.S1_GELAR["umum"]))
    s2 = rng.choice(data.S2_GELAR.get(jab.field, data.S2_GELAR["umum"]))
    if jab.degree == "SMA":
        return name
    if jab.degree == "D3":
        return f"{name}, {data.D3_GELAR.get(jab.field, 'A.Md.')}"
    prefix, suffixes = "", [s1]
    if jab.prof == "dr":
        prefix, suffixes = "dr.", []
    elif jab.prof == "drg":
        prefix, suffixes = "drg.", []
    elif jab.prof == "ns":
        prefix, suffixes = "Ns.", ["S.Kep."]
    elif jab.prof == "apt":
        prefix, suffixes = "apt.", ["S.Farm."]
    elif birth_year < 1972 and jab.field in ("umum", "sos") and rng.random() < 0.4:
        prefix, suffixes = ("Dra." if perempuan else "Drs."), []
    if jab.degree in ("S2", "S3") or (jab.prof == "dr" and jab.level == "ahli_muda"
                                      and rng.random() < 0.4):
        suffixes.append(s2)
    if jab.degree == "S3":
        prefix = f"Dr. {prefix}".strip() if prefix != "dr." else "Dr. dr."
    text = f"{prefix} {name}".strip()
    return ", ".join([text, *suffixes])


def _female_share(jab: data.Jab) -> float:
    t = jab.title
    if t.startswith("Bidan"):
        return 1.0
    if t.startswith(("Perawat", "Nutrisionis")):
        return 0.75
    if t.startswith(("Guru", "Apoteker")):
        return 0.65
    if t.startswith(("Penguji Kendaraan", "Operator")):
        return 0.15
    if jab.level == "jpt":
        return 0.3
    return 0.5


def _birth_date(rng: random.Random, year: int) -> date:
    month = rng.randint(1, 12)
    return date(year, month, rng.randint(1, calendar.monthrange(year, month)[1]))


def _make_nip(rng: random.Random, prefix14: str, gender: str, used: set[str]) -> str:
    for _ in range(1000):
        nip = f"{prefix14}{gender}{rng.randint(1, 350):03d}"
        if nip not in used:
            used.add(nip)
            return nip
    raise RuntimeError("no free NIP sequence")  # pragma: no cover


def _person(rng: random.Random, jab: data.Jab, tahun: int, pppk: bool, used_nips: set[str],
            used_names: set[str]) -> ExampleEmployee:
    perempuan = rng.random() < _female_share(jab)
    (age_lo, age_hi), min_service, ladder, _ = data.LEVELS[jab.level]
    gender = "2" if perempuan else "1"
    if pppk:
        age = rng.randint(27, 45)
        birth = _birth_date(rng, tahun - age)
        year = max(rng.randint(2021, tahun - 1), birth.year + 18)
        nip = _make_nip(rng, f"{birth:%Y%m%d}{year}21", gender, used_nips)
        golongan = data.PPPK_GOLONGAN.get(jab.degree, "IX")
    else:
        age = rng.randint(age_lo, age_hi)
        birth = _birth_date(rng, tahun - age)
        entry_lo, entry_hi = data.ENTRY_AGE[jab.degree]
        if jab.prof in ("dr", "drg", "apt", "ns"):
            entry_lo, entry_hi = entry_lo + 2, entry_hi + 2
        tmt_year = birth.year + rng.randint(entry_lo, entry_hi)
        tmt_year = max(birth.year + 18, min(tmt_year, tahun - min_service))
        tmt_month = _weighted(rng, (1, 2, 3, 4, 6, 12), (3, 2, 4, 2, 1, 2))
        nip = _make_nip(rng, f"{birth:%Y%m%d}{tmt_year}{tmt_month:02d}", gender, used_nips)
        service = tahun - tmt_year
        if jab.level == "pelaksana":
            start = GOLONGAN_PNS.index(data.START_GOLONGAN[jab.degree])
            ladder = GOLONGAN_PNS[start: start + 4]
            step = 4
        else:
            step = 5
        golongan = ladder[min(len(ladder) - 1, max(0, (service - min_service) // step))]
    nama = _with_gelar(rng, _full_name(rng, perempuan, used_names), jab, perempuan, birth.year)
    return ExampleEmployee(nip=nip, nama=nama, jabatan=jab.title, golongan=golongan,
                           perempuan=perempuan, pppk=pppk, kinerja=1.0)


def _kinerja(rng: random.Random, unit_factor: float) -> float:
    r = rng.random()
    if r < 0.11:
        p = rng.uniform(0.62, 0.87)
    elif r < 0.24:
        p = rng.uniform(1.10, 1.28)
    else:
        p = min(1.08, max(0.92, rng.gauss(1.0, 0.035)))
    return p * (0.5 + 0.5 * unit_factor)


def _ratings(rng: random.Random, people: list[ExampleEmployee]) -> None:
    ratings = (Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value)
    for i, emp in enumerate(people):
        p = emp.kinerja
        if i == 0:  # the head: hasil kerja follows the unit, perilaku decided by the mayor
            emp.rating_perilaku = ratings[0] if rng.random() < 0.3 else ratings[1]
            continue
        r = rng.random()
        if r < (0.5 if p >= 1.1 else 0.15):
            emp.rating_perilaku = ratings[0]
        elif r > (0.9 if p < 0.85 else 0.96):
            emp.rating_perilaku = ratings[2]
        else:
            emp.rating_perilaku = ratings[1]
        if rng.random() < 0.08:  # the boss writes the rating instead of leaving it derived
            if p >= 1.1:
                emp.rating_hasil_kerja = ratings[0]
            elif p < 0.75:
                emp.rating_hasil_kerja = ratings[2]
            else:
                emp.rating_hasil_kerja = ratings[1]
        if p < 0.75 and rng.random() < 0.5:
            notes = [t for t, women in data.CATATAN_RENDAH if women is None or
                     women == emp.perempuan]
            emp.catatan = rng.choice(notes)
    if len(people) >= 30 and not any(e.rating_perilaku == ratings[2] for e in people[1:]):
        min(people[1:], key=lambda e: e.kinerja).rating_perilaku = ratings[2]


# ---- values -------------------------------------------------------------------------------------


def _decimals(ind: Indikator) -> int:
    satuan = ind.satuan.strip().lower()
    if ind.is_percent or satuan in ("hari", "bulan", "tahun"):
        return 1
    if satuan in ("menit", "jam"):
        return 0
    if ind.agregasi == "jumlah":
        return 0
    return 2


def _clamp(ind: Indikator, x: float) -> float:
    if ind.batas is not None:
        if ind.batas.min is not None:
            x = max(float(ind.batas.min), x)
        if ind.batas.max is not None:
            x = min(float(ind.batas.max), x)
    return max(0.0, x)


def _num(x: float, decimals: int) -> Number:
    """A value as a person types it: an int when whole, else rounded to ``decimals``."""
    from kinerja_cli.rounding import round_half_up

    v = round_half_up(x, decimals)
    assert v is not None
    return int(v) if float(v).is_integer() else v


def _employee_target(rng: random.Random, ind: Indikator, scale: float) -> Number | str:
    hints = data.TARGET_HINTS.get(ind.kode)
    if hints:
        return rng.choice(hints)
    counts = data.COUNT_HINTS.get(ind.kode)
    if counts:
        lo, hi, step = counts
        value = rng.randrange(lo, hi + 1, step) * scale
        return int(max(step, round(value / step) * step))
    if ind.target is not None:
        return ind.target.low if not ind.target.is_range else str(ind.target)
    satuan = ind.satuan.strip().lower()
    if ind.is_percent:
        t: float = rng.choice((90, 95, 100))
    elif ind.polaritas == "negatif" and satuan == "menit":
        t = rng.choice((30, 45, 60))
    elif ind.polaritas == "negatif":
        t = rng.choice((3, 5, 7, 10))
    else:
        top = float(ind.batas.max) if ind.batas and ind.batas.max is not None else 1000.0
        t = max(1.0, round(top * rng.uniform(0.005, 0.05) * scale))
    t = _clamp(ind, t) or 1.0
    return _num(t, _decimals(ind))


def _target_base(target: Number | str) -> float:
    if isinstance(target, str):
        lo, hi = (float(x) for x in target.split("-"))
        return (lo + hi) / 2
    return float(target)


def _quarters(rng: random.Random, ind: Indikator, target: Number | str, p: float
              ) -> tuple[Number, Number, Number, Number]:
    """Quarterly realisasi that aggregate (by ``agregasi``) to about ``p`` times the target
    (for a negatif indicator: a value whose capaian is about ``p``)."""
    base = _target_base(target)
    dec = _decimals(ind)
    noise = rng.uniform(0.985, 1.015)
    value = base * p * noise if ind.polaritas == "positif" else base * (2 - p) * noise
    value = _clamp(ind, value)
    if ind.agregasi == "jumlah":
        total = max(0, round(value)) if dec == 0 else value
        weights = [rng.uniform(0.18, 0.3) for _ in range(4)]
        parts = [total * w / sum(weights) for w in weights]
        vals = [_num(x, dec) for x in parts[:3]]
        last = _num(max(0.0, float(total) - float(sum(vals))), dec)
        return vals[0], vals[1], vals[2], last
    if ind.agregasi == "rata-rata":
        vals = [_num(_clamp(ind, value * rng.uniform(0.93, 1.07)), dec) for _ in range(3)]
        fourth = _clamp(ind, 4 * value - sum(float(v) for v in vals))
        return vals[0], vals[1], vals[2], _num(fourth, dec)
    # terakhir: a running figure that ends at value
    step = abs(base) * rng.uniform(0.0, 0.03)
    sign = -1 if ind.polaritas == "positif" else 1
    vals = [_num(_clamp(ind, value + sign * step * (3 - k)), dec) for k in range(3)]
    return vals[0], vals[1], vals[2], _num(value, dec)


def _iku_rows(rng: random.Random, config: Config, unit: Unit, factor: float
              ) -> list[ExampleIkuRow]:
    rows = []
    for ind in config.indicators_for(unit.kode, "unit"):
        target: Number | str
        if ind.target is not None:
            target = ind.target.low if not ind.target.is_range else str(ind.target)
            if isinstance(target, float) and target.is_integer():
                target = int(target)
        else:
            target = _employee_target(rng, ind, 10.0)
        p = factor * rng.uniform(0.97, 1.03)
        note = None
        if ind.agregasi == "terakhir" and ind.kode.startswith("IKU-UM-01"):
            note = "Angka TW4 sementara, menunggu laporan keuangan audited"
        rows.append(ExampleIkuRow(ind.kode, None if ind.target is not None else target,
                                  _quarters(rng, ind, target, p), note))
    return rows


# ---- a unit ------------------------------------------------------------------------------------


def _tanggal(rng: random.Random, tahun: int) -> date:
    d = date(tahun + 1, 1, rng.randint(5, 15))
    while d.weekday() >= 5:
        d = date(d.year, d.month, d.day + 1)
    return d


def _generic_profile(unit: Unit) -> data.UnitProfile:
    return data.UnitProfile(0, ("Program dan Pelaporan", "Pelayanan", "Pengembangan"),
                            ("Data dan Informasi", "Pelayanan Teknis"), ())


def _build_unit(config: Config, unit: Unit, size: int, seed: int, used_nips: set[str]
                ) -> ExampleUnit:
    rng = _rng(seed, "unit", unit.kode)
    profile = data.UNIT_PROFILES.get(unit.kode.upper()) or _generic_profile(unit)
    tahun = config.tahun
    jabs = _structure(unit, profile, size, rng)
    pppk_candidates = [i for i, j in enumerate(jabs) if j.pppk]
    pppk = {i for i in pppk_candidates if rng.random() < 0.2}
    if not pppk and pppk_candidates and size >= 30:
        pppk.add(rng.choice(pppk_candidates))
    used_names: set[str] = set()
    people: list[ExampleEmployee] = []
    for i, jab in enumerate(jabs):
        emp = _person(rng, jab, tahun, i in pppk, used_nips, used_names)
        emp.kinerja = _kinerja(rng, profile.kinerja_unit) if i else \
            profile.kinerja_unit * rng.uniform(0.98, 1.02)
        people.append(emp)
    # PPPK are listed after the PNS, as in a dinas' own list
    people = [people[0], *[p for p in people[1:] if not p.pppk],
              *[p for p in people[1:] if p.pppk]]
    _ratings(rng, people)
    indicators = config.indicators_for(unit.kode, "pegawai")
    scale = {"jpt": 3.0, "administrator": 2.0, "pengawas": 1.5}
    levels = {j.title: j.level for j in jabs}
    skp: list[ExampleSkpRow] = []
    for emp in people:
        s = scale.get(levels.get(emp.jabatan, ""), 1.0)
        bobot = _bobot(indicators)
        for ind, b in zip(indicators, bobot, strict=True):
            target = _employee_target(rng, ind, s)
            skp.append(ExampleSkpRow(emp.nip, emp.nama, ind.kode, ind.nama, ind.satuan, target,
                                     b, _quarters(rng, ind, target, emp.kinerja)))
    return ExampleUnit(
        kode=unit.kode, nama=unit.nama, tanggal=_tanggal(rng, tahun),
        predikat=profile.predikat_identitas, pegawai=people, skp=skp,
        iku=_iku_rows(rng, config, unit, profile.kinerja_unit),
    )


def _bobot(indicators: Sequence[Indikator]) -> list[Number | None]:
    """Weights from the config (equal shares for missing ones), scaled so they sum to 100."""
    if not indicators:
        return []
    given = [ind.bobot for ind in indicators]
    known = sum(b for b in given if b is not None)
    missing = sum(1 for b in given if b is None)
    share = max(0.0, (100 - known) / missing) if missing else 0.0
    raw = [float(b) if b is not None else share for b in given]
    total = sum(raw)
    if total <= 0:
        raw, total = [1.0] * len(raw), float(len(raw))
    scaled = [round(v * 100 / total, 2) for v in raw]
    scaled[-1] = round(100 - sum(scaled[:-1]), 2)
    return [int(v) if float(v).is_integer() else v for v in scaled]


def build_example_units(config: Config, *, seed: int = DEFAULT_SEED) -> list[ExampleUnit]:
    """The data of every unit of ``config``, deterministic for ``seed``, with the data-level
    mistakes of the plan applied (duplicate NIP across units, unknown indicator code)."""
    sizes = unit_sizes(config, seed)
    plan, dup_source = plan_mistakes(config, sizes)
    used: set[str] = set()
    units = [_build_unit(config, u, sizes[u.kode], seed, used) for u in config.unit]
    by_code = {u.kode: u for u in units}
    for u in units:
        u.mistakes = plan.get(u.kode, ())
        rng = _rng(seed, "mistake", u.kode)
        if NIP_GANDA_ANTARUNIT in u.mistakes and dup_source is not None:
            _plant_duplicate(rng, u, by_code[dup_source])
        if KODE_TAK_DIKENAL in u.mistakes:
            _plant_unknown_code(rng, config, u)
    return units


def _plant_duplicate(rng: random.Random, unit: ExampleUnit, source: ExampleUnit) -> None:
    """An employee of ``source`` moved to ``unit`` mid-year and both list him (mutasi)."""
    candidates = [e for e in source.pegawai[1:] if not e.pppk]
    moved = rng.choice(candidates)
    emp = replace(moved, jabatan="Penata Layanan Operasional",
                  catatan=f"Mutasi dari {source.kode} per 1 Juli",
                  rating_hasil_kerja=None, rating_perilaku=Rating.SESUAI.value)
    model_nip = unit.pegawai[-1].nip
    rows = [replace(r, nip=emp.nip, nama=emp.nama) for r in unit.skp if r.nip == model_nip]
    pos = max(i for i, e in enumerate(unit.pegawai) if not e.pppk) + 1
    following = {e.nip for e in unit.pegawai[pos:]}
    unit.pegawai.insert(pos, emp)
    at = next((i for i, r in enumerate(unit.skp) if r.nip in following), len(unit.skp))
    unit.skp[at:at] = rows
    unit.duplicate_of = (source.kode, emp.nip)


def _plant_unknown_code(rng: random.Random, config: Config, unit: ExampleUnit) -> None:
    """A typo in one indicator code ("PTSP-3" for "PTSP-03")."""
    known = {i.kode.upper() for i in config.indikator}
    middle = unit.skp[len(unit.skp) // 3: 2 * len(unit.skp) // 3] or unit.skp
    row = rng.choice(middle)
    code = row.kode
    typo = code.replace("-0", "-") if "-0" in code else f"{code}X"
    if typo.upper() in known:
        typo = f"{code}-LAMA"
    idx = unit.skp.index(row)
    unit.skp[idx] = replace(row, kode=typo)
    unit.unknown_code_row = idx


# ---- public entry point (workbooks) ------------------------------------------------------------

ProgressFn = Callable[[int, int, "ExampleFile"], None]


def generate_examples(config: Config, out_dir: str | Path, *, seed: int = DEFAULT_SEED,
                      units: Iterable[str] | None = None, convert: bool | None = None,
                      on_progress: ProgressFn | None = None) -> list[ExampleFile]:
    """Write one filled example workbook per unit of ``config`` into ``out_dir``, plus
    ``MANIFEST.json``; return the files written (config order).

    ``units``: only these unit codes (case-insensitive; the data of the others is still
    generated so every file is the same as in a full run). ``convert``: re-save the units of
    the plan as ``.ods``/``.xls`` with LibreOffice; None = when ``soffice`` is on PATH. Without
    it those units are written as ``.xlsx`` and the file's ``note`` says so.
    """
    from kinerja_cli.template import resolve_unit

    folder = check_out_dir(out_dir)
    chosen = None if units is None else {resolve_unit(config, k).kode for k in units}
    soffice = shutil.which("soffice") if convert is not False else None
    all_units = build_example_units(config, seed=seed)
    by_code = {u.kode: u for u in all_units}
    todo = [u for u in all_units if chosen is None or u.kode in chosen]
    previous = _read_manifest(folder)
    files: list[ExampleFile] = []
    with tempfile.TemporaryDirectory(prefix="kinerja-contoh-") as tmp_name:
        tmp = Path(tmp_name)
        for i, unit in enumerate(todo, start=1):
            ex = _write_unit(config, unit, by_code, folder, tmp, soffice)
            _remove_stale_siblings(folder, ex, previous)
            files.append(ex)
            if on_progress is not None:
                on_progress(i, len(todo), ex)
    _write_manifest(config, folder, files, seed, previous)
    return files


def check_out_dir(out_dir: str | Path) -> Path:
    """``out_dir`` as a Path; :class:`UsageError` when it exists and is not a folder."""
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise UsageError("contoh_bukan_folder", path=str(folder))
    return folder


def _write_unit(config: Config, unit: ExampleUnit, by_code: dict[str, ExampleUnit],
                folder: Path, tmp: Path, soffice: str | None) -> ExampleFile:
    from kinerja_cli.layout import template_filename
    from kinerja_cli.template import build_template

    # The unit's real template, in memory: the same workbook write_template() saves.
    wb = build_template(config, unit.kode).wb
    planted: list[PlantedMistake] = []
    filler = _Filler(wb, unit)
    if KOLOM_DIPINDAH in unit.mistakes:
        planted += filler.swap_skp_columns()
    filler.fill(gap=BARIS_KOSONG in unit.mistakes)
    planted += filler.plant_after_fill(config, by_code)
    name = template_filename(unit.kode, config.tahun)
    xlsx_target = folder / name
    fmt, note = "xlsx", None
    wanted = "ods" if SIMPAN_ULANG_ODS in unit.mistakes else \
        "xls" if SIMPAN_ULANG_XLS in unit.mistakes else None
    if wanted is None:
        _save(wb, xlsx_target)
        target = xlsx_target
    else:
        staged = tmp / name
        _save(wb, staged)
        converted = _convert(soffice, staged, wanted, tmp) if soffice else None
        from kinerja_cli.messages import render

        if converted is None:
            kode = "contoh_tanpa_soffice" if not soffice else "contoh_konversi_gagal"
            note = render(kode, "id", unit=unit.kode, format=wanted, berkas=name)
            target = xlsx_target
            _copy_atomic(staged, target)
        else:
            fmt = wanted
            target = folder / Path(name).with_suffix(f".{wanted}").name
            _copy_atomic(converted, target)
        planted.append(_mistake(SIMPAN_ULANG_ODS if wanted == "ods" else SIMPAN_ULANG_XLS,
                                None, None, format=wanted,
                                done=converted is not None))
    return ExampleFile(path=target, unit=unit.kode, format=fmt, pegawai=len(unit.pegawai),
                       skp_rows=len(unit.skp), mistakes=tuple(planted), note=note)


def _mistake(mistake: str, sheet: str | None, cell: str | None, *, nilai: Any = None,
             dibaca: Any = None, **params: Any) -> PlantedMistake:
    from kinerja_cli.messages import render

    kode, tingkat = EXPECTED_KODE[mistake]
    if mistake in (SIMPAN_ULANG_ODS, SIMPAN_ULANG_XLS) and not params.get("done", True):
        kode, tingkat = None, None
    text = render(f"contoh_salah_{mistake}", "id", sheet=sheet, cell=cell, nilai=nilai,
                  dibaca=dibaca, **params)
    return PlantedMistake(mistake, sheet, cell, kode, tingkat, nilai, dibaca, text)


# ---- filling a template ------------------------------------------------------------------------


class _Filler:
    """Writes one unit's data into its loaded template, finding every place by its text."""

    def __init__(self, wb: Workbook, unit: ExampleUnit) -> None:
        from kinerja_cli import layout as L

        self.L = L
        self.wb = wb
        self.unit = unit
        self.pegawai_row: dict[str, int] = {}
        self.skp_row: list[int] = []
        self.skp_first = 0
        self.pegawai_first = 0

    # -- finding things --

    def header(self, ws: Worksheet, required: Sequence[str]) -> tuple[int, dict[str, int]]:
        for r in range(1, 16):
            cols: dict[str, int] = {}
            for c in range(1, (ws.max_column or 1) + 1):
                canon = self.L.canonical_header(ws.cell(r, c).value)
                if canon is not None and canon not in cols:
                    cols[canon] = c
            if all(h in cols for h in required):
                return r, cols
        raise RuntimeError(f"header row not found on sheet {ws.title}")  # pragma: no cover

    def _identitas_rows(self) -> dict[str, int]:
        ws = self.wb[self.L.SHEET_IDENTITAS]
        rows: dict[str, int] = {}
        for r in range(1, 40):
            label = self.L.canonical_label(ws.cell(r, 1).value)
            if label is not None and label not in rows:
                rows[label] = r
        return rows

    # -- filling --

    def fill(self, *, gap: bool = False) -> None:
        self._identitas()
        self._iku()
        self._pegawai(gap)
        self._skp(gap)
        props = self.wb.properties
        props.lastModifiedBy = f"Subbagian Umum dan Kepegawaian {self.unit.kode}"
        from datetime import datetime

        props.modified = datetime(self.unit.tanggal.year, self.unit.tanggal.month,
                                  self.unit.tanggal.day, 14, 30)

    def _identitas(self) -> None:
        L = self.L
        ws = self.wb[L.SHEET_IDENTITAS]
        rows = self._identitas_rows()
        head = self.unit.kepala
        ws.cell(rows[L.ID_NAMA_KEPALA], 2).value = head.nama
        ws.cell(rows[L.ID_NIP_KEPALA], 2).value = head.nip
        ws.cell(rows[L.ID_TANGGAL], 2).value = self.unit.tanggal
        if self.unit.predikat:
            ws.cell(rows[L.ID_PREDIKAT], 2).value = self.unit.predikat

    def _iku(self) -> None:
        L = self.L
        ws = self.wb[L.SHEET_IKU]
        hr, cols = self.header(ws, L.IKU_REQUIRED)
        by_code: dict[str, int] = {}
        r = hr + 1
        while ws.cell(r, cols[L.COL_KODE]).value not in (None, ""):
            by_code[str(ws.cell(r, cols[L.COL_KODE]).value).strip()] = r
            r += 1
        for row in self.unit.iku:
            at = by_code.get(row.kode)
            if at is None:  # not prefilled: use the next empty row
                at = r
                r += 1
                ws.cell(at, cols[L.COL_KODE]).value = row.kode
            if row.target is not None and ws.cell(at, cols[L.COL_TARGET]).value in (None, ""):
                ws.cell(at, cols[L.COL_TARGET]).value = _as_typed_text(row.target)
            for col, v in zip(L.COL_REALISASI, row.realisasi, strict=True):
                ws.cell(at, cols[col]).value = v
            if row.keterangan and L.COL_KETERANGAN in cols:
                ws.cell(at, cols[L.COL_KETERANGAN]).value = row.keterangan

    def _gap_after(self, n: int) -> int:
        """Index after which blank rows are left (the middle, between two employees)."""
        return n // 2

    def _pegawai(self, gap: bool) -> None:
        L = self.L
        ws = self.wb[L.SHEET_PEGAWAI]
        hr, cols = self.header(ws, L.PEGAWAI_REQUIRED)
        self.pegawai_first = hr + 1
        r = hr + 1
        gap_at = self._gap_after(len(self.unit.pegawai)) if gap else -1
        for i, emp in enumerate(self.unit.pegawai):
            if i == gap_at:
                r += 1
            values = {L.COL_NIP: emp.nip, L.COL_NAMA: emp.nama, L.COL_JABATAN: emp.jabatan,
                      L.COL_GOLONGAN: emp.golongan, L.COL_RATING_HASIL: emp.rating_hasil_kerja,
                      L.COL_RATING_PERILAKU: emp.rating_perilaku, L.COL_CATATAN: emp.catatan}
            for col, v in values.items():
                if col in cols and v is not None:
                    ws.cell(r, cols[col]).value = v
            self.pegawai_row.setdefault(emp.nip, r)
            r += 1

    def _skp(self, gap: bool) -> None:
        L = self.L
        ws = self.wb[L.SHEET_SKP]
        hr, cols = self.header(ws, L.SKP_REQUIRED)
        self.skp_first = hr + 1
        r = hr + 1
        gap_nip = self.unit.pegawai[len(self.unit.pegawai) // 3].nip if gap else None
        seen: set[str] = set()
        for row in self.unit.skp:
            if row.nip == gap_nip and row.nip not in seen:
                r += 2  # two empty rows left where an employee was deleted
            seen.add(row.nip)
            values: dict[str, Any] = {
                L.COL_NIP: row.nip, L.COL_NAMA: row.nama, L.COL_KODE: row.kode,
                L.COL_INDIKATOR: row.indikator, L.COL_SATUAN: row.satuan,
                L.COL_TARGET: _as_typed_text(row.target), L.COL_BOBOT: row.bobot,
            }
            values.update(zip(L.COL_REALISASI, row.realisasi, strict=True))
            for col, v in values.items():
                if col in cols and v is not None:
                    ws.cell(r, cols[col]).value = v
            self.skp_row.append(r)
            r += 1

    # -- mistakes --

    def swap_skp_columns(self) -> list[PlantedMistake]:
        """The dinas unprotected the SKP sheet and moved columns: Nama before NIP, Bobot
        before Target (values, styles, widths and validations move with them)."""
        L = self.L
        ws = self.wb[L.SHEET_SKP]
        ws.protection.sheet = False
        hr, cols = self.header(ws, L.SKP_REQUIRED)
        out = []
        for a, b in ((L.COL_NIP, L.COL_NAMA), (L.COL_TARGET, L.COL_BOBOT)):
            _swap_columns(ws, cols[a], cols[b], hr - 1)
            for h in (a, b):
                cell = ws.cell(hr, cols[b] if h == a else cols[a])
                out.append(_mistake(KOLOM_DIPINDAH, L.SHEET_SKP, cell.coordinate,
                                    nilai=h, kolom=h))
        return out

    def plant_after_fill(self, config: Config, by_code: dict[str, ExampleUnit]
                         ) -> list[PlantedMistake]:
        out: list[PlantedMistake] = []
        m = self.unit.mistakes
        if BARIS_KOSONG in m:
            out += self._blank_rows()
        if NIP_ANGKA in m:
            out += self._nip_as_number()
        if KOMA_DESIMAL in m:
            out += self._decimal_comma(config)
        if PERSEN_TEKS in m:
            out += self._percent_text(config)
        if JUDUL_KOLOM_DIGANTI in m:
            out += self._rename_headers()
        if KODE_TAK_DIKENAL in m and self.unit.unknown_code_row is not None:
            out += self._unknown_code()
        if self.unit.duplicate_of is not None:
            out += self._duplicate(by_code)
        for other in by_code.values():
            if other.duplicate_of is not None and other.duplicate_of[0] == self.unit.kode:
                out += self._duplicate_source(other)
        return out

    def _blank_rows(self) -> list[PlantedMistake]:
        L = self.L
        out = []
        peg = sorted(self.pegawai_row.values())
        for sheet, rows in ((L.SHEET_PEGAWAI, peg), (L.SHEET_SKP, self.skp_row)):
            for prev, nxt in itertools.pairwise(rows):
                if nxt - prev > 1:
                    out.append(_mistake(BARIS_KOSONG, sheet, f"A{prev + 1}",
                                        jumlah=nxt - prev - 1))
                    break
        return out

    def _cells_of(self, sheet: str, col: str, rows: Iterable[int]) -> list[Any]:
        ws = self.wb[sheet]
        _, cols = self.header(ws, [col])
        return [ws.cell(r, cols[col]) for r in rows]

    def _nip_as_number(self) -> list[PlantedMistake]:
        """One employee's NIP pasted from another workbook as a number (Excel keeps 15
        significant digits: the sequence number is lost)."""
        L = self.L
        pns = [e for e in self.unit.pegawai[1:] if not e.pppk]
        emp = pns[len(pns) // 3]
        mangled = float(f"{int(emp.nip):.15g}")
        out = []
        skp_rows = [r for r, row in zip(self.skp_row, self.unit.skp, strict=True)
                    if row.nip == emp.nip]
        for sheet, rows in ((L.SHEET_PEGAWAI, [self.pegawai_row[emp.nip]]),
                            (L.SHEET_SKP, skp_rows)):
            for cell in self._cells_of(sheet, L.COL_NIP, rows):
                cell.value = mangled
                cell.number_format = "General"
                out.append(_mistake(NIP_ANGKA, sheet, cell.coordinate, nilai=mangled,
                                    nip=emp.nip))
        return out

    def _realisasi_cells(self, config: Config, want: Callable[[Indikator, Number], bool],
                         limit: int) -> list[tuple[Any, Number]]:
        """Up to ``limit`` realisasi cells (spread over the sheet) whose indicator and value
        pass ``want``: the cells a person typed by hand."""
        L = self.L
        ws = self.wb[L.SHEET_SKP]
        _, cols = self.header(ws, L.SKP_REQUIRED)
        nip_col = cols[L.COL_NIP]
        found: list[tuple[Any, Number]] = []
        stride = max(1, len(self.unit.skp) // (limit * 3))
        for idx in range(0, len(self.unit.skp), stride):
            row = self.unit.skp[idx]
            ind = config.indicators_by_code.get(row.kode)
            if ind is None or not isinstance(ws.cell(self.skp_row[idx], nip_col).value, str):
                continue  # unknown code, or a row already spoiled by another mistake
            for q, v in enumerate(row.realisasi):
                if want(ind, v):
                    cell = ws.cell(self.skp_row[idx], cols[L.COL_REALISASI[q]])
                    found.append((cell, v))
                    break
            if len(found) >= limit:
                break
        return found

    def _decimal_comma(self, config: Config) -> list[PlantedMistake]:
        out = []
        cells = self._realisasi_cells(config, lambda ind, v: not float(v).is_integer(), 4)
        for cell, v in cells:
            text = _id_decimal(v)
            cell.value = text
            out.append(_mistake(KOMA_DESIMAL, self.L.SHEET_SKP, cell.coordinate, nilai=text,
                                dibaca=v))
        return out

    def _percent_text(self, config: Config) -> list[PlantedMistake]:
        out = []
        cells = self._realisasi_cells(config, lambda ind, v: ind.is_percent, 4)
        for n, (cell, v) in enumerate(cells):
            text = f"{_id_decimal(v)}{' %' if n % 2 else '%'}"
            cell.value = text
            out.append(_mistake(PERSEN_TEKS, self.L.SHEET_SKP, cell.coordinate, nilai=text,
                                dibaca=v))
        return out

    def _rename_headers(self) -> list[PlantedMistake]:
        L = self.L
        out = []
        renames = {
            L.SHEET_SKP: {c: f"Realisasi Triwulan {r}" for c, r in
                          zip(L.COL_REALISASI, ("I", "II", "III", "IV"), strict=True)},
            L.SHEET_PEGAWAI: {L.COL_GOLONGAN: "Pangkat/Gol.", L.COL_NIP: "NIP / NI PPPK"},
        }
        for sheet, mapping in renames.items():
            ws = self.wb[sheet]
            hr, cols = self.header(ws, list(mapping))
            for canon, new in mapping.items():
                cell = ws.cell(hr, cols[canon])
                cell.value = new
                out.append(_mistake(JUDUL_KOLOM_DIGANTI, sheet, cell.coordinate, nilai=new,
                                    dibaca=canon))
        return out

    def _unknown_code(self) -> list[PlantedMistake]:
        L = self.L
        idx = self.unit.unknown_code_row
        assert idx is not None
        row = self.unit.skp[idx]
        (cell,) = self._cells_of(L.SHEET_SKP, L.COL_KODE, [self.skp_row[idx]])
        return [_mistake(KODE_TAK_DIKENAL, L.SHEET_SKP, cell.coordinate, nilai=row.kode)]

    def _duplicate(self, by_code: dict[str, ExampleUnit]) -> list[PlantedMistake]:
        L = self.L
        assert self.unit.duplicate_of is not None
        source, nip = self.unit.duplicate_of
        (cell,) = self._cells_of(L.SHEET_PEGAWAI, L.COL_NIP, [self.pegawai_row[nip]])
        return [_mistake(NIP_GANDA_ANTARUNIT, L.SHEET_PEGAWAI, cell.coordinate, nilai=nip,
                         unit_lain=source)]

    def _duplicate_source(self, other: ExampleUnit) -> list[PlantedMistake]:
        L = self.L
        assert other.duplicate_of is not None
        _, nip = other.duplicate_of
        (cell,) = self._cells_of(L.SHEET_PEGAWAI, L.COL_NIP, [self.pegawai_row[nip]])
        return [_mistake(NIP_GANDA_ANTARUNIT, L.SHEET_PEGAWAI, cell.coordinate, nilai=nip,
                         unit_lain=other.kode)]


def _id_decimal(v: Number) -> str:
    """A number as typed in Indonesian: comma decimals ("2,5"), no thousands separator."""
    text = str(int(v)) if float(v).is_integer() else repr(float(v))
    return text.replace(".", ",")


def _as_typed_text(v: Number | str) -> str:
    """A target typed into a text-formatted cell in Excel with Indonesian settings."""
    return v if isinstance(v, str) else _id_decimal(v)


def _swap_columns(ws: Worksheet, a: int, b: int, first_row: int) -> None:
    """Swap two columns from ``first_row`` down (the title block above is merged): values,
    styles, widths and data validation ranges."""
    from copy import copy

    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.cell_range import MultiCellRange

    for r in range(first_row, (ws.max_row or 1) + 1):
        ca, cb = ws.cell(r, a), ws.cell(r, b)
        va, vb = ca.value, cb.value
        sa, sb = copy(ca._style), copy(cb._style)
        ca.value, cb.value = vb, va
        ca._style, cb._style = sb, sa
    la, lb = get_column_letter(a), get_column_letter(b)
    wa, wb = ws.column_dimensions[la].width, ws.column_dimensions[lb].width
    ws.column_dimensions[la].width, ws.column_dimensions[lb].width = wb, wa
    for dv in ws.data_validations.dataValidation:
        ranges = []
        for rng in dv.sqref.ranges:
            if rng.min_col == rng.max_col == a:
                ranges.append(f"{lb}{rng.min_row}:{lb}{rng.max_row}")
            elif rng.min_col == rng.max_col == b:
                ranges.append(f"{la}{rng.min_row}:{la}{rng.max_row}")
            else:
                ranges.append(rng.coord)
        dv.sqref = MultiCellRange(" ".join(ranges))


# ---- saving, converting, manifest --------------------------------------------------------------


def _save(wb: Workbook, target: Path) -> None:
    """Save atomically with fixed zip times and no save-time stamp (same data, same bytes)."""
    from kinerja_cli.atomic import atomic_path
    from kinerja_cli.xlsxbuilder import WorkbookBuilder

    book = WorkbookBuilder()
    book.wb = wb
    with atomic_path(target) as tmp:
        book.save(tmp)


def _copy_atomic(src: Path, target: Path) -> None:
    from kinerja_cli.atomic import atomic_write_bytes

    atomic_write_bytes(target, src.read_bytes())


SOFFICE_FILTERS = {"ods": "ods", "xls": "xls:MS Excel 97"}
SOFFICE_TIMEOUT = 180


def _convert(soffice: str | None, src: Path, fmt: str, tmp: Path) -> Path | None:
    """Re-save ``src`` as ``fmt`` with LibreOffice (private profile, headless); None when it
    did not produce the file."""
    if soffice is None:
        return None
    out = tmp / f"out-{fmt}"
    out.mkdir(exist_ok=True)
    profile = tmp / "lo-profile"
    cmd = [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
           "--norestore", "--nolockcheck", "--convert-to", SOFFICE_FILTERS[fmt], "--outdir",
           str(out), str(src)]
    try:
        subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=SOFFICE_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    produced = out / src.with_suffix(f".{fmt}").name
    return produced if produced.is_file() and produced.stat().st_size > 0 else None


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) and isinstance(loaded.get("berkas"), dict) else {}


def _remove_stale_siblings(folder: Path, ex: ExampleFile, previous: dict[str, Any]) -> None:
    """A unit written earlier in another format (e.g. .xlsx before LibreOffice was installed)
    would leave two files for one unit: remove the old one, but only if our manifest lists it."""
    for name, entry in previous.get("berkas", {}).items():
        if (isinstance(entry, dict) and entry.get("unit") == ex.unit and name != ex.path.name
                and "/" not in name and "\\" not in name):
            old = folder / name
            if old.is_file():
                old.unlink()


def _write_manifest(config: Config, folder: Path, files: list[ExampleFile], seed: int,
                    previous: dict[str, Any]) -> Path:
    from kinerja_cli.atomic import atomic_write_text

    entries: dict[str, Any] = {}
    written_units = {f.unit for f in files}
    for name, entry in previous.get("berkas", {}).items():
        if (isinstance(entry, dict) and entry.get("unit") not in written_units
                and (folder / name).is_file() and previous.get("seed") == seed):
            entries[name] = entry
    for f in files:
        entries[f.path.name] = f.to_dict()
    order = {u.kode: i for i, u in enumerate(config.unit)}
    ordered = dict(sorted(entries.items(),
                          key=lambda kv: (order.get(kv[1].get("unit"), len(order)), kv[0])))
    manifest = {
        "versi": MANIFEST_VERSION,
        "dibuat_oleh": "kinerja contoh",
        "instansi": config.instansi,
        "tahun": config.tahun,
        "seed": seed,
        "sidik_jari_konfigurasi": config.fingerprint(),
        "berkas": ordered,
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n"
    return atomic_write_text(folder / MANIFEST_NAME, text)


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """The manifest written by :func:`generate_examples` in ``folder`` ({} when absent)."""
    return _read_manifest(Path(folder))
