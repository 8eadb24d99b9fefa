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
import random
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja_cli.domain import GOLONGAN_PNS, Rating
from kinerja_cli.examples import data

if TYPE_CHECKING:
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
KOMPETENSI_LEVEL = "kompetensi_level"
KOMPETENSI_JP = "kompetensi_jp"
KOMPETENSI_NIP = "kompetensi_nip"
KOMPETENSI_BELUM = "kompetensi_belum"
COMPETENCY_MISTAKES = (KOMPETENSI_LEVEL, KOMPETENSI_JP, KOMPETENSI_NIP, KOMPETENSI_BELUM)
"""Planted only when the config has competencies (a Kompetensi sheet to plant them in)."""

MISTAKES = (
    NIP_ANGKA,
    KOMA_DESIMAL,
    PERSEN_TEKS,
    KOLOM_DIPINDAH,
    JUDUL_KOLOM_DIGANTI,
    BARIS_KOSONG,
    KODE_TAK_DIKENAL,
    NIP_GANDA_ANTARUNIT,
    SIMPAN_ULANG_ODS,
    SIMPAN_ULANG_XLS,
    *COMPETENCY_MISTAKES,
)

MISTAKE_PLAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DISDUKCAPIL", (NIP_ANGKA, KOMA_DESIMAL)),
    ("BKD", (PERSEN_TEKS, JUDUL_KOLOM_DIGANTI)),
    ("DISHUB", (KOLOM_DIPINDAH, BARIS_KOSONG)),
    ("DPMPTSP", (KODE_TAK_DIKENAL, NIP_GANDA_ANTARUNIT, *COMPETENCY_MISTAKES)),
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
    BARIS_KOSONG: ("baris_kosong", "warning"),
    KODE_TAK_DIKENAL: ("indikator_tidak_dikenal", "error"),
    NIP_GANDA_ANTARUNIT: ("nip_di_unit_lain", "error"),
    SIMPAN_ULANG_ODS: (None, None),
    SIMPAN_ULANG_XLS: (None, None),
    KOMPETENSI_LEVEL: ("kompetensi_level_tidak_sah", "error"),
    KOMPETENSI_JP: ("kompetensi_jp_tidak_sah", "error"),
    KOMPETENSI_NIP: ("kompetensi_nip_bukan_pegawai", "error"),
    KOMPETENSI_BELUM: ("kompetensi_belum_dinilai", "warning"),
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "format": self.format,
            "pegawai": self.pegawai,
            "baris_skp": self.skp_rows,
            "kesalahan": [asdict(m) for m in self.mistakes],
            "catatan": self.note,
        }


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
    band: str | None = None
    """The rating band drawn (:data:`BAND_KINERJA`; None for the head): for earlier years and
    tests."""


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
class ExampleAssessment:
    """One row of the Kompetensi sheet (a config with competencies)."""

    nip: str
    nama: str
    levels: dict[str, int]
    metode: str
    jp: int


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
    kompetensi: list[ExampleAssessment] = field(default_factory=list)
    """The Kompetensi sheet's rows (empty when the config has no competencies); an employee
    left out is not assessed yet."""

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
            n = (
                104 + _rng(seed, "size", unit.kode).randint(0, 20)
                if i == 0
                else _rng(seed, "size", unit.kode).randint(20, 60)
            )
        n_ind = max(1, len(config.indicators_for(unit.kode, "pegawai")))
        sizes[unit.kode] = max(1, min(n, cap_peg - 1, config.templat.baris_skp // n_ind - 1))
    return sizes


def plan_mistakes(
    config: Config, sizes: dict[str, int]
) -> tuple[dict[str, tuple[str, ...]], str | None]:
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
        rest = tuple(m for _, ms in MISTAKE_PLAN[len(free) :] for m in ms)
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

_LEVEL_ORDER = (
    "jpt",
    "administrator",
    "pengawas",
    "ahli_madya",
    "ahli_muda",
    "penyelia",
    "ahli_pertama",
    "mahir",
    "terampil",
    "pelaksana",
)


def _head_title(unit: Unit) -> str:
    first = unit.nama.split()[0].capitalize() if unit.nama.split() else "Unit"
    return (
        f"Kepala {first}"
        if first in ("Dinas", "Badan", "Kantor", "Satuan")
        else f"Kepala {unit.nama}"
    )


def _structure(
    unit: Unit, profile: data.UnitProfile, size: int, rng: random.Random
) -> list[data.Jab]:
    """Positions in the order a dinas lists them: head, secretary, subbagian, bidang, seksi,
    then functional and pelaksana staff."""
    jabs = [
        data.Jab(
            _head_title(unit), "jpt", profile.head_degree, profile.head_field, profile.head_prof
        )
    ]
    if size >= 2:
        jabs.append(data.Jab("Sekretaris", "administrator", "S2", "umum"))
    subbag = [data.Jab("Kepala Subbagian Umum dan Kepegawaian", "pengawas", "S1", "umum")]
    if size >= 30:
        subbag.append(data.Jab("Kepala Subbagian Keuangan", "pengawas", "S1", "keu"))

    def field_of() -> str:
        return (
            profile.head_field
            if rng.random() < 0.5
            else rng.choice(("umum", "umum", "keu", "hukum", "plan"))
        )

    bidang = [
        data.Jab(f"Kepala Bidang {b}", "administrator", "S2", field_of()) for b in profile.bidang
    ]
    badan = unit.nama.lower().startswith("badan")
    seksi_word = "Kepala Subbidang" if badan else "Kepala Seksi"
    seksi = [
        data.Jab(f"{seksi_word} {s}", "pengawas", "S1", field_of())
        for s in profile.seksi[: max(1, size // 12)]
    ]
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


def _with_gelar(
    rng: random.Random, name: str, jab: data.Jab, perempuan: bool, birth_year: int
) -> str:
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
    if jab.degree in ("S2", "S3") or (
        jab.prof == "dr" and jab.level == "ahli_muda" and rng.random() < 0.4
    ):
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


def _person(
    rng: random.Random,
    jab: data.Jab,
    tahun: int,
    pppk: bool,
    used_nips: set[str],
    used_names: set[str],
) -> ExampleEmployee:
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
            ladder = GOLONGAN_PNS[start : start + 4]
            step = 4
        else:
            step = 5
        golongan = ladder[min(len(ladder) - 1, max(0, (service - min_service) // step))]
    nama = _with_gelar(rng, _full_name(rng, perempuan, used_names), jab, perempuan, birth.year)
    return ExampleEmployee(
        nip=nip,
        nama=nama,
        jabatan=jab.title,
        golongan=golongan,
        perempuan=perempuan,
        pppk=pppk,
        kinerja=1.0,
    )


BAND_KINERJA: dict[str, tuple[float, float]] = {
    "sangat_baik": (1.18, 1.3),
    "di_atas": (1.18, 1.28),
    "baik": (0.94, 1.07),
    "butuh_perbaikan": (0.65, 0.84),
    "kurang": (0.94, 1.07),
    "sangat_kurang": (0.6, 0.78),
}
"""Performance factor ranges per rating band: wide enough from the thresholds (90, 110) that
rounding, capped percentages and noise never move an employee to another band."""


def _bands(rng: random.Random, n: int, profile: data.UnitProfile) -> list[str]:
    """The rating band of each of ``n`` staff (the head excluded), by the unit's quotas."""
    quotas = dict(profile.sebaran or data.SEBARAN_BAKU)
    counts = {band: round(share * n) for band, share in quotas.items()}
    if quotas.get("butuh_perbaikan", 0) > 0:
        counts["butuh_perbaikan"] = max(1, counts["butuh_perbaikan"])
    if n >= 100:
        counts["sangat_kurang"] = 1
    bands = [band for band, k in counts.items() for _ in range(k)][:n]
    bands += ["baik"] * (n - len(bands))
    rng.shuffle(bands)
    return bands


def _apply_band(rng: random.Random, emp: ExampleEmployee, band: str) -> None:
    """Performance factor, ratings and notes of one employee in ``band``."""
    atas, sesuai, bawah = (Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value)
    lo, hi = BAND_KINERJA[band]
    emp.band = band
    if band in ("baik", "kurang"):
        emp.kinerja = min(hi, max(lo, rng.gauss(1.0, 0.035)))
    else:
        emp.kinerja = rng.uniform(lo, hi)
    emp.rating_perilaku = {"sangat_baik": atas, "kurang": bawah, "sangat_kurang": bawah}.get(
        band, atas if band == "baik" and rng.random() < 0.1 else sesuai
    )
    r = rng.random()
    if band in ("sangat_baik", "di_atas") and r < 0.25:
        emp.rating_hasil_kerja = atas  # the boss writes what the numbers say anyway
    elif band in ("baik", "kurang") and r < 0.06:
        emp.rating_hasil_kerja = sesuai
    elif band in ("butuh_perbaikan", "sangat_kurang") and r < 0.2:
        emp.rating_hasil_kerja = bawah
    if band in ("butuh_perbaikan", "sangat_kurang") and rng.random() < 0.5:
        notes = [t for t, women in data.CATATAN_RENDAH if women is None or women == emp.perempuan]
        emp.catatan = rng.choice(notes)
    elif band in ("kurang", "sangat_kurang"):
        emp.catatan = rng.choice(data.CATATAN_PERILAKU)


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


def _quarters(
    rng: random.Random, ind: Indikator, target: Number | str, p: float
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


def _iku_rows(rng: random.Random, config: Config, unit: Unit, factor: float) -> list[ExampleIkuRow]:
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
        rows.append(
            ExampleIkuRow(
                ind.kode,
                None if ind.target is not None else target,
                _quarters(rng, ind, target, p),
                note,
            )
        )
    return rows


# ---- a unit ------------------------------------------------------------------------------------


def _tanggal(rng: random.Random, tahun: int) -> date:
    d = date(tahun + 1, 1, rng.randint(5, 15))
    while d.weekday() >= 5:
        d = date(d.year, d.month, d.day + 1)
    return d


def _generic_profile(unit: Unit) -> data.UnitProfile:
    return data.UnitProfile(
        0,
        ("Program dan Pelaporan", "Pelayanan", "Pengembangan"),
        ("Data dan Informasi", "Pelayanan Teknis"),
        (),
    )


def _build_unit(
    config: Config, unit: Unit, size: int, seed: int, used_nips: set[str]
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
        people.append(_person(rng, jab, tahun, i in pppk, used_nips, used_names))
    head = people[0]
    head.kinerja = profile.kinerja_unit * rng.uniform(0.98, 1.02)
    head.rating_perilaku = Rating.DI_ATAS.value if rng.random() < 0.3 else Rating.SESUAI.value
    for emp, band in zip(people[1:], _bands(rng, len(people) - 1, profile), strict=True):
        _apply_band(rng, emp, band)
    # PPPK are listed after the PNS, as in a dinas' own list
    people = [head, *[p for p in people[1:] if not p.pppk], *[p for p in people[1:] if p.pppk]]
    return _unit_of(rng, config, unit, profile, people, jabs, profile.kinerja_unit)


def _unit_of(
    rng: random.Random,
    config: Config,
    unit: Unit,
    profile: data.UnitProfile,
    people: list[ExampleEmployee],
    jabs: Sequence[data.Jab],
    kinerja_unit: float,
) -> ExampleUnit:
    """The unit with its people: SKP rows, then Tanggal, then IKU rows (the order of the
    draws, which keeps every seed's files the same)."""
    skp = _skp_rows(rng, config, unit, people, {j.title: j.level for j in jabs})
    return ExampleUnit(
        kode=unit.kode,
        nama=unit.nama,
        tanggal=_tanggal(rng, config.tahun),
        predikat=profile.predikat_identitas,
        pegawai=people,
        skp=skp,
        iku=_iku_rows(rng, config, unit, kinerja_unit),
    )


_SKP_SCALE = {"jpt": 3.0, "administrator": 2.0, "pengawas": 1.5}
"""How much bigger the targets of a head, an administrator and a supervisor are."""


def _skp_rows(
    rng: random.Random,
    config: Config,
    unit: Unit,
    people: Sequence[ExampleEmployee],
    levels: dict[str, str],
) -> list[ExampleSkpRow]:
    """Every employee's SKP rows: one per indicator of the unit, realisasi by their kinerja."""
    indicators = config.indicators_for(unit.kode, "pegawai")
    skp: list[ExampleSkpRow] = []
    for emp in people:
        s = _SKP_SCALE.get(levels.get(emp.jabatan, ""), 1.0)
        bobot = _bobot(indicators)
        for ind, b in zip(indicators, bobot, strict=True):
            target = _employee_target(rng, ind, s)
            skp.append(
                ExampleSkpRow(
                    emp.nip,
                    emp.nama,
                    ind.kode,
                    ind.nama,
                    ind.satuan,
                    target,
                    b,
                    _quarters(rng, ind, target, emp.kinerja),
                )
            )
    return skp


# ---- an earlier year ---------------------------------------------------------------------------

EARLIER_KINERJA_UNIT = 0.96
"""How the units did in an earlier year against the config's year (their IKU realisasi)."""


def appointed_year(nip: str) -> int:
    """The year in a NIP's TMT (PNS) or appointment (PPPK) digits."""
    return int(nip[8:12])


def _earlier_bands(rng: random.Random, staff: Sequence[ExampleEmployee]) -> dict[str, str]:
    """Each staff member's band in an earlier year, so the config's year follows that year's
    coaching list (Butuh Perbaikan, Kurang, Sangat Kurang):

    - a few of today's ``baik`` (4 % of the staff, at least one) were ``butuh_perbaikan``
      then: *membaik*;
    - of today's ``butuh_perbaikan`` every other one was already (*tetap*), the rest were
      ``baik`` then (new to the list);
    - today's ``kurang`` and ``sangat_kurang`` were ``butuh_perbaikan`` then: *memburuk*;
    - about a third of today's ``sangat_baik`` were ``baik`` then; everyone else the same.
    """
    bands = {e.nip: e.band or "baik" for e in staff}
    baik = [e.nip for e in staff if e.band == "baik"]
    for nip in rng.sample(baik, min(len(baik), max(1, round(len(staff) * 0.04)))):
        bands[nip] = "butuh_perbaikan"
    for i, e in enumerate(e for e in staff if e.band == "butuh_perbaikan"):
        if i % 2:
            bands[e.nip] = "baik"
    for e in staff:
        if e.band in ("kurang", "sangat_kurang"):
            bands[e.nip] = "butuh_perbaikan"
        elif e.band == "sangat_baik" and rng.random() < 1 / 3:
            bands[e.nip] = "baik"
    return bands


def _earlier_unit(
    config: Config, unit: Unit, later: ExampleUnit, size: int, seed: int, used_nips: set[str]
) -> ExampleUnit:
    """``later``'s unit in the earlier year ``config.tahun``: the same people (less those
    appointed after it), bands by :func:`_earlier_bands`, one more employee on the coaching
    list who left the unit before the later year (units of 20+), new targets and realisasi."""
    tahun = config.tahun
    rng = _rng(seed, "unit", unit.kode, "tahun", tahun)
    profile = data.UNIT_PROFILES.get(unit.kode.upper()) or _generic_profile(unit)
    jabs = _structure(unit, profile, size, _rng(seed, "unit", unit.kode))  # later's positions
    head = replace(later.kepala, catatan=None, rating_hasil_kerja=None)
    staff = [
        replace(e, catatan=None, rating_hasil_kerja=None)
        for e in later.pegawai[1:]
        if appointed_year(e.nip) <= tahun
    ]
    bands = _earlier_bands(rng, staff)
    head.kinerja = profile.kinerja_unit * EARLIER_KINERJA_UNIT * rng.uniform(0.98, 1.02)
    head.rating_perilaku = Rating.DI_ATAS.value if rng.random() < 0.3 else Rating.SESUAI.value
    for emp in staff:
        _apply_band(rng, emp, bands[emp.nip])
    pns = [e for e in staff if not e.pppk]
    if len(staff) >= 20:
        jab = next((j for j in reversed(jabs) if j.level == "pelaksana"), jabs[-1])
        leaver = _person(rng, jab, tahun, False, used_nips, {e.nama for e in later.pegawai})
        _apply_band(rng, leaver, "butuh_perbaikan")
        pns.append(leaver)
    people = [head, *pns, *[e for e in staff if e.pppk]]
    return _unit_of(
        rng, config, unit, profile, people, jabs, profile.kinerja_unit * EARLIER_KINERJA_UNIT
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


def build_example_units(
    config: Config, *, seed: int = DEFAULT_SEED, tahun: int | None = None
) -> list[ExampleUnit]:
    """The data of every unit of ``config``, deterministic for ``seed``, with the data-level
    mistakes of the plan applied (duplicate NIP across units, unknown indicator code).

    ``tahun``: an earlier year than ``config.tahun`` (:func:`_earlier_unit`): the same people,
    so the config's year follows that year's coaching list; the config's own year when None.
    """
    sizes = unit_sizes(config, seed)
    plan, dup_source = plan_mistakes(config, sizes)
    used: set[str] = set()
    units = [_build_unit(config, u, sizes[u.kode], seed, used) for u in config.unit]
    tag: tuple[object, ...] = ()
    if tahun is not None and tahun != config.tahun:
        if tahun > config.tahun:
            raise ValueError(f"tahun {tahun} is after the config's {config.tahun}")
        earlier = config.for_year(tahun)
        units = [
            _earlier_unit(earlier, u, later, sizes[u.kode], seed, used)
            for u, later in zip(config.unit, units, strict=True)
        ]
        tag = ("tahun", tahun)
    by_code = {u.kode: u for u in units}
    if not config.kompetensi:
        plan = {k: tuple(m for m in v if m not in COMPETENCY_MISTAKES) for k, v in plan.items()}
    for u in units:
        u.mistakes = plan.get(u.kode, ())
        rng = _rng(seed, "mistake", u.kode, *tag)
        if NIP_GANDA_ANTARUNIT in u.mistakes and dup_source is not None:
            _plant_duplicate(rng, u, by_code[dup_source])
        if KODE_TAK_DIKENAL in u.mistakes:
            _plant_unknown_code(rng, config, u)
    if config.kompetensi:  # after the planting: a moved employee is assessed in both units
        for u in units:
            u.kompetensi = _assessments(config, u, _rng(seed, "kompetensi", u.kode, *tag))
    return units


_COACHED_BANDS = ("butuh_perbaikan", "kurang", "sangat_kurang")
_METODE_WEIGHTS = (("penilaian atasan", 6), ("asesmen", 3), ("uji kompetensi", 1))
_JP_CHOICES = ((0, 2), (8, 2), (12, 2), (16, 2), (20, 3), (24, 3), (32, 2), (40, 1), (56, 1))
"""Development hours of the year: about a third under the 20 JP minimum."""


def _assessments(config: Config, unit: ExampleUnit, rng: random.Random) -> list[ExampleAssessment]:
    """Every employee assessed on every competency of the unit: around the standard of their
    jabatan (those on the coaching list one or two levels below it), 2-4 where the jabatan
    has no standard for it; method and development hours of the year."""
    from kinerja_cli.scoring.needs import match_standard

    comps = config.competencies_for(unit.kode)
    if not comps:
        return []
    out = []
    for emp in unit.pegawai:
        std, _close = match_standard(config, unit.kode, emp.jabatan)
        required = {k.upper(): v for k, v in std.level.items()} if std else {}
        levels: dict[str, int] = {}
        for comp in comps:
            need = required.get(comp.kode.upper())
            if need is None:
                level = rng.randint(2, 4)
            elif emp.band in _COACHED_BANDS:
                level = need - rng.choice((0, 1, 1, 2))
            else:
                level = need + rng.choice((-1, 0, 0, 0, 0, 1))
            levels[comp.kode] = max(1, min(5, level))
        metode = _weighted(rng, [m for m, _ in _METODE_WEIGHTS], [w for _, w in _METODE_WEIGHTS])
        jp = _weighted(rng, [j for j, _ in _JP_CHOICES], [w for _, w in _JP_CHOICES])
        out.append(ExampleAssessment(emp.nip, emp.nama, levels, metode, jp))
    return out


def _plant_duplicate(rng: random.Random, unit: ExampleUnit, source: ExampleUnit) -> None:
    """An employee of ``source`` moved to ``unit`` mid-year and both list him (mutasi)."""
    candidates = [e for e in source.pegawai[1:] if not e.pppk]
    moved = rng.choice(candidates)
    emp = replace(
        moved,
        jabatan="Penata Layanan Operasional",
        catatan=f"Mutasi dari {source.kode} per 1 Juli",
        rating_hasil_kerja=None,
        rating_perilaku=Rating.SESUAI.value,
    )
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
    middle = unit.skp[len(unit.skp) // 3 : 2 * len(unit.skp) // 3] or unit.skp
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
