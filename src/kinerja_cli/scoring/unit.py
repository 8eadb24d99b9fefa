"""Unit scoring rules: capaian IKU, predikat organisasi from bands, distribution of employee
predikat and the kurva distribusi check of SE MenPANRB 3/2023."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from kinerja_cli.config import PredikatOrganisasiBands
from kinerja_cli.domain import (
    PREDIKAT_PEGAWAI_ORDER,
    PredikatOrganisasi,
    PredikatPegawai,
)
from kinerja_cli.messages import render
from kinerja_cli.rounding import round_half_up
from kinerja_cli.scoring.capaian import clean

Pembulatan = Literal["ketat", "longgar"]

SB = PredikatPegawai.SANGAT_BAIK
B = PredikatPegawai.BAIK
BP = PredikatPegawai.BUTUH_PERBAIKAN
K = PredikatPegawai.KURANG
SK = PredikatPegawai.SANGAT_KURANG


def capaian_iku(capaian: Iterable[float | None]) -> float | None:
    """Mean of the computable IKU row capaian; None when there is none."""
    values = [c for c in capaian if c is not None]
    return sum(values) / len(values) if values else None


def predikat_organisasi_from_capaian(
    capaian: float, bands: PredikatOrganisasiBands
) -> PredikatOrganisasi:
    """Predikat organisasi from capaian IKU: >= istimewa Istimewa, >= baik Baik,
    >= butuh_perbaikan Butuh Perbaikan, >= kurang Kurang, else Sangat Kurang."""
    c = clean(capaian)
    if c >= bands.istimewa:
        return PredikatOrganisasi.ISTIMEWA
    if c >= bands.baik:
        return PredikatOrganisasi.BAIK
    if c >= bands.butuh_perbaikan:
        return PredikatOrganisasi.BUTUH_PERBAIKAN
    if c >= bands.kurang:
        return PredikatOrganisasi.KURANG
    return PredikatOrganisasi.SANGAT_KURANG


def distribution(predikat: Iterable[PredikatPegawai | str | None]) -> dict[str, int]:
    """Head count per predikat pegawai (all five keys, best first); None is not counted."""
    counts = {p.value: 0 for p in PREDIKAT_PEGAWAI_ORDER}
    for p in predikat:
        if p is not None:
            counts[p.value if isinstance(p, PredikatPegawai) else PredikatPegawai(p).value] += 1
    return counts


@dataclass(frozen=True, slots=True)
class KurvaRule:
    """One rule of SE MenPANRB 3/2023: the share of ``group`` in a unit is at most
    (``jenis="maks"``) or at least (``"min"``) ``persen`` percent of its employees, or the unit
    has at least ``orang`` employees in ``group`` (``"min_orang"``)."""

    group: tuple[PredikatPegawai, ...]
    jenis: Literal["maks", "min", "min_orang"]
    persen: int = 0
    orang: int = 0


KURVA_RULES: dict[PredikatOrganisasi, tuple[KurvaRule, ...]] = {
    PredikatOrganisasi.ISTIMEWA: (KurvaRule((SB,), "maks", 70),),
    PredikatOrganisasi.BAIK: (
        KurvaRule((B,), "maks", 70),
        KurvaRule((BP, K), "min_orang", orang=1),
    ),
    PredikatOrganisasi.BUTUH_PERBAIKAN: (
        KurvaRule((BP,), "min", 60),
        KurvaRule((SB,), "maks", 10),
    ),
    PredikatOrganisasi.KURANG: (
        KurvaRule((K,), "min", 60),
        KurvaRule((BP,), "min", 10),
        KurvaRule((SB,), "maks", 10),
    ),
    PredikatOrganisasi.SANGAT_KURANG: (
        KurvaRule((SK,), "min", 60),
        KurvaRule((K, BP), "min", 10),
        KurvaRule((SB,), "maks", 0),
    ),
}


@dataclass(frozen=True, slots=True)
class KurvaViolation:
    """A broken rule with the figures that break it."""

    rule: KurvaRule
    predikat_organisasi: PredikatOrganisasi
    jumlah: int
    """Employees of the unit in the rule's group."""
    total: int
    """Employees of the unit with a predikat."""
    batas_orang: int | None
    """The limit in whole employees (``longgar`` rounding or ``min_orang``), else None."""
    pembulatan: Pembulatan

    def describe(self, lang: str = "id") -> str:
        """The violation in words, e.g. "Predikat Sangat Baik 8 dari 10 pegawai (80%),
        melebihi batas 70% untuk organisasi Istimewa."."""
        sep = " atau " if lang == "id" else " or "
        if self.rule.jenis == "min" and len(self.rule.group) > 1:
            sep = " dan/atau " if lang == "id" else " and/or "
        params = {
            "predikat": sep.join(p.value for p in self.rule.group),
            "jumlah": self.jumlah,
            "total": self.total,
            "persen": format_percent(100.0 * self.jumlah / self.total, lang),
            "batas": self.rule.persen,
            "organisasi": self.predikat_organisasi.value,
            "batas_orang": self.batas_orang,
        }
        if self.rule.jenis == "min_orang":
            kode = "skor_kurva_min_orang"
        elif self.rule.jenis == "maks" and self.rule.persen == 0:
            kode = "skor_kurva_dilarang"
        elif self.pembulatan == "longgar":
            kode = f"skor_kurva_{self.rule.jenis}_longgar"
        else:
            kode = f"skor_kurva_{self.rule.jenis}"
        return render(kode, lang, **params)


def format_percent(value: float, lang: str = "id") -> str:
    """A share for people: at most 2 decimals, half away from zero, no trailing zeros,
    decimal comma in Indonesian (66,67)."""
    rounded = round_half_up(value, 2)
    text = f"{rounded:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "id" else text


def check_kurva(
    predikat_organisasi: PredikatOrganisasi | str,
    counts: dict[str, int],
    pembulatan: Pembulatan = "ketat",
) -> list[KurvaViolation]:
    """The rules of ``predikat_organisasi`` broken by the head ``counts`` of a unit.

    ``ketat``: shares compared exactly (8 of 10 = 80% > 70%). ``longgar``: a percentage limit
    becomes whole employees in the unit's favour: a maximum rounded up (70% of 3 = 2.1 -> 3),
    a minimum rounded down (10% of 5 = 0.5 -> 0). An empty unit breaks nothing.
    """
    org = PredikatOrganisasi(predikat_organisasi)
    total = sum(counts.get(p.value, 0) for p in PREDIKAT_PEGAWAI_ORDER)
    if total == 0:
        return []
    found: list[KurvaViolation] = []
    for rule in KURVA_RULES[org]:
        jumlah = sum(counts.get(p.value, 0) for p in rule.group)
        broken, limit = _breaks(rule, jumlah, total, pembulatan)
        if broken:
            found.append(KurvaViolation(rule, org, jumlah, total, limit, pembulatan))
    return found


def _breaks(
    rule: KurvaRule, jumlah: int, total: int, pembulatan: Pembulatan
) -> tuple[bool, int | None]:
    if rule.jenis == "min_orang":
        return jumlah < rule.orang, rule.orang
    if pembulatan == "longgar":
        if rule.jenis == "maks":
            allowed = -(-rule.persen * total // 100)  # ceil
            return jumlah > allowed, allowed
        required = rule.persen * total // 100  # floor
        return jumlah < required, required
    if rule.jenis == "maks":
        return jumlah * 100 > rule.persen * total, None
    return jumlah * 100 < rule.persen * total, None


def kurva_applies(total: int, minimal: int) -> bool:
    """Whether a unit with ``total`` employees holding a predikat is checked at all."""
    return total > 0 and total >= minimal
