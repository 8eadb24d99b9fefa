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

_FOLLOWUP = {
    "tindak_judul": ("TINDAK LANJUT PEMBINAAN", "FOLLOW-UP OF COACHING"),
    "tindak_kol_unit": ("Unit", "Unit"),
    "tindak_kol_nip": ("NIP", "NIP"),
    "tindak_kol_nama": ("Nama", "Name"),
    "tindak_kol_periode_lalu": ("Periode Lalu", "Previous Period"),
    "tindak_kol_predikat_lalu": ("Predikat Lalu", "Previous Predikat"),
    "tindak_kol_nilai_lalu": ("Nilai Lalu", "Previous Score"),
    "tindak_kol_periode_kini": ("Periode Kini", "Current Period"),
    "tindak_kol_predikat_kini": ("Predikat Kini", "Current Predikat"),
    "tindak_kol_nilai_kini": ("Nilai Kini", "Current Score"),
    "tindak_kol_hasil": ("Hasil", "Outcome"),
    "tindak_hasil_membaik": ("Membaik", "Improved"),
    "tindak_hasil_tetap": ("Tetap", "Unchanged"),
    "tindak_hasil_memburuk": ("Memburuk", "Worse"),
    "tindak_hasil_keluar_unit": ("Keluar Unit", "Left the Unit"),
    "tindak_hasil_tidak_ada_data": ("Tidak Ada Data", "No Data"),
}
MESSAGES.update({k: {"id": i, "en": e} for k, (i, e) in _FOLLOWUP.items()})
MESSAGES.update(
    {
        "tindak_catatan": {
            "id": "Pegawai dalam daftar pembinaan periode {lalu} (Butuh Perbaikan, Kurang/Misconduct, "
            "Sangat Kurang) dan predikatnya sekarang. Keluar unit: tidak lagi di unit itu; tidak ada "
            "data: datanya belum lengkap sekarang.",
            "en": "Employees on the coaching list of {lalu} (Butuh Perbaikan, Kurang/Misconduct, "
            "Sangat Kurang) and their predikat now. Left the unit: no longer in that unit; no data: "
            "incomplete now.",
        },
        "tren_tanpa_tahun_lalu": {
            "id": "Penyimpanan tidak memuat tahun {tahun}: belum ada daftar pembinaan untuk ditindaklanjuti.",
            "en": "The store holds no year {tahun}: there is no coaching list to follow up.",
        },
        "tren_judul_lembar": {
            "id": "TREN CAPAIAN IKU PER TRIWULAN DAN PER TAHUN",
            "en": "IKU ACHIEVEMENT BY QUARTER AND BY YEAR",
        },
        "tren_grafik_triwulan": {
            "id": "Capaian IKU per triwulan, unit {dari}-{sampai}",
            "en": "IKU achievement by quarter, units {dari}-{sampai}",
        },
        "tren_grafik_tahun": {
            "id": "Capaian IKU per tahun, unit {dari}-{sampai}",
            "en": "IKU achievement by year, units {dari}-{sampai}",
        },
    }
)
