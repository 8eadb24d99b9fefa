"""Messages of the rules across files (which file is current, a NIP or head in two units),
of restoring a stored version, and of re-checking stored files against a changed config."""

from kinerja_cli.messages.types import error, warning

MESSAGES = {
    # ---- issues ------------------------------------------------------------------------------
    "kepala_di_unit_lain": error(
        id="NIP {nip} tercatat sebagai Kepala Unit {unit} dan juga sebagai kepala unit lain: "
        "{lain}. Seorang pegawai hanya dapat menjadi kepala satu unit; perbaiki NIP Kepala "
        "Unit di salah satu berkas. Sampai diperbaiki, pegawai itu tidak dinilai di kedua unit.",
        en="NIP {nip} is recorded as head of unit {unit} and also as head of another unit: "
        "{lain}. One person heads one unit only; correct NIP Kepala Unit in one of the files. "
        "Until then that person is not scored in either unit.",
    ),
    "kepala_di_unit_lain_tanpa_sel": warning(
        False,
        alasan="kepala itu tidak ada di lembar `Pegawai` unit ini: tidak ada nilai unit ini yang"
        " bergantung padanya",
        id="NIP {nip} tercatat sebagai Kepala Unit {unit} dan juga sebagai kepala unit lain: "
        "{lain}. Seorang pegawai hanya dapat menjadi kepala satu unit; perbaiki NIP Kepala "
        "Unit di salah satu berkas.",
        en="NIP {nip} is recorded as head of unit {unit} and also as head of another unit: "
        "{lain}. One person heads one unit only; correct NIP Kepala Unit in one of the files.",
    ),
    "berkas_tanggal_lebih_lama": warning(
        False,
        alasan="berkas disimpan tetapi tidak berlaku: yang dinilai tetap berkas bertanggal lebih"
        " baru, seperti sebelum berkas ini datang",
        id="Tanggal berkas ini ({tanggal}) lebih lama dari Tanggal versi {versi} yang berlaku "
        "untuk unit {unit} ({tanggal_berlaku}); berkas ini disimpan tetapi versi {versi} tetap "
        "berlaku. Bila berkas ini memang yang benar, perbaiki Tanggal-nya lalu kirim ulang, "
        "atau jadikan berlaku dengan kinerja arsip --pulihkan {unit} --versi N.",
        en="This file's Tanggal ({tanggal}) is older than the Tanggal of version {versi}, "
        "current for unit {unit} ({tanggal_berlaku}); this file is stored but version {versi} "
        "stays current. If this file is the right one, correct its Tanggal and send it again, "
        "or make it current with kinerja arsip --pulihkan {unit} --versi N.",
    ),
    # ---- impor -------------------------------------------------------------------------------
    "impor_lebih_lama": {
        "id": "{file}: disimpan sebagai versi {versi} {unit} {tahun}, tetapi tidak berlaku: "
        "Tanggal-nya lebih lama dari versi {berlaku} yang tetap berlaku{masalah}.",
        "en": "{file}: stored as version {versi} of {unit} {tahun}, but not current: its "
        "Tanggal is older than version {berlaku}, which stays current{masalah}.",
    },
    # ---- arsip --pulihkan ------------------------------------------------------------------
    "arsip_versi_tidak_ada": {
        "id": "Tidak ada versi {versi} untuk unit {unit} tahun {tahun} di penyimpanan. Lihat "
        "daftarnya dengan 'kinerja arsip --unit {unit}'.",
        "en": "There is no version {versi} of unit {unit} for {tahun} in the store. See the "
        "list with 'kinerja arsip --unit {unit}'.",
    },
    "arsip_versi_tidak_dihitung": {
        "id": "Versi {versi} unit {unit} tahun {tahun} tidak dihitung (kesalahan struktur), "
        "jadi tidak dapat dijadikan berlaku. Pilih versi lain dari 'kinerja arsip --unit "
        "{unit}'.",
        "en": "Version {versi} of unit {unit} for {tahun} is not counted (structural errors), "
        "so it cannot be made current. Choose another version from 'kinerja arsip --unit "
        "{unit}'.",
    },
    "arsip_pulihkan_unit_kosong": {
        "id": "--pulihkan perlu kode unit (mis. --pulihkan BKD --versi 2); yang diberikan kosong.",
        "en": "--pulihkan needs a unit code (e.g. --pulihkan BKD --versi 2); it was empty.",
    },
    "arsip_pulihkan_perlu_versi": {
        "id": "--pulihkan UNIT perlu --versi N (nomor versi dari 'kinerja arsip --unit UNIT').",
        "en": "--pulihkan UNIT needs --versi N (the version number from 'kinerja arsip --unit "
        "UNIT').",
    },
    "arsip_pulihkan_selesai": {
        "id": "Versi {versi} unit {unit} tahun {tahun} sekarang berlaku (sebelumnya versi "
        "{lama}); tercatat di riwayat penyimpanan. Jalankan ulang kinerja rekap.",
        "en": "Version {versi} of unit {unit} for {tahun} is now current (before: version "
        "{lama}); recorded in the store's history. Run kinerja rekap again.",
    },
    "arsip_pulihkan_sudah_berlaku": {
        "id": "Versi {versi} unit {unit} tahun {tahun} sudah berlaku; tidak ada yang diubah.",
        "en": "Version {versi} of unit {unit} for {tahun} is already current; nothing changed.",
    },
    "arsip_riwayat_judul": {
        "id": "Riwayat perubahan versi yang berlaku:",
        "en": "History of changes to the current version:",
    },
    "arsip_riwayat_baris": {
        "id": "{waktu}  {unit} {tahun}: versi {versi} dipulihkan menjadi berlaku (menggantikan "
        "versi {lama})",
        "en": "{waktu}  {unit} {tahun}: version {versi} restored as current (replacing version "
        "{lama})",
    },
    # ---- status ----------------------------------------------------------------------------
    "status_konflik": {
        "id": "NIP {nip} juga di {daftar}",
        "en": "NIP {nip} also in {daftar}",
    },
    "status_konflik_kepala": {
        "id": "kepala unit {nip} juga kepala {daftar}",
        "en": "head {nip} also heads {daftar}",
    },
    "status_dari_ekinerja": {
        "id": "dari e-Kinerja BKN",
        "en": "from e-Kinerja BKN",
    },
    "status_daftar_skp": {
        "id": "ada daftar SKP e-Kinerja",
        "en": "e-Kinerja SKP list stored",
    },
    "status_dipulihkan": {
        "id": "dipulihkan {waktu}",
        "en": "restored {waktu}",
    },
    "status_konfigurasi_berubah": {
        "id": "diperiksa dengan konfigurasi atau aturan lain",
        "en": "checked with another config or rules",
    },
    "status_templat_lain": {
        "id": "templat dari konfigurasi lain",
        "en": "template from another config",
    },
    "status_konflik_petunjuk": {
        "id": "Unit {daftar}: NIP yang sama tercatat di dua unit (pegawai atau kepala unit). "
        "Baris pegawai itu tidak dinilai dan tidak diperingkat di kedua unit sampai salah satu "
        "berkas diperbaiki; rinciannya di lembar Masalah rekap.",
        "en": "Units {daftar}: the same NIP is recorded in two units (employee or head of "
        "unit). That employee is neither scored nor ranked in either unit until one file is "
        "corrected; details in the recap's Masalah sheet.",
    },
    "status_konfigurasi_petunjuk": {
        "id": "Berkas unit {daftar} diperiksa saat impor dengan konfigurasi lain atau dengan "
        "aturan pemeriksaan versi kinerja yang lebih lama (atau tidak tercatat). rekap, ringkasan dan peringkat memeriksanya ulang dari berkas asli "
        "dengan konfigurasi sekarang; masalah barunya muncul di lembar Masalah.",
        "en": "The files of units {daftar} were checked at ingest with another config or with "
        "the checking rules of an older kinerja (or unrecorded ones). rekap, ringkasan and peringkat check them again from the original "
        "files with the current config; new problems appear in the Masalah sheet.",
    },
    # ---- rekap / ringkasan ------------------------------------------------------------------
    "keluaran_rekap_dicek_ulang": {
        "id": "{jumlah} berkas diperiksa ulang dengan konfigurasi sekarang karena konfigurasi "
        "atau aturan pemeriksaan berubah sejak berkas itu diimpor: {daftar}. Nilainya mengikuti konfigurasi sekarang; "
        "masalah barunya di lembar Masalah.",
        "en": "{jumlah} files were checked again against the current config because the config "
        "or the checking rules changed since they were ingested: {daftar}. Their scores follow the current config; "
        "new problems are in the Masalah sheet.",
    },
    "keluaran_lbl_dicek_ulang": {
        "id": "Berkas diperiksa ulang (konfigurasi atau aturan berubah)",
        "en": "Files checked again (config or rules changed)",
    },
    "keluaran_kol_dicek_ulang": {
        "id": "Diperiksa Ulang dengan Konfigurasi Sekarang",
        "en": "Checked Again with Current Config",
    },
}
