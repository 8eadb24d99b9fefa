"""The vocabulary of the field: ratings, predikat words, periods, golongan.

Values of the enums are the exact words shown to people and written into workbooks.
"""

from __future__ import annotations

import re
from enum import StrEnum

TAHUN_MIN = 2000
TAHUN_MAX = 2100
"""The assessment years kinerja knows (``tahun`` of the config, ``--tahun`` of every command):
one definition. A year outside is a usage error (exit 2) before anything is read or stored."""

VERSI_MAX = 2**31 - 1
"""The largest stored version number (``arsip --pulihkan UNIT --versi N``): versions count
from 1 and are kept in an INTEGER column, 32 bits on PostgreSQL."""


def tahun_in_range(tahun: int) -> bool:
    """Whether ``tahun`` is an assessment year kinerja knows (:data:`TAHUN_MIN` to
    :data:`TAHUN_MAX`)."""
    return TAHUN_MIN <= tahun <= TAHUN_MAX


class Rating(StrEnum):
    """Rating hasil kerja / perilaku kerja (PermenPANRB 6/2022)."""

    DI_ATAS = "Di Atas Ekspektasi"
    SESUAI = "Sesuai Ekspektasi"
    DI_BAWAH = "Di Bawah Ekspektasi"


class PredikatPegawai(StrEnum):
    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"


PREDIKAT_PEGAWAI_ORDER = (
    PredikatPegawai.SANGAT_BAIK,
    PredikatPegawai.BAIK,
    PredikatPegawai.BUTUH_PERBAIKAN,
    PredikatPegawai.KURANG,
    PredikatPegawai.SANGAT_KURANG,
)
"""Best first; the ranking sorts by this order, then by nilai."""


class PredikatOrganisasi(StrEnum):
    ISTIMEWA = "Istimewa"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


PREDIKAT_ORGANISASI_ORDER = tuple(PredikatOrganisasi)


class Periode(StrEnum):
    TW1 = "TW1"
    TW2 = "TW2"
    TW3 = "TW3"
    TW4 = "TW4"
    TAHUNAN = "tahunan"

    @property
    def quarters(self) -> int:
        """How many quarters (from TW1) the period covers."""
        return 4 if self is Periode.TAHUNAN else int(self.value[-1])


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


_RATING_WORDS = {
    "diatasekspektasi": Rating.DI_ATAS,
    "diatas": Rating.DI_ATAS,
    "sesuaiekspektasi": Rating.SESUAI,
    "sesuai": Rating.SESUAI,
    "dibawahekspektasi": Rating.DI_BAWAH,
    "dibawah": Rating.DI_BAWAH,
}


def parse_rating(text: str | None) -> Rating | None:
    """The rating a person meant by ``text`` ("Di Atas", "sesuai ekspektasi"), else None.

    Case, spacing and punctuation are ignored; anything else is not guessed.
    """
    if text is None:
        return None
    return _RATING_WORDS.get(_key(str(text)))


_PREDIKAT_ORG_WORDS = {_key(p.value): p for p in PredikatOrganisasi}


def parse_predikat_organisasi(text: str | None) -> PredikatOrganisasi | None:
    if text is None:
        return None
    return _PREDIKAT_ORG_WORDS.get(_key(str(text)))


_PREDIKAT_PEGAWAI_WORDS = {
    **{_key(p.value): p for p in PredikatPegawai},
    "kurang": PredikatPegawai.KURANG,
    "misconduct": PredikatPegawai.KURANG,
}


def parse_predikat_pegawai(text: str | None) -> PredikatPegawai | None:
    """The employee predikat a person (or e-Kinerja) wrote ("sangat baik", "Kurang",
    "Kurang / Misconduct"), else None; case, spacing and punctuation are ignored."""
    if text is None:
        return None
    return _PREDIKAT_PEGAWAI_WORDS.get(_key(str(text)))


GOLONGAN_PNS = tuple(
    f"{g}/{r}"
    for g, ruang in (("I", "abcd"), ("II", "abcd"), ("III", "abcd"), ("IV", "abcde"))
    for r in ruang
)
"""Golongan/ruang PNS: I/a .. IV/e."""

ROMAN: tuple[str, ...] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
)
"""Roman numerals I .. XVII: golongan PPPK, quarters (Triwulan I..IV) and semesters."""
GOLONGAN_PPPK = ROMAN
"""Golongan PPPK: I .. XVII."""

PANGKAT_PNS = dict(
    zip(
        GOLONGAN_PNS,
        (
            "Juru Muda",
            "Juru Muda Tingkat I",
            "Juru",
            "Juru Tingkat I",
            "Pengatur Muda",
            "Pengatur Muda Tingkat I",
            "Pengatur",
            "Pengatur Tingkat I",
            "Penata Muda",
            "Penata Muda Tingkat I",
            "Penata",
            "Penata Tingkat I",
            "Pembina",
            "Pembina Tingkat I",
            "Pembina Utama Muda",
            "Pembina Utama Madya",
            "Pembina Utama",
        ),
        strict=True,
    )
)
"""Pangkat of each golongan/ruang PNS (PP 99/2000), printed as "Penata Muda, III/a"; PPPK
golongan have no pangkat."""

GOLONGAN_ALL = GOLONGAN_PNS + tuple(g for g in GOLONGAN_PPPK if g not in ("I", "II", "III", "IV"))


_GOL_RE = re.compile(r"^\s*(IV|I{1,3})\s*[/.\-\s]?\s*([a-eA-E])\s*$")
_PPPK_RE = re.compile(r"^\s*([IVX]+)\s*$")


def parse_golongan(text: str | None) -> str | None:
    """Canonical golongan ("III/a") from the spellings people type ("IIIa", "III.a", "iii/a").

    PPPK golongan I..XVII are returned as written in upper case. None when not recognised.
    """
    if text is None:
        return None
    t = str(text).strip()
    m = _GOL_RE.match(t.upper()) if t else None
    if m:
        canon = f"{m.group(1)}/{m.group(2).lower()}"
        return canon if canon in GOLONGAN_PNS else None
    m = _PPPK_RE.match(t.upper())
    if m and m.group(1) in GOLONGAN_PPPK:
        return m.group(1)
    return None


MONTH_NUMBERS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}
"""Month words a date may spell (Indonesian, their abbreviations, English): the Identitas
Tanggal rule and the e-Kinerja Periode line read dates with this one table."""

BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""The months in Indonesian, for dates printed on outputs and period names."""
