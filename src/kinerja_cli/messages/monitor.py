"""Messages and labels of in-year monitoring (``kinerja pantau``, the "Pemantauan" sheet)."""

_LABELS = {
    "pantau_judul": ("PEMANTAUAN KINERJA DALAM TAHUN", "IN-YEAR PERFORMANCE MONITORING"),
    "pantau_judul_ringkas": ("Pemantauan per unit", "Monitoring per unit"),
    "pantau_judul_ditandai": ("Baris yang perlu perhatian", "Rows needing attention"),
    "pantau_kol_unit": ("Unit", "Unit"),
    "pantau_kol_nama_unit": ("Nama Unit", "Unit Name"),
    "pantau_kol_nip": ("NIP", "NIP"),
    "pantau_kol_nama": ("Nama", "Name"),
    "pantau_kol_kode": ("Kode", "Code"),
    "pantau_kol_indikator": ("Indikator", "Indicator"),
    "pantau_kol_agregasi": ("Agregasi", "Aggregation"),
    "pantau_kol_realisasi_sd": ("Realisasi s.d. Periode", "Actual to Date"),
    "pantau_kol_target_sd": ("Target s.d. Periode", "Target to Date"),
    "pantau_kol_proyeksi_capaian": ("Proyeksi Capaian (%)", "Projected Achievement (%)"),
    "pantau_kol_status": ("Status", "Status"),
    "pantau_kol_aman": ("Aman", "On Track"),
    "pantau_kol_waspada": ("Waspada", "At Risk"),
    "pantau_kol_tidak_melapor": ("Tidak Melapor", "Not Reported"),
    "pantau_kol_pegawai_ditandai": ("Pegawai Ditandai", "Employees Flagged"),
    "pantau_status_aman": ("aman", "on track"),
    "pantau_status_waspada": ("waspada", "at risk"),
    "pantau_status_tidak_melapor": ("tidak melapor", "not reported"),
}

MESSAGES: dict[str, dict[str, str]] = {k: {"id": i, "en": e} for k, (i, e) in _LABELS.items()}

MESSAGES.update(
    {
        "pantau_periode_tidak_sah": {
            "id": "Pemantauan dilakukan dalam tahun: periode '{nilai}' tidak dapat dipakai; "
            "pilih salah satu dari: {pilihan} (akhir tahun: kinerja rekap).",
            "en": "Monitoring is done within the year: period '{nilai}' cannot be used; "
            "choose one of: {pilihan} (year end: kinerja rekap).",
        },
        "pantau_catatan": {
            "id": "Proyeksi = capaian dari realisasi sampai {periode}: jumlah terhadap target "
            "{per} dari target tahunan, rata-rata triwulan sejauh ini, terakhir nilai "
            "triwulan terakhir. Waspada: proyeksi di bawah {ambang}%. Tidak melapor: triwulan "
            "yang sudah lewat belum diisi (bukan nol).",
            "en": "Projection = achievement from the actuals up to {periode}: sums against "
            "{per} of the annual target, averages of the quarters so far, 'terakhir' the "
            "latest quarter. At risk: projected below {ambang}%. Not reported: a quarter "
            "already passed is blank (not zero).",
        },
        "pantau_ringkasan": {
            "id": "{periode}: {baris} baris dipantau; {waspada} waspada dan {tidak_melapor} "
            "tidak melapor di {unit} unit ({pegawai} pegawai ditandai).",
            "en": "{periode}: {baris} rows monitored; {waspada} at risk and {tidak_melapor} "
            "not reported in {unit} units ({pegawai} employees flagged).",
        },
    }
)
