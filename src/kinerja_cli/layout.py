"""The unit workbook contract: sheet names, header texts, identity labels, metadata keys.

The template writer writes exactly these texts; readers find sheets and columns by them,
after :func:`normalize_header` (case, spacing, line breaks, ``*`` marks and parenthesised hints
ignored) and the alias table, so a dinas that moves, renames slightly or adds columns is still
read. This module is the single source of those words.
"""

from __future__ import annotations

import re

SHEET_PETUNJUK = "Petunjuk"
SHEET_IDENTITAS = "Identitas"
SHEET_IKU = "IKU"
SHEET_PEGAWAI = "Pegawai"
SHEET_SKP = "SKP"
SHEET_KOMPETENSI = "Kompetensi"
"""Only in templates of a config with competencies (``kompetensi``); optional to read."""
SHEET_META = "_kinerja"
"""Hidden, protected sheet holding :data:`META_KEYS` as key/value rows (A: key, B: value)."""

SHEETS_REQUIRED = (SHEET_IDENTITAS, SHEET_IKU, SHEET_PEGAWAI, SHEET_SKP)

# ---- Identitas: label in column A, value in column B (rows found by label text) ---------------
ID_INSTANSI = "Instansi"
ID_KODE_UNIT = "Kode Unit"
ID_NAMA_UNIT = "Nama Unit"
ID_TAHUN = "Tahun"
ID_NAMA_KEPALA = "Nama Kepala Unit"
ID_NIP_KEPALA = "NIP Kepala Unit"
ID_PREDIKAT = "Predikat Kinerja Organisasi"
ID_TANGGAL = "Tanggal"
IDENTITAS_LABELS = (
    ID_INSTANSI,
    ID_KODE_UNIT,
    ID_NAMA_UNIT,
    ID_TAHUN,
    ID_NAMA_KEPALA,
    ID_NIP_KEPALA,
    ID_PREDIKAT,
    ID_TANGGAL,
)
IDENTITAS_OPTIONAL = (ID_PREDIKAT, ID_NAMA_KEPALA, ID_NIP_KEPALA, ID_TANGGAL)

# ---- column headers ---------------------------------------------------------------------------
COL_NIP = "NIP"
COL_NAMA = "Nama"
COL_JABATAN = "Jabatan"
COL_GOLONGAN = "Golongan"
COL_RATING_HASIL = "Rating Hasil Kerja"
COL_RATING_PERILAKU = "Rating Perilaku"
COL_CATATAN = "Catatan"
COL_PENILAI = "NIP Pejabat Penilai"
COL_KODE = "Kode Indikator"
COL_INDIKATOR = "Indikator"
COL_SATUAN = "Satuan"
COL_TARGET = "Target"
COL_BOBOT = "Bobot"
COL_REALISASI = ("Realisasi TW1", "Realisasi TW2", "Realisasi TW3", "Realisasi TW4")
COL_KETERANGAN = "Keterangan"

IKU_COLUMNS = (COL_KODE, COL_INDIKATOR, COL_SATUAN, COL_TARGET, *COL_REALISASI, COL_KETERANGAN)
IKU_REQUIRED = (COL_KODE, COL_TARGET, *COL_REALISASI)

PEGAWAI_COLUMNS = (
    COL_NIP,
    COL_NAMA,
    COL_JABATAN,
    COL_GOLONGAN,
    COL_RATING_HASIL,
    COL_RATING_PERILAKU,
    COL_CATATAN,
)
PEGAWAI_REQUIRED = (COL_NIP, COL_NAMA, COL_RATING_PERILAKU)
PEGAWAI_OPTIONAL = (COL_PENILAI,)
"""Read when a unit adds them; not in the generated template (most employees are rated by the
head of unit, whom Identitas names)."""

SKP_COLUMNS = (
    COL_NIP,
    COL_NAMA,
    COL_KODE,
    COL_INDIKATOR,
    COL_SATUAN,
    COL_TARGET,
    COL_BOBOT,
    *COL_REALISASI,
)
SKP_REQUIRED = (COL_NIP, COL_KODE, COL_TARGET, *COL_REALISASI)

# ---- Kompetensi: NIP, Nama, one column per competency (header = its kode), method, hours ----
COL_METODE = "Metode Penilaian"
COL_JP = "JP Pengembangan Tahun Ini"
METODE_PENILAIAN = ("asesmen", "uji kompetensi", "penilaian atasan")
KOMPETENSI_PREFIX = "kompetensi:"
"""Table key of a competency column: ``kompetensi:<KODE>`` (the header is the kode itself)."""


def competency_key(kode: str) -> str:
    return f"{KOMPETENSI_PREFIX}{kode.upper()}"


# ---- metadata sheet ---------------------------------------------------------------------------
META_VERSI = "versi_templat"
META_KODE_UNIT = "kode_unit"
META_TAHUN = "tahun"
META_FINGERPRINT = "sidik_jari_konfigurasi"
META_GENERATOR = "dibuat_oleh"
META_KEYS = (META_VERSI, META_KODE_UNIT, META_TAHUN, META_FINGERPRINT, META_GENERATOR)


def template_filename(kode_unit: str, tahun: int) -> str:
    """``RENCANA-<KODE>-<TAHUN>.xlsx``."""
    return f"RENCANA-{kode_unit}-{tahun}.xlsx"


# ---- header matching --------------------------------------------------------------------------

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SPACE = re.compile(r"\s+")


def normalize_header(text: object) -> str:
    """Header text reduced for matching: lower case, no parenthesised hints, no ``*``, no
    punctuation at the ends, single spaces (line breaks and non-breaking spaces included)."""
    if text is None:
        return ""
    s = str(text).replace("\u00a0", " ").lower()
    s = _PAREN.sub(" ", s).replace("*", " ")
    s = _SPACE.sub(" ", s).strip(" .:-_")
    return s


def _tw_aliases(n: int) -> set[str]:
    roman = ("i", "ii", "iii", "iv")[n - 1]
    out = set()
    for word in (
        "realisasi",
        "real",
        "realisasi triwulan",
        "realisasi tw",
        "realisasi tw.",
        "capaian tw",
    ):
        for q in (
            f"tw{n}",
            f"tw {n}",
            f"tw-{n}",
            f"triwulan {n}",
            f"triwulan {roman}",
            f"tw {roman}",
            f"tw.{n}",
            f"tw. {n}",
            f"q{n}",
        ):
            out.add(normalize_header(f"{word} {q}"))
    out.update({f"tw{n}", f"tw {n}", f"triwulan {n}", f"triwulan {roman}", f"tw {roman}"})
    out.add(normalize_header(f"realisasi triwulan {roman}"))
    out.add(normalize_header(f"realisasi triwulan ke-{n}"))
    return out


HEADER_ALIASES: dict[str, set[str]] = {
    COL_NIP: {
        "nip",
        "nip/ni pppk",
        "nip / ni pppk",
        "ni pppk",
        "nip pegawai",
        "nomor induk pegawai",
    },
    COL_NAMA: {"nama", "nama pegawai", "nama lengkap", "nama asn"},
    COL_JABATAN: {"jabatan", "nama jabatan"},
    COL_GOLONGAN: {
        "golongan",
        "gol",
        "gol/ruang",
        "golongan/ruang",
        "pangkat/golongan",
        "pangkat/gol",
        "gol. ruang",
        "golongan ruang",
    },
    COL_RATING_HASIL: {"rating hasil kerja", "hasil kerja", "rating hasil"},
    COL_RATING_PERILAKU: {"rating perilaku", "rating perilaku kerja", "perilaku kerja", "perilaku"},
    COL_CATATAN: {"catatan", "keterangan pegawai"},
    COL_PENILAI: {"nip pejabat penilai", "nip penilai", "nip pejabat penilai kinerja"},
    COL_KODE: {"kode indikator", "kode", "kode iki", "kode iku"},
    COL_INDIKATOR: {
        "indikator",
        "nama indikator",
        "indikator kinerja",
        "indikator kinerja individu",
        "indikator kinerja utama",
        "uraian indikator",
    },
    COL_SATUAN: {"satuan"},
    COL_TARGET: {"target", "target tahunan", "target kinerja"},
    COL_BOBOT: {"bobot", "bobot %", "bobot persen"},
    COL_KETERANGAN: {"keterangan", "ket"},
    COL_METODE: {"metode penilaian", "metode", "cara penilaian"},
    COL_JP: {
        "jp pengembangan tahun ini",
        "jp pengembangan",
        "jp",
        "jam pelajaran",
        "jam pelajaran pengembangan",
    },
    **{col: {normalize_header(col)} | _tw_aliases(i + 1) for i, col in enumerate(COL_REALISASI)},
}

_ALIAS_INDEX: dict[str, str] = {}
for _canon, _names in HEADER_ALIASES.items():
    for _name in _names | {normalize_header(_canon)}:
        _ALIAS_INDEX.setdefault(normalize_header(_name), _canon)


def canonical_header(text: object) -> str | None:
    """The contract header a cell's text stands for (via aliases), or None."""
    return _ALIAS_INDEX.get(normalize_header(text))


def canonical_label(text: object) -> str | None:
    """The Identitas label a cell's text stands for, or None."""
    key = normalize_header(text)
    for label in IDENTITAS_LABELS:
        if key == normalize_header(label):
            return label
    aliases = {
        "nip kepala": ID_NIP_KEPALA,
        "nama kepala": ID_NAMA_KEPALA,
        "predikat organisasi": ID_PREDIKAT,
        "predikat kinerja": ID_PREDIKAT,
        "kode": ID_KODE_UNIT,
        "unit kerja": ID_NAMA_UNIT,
        "nama opd": ID_NAMA_UNIT,
        "tahun penilaian": ID_TAHUN,
        "tanggal pengisian": ID_TANGGAL,
    }
    return aliases.get(key)


def col_letter(col1: int) -> str:
    """Column letters of a 1-based column number (1 -> A, 28 -> AB)."""
    letters = ""
    n = col1
    while n > 0:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def a1(row1: int, col1: int) -> str:
    """A1 address of a 1-based (row, column)."""
    return f"{col_letter(col1)}{row1}"


OUTPUT_PROPERTY = "kinerja_keluaran"
"""Custom document property every workbook kinerja writes as an output (rekap, peringkat)
carries, so such a file dropped into an input folder is recognised and skipped."""
