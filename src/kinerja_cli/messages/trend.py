"""Messages and labels of ``kinerja tren``."""

_LABELS = {
    "tren_judul_pegawai": (
        "Riwayat predikat dan nilai pegawai",
        "Employee predikat and score history",
    ),
    "tren_kol_nip": ("NIP", "NIP"),
    "tren_kol_nama": ("Nama", "Name"),
    "tren_kol_unit": ("Unit", "Unit"),
    "tren_kol_periode": ("Periode", "Period"),
    "tren_kol_predikat": ("Predikat", "Predikat"),
    "tren_kol_nilai": ("Nilai", "Score"),
}

MESSAGES: dict[str, dict[str, str]] = {k: {"id": i, "en": e} for k, (i, e) in _LABELS.items()}

MESSAGES.update(
    {
        "tren_judul_unit": {
            "id": "Capaian IKU dan predikat organisasi: triwulan {tahun} dan per tahun",
            "en": "IKU achievement and organisation predikat: quarters of {tahun} and by year",
        },
        "tren_indikator_berubah": {
            "id": "Indikator {tahun} dibanding {dibanding}: ditambah {ditambah}; dihapus "
            "{dihapus} (tidak ikut capaian_iku_sebanding).",
            "en": "Indicators of {tahun} against {dibanding}: added {ditambah}; dropped "
            "{dihapus} (left out of capaian_iku_sebanding).",
        },
    }
)
