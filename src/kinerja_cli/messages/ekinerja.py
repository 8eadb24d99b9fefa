"""Messages of the e-Kinerja BKN export reader (issue 17)."""

MESSAGES = {
    "ek_kolom_tidak_ada": {
        "id": "Ekspor e-Kinerja ({laporan}) tidak memiliki kolom {kolom} di baris judul kolom; "
        "unduh ulang laporannya dari e-Kinerja tanpa menghapus kolom.",
        "en": "The e-Kinerja export ({laporan}) has no column {kolom} in its header row; "
        "download the report again from e-Kinerja without removing columns.",
    },
    "ek_rating_tidak_dikenal": {
        "id": "Rating '{teks}' tidak dikenal; yang dikenal: Di Atas Ekspektasi, Sesuai "
        "Ekspektasi, Di Bawah Ekspektasi.",
        "en": "Rating '{teks}' is not known; known: Di Atas Ekspektasi, Sesuai Ekspektasi, "
        "Di Bawah Ekspektasi.",
    },
    "ek_predikat_tidak_dikenal": {
        "id": "Hasil akhir '{teks}' tidak dikenal; yang dikenal: Sangat Baik, Baik, Butuh "
        "Perbaikan, Kurang, Sangat Kurang.",
        "en": "Final rating '{teks}' is not known; known: Sangat Baik, Baik, Butuh Perbaikan, "
        "Kurang, Sangat Kurang.",
    },
    "ek_hasil_akhir_beda": {
        "id": "Hasil akhir '{nilai}' berbeda dengan matriks PermenPANRB 6/2022 untuk hasil "
        "kerja '{hasil_kerja}' dan perilaku kerja '{perilaku_kerja}' ({seharusnya}); yang "
        "tercatat di e-Kinerja dipakai, periksa penilaiannya.",
        "en": "Final rating '{nilai}' differs from the PermenPANRB 6/2022 matrix for work "
        "result '{hasil_kerja}' and behaviour '{perilaku_kerja}' ({seharusnya}); the value "
        "recorded in e-Kinerja is used, check the assessment.",
    },
    "ek_plt_plh": {
        "id": "Baris pejabat Plt/Plh untuk {nip}: bukan penilaian kedua pegawai itu, tidak "
        "dihitung.",
        "en": "Acting official (Plt/Plh) row for {nip}: not a second assessment of that "
        "employee, not counted.",
    },
    "ek_tanggal_tidak_sah": {
        "id": "periode_akhir '{nilai}' bukan tanggal (bentuk 2026-12-31 atau 31-12-2026).",
        "en": "periode_akhir '{nilai}' is not a date (2026-12-31 or 31-12-2026).",
    },
    "ek_nip_ganda_mutasi": {
        "id": "NIP {nip} tercantum lagi (mutasi); yang dipakai baris {baris_dipakai} dengan "
        "periode_akhir terbaru, baris ini tidak dihitung.",
        "en": "NIP {nip} is listed again (transfer); row {baris_dipakai} with the latest "
        "periode_akhir is used, this row is not counted.",
    },
}
