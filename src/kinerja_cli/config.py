"""The indicator configuration (``config/indikator.yaml``): typed model, loading, fingerprint.

Loading is strict: ``yaml.safe_load`` semantics (no code), no duplicate keys, bounded size,
nesting and alias expansion (parsed by libyaml when PyYAML has it, else by PyYAML's own loader), then pydantic v2 models with ``extra="forbid"``. Every mistake is
collected as a :class:`~kinerja_cli.errors.ConfigProblem` naming the key path and YAML line,
and raised together in one :class:`~kinerja_cli.errors.ConfigError` (exit code 2).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from kinerja_cli.domain import TAHUN_MAX, TAHUN_MIN
from kinerja_cli.errors import ConfigError, ConfigProblem
from kinerja_cli.target import Target as Target  # re-exported: config.Target stays its name

MAX_CONFIG_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000

Number = StrictInt | float
Metode = Literal["permenpan-6-2022", "permenpan-8-2021"]
Polaritas = Literal["positif", "negatif"]
Agregasi = Literal["jumlah", "rata-rata", "terakhir"]
Tingkat = Literal["pegawai", "unit"]

_ALIAS_START = re.compile(r"[^\W\d_]|%")
"""A unit alias starts with a letter or ``%`` (an alias "2" would make "5 2" read as 5)."""

_RANGE_RE = re.compile(
    r"^\s*(-?\d+(?:[.,]\d+)?)\s*(?:-|–|—|s\.?d\.?|sampai)\s*(-?\d+(?:[.,]\d+)?)\s*$"
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Batas(_Model):
    """Plausible range for targets and realisasi of one indicator (either end optional)."""

    min: Number | None = None
    max: Number | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Batas:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise PydanticCustomError(
                "konfig_batas_terbalik", "min > max", {"min": self.min, "max": self.max}
            )
        return self

    def contains(self, value: float) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)


class RatingHasilKerja(_Model):
    """Thresholds deriving rating hasil kerja from nilai when the boss left it blank."""

    di_atas: Number = 110
    sesuai: Number = 90

    @model_validator(mode="after")
    def _ordered(self) -> RatingHasilKerja:
        if not self.di_atas > self.sesuai:
            raise PydanticCustomError(
                "konfig_ambang_urutan",
                "thresholds out of order",
                {"urutan": "di_atas > sesuai"},
            )
        return self


class PredikatOrganisasiBands(_Model):
    """Lower bounds of capaian IKU for each predikat organisasi; below ``kurang``: Sangat Kurang."""

    istimewa: Number = 110
    baik: Number = 90
    butuh_perbaikan: Number = 70
    kurang: Number = 50

    @model_validator(mode="after")
    def _ordered(self) -> PredikatOrganisasiBands:
        if not self.istimewa > self.baik > self.butuh_perbaikan > self.kurang:
            raise PydanticCustomError(
                "konfig_ambang_urutan",
                "thresholds out of order",
                {"urutan": "istimewa > baik > butuh_perbaikan > kurang"},
            )
        return self


class CapaianWajar(_Model):
    """The capaian (percent) a row can plausibly reach (``penilaian.capaian_wajar``). A row
    beyond it is a warning that changes scores (``capaian_tidak_wajar``, at its Target and
    Realisasi cells) and is scored with its capaian clipped to the nearer bound."""

    min: Annotated[float, Field(ge=0)] = 0.0
    max: Annotated[float, Field(le=100_000)] = 200.0

    @model_validator(mode="after")
    def _ordered(self) -> CapaianWajar:
        if not self.min < 100 < self.max:
            raise PydanticCustomError(
                "konfig_ambang_urutan",
                "bounds out of order",
                {"urutan": "0 <= min < 100 < max"},
            )
        return self


class Penilaian(_Model):
    metode: Metode = "permenpan-6-2022"
    batas_capaian: Annotated[float, Field(gt=0)] | None = None
    capaian_wajar: CapaianWajar = CapaianWajar()
    """Plausible capaian of one row; not part of the template fingerprint (``penilaian`` is
    not), part of the checking fingerprint (validation warns with it)."""
    rating_hasil_kerja: RatingHasilKerja = RatingHasilKerja()
    predikat_organisasi: PredikatOrganisasiBands = PredikatOrganisasiBands()
    kurva_distribusi: StrictBool = True
    kurva_pembulatan: Literal["ketat", "longgar"] = "ketat"
    """ketat: shares compared exactly; longgar: on small units a limit is rounded in the unit's
    favour (a maximum up, a minimum down, to whole employees)."""
    kurva_minimal_pegawai: Annotated[StrictInt, Field(ge=1)] = 1
    """Units with fewer employees than this are not checked against the distribution rule."""


class Pemantauan(_Model):
    """In-year early warning (``kinerja pantau``)."""

    ambang_capaian: Annotated[float, Field(gt=0, le=1000)] = 90.0
    """A row whose projected capaian is below this (percent) is ``waspada``."""


class Penandatangan(_Model):
    jabatan: StrictStr = "Kepala BKD"
    nama: StrictStr | None = None
    nip: StrictStr | None = None


class Pejabat(_Model):
    """An official named in the config: the pejabat penilai of every head of unit (the
    Sekretaris Daerah or the regional head, PermenPANRB 6/2022), printed on the heads'
    evaluation documents."""

    nama: StrictStr = Field(min_length=1)
    nip: StrictStr | None = None
    jabatan: StrictStr | None = None
    pangkat: StrictStr | None = None
    """Pangkat/golongan as printed ("Pembina Utama Madya, IV/d")."""


class TemplatOptions(_Model):
    baris_pegawai: Annotated[StrictInt, Field(ge=10, le=20_000)] = 200
    baris_skp: Annotated[StrictInt, Field(ge=10, le=100_000)] = 1200
    baris_iku: Annotated[StrictInt, Field(ge=0, le=200)] = 10
    """Extra empty IKU rows after the prefilled indicators."""


class Keamanan(_Model):
    """Limits applied to every input file before and while it is parsed."""

    ukuran_berkas_maks_mb: Annotated[float, Field(gt=0)] = 50
    ukuran_terurai_maks_mb: Annotated[float, Field(gt=0)] = 500
    rasio_kompresi_maks: Annotated[float, Field(gt=1)] = 200
    jumlah_entri_zip_maks: Annotated[StrictInt, Field(gt=0)] = 10_000
    sel_maks: Annotated[StrictInt, Field(gt=0)] = 5_000_000
    waktu_baca_maks_detik: Annotated[float, Field(gt=0)] = 60
    memori_baca_maks_mb: Annotated[StrictInt, Field(ge=128)] = 1024
    ukuran_entri_maks_mb: Annotated[float, Field(gt=0)] = 250
    """Largest uncompressed size of one part inside a zip container (xlsx, ods)."""
    baris_maks: Annotated[StrictInt, Field(gt=0)] = 250_000
    """Most rows one sheet may declare (its ``<dimension>``); the template allows 100,000."""


JenisKompetensi = Literal["teknis", "manajerial", "sosial_kultural"]
LEVEL_KOMPETENSI = (1, 2, 3, 4, 5)
"""The levels of a competency (Permenpan RB 38/2017 for manajerial and sosial kultural; the
same five levels for teknis)."""


class Kompetensi(_Model):
    """One competency of the catalogue (``kompetensi``)."""

    kode: StrictStr = Field(min_length=1, max_length=20)
    nama: StrictStr = Field(min_length=1)
    jenis: JenisKompetensi
    pelatihan: list[Annotated[StrictStr, Field(min_length=1)]] = Field(default_factory=list)
    """Suggested development programmes for someone below the standard."""


class StandarKompetensi(_Model):
    """The level required of a jabatan (``standar_kompetensi``), matched on the Pegawai
    sheet's Jabatan text by ``jabatan`` or an ``alias`` (case- and space-insensitive)."""

    jabatan: StrictStr = Field(min_length=1)
    alias: list[Annotated[StrictStr, Field(min_length=1)]] = Field(default_factory=list)
    unit: list[StrictStr] | Literal["semua"] = "semua"
    level: dict[StrictStr, Annotated[StrictInt, Field(ge=1, le=5)]] = Field(min_length=1)


class Pengembangan(_Model):
    jp_minimum: Annotated[float, Field(ge=0, le=1000)] = 20
    """Yearly hours of development (jam pelajaran) every civil servant is entitled to."""
    peserta_per_kelas: Annotated[StrictInt, Field(ge=1, le=1000)] = 30
    """Seats of one class, to size the classes of a suggested programme."""


class Unit(_Model):
    kode: StrictStr = Field(min_length=1, max_length=40)
    nama: StrictStr = Field(min_length=1)
    nama_kepala: StrictStr | None = None
    nip_kepala: StrictStr | None = None
    unor: list[Annotated[StrictStr, Field(min_length=1)]] = Field(default_factory=list)
    """How e-Kinerja BKN names this unit (``skp_unor_induk``) besides ``nama``; a reading
    rule, not part of the fingerprint."""
    predikat_organisasi: StrictStr | None = None
    """The unit's predikat organisasi for a unit scored from an e-Kinerja export (which
    carries none): the distribution rules are checked against it. A kinerja workbook gives or
    computes its own. Not part of the fingerprint (no template changes with it)."""

    @field_validator("predikat_organisasi")
    @classmethod
    def _known_predikat(cls, v: str | None) -> str | None:
        if v is None:
            return None
        from kinerja_cli.domain import parse_predikat_organisasi

        found = parse_predikat_organisasi(v)
        if found is None:
            raise PydanticCustomError(
                "konfig_predikat_organisasi_tidak_sah", "bad predikat", {"nilai": v}
            )
        return found.value

    @field_validator("kode")
    @classmethod
    def _kode_shape(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_.\-]+", v):
            raise PydanticCustomError("konfig_kode_tidak_sah", "bad code", {"kode": v})
        return v


def parse_config_target(value: Any) -> Target:
    """A config target: a number, or a range text such as "80-90" (dot or comma decimals)."""
    if isinstance(value, bool):
        raise PydanticCustomError("konfig_target_tidak_sah", "bad target", {"nilai": value})
    if isinstance(value, int | float):
        return Target(low=float(value), high=float(value))
    if isinstance(value, str):
        m = _RANGE_RE.match(value)
        if m:
            lo, hi = (float(g.replace(",", ".")) for g in m.groups())
            if lo <= hi:
                return Target(low=lo, high=hi)
    raise PydanticCustomError("konfig_target_tidak_sah", "bad target", {"nilai": value})


def _unit_alias(alias: str) -> str:
    if not _ALIAS_START.match(alias):
        raise PydanticCustomError("konfig_alias_tidak_sah", "bad alias", {"alias": alias})
    return alias


class Indikator(_Model):
    kode: StrictStr = Field(min_length=1, max_length=40)
    nama: StrictStr = Field(min_length=1)
    satuan: StrictStr = Field(min_length=1)
    polaritas: Polaritas
    agregasi: Agregasi
    tingkat: Tingkat
    unit: list[StrictStr] | Literal["semua"]
    bobot: Annotated[float, Field(gt=0, le=100)] | None = None
    batas: Batas | None = None
    target: Target | None = None
    """Default target, prefilled in the template (IKU rows); may be a range "80-90"."""
    satuan_alias: list[
        Annotated[StrictStr, Field(min_length=1, max_length=60), AfterValidator(_unit_alias)]
    ] = Field(default_factory=list)
    """Other unit words a cell may carry after the number ("2005 jiwa" for satuan orang);
    compared, like the satuan, ignoring case and spaces. Reading rules only: not part of the
    fingerprint."""
    keterangan: StrictStr | None = None
    kompetensi: list[StrictStr] = Field(default_factory=list)
    """Competency codes this indicator depends on: a low capaian points at what to develop."""

    @field_validator("target", mode="before")
    @classmethod
    def _target(cls, v: Any) -> Any:
        return None if v is None else parse_config_target(v)

    @model_validator(mode="after")
    def _alias_not_multiplier(self) -> Indikator:
        from kinerja_cli.values import multiplier_of

        own = multiplier_of(self.satuan)
        for alias in self.satuan_alias:
            found = multiplier_of(alias)
            if found is not None and (own is None or own[1] != found[1]):
                raise PydanticCustomError(
                    "konfig_alias_pengali",
                    "multiplier alias",
                    {"alias": alias, "kata": found[0], "satuan": self.satuan},
                )
        return self

    @cached_property
    def unit_words(self) -> tuple[str, ...]:
        """The words a number may be followed by in a cell: the satuan, then its aliases."""
        return (self.satuan, *self.satuan_alias)

    @property
    def is_percent(self) -> bool:
        return self.satuan.strip() in ("%", "persen")


Problem = tuple[tuple[Any, ...], str, dict[str, Any]]
"""A cross-check problem: (key path, message kode, message parameters)."""


def _duplicate_codes(items: Sequence[Any], key: str, kode: str) -> tuple[list[Problem], set[str]]:
    """A ``kode`` used twice in the list ``key`` (case ignored), and the codes seen."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.kode.upper() in seen:
            problems.append(((key, i, "kode"), kode, {"kode": item.kode}))
        seen.add(item.kode.upper())
    return problems, seen


def _unknown_codes(
    known: set[str],
    refs: Iterable[tuple[Any, str]],
    path: tuple[Any, ...],
    kode: str,
    **params: Any,
) -> list[Problem]:
    """Each reference (key, code) to a code not in ``known`` (case ignored)."""
    return [
        ((*path, at), kode, {"kode": ref, **params}) for at, ref in refs if ref.upper() not in known
    ]


def _unknown_units(
    known: set[str], listed: list[str] | Literal["semua"], path: tuple[Any, ...], owner: str
) -> list[Problem]:
    """Each code in the ``unit`` list of ``owner`` (an indicator, a standard) that is not a
    unit of the config (``semua``: none)."""
    if listed == "semua":
        return []
    return _unknown_codes(
        known, enumerate(listed), path, "konfig_unit_tak_dikenal", indikator=owner
    )


class Config(_Model):
    instansi: StrictStr = Field(min_length=1)
    tahun: Annotated[StrictInt, Field(ge=TAHUN_MIN, le=TAHUN_MAX)]
    tempat: StrictStr | None = None
    """Place for signature blocks ("Medan, 25 November 2026")."""
    penandatangan: Penandatangan = Penandatangan()
    pejabat_penilai_kepala_unit: Pejabat | None = None
    """Who rates the heads of unit; printed on their evaluation documents (``kinerja dokumen``)
    and as the Atasan Pejabat Penilai of the staff their heads rate."""
    penilaian: Penilaian = Penilaian()
    pemantauan: Pemantauan = Pemantauan()
    templat: TemplatOptions = TemplatOptions()
    keamanan: Keamanan = Keamanan()
    unit: list[Unit] = Field(min_length=1)
    indikator: list[Indikator] = Field(min_length=1)
    kompetensi: list[Kompetensi] = Field(default_factory=list)
    standar_kompetensi: list[StandarKompetensi] = Field(default_factory=list)
    pengembangan: Pengembangan = Pengembangan()

    @model_validator(mode="after")
    def _cross_checks(self) -> Config:
        problems, units = _duplicate_codes(self.unit, "unit", "konfig_unit_ganda")
        problems += _duplicate_codes(self.indikator, "indikator", "konfig_indikator_ganda")[0]
        for i, ind in enumerate(self.indikator):
            problems += _unknown_units(units, ind.unit, ("indikator", i, "unit"), ind.kode)
            if ind.target is not None and ind.batas is not None:
                for end in {ind.target.low, ind.target.high}:
                    if not ind.batas.contains(end):
                        problems.append(
                            (
                                ("indikator", i, "target"),
                                "konfig_target_di_luar_batas",
                                {
                                    "nilai": str(ind.target),
                                    "min": ind.batas.min,
                                    "max": ind.batas.max,
                                },
                            )
                        )
                        break
        problems += self._unit_name_checks()
        problems += self._competency_checks(units)
        if problems:
            # Raised as one error whose context carries every problem; load_config expands it.
            raise PydanticCustomError("konfig_silang", "cross checks", {"problems": problems})
        return self

    def for_year(self, tahun: int) -> Config:
        """The same rules for another assessment year (``tahun`` replaced; itself when equal).

        Used where a year is asked for that has no config of its own: ``--tahun 2025`` with a
        2026 config file scores, validates and writes examples for 2025 with the file's rules,
        and the fingerprint a template of that year carries is this config's."""
        if tahun == self.tahun:
            return self
        return self.model_copy(update={"tahun": tahun})

    def _unit_name_checks(self) -> list[Problem]:
        """A ``unor`` that e-Kinerja BKN matching (:func:`kinerja_cli.ekinerja.unit_for_unor`:
        ``nama``, ``kode`` and ``unor`` compared with case, spaces and punctuation at the ends
        ignored) would give to two units: listed for two units, or equal to another unit's
        ``nama`` or ``kode``. The first unit in config order would win silently, so an export
        would count for the wrong unit. Reported at the ``unor`` entry (the later one of two),
        naming both units. Units sharing a ``nama`` are left alone (the generated UPT of one
        agency do)."""
        from kinerja_cli.layout import normalize_header

        problems: list[Problem] = []
        owner: dict[str, tuple[Unit, str]] = {}

        def claim(unit: Unit, path: tuple[Any, ...], what: str, text: str) -> None:
            key = normalize_header(text)
            first = owner.setdefault(key, (unit, what)) if key else (unit, what)
            other, other_what = first
            if other is unit or what != "unor":
                return  # a unit's own names may repeat; only a unor is checked here
            problems.append(
                (
                    path,
                    "konfig_unor_ganda",
                    {
                        "nilai": text,
                        "unit": unit.kode,
                        "kunci": what,
                        "unit_lain": other.kode,
                        "kunci_lain": other_what,
                    },
                )
            )

        for i, unit in enumerate(self.unit):
            claim(unit, ("unit", i, "kode"), "kode", unit.kode)
        for i, unit in enumerate(self.unit):
            claim(unit, ("unit", i, "nama"), "nama", unit.nama)
        for i, unit in enumerate(self.unit):
            for j, alias in enumerate(unit.unor):
                claim(unit, ("unit", i, "unor", j), "unor", alias)
        return problems

    def _competency_checks(self, units: set[str]) -> list[Problem]:
        problems, codes = _duplicate_codes(self.kompetensi, "kompetensi", "konfig_kompetensi_ganda")
        unknown = "konfig_kompetensi_tak_dikenal"
        for i, std in enumerate(self.standar_kompetensi):
            path = ("standar_kompetensi", i)
            levels = ((kode, kode) for kode in std.level)
            problems += _unknown_codes(codes, levels, (*path, "level"), unknown, di=std.jabatan)
            problems += _unknown_units(units, std.unit, (*path, "unit"), std.jabatan)
        for i, ind in enumerate(self.indikator):
            refs = enumerate(ind.kompetensi)
            problems += _unknown_codes(
                codes, refs, ("indikator", i, "kompetensi"), unknown, di=ind.kode
            )
        return problems

    # ---- competencies ----------------------------------------------------------------------

    @cached_property
    def competencies_by_code(self) -> dict[str, Kompetensi]:
        return {k.kode.upper(): k for k in self.kompetensi}

    def standards_for(self, unit_kode: str) -> list[StandarKompetensi]:
        """The standards that apply to a unit (``unit: semua`` included)."""
        up = unit_kode.upper()
        return [
            s
            for s in self.standar_kompetensi
            if s.unit == "semua" or up in (k.upper() for k in s.unit)
        ]

    def competencies_for(self, unit_kode: str) -> list[Kompetensi]:
        """The competencies a unit assesses: those its standards name, in catalogue order."""
        named = {k.upper() for s in self.standards_for(unit_kode) for k in s.level}
        return [k for k in self.kompetensi if k.kode.upper() in named]

    # ---- lookups ---------------------------------------------------------------------------

    @cached_property
    def units_by_code(self) -> dict[str, Unit]:
        return {u.kode: u for u in self.unit}

    @cached_property
    def indicators_by_code(self) -> dict[str, Indikator]:
        return {i.kode: i for i in self.indikator}

    @cached_property
    def indicators_by_upper_code(self) -> dict[str, Indikator]:
        return {k.upper(): v for k, v in self.indicators_by_code.items()}

    def indicator_by_code(self, kode: str) -> Indikator | None:
        """The indicator with ``kode``: exact first, then case-insensitively."""
        found = self.indicators_by_code.get(kode)
        if found is None and kode:
            found = self.indicators_by_upper_code.get(kode.strip().upper())
        return found

    def unit_by_code(self, kode: str) -> Unit | None:
        """The unit with ``kode``, matched case-insensitively."""
        found = self.units_by_code.get(kode)
        if found is not None:
            return found
        up = kode.strip().upper()
        return next((u for u in self.unit if u.kode.upper() == up), None)

    def indicators_for(self, unit_kode: str, tingkat: Tingkat | None = None) -> list[Indikator]:
        """Indicators assigned to a unit (``unit: semua`` included), optionally of one level."""
        up = unit_kode.upper()
        return [
            ind
            for ind in self.indikator
            if (ind.unit == "semua" or up in (k.upper() for k in ind.unit))
            and (tingkat is None or ind.tingkat == tingkat)
        ]

    def fingerprint(self) -> str:
        """A stable 16-hex-digit fingerprint of what a template is made from.

        Covers ``instansi``, ``tahun``, ``unit`` and ``indikator`` (normalised, key order and
        YAML formatting do not matter). Scoring settings (``penilaian``), signature and limits
        are left out on purpose: changing a threshold must not make every filled workbook
        "stale". So are the indicators' ``satuan_alias`` (how cells are read, not what the
        template holds): adding an alias must not make every filled workbook stale either.
        """
        payload = self.model_dump(
            mode="json",
            include={"instansi", "tahun", "unit", "indikator"},
            exclude={
                "indikator": {"__all__": {"satuan_alias"}},
                "unit": {"__all__": {"unor", "predikat_organisasi"}},
            },
        )
        # Competencies shape the template's Kompetensi sheet. A config without them keeps the
        # fingerprint it always had (no new keys in the payload).
        for ind in payload["indikator"]:
            if not ind.get("kompetensi"):
                ind.pop("kompetensi", None)
        if self.kompetensi:
            payload["kompetensi"] = [k.model_dump(mode="json") for k in self.kompetensi]
            payload["standar_kompetensi"] = [
                s.model_dump(mode="json") for s in self.standar_kompetensi
            ]
        text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# ---- loading ---------------------------------------------------------------------------------


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys, deep nesting and alias bombs."""


def _walk_marks(root: yaml.Node, source: str) -> dict[tuple[Any, ...], int]:
    """Map each key path to its 1-based line; refuse duplicates, depth and node bombs."""
    lines: dict[tuple[Any, ...], int] = {(): root.start_mark.line + 1}
    count = 0
    stack: list[tuple[yaml.Node, tuple[Any, ...], int]] = [(root, (), 0)]
    while stack:
        node, path, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise ConfigError("konfig_terlalu_besar", path=source, batas=MAX_NODES)
        if depth > MAX_DEPTH:
            raise ConfigError(
                "konfig_terlalu_dalam", path=source, batas=MAX_DEPTH, baris=node.start_mark.line + 1
            )
        if isinstance(node, yaml.MappingNode):
            keys: dict[Any, int] = {}
            for key_node, value_node in node.value:
                key = key_node.value
                line = key_node.start_mark.line + 1
                if key in keys:
                    raise ConfigError(
                        "konfig_kunci_ganda",
                        path=source,
                        kunci=_dotted((*path, key)),
                        baris=line,
                        baris_pertama=keys[key],
                    )
                keys[key] = line
                lines[(*path, key)] = line
                stack.append((value_node, (*path, key), depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[(*path, i)] = item.start_mark.line + 1
                stack.append((item, (*path, i), depth + 1))
    return lines


def _dotted(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(akar)"


def _line_for(lines: dict[tuple[Any, ...], int], path: tuple[Any, ...]) -> int | None:
    while True:
        if path in lines:
            return lines[path]
        if not path:
            return None
        path = path[:-1]


_PYDANTIC_KODE = {
    "missing": "konfig_wajib",
    "extra_forbidden": "konfig_kunci_tak_dikenal",
    "string_type": "konfig_harus_teks",
    "int_type": "konfig_harus_bulat",
    "int_from_float": "konfig_harus_bulat",
    "int_parsing": "konfig_harus_bulat",
    "float_type": "konfig_harus_angka",
    "float_parsing": "konfig_harus_angka",
    "bool_type": "konfig_harus_boolean",
    "bool_parsing": "konfig_harus_boolean",
    "literal_error": "konfig_pilihan",
    "list_type": "konfig_harus_daftar",
    "model_type": "konfig_harus_peta",
    "model_attributes_type": "konfig_harus_peta",
    "dict_type": "konfig_harus_peta",
    "too_short": "konfig_terlalu_pendek",
    "string_too_short": "konfig_terlalu_pendek",
    "string_too_long": "konfig_terlalu_panjang",
    "greater_than": "konfig_rentang",
    "greater_than_equal": "konfig_rentang",
    "less_than": "konfig_rentang",
    "less_than_equal": "konfig_rentang",
}


def _problems_from(exc: ValidationError, lines: dict[tuple[Any, ...], int]) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []
    for err in exc.errors(include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        # Union members add their type name to the location ("float", "str", ...): drop them.
        loc = tuple(
            p
            for p in loc
            if p
            not in (
                "int",
                "float",
                "str",
                "bool",
                "list[str]",
                "literal['semua']",
                "function-before[_target(), nullable[Target]]",
                "Target",
            )
        )
        etype = err["type"]
        ctx = dict(err.get("ctx") or {})
        if etype == "konfig_silang":
            for path, kode, params in ctx["problems"]:
                problems.append(ConfigProblem(_dotted(path), _line_for(lines, path), kode, params))
            continue
        if etype.startswith("konfig_"):
            kode = etype
            params = ctx
        else:
            kode = _PYDANTIC_KODE.get(etype, "konfig_nilai_tidak_sah")
            params = {"detail": err.get("msg", "")}
            if etype == "literal_error":
                params["pilihan"] = ctx.get("expected", "")
            if etype in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
                params["syarat"] = (
                    {
                        "greater_than": ">",
                        "greater_than_equal": ">=",
                        "less_than": "<",
                        "less_than_equal": "<=",
                    }[etype]
                    + " "
                    + str(next(iter(ctx.values()), ""))
                )
            if etype in ("too_short", "string_too_short"):
                params["minimal"] = ctx.get("min_length", 1)
        params.setdefault("nilai", _short(err.get("input")))
        problems.append(ConfigProblem(_dotted(loc), _line_for(lines, loc), kode, params))
    # Unions report the same place several times (once per member): keep the first of each.
    unique: dict[tuple[str, str], ConfigProblem] = {}
    for p in problems:
        unique.setdefault((p.path, p.kode), p)
    collapsed: dict[str, ConfigProblem] = {}
    for p in unique.values():
        collapsed.setdefault(p.path, p)
    return sorted(collapsed.values(), key=lambda p: (p.line or 0, p.path))


def _short(value: Any, limit: int = 60) -> str:
    text = "" if isinstance(value, dict | list) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_config_text(text: str, source: str = "<teks>") -> Config:
    """Parse and validate config YAML text; raises :class:`ConfigError` with every problem."""
    if len(text.encode("utf-8", "replace")) > MAX_CONFIG_BYTES:
        raise ConfigError("konfig_terlalu_besar", path=source, batas=MAX_CONFIG_BYTES)
    parsed = _parse_fast(text, source)
    data, lines = parsed if parsed is not None else _parse_yaml(_StrictLoader, text, source)
    if not isinstance(data, dict):
        raise ConfigError("konfig_bukan_peta", path=source)
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        problems = _problems_from(exc, lines)
        raise ConfigError(
            "konfig_tidak_sah", problems=problems, path=source, jumlah=len(problems)
        ) from exc


_Parsed = tuple[Any, dict[tuple[Any, ...], int]]


def _parse_fast(text: str, source: str) -> _Parsed | None:
    """:func:`_parse_yaml` through libyaml (PyYAML's C parser and composer: ~8x faster than
    the pure-Python loader, with the same line marks), or None to use the pure-Python loader.

    Only a document libyaml takes without complaint is kept: on any YAML error the text is
    parsed again by the pure-Python loader, so every message (line, wording) is the one it
    has always given. The same checks follow either way (:func:`_walk_marks`: duplicate keys,
    depth, alias bombs; then ``SafeConstructor``: no Python tags). libyaml refuses nesting
    deeper than 1000 levels itself, before its composer (which recurses in C) could run out
    of stack; a libyaml without that limit is not used (:func:`_libyaml_usable`).
    """
    loader_cls = getattr(yaml, "CSafeLoader", None)
    if loader_cls is None or not _libyaml_usable(loader_cls):
        return None
    try:
        return _parse_yaml(loader_cls, text, source)
    except ConfigError as exc:
        if exc.kode == "konfig_yaml_rusak":
            return None  # the pure-Python loader words it, as it always has
        raise


_LIBYAML_OK: dict[type, bool] = {}


def _libyaml_usable(loader_cls: type) -> bool:
    """Whether this libyaml refuses deep nesting (libyaml >= 0.2.5 stops at 1000 levels)."""
    known = _LIBYAML_OK.get(loader_cls)
    if known is None:
        probe = loader_cls("[" * 1100 + "]" * 1100)
        try:
            probe.get_single_node()
            known = False
        except yaml.YAMLError:
            known = True
        except RecursionError:  # pragma: no cover - a libyaml without the limit
            known = False
        finally:
            probe.dispose()
        _LIBYAML_OK[loader_cls] = known
    return known


def _parse_yaml(loader_cls: type, text: str, source: str) -> _Parsed:
    """The plain data of ``text`` and the line of each key path, through ``loader_cls``."""
    loader = loader_cls(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            raise ConfigError(
                "konfig_yaml_rusak",
                path=source,
                baris=(mark.line + 1) if mark else "?",
                detail=exc.problem or str(exc),
            ) from exc
        except yaml.YAMLError as exc:
            raise ConfigError("konfig_yaml_rusak", path=source, baris="?", detail=str(exc)) from exc
        except RecursionError:
            # PyYAML composes nested collections recursively: ~1000 levels exhaust the stack.
            get_mark = getattr(loader, "get_mark", None)  # the pure-Python loader has it
            raise ConfigError(
                "konfig_terlalu_dalam",
                path=source,
                batas=MAX_DEPTH,
                baris=get_mark().line + 1 if get_mark is not None else "?",
            ) from None
        if root is None:
            raise ConfigError("konfig_kosong", path=source)
        lines = _walk_marks(root, source)
        try:
            data = loader.construct_document(root)
        except yaml.YAMLError as exc:
            raise ConfigError("konfig_yaml_rusak", path=source, baris="?", detail=str(exc)) from exc
    finally:
        loader.dispose()
    return data, lines


def load_config(path: str | Path) -> Config:
    """Read and validate the config file at ``path``."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError("konfig_tidak_ada", path=str(p))
    if p.stat().st_size > MAX_CONFIG_BYTES:
        raise ConfigError("konfig_terlalu_besar", path=str(p), batas=MAX_CONFIG_BYTES)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError("konfig_bukan_utf8", path=str(p)) from exc
    return parse_config_text(text, source=str(p))


def bundled_config_text() -> str:
    """The bundled example configuration (the same file as ``config/indikator.yaml``)."""
    from importlib.resources import files

    return (files("kinerja_cli") / "data" / "indikator.yaml").read_text(encoding="utf-8")
