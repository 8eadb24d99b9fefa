"""Word lists for ``kinerja contoh``: names typical of Medan, gelar, jabatan, target hints.

Pure data, no logic; the profiles of the bundled units are kept in
``kinerja_cli/data/contoh_unit.yaml`` (one table, read once). Names follow the mix of a Medan city office: Batak (Toba, Mandailing,
Karo, Simalungun), Melayu, Jawa, Minang, Aceh, Tionghoa-Indonesia and Nias. Every list is a
tuple so the generator's choices are deterministic for a seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

# ---- names ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameStyle:
    """How one group names people: given names per gender and an optional family name."""

    key: str
    weight: int
    male: tuple[str, ...]
    female: tuple[str, ...]
    marga: tuple[str, ...] = ()
    """Family names (Batak marga, Nias mado); empty: the full name is given name(s) only."""
    male_second: tuple[str, ...] = ()
    female_second: tuple[str, ...] = ()
    """Second given names combined with the first when there is no marga."""
    boru: bool = False
    """Women may write "br." (boru/beru) before the marga."""


_BATAK_TOBA_MALE = (
    "Hotman",
    "Parlindungan",
    "Togar",
    "Jonner",
    "Benny",
    "Martua",
    "Saut",
    "Maruli",
    "Poltak",
    "Bonar",
    "Sahat",
    "Tumpal",
    "Hendrik",
    "Fernando",
    "Daniel",
    "Roy",
    "Hasudungan",
    "Monang",
    "Jhon Piter",
    "Rudolf",
)
_BATAK_TOBA_FEMALE = (
    "Rosmawati",
    "Tiurma",
    "Lamria",
    "Sondang",
    "Riris",
    "Dame",
    "Rotua",
    "Nurmaida",
    "Juliana",
    "Lenny",
    "Erna",
    "Ruth",
    "Debora",
    "Maria",
    "Christina",
    "Hotmaida",
    "Mestika",
    "Ratna Sari",
)

NAME_STYLES: tuple[NameStyle, ...] = (
    NameStyle(
        "batak_toba",
        21,
        _BATAK_TOBA_MALE,
        _BATAK_TOBA_FEMALE,
        marga=(
            "Simanjuntak",
            "Sitompul",
            "Hutapea",
            "Pardede",
            "Sinaga",
            "Situmorang",
            "Panjaitan",
            "Manurung",
            "Tambunan",
            "Simatupang",
            "Sihombing",
            "Pasaribu",
            "Nainggolan",
            "Silalahi",
            "Hutagalung",
            "Siahaan",
            "Napitupulu",
            "Marpaung",
            "Simbolon",
            "Sitorus",
            "Gultom",
            "Butarbutar",
            "Lumbantobing",
            "Hutabarat",
            "Siagian",
        ),
        boru=True,
    ),
    NameStyle(
        "mandailing",
        17,
        (
            "Ahmad",
            "Muhammad Iqbal",
            "Syahrul",
            "Zulkifli",
            "Rahmat",
            "Irwansyah",
            "Ali Imran",
            "Khairul Anwar",
            "Hamdani",
            "Fachrul Rozi",
            "Ridwan",
            "Taufik",
            "Amiruddin",
            "Sahrul Gunawan",
            "Mhd. Yusuf",
        ),
        (
            "Nurhasanah",
            "Siti Aisyah",
            "Rahmadani",
            "Fitri Handayani",
            "Nur Asiah",
            "Hafsah",
            "Masitah",
            "Nurlela",
            "Dewi Sartika",
            "Rosnida",
            "Ummi Kalsum",
            "Nurhalimah",
            "Rizki Amalia",
        ),
        marga=(
            "Nasution",
            "Lubis",
            "Harahap",
            "Siregar",
            "Hasibuan",
            "Pohan",
            "Daulay",
            "Rangkuti",
            "Ritonga",
            "Batubara",
            "Dalimunthe",
            "Matondang",
            "Tanjung",
            "Pulungan",
            "Rambe",
            "Hutasuhut",
            "Parinduri",
        ),
    ),
    NameStyle(
        "karo",
        8,
        (
            "Ferdinand",
            "Kristian",
            "Ngarap",
            "Dedy",
            "Jefri",
            "Robert",
            "Terkelin",
            "Anta",
            "Rasmi",
            "Eben Ezer",
        ),
        (
            "Ngena",
            "Rosita",
            "Elfrida",
            "Sri Ulina",
            "Novita",
            "Ribka",
            "Mbera",
            "Sastra",
            "Rehulina",
            "Ernawati",
        ),
        marga=(
            "Sembiring",
            "Ginting",
            "Tarigan",
            "Perangin-angin",
            "Sitepu",
            "Barus",
            "Sinulingga",
            "Surbakti",
            "Bangun",
            "Ketaren",
            "Kaban",
            "Sembiring Meliala",
            "Sembiring Brahmana",
        ),
        boru=True,
    ),
    NameStyle(
        "simalungun",
        4,
        _BATAK_TOBA_MALE,
        _BATAK_TOBA_FEMALE,
        marga=("Purba", "Saragih", "Damanik", "Girsang", "Sipayung", "Sumbayak", "Purba Tambak"),
        boru=True,
    ),
    NameStyle(
        "melayu",
        12,
        (
            "Syahrial",
            "Zulfikar",
            "Azhar",
            "Rizal",
            "Khairul",
            "Fauzi",
            "Dedi",
            "Rizky",
            "Muhammad Fadli",
            "Syamsul",
            "Tengku Amri",
            "Tengku Ridwan",
            "Iskandar",
            "Hamzah",
        ),
        (
            "Nurul",
            "Siti Hajar",
            "Rina",
            "Fadhilah",
            "Tengku Nurhayati",
            "Yuni",
            "Khairani",
            "Juwita",
            "Melati",
            "Putri",
            "Sri Mulyani",
            "Nurjannah",
            "Wan Syarifah",
        ),
        male_second=(
            "Syahputra",
            "Hidayat",
            "Effendi",
            "Nasir",
            "Saputra",
            "Syahrin",
            "Hakim",
            "Ramadhan",
        ),
        female_second=(
            "Syahputri",
            "Syahfitri",
            "Wati",
            "Maharani",
            "Safitri",
            "Aini",
            "Ramadhani",
            "Fadillah",
        ),
    ),
    NameStyle(
        "jawa",
        18,
        (
            "Agus",
            "Bambang",
            "Joko",
            "Slamet",
            "Budi",
            "Eko",
            "Wahyu",
            "Dwi",
            "Sugeng",
            "Heru",
            "Teguh",
            "Adi",
            "Hari",
            "Suryo",
            "Rudi",
            "Bagus",
            "Yudi",
        ),
        (
            "Sri",
            "Dwi",
            "Endang",
            "Retno",
            "Puji",
            "Siti",
            "Ika",
            "Yuli",
            "Tri",
            "Rini",
            "Wulan",
            "Ratna",
            "Dewi",
            "Sulastri",
        ),
        male_second=(
            "Santoso",
            "Sutrisno",
            "Susilo",
            "Riyadi",
            "Hartono",
            "Prasetyo",
            "Nugroho",
            "Cahyono",
            "Purnomo",
            "Wibowo",
            "Setiawan",
            "Kurniawan",
            "Pranoto",
            "Wijayanto",
            "Hermanto",
        ),
        female_second=(
            "Wahyuni",
            "Astuti",
            "Sulistyowati",
            "Wulandari",
            "Lestari",
            "Rahayu",
            "Kurniawati",
            "Andriani",
            "Handayani",
            "Purwaningsih",
            "Setyaningsih",
            "Utami",
            "Susanti",
            "Widiastuti",
        ),
    ),
    NameStyle(
        "minang",
        7,
        (
            "Afrizal",
            "Zulfahmi",
            "Rahmat Hidayat",
            "Ilham Efendi",
            "Ferdinal",
            "Yusnaldi",
            "Hendra Gunawan",
            "Syafrudin",
            "Yusrizal",
            "Zulhendri",
            "Andri Saputra",
            "Doni Putra",
            "Fadhli Rahman",
        ),
        (
            "Yusnidar",
            "Rahmi Yetti",
            "Zurniati",
            "Desi Ratnasari",
            "Fitri Yanti",
            "Yenni Marlina",
            "Elvi Susanti",
            "Nofrita",
            "Yulia Rahmi",
            "Silvia Rosa",
            "Mardiana",
            "Rosmaini",
        ),
    ),
    NameStyle(
        "aceh",
        5,
        (
            "Teuku Muhammad Rizal",
            "Teuku Fadli",
            "Muhammad Nazar",
            "Zulkarnain",
            "Mukhlis",
            "Azwar",
            "Munawar",
            "Teuku Iskandar",
            "Fakhrurrazi",
            "Saiful Bahri",
        ),
        (
            "Cut Meutia Sari",
            "Cut Rahmawati",
            "Nurul Husna",
            "Khairunnisa",
            "Rahmi Fitria",
            "Cut Nurul Aini",
            "Ainul Mardhiah",
            "Safrida",
            "Raudhatul Jannah",
        ),
    ),
    NameStyle(
        "tionghoa",
        3,
        (
            "Hendra Wijaya",
            "Sutanto Halim",
            "Wilson Tanjaya",
            "Rudy Santoso",
            "Johan Lim",
            "Kelvin Gunawan",
            "Ricky Tanoto",
            "Hendrik Salim",
            "Sugianto Lie",
        ),
        (
            "Lina Tanoto",
            "Susanti Gunawan",
            "Lily Kusuma",
            "Meiliana",
            "Vivian Wijaya",
            "Linda Halim",
            "Yenny Salim",
            "Mei Hwa Tanjaya",
            "Lisa Hartono",
        ),
    ),
    NameStyle(
        "nias",
        5,
        (
            "Agustinus",
            "Yafetus",
            "Sokhiatulo",
            "Fatiziduhu",
            "Arozatulo",
            "Elisamoni",
            "Yosafati",
            "Darius",
            "Bezaliel",
            "Faozanolo",
        ),
        (
            "Yuliana",
            "Sartika",
            "Kristina",
            "Yasminar",
            "Noferlina",
            "Merlina",
            "Helpiana",
            "Desmawati",
            "Febriani",
        ),
        marga=(
            "Zebua",
            "Gulo",
            "Telaumbanua",
            "Harefa",
            "Laoli",
            "Zalukhu",
            "Halawa",
            "Waruwu",
            "Lase",
            "Mendrofa",
            "Hia",
            "Ndruru",
            "Sarumaha",
            "Gea",
            "Zega",
            "Larosa",
        ),
    ),
)

# ---- education and gelar -----------------------------------------------------------------------

S1_GELAR: dict[str, tuple[str, ...]] = {
    "umum": ("S.Sos.", "S.AP.", "S.IP.", "S.H.", "S.E."),
    "ti": ("S.Kom.", "S.Kom.", "S.T."),
    "keu": ("S.E.", "S.E.", "S.Ak."),
    "kes": ("S.K.M.",),
    "gizi": ("S.Gz.",),
    "dik": ("S.Pd.",),
    "teknik": ("S.T.",),
    "par": ("S.Par.", "S.S.", "S.E."),
    "sos": ("S.Sos.", "S.Tr.Sos."),
    "hukum": ("S.H.",),
    "plan": ("S.T.", "S.E.", "S.Si."),
    "stat": ("S.Si.", "S.Stat."),
    "kom": ("S.I.Kom.",),
    "sdm": ("S.Psi.", "S.Sos.", "S.AP."),
}
S2_GELAR: dict[str, tuple[str, ...]] = {
    "umum": ("M.Si.", "M.AP.", "M.M."),
    "ti": ("M.Kom.", "M.T."),
    "keu": ("M.Si.", "M.Ak.", "M.M."),
    "kes": ("M.Kes.", "M.K.M."),
    "gizi": ("M.Gz.",),
    "dik": ("M.Pd.",),
    "teknik": ("M.T.",),
    "par": ("M.Par.", "M.Si."),
    "sos": ("M.Si.", "M.Kesos."),
    "hukum": ("M.H.",),
    "plan": ("M.T.", "M.Si.", "M.PWK."),
    "stat": ("M.Si.",),
    "kom": ("M.I.Kom.",),
    "sdm": ("M.Psi.", "M.Si.", "M.AP."),
}
D3_GELAR: dict[str, str] = {
    "ti": "A.Md.Kom.",
    "kes": "A.Md.Kes.",
    "kep": "A.Md.Kep.",
    "keb": "A.Md.Keb.",
    "lab": "A.Md.AK.",
    "keu": "A.Md.Ak.",
    "teknik": "A.Md.T.",
}
"""Diploma III titles by field; any other field: "A.Md."."""

# ---- jabatan ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Jab:
    """One kind of position: title, level (decides golongan and age), schooling, field."""

    title: str
    level: str
    degree: str
    """SMA, D3, S1, S2, S3."""
    field: str = "umum"
    prof: str | None = None
    """Professional title: dr, drg, ns, apt."""
    weight: int = 1
    pppk: bool = False
    """May be filled by a PPPK appointee."""


LEVELS: dict[str, tuple[tuple[int, int], int, tuple[str, ...], str]] = {
    # level: ((age min, age max), minimum years of service, golongan ladder, jenis jabatan)
    "jpt": ((46, 57), 18, ("IV/c", "IV/d"), "JPT Pratama"),
    "administrator": ((41, 56), 12, ("IV/a", "IV/b", "IV/c"), "Administrator"),
    "pengawas": ((35, 54), 8, ("III/c", "III/d", "IV/a"), "Pengawas"),
    "ahli_madya": ((44, 57), 14, ("IV/a", "IV/b", "IV/c"), "Fungsional"),
    "ahli_muda": ((34, 54), 7, ("III/c", "III/d"), "Fungsional"),
    "ahli_pertama": ((25, 40), 1, ("III/a", "III/b"), "Fungsional"),
    "penyelia": ((40, 56), 12, ("III/c", "III/d"), "Fungsional"),
    "mahir": ((32, 50), 6, ("III/a", "III/b"), "Fungsional"),
    "terampil": ((24, 44), 1, ("II/c", "II/d"), "Fungsional"),
    "pelaksana": (
        (23, 56),
        1,
        ("II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c"),
        "Pelaksana",
    ),
}

PPPK_GOLONGAN: dict[str, str] = {
    "S1": "IX",
    "S2": "X",
    "D3": "VII",
    "SMA": "V",
}
"""Golongan PPPK by schooling (PermenPANRB: IX for S1/D-IV, VII for D3, V for SMA)."""

START_GOLONGAN: dict[str, str] = {
    "SMA": "II/a",
    "D3": "II/c",
    "S1": "III/a",
    "S2": "III/b",
    "S3": "III/c",
}
"""Golongan at entry by schooling: a pelaksana never starts below it."""

ENTRY_AGE: dict[str, tuple[int, int]] = {
    "SMA": (19, 25),
    "D3": (21, 28),
    "S1": (23, 31),
    "S2": (24, 32),
    "S3": (25, 32),
}

COMMON_JABATAN: tuple[Jab, ...] = (
    Jab("Perencana Ahli Pertama", "ahli_pertama", "S1", "plan", weight=2),
    Jab("Perencana Ahli Muda", "ahli_muda", "S1", "plan"),
    Jab("Pranata Komputer Ahli Muda", "ahli_muda", "S1", "ti"),
    Jab("Pranata Komputer Ahli Pertama", "ahli_pertama", "S1", "ti", weight=2),
    Jab("Pranata Komputer Terampil", "terampil", "D3", "ti"),
    Jab("Analis Kebijakan Ahli Muda", "ahli_muda", "S2", "umum"),
    Jab("Analis SDM Aparatur Ahli Pertama", "ahli_pertama", "S1", "sdm"),
    Jab("Arsiparis Terampil", "terampil", "D3", "umum"),
    Jab("Analis Keuangan Pusat dan Daerah Ahli Pertama", "ahli_pertama", "S1", "keu"),
    Jab("Pranata Hubungan Masyarakat Ahli Pertama", "ahli_pertama", "S1", "kom"),
    Jab("Penata Layanan Operasional", "pelaksana", "S1", "umum", weight=4, pppk=True),
    Jab("Pengadministrasi Perkantoran", "pelaksana", "SMA", "umum", weight=4),
    Jab("Pengelola Layanan Operasional", "pelaksana", "D3", "umum", weight=2),
    Jab("Operator Layanan Operasional", "pelaksana", "SMA", "umum", weight=2, pppk=True),
    Jab("Pengelola Data", "pelaksana", "D3", "ti", weight=2),
    Jab("Bendahara", "pelaksana", "S1", "keu"),
    Jab("Pengelola Barang Milik Daerah", "pelaksana", "D3", "keu"),
)


@dataclass(frozen=True, slots=True)
class UnitProfile:
    """What a bundled unit looks like: its size, divisions, own jabatan, head's schooling."""

    size: int
    bidang: tuple[str, ...]
    seksi: tuple[str, ...]
    jabatan: tuple[Jab, ...]
    head_degree: str = "S2"
    head_field: str = "umum"
    head_prof: str | None = None
    kinerja_unit: float = 1.0
    """How the unit did this year (1.0 = on target); drives IKU realisasi and its people."""
    predikat_identitas: str | None = None
    """Predikat Kinerja Organisasi written in Identitas (None: left blank, derived)."""
    sebaran: tuple[tuple[str, float], ...] = ()
    """Shares of the rating bands (see :data:`SEBARAN_BAKU`) when the unit differs."""


SEBARAN_BAKU: tuple[tuple[str, float], ...] = (
    ("sangat_baik", 0.20),  # hasil kerja Di Atas, perilaku Di Atas -> Sangat Baik
    ("di_atas", 0.05),  # hasil kerja Di Atas, perilaku Sesuai -> Baik
    ("butuh_perbaikan", 0.12),  # hasil kerja Di Bawah, perilaku Sesuai -> Butuh Perbaikan
    ("kurang", 0.03),  # hasil kerja Sesuai, perilaku Di Bawah -> Kurang/Misconduct
)
"""Rating bands of a unit that applies the distribution rule (SE MenPANRB 3/2023) for a
"Baik" organisation: at most 70 % Baik and at least one Butuh Perbaikan. Everyone else is in
the "baik" band (Sesuai/Sesuai). Units of 100+ also have one Sangat Kurang."""


PROFILES_FILE = "contoh_unit.yaml"


def _load_profiles() -> dict[str, UnitProfile]:
    """The profiles of ``kinerja_cli/data/contoh_unit.yaml`` (the file says what each key
    means)."""
    import yaml

    text = resources.files("kinerja_cli").joinpath("data", PROFILES_FILE).read_text("utf-8")
    profiles = {}
    for kode, entry in yaml.safe_load(text).items():
        fields = dict(entry)
        jabatan = tuple(Jab(**j) for j in fields.pop("jabatan"))
        sebaran = tuple(fields.pop("sebaran", {}).items())
        bidang, seksi = tuple(fields.pop("bidang")), tuple(fields.pop("seksi"))
        profiles[kode] = UnitProfile(
            bidang=bidang, seksi=seksi, jabatan=jabatan, sebaran=sebaran, **fields
        )
    return profiles


UNIT_PROFILES: dict[str, UnitProfile] = _load_profiles()
"""Profiles of the units in the bundled config; other units get a generic profile."""

# ---- targets ------------------------------------------------------------------------------------

TARGET_HINTS: dict[str, tuple[float | str, ...]] = {
    "UM-01": (100, 100, 95, 90),
    "UM-02": (4, 4, 12, 6),
    "DUK-01": (3, 3, 2, 5),
    "KES-03": (30, 45, 45, 60),
    "DIK-04": (80, 85, 90, "80-90"),
    "PAR-03": (2, 2.5, 3),
    "BKD-02": (7, 10, 14),
    "BAP-03": (90, 95, 100, "90-95"),
    "HUB-02": (30, 40, 45),
    "PTSP-02": (3, 5, 7),
    "KEU-02": (95, 100, 100),
    "KEU-03": (2, 3, 3),
    "SOS-03": (5, 7, 10),
}
"""Typical per-employee targets (chosen at random) for indicators of the bundled config."""

COUNT_HINTS: dict[str, tuple[int, int, int]] = {
    "DUK-02": (1500, 12000, 100),
    "KES-04": (1200, 6000, 50),
    "DIK-03": (20, 200, 5),
    "PAR-02": (4, 24, 1),
    "BKD-03": (100, 1200, 10),
    "BAP-02": (4, 20, 1),
    "HUB-03": (50, 600, 10),
    "PTSP-03": (500, 5000, 50),
    "SOS-02": (500, 8000, 50),
}
"""Count targets (low, high, step) for ``jumlah`` indicators of the bundled config."""

CATATAN_RENDAH: tuple[tuple[str, bool | None], ...] = (
    ("Cuti melahirkan April-Juni", True),
    ("Sakit, dirawat inap 2 bulan pada TW3", None),
    ("Tugas belajar mulai Agustus", None),
    ("Diperbantukan ke Sekretariat Daerah selama TW2", None),
    ("Cuti besar pada TW4", None),
)
"""Notes a boss writes beside a clearly low result (text, only for women when True)."""

CATATAN_PERILAKU: tuple[str, ...] = (
    "Hukuman disiplin ringan (teguran tertulis)",
    "Sering terlambat dan tidak hadir tanpa keterangan",
    "Pembinaan perilaku oleh atasan langsung",
)
"""Notes beside a rating perilaku Di Bawah Ekspektasi."""
