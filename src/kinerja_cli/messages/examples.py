"""Messages of ``kinerja contoh`` (example workbooks) and the descriptions of the planted
mistakes written into ``MANIFEST.json``."""

MESSAGES = {
    "contoh_mulai": {
        "id": "Menulis {jumlah} berkas contoh ({instansi}, tahun {tahun}, seed {seed}) ke {dir}",
        "en": "Writing {jumlah} example files ({instansi}, year {tahun}, seed {seed}) to {dir}",
    },
    "contoh_menulis": {
        "id": "Menulis contoh",
        "en": "Writing examples",
    },
    "contoh_berkas_bersih": {
        "id": "[{no}/{jumlah}] {berkas}: {unit}, {pegawai} pegawai, {baris} baris SKP; bersih",
        "en": "[{no}/{jumlah}] {berkas}: {unit}, {pegawai} employees, {baris} SKP rows; clean",
    },
    "contoh_berkas_salah": {
        "id": "[{no}/{jumlah}] {berkas}: {unit}, {pegawai} pegawai, {baris} baris SKP; "
        "kesalahan ditanam: {daftar}",
        "en": "[{no}/{jumlah}] {berkas}: {unit}, {pegawai} employees, {baris} SKP rows; "
        "planted mistakes: {daftar}",
    },
    "contoh_selesai": {
        "id": "{jumlah} berkas contoh dan {manifest} ditulis ke {dir}. Berikutnya: "
        "kinerja validasi {dir}",
        "en": "{jumlah} example files and {manifest} written to {dir}. Next: "
        "kinerja validasi {dir}",
    },
    "contoh_ekinerja_selesai": {
        "id": "{jumlah} unduhan e-Kinerja contoh dan {manifest} ditulis ke {dir} (Laporan "
        "Penilaian SKP dan Laporan SKP per unit, dengan jebakan yang biasa).",
        "en": "{jumlah} example e-Kinerja downloads and {manifest} written to {dir} (Laporan "
        "Penilaian SKP and Laporan SKP per unit, with the usual traps).",
    },
    "contoh_selesai_tahun": {
        "id": "{jumlah} berkas contoh tahun {tahun} dan {manifest} ditulis ke {dir}. "
        "Berikutnya: kinerja impor --tahun {tahun} {dir}",
        "en": "{jumlah} example files of {tahun} and {manifest} written to {dir}. "
        "Next: kinerja impor --tahun {tahun} {dir}",
    },
    "contoh_tanpa_soffice": {
        "id": "LibreOffice (soffice) tidak ditemukan: unit {unit} ditulis sebagai .xlsx, bukan "
        ".{format}. Pasang LibreOffice lalu jalankan ulang untuk mendapatkan contoh .{format}.",
        "en": "LibreOffice (soffice) was not found: unit {unit} was written as .xlsx instead of "
        ".{format}. Install LibreOffice and run again to get the .{format} example.",
    },
    "contoh_tanpa_konversi": {
        "id": "Konversi dimatikan: unit {unit} ditulis sebagai .xlsx, bukan .{format}.",
        "en": "Conversion switched off: unit {unit} was written as .xlsx instead of .{format}.",
    },
    "contoh_konversi_gagal": {
        "id": "LibreOffice gagal menyimpan {berkas} sebagai .{format}; unit {unit} ditulis "
        "sebagai .xlsx. Tutup LibreOffice yang sedang terbuka lalu jalankan ulang.",
        "en": "LibreOffice failed to save {berkas} as .{format}; unit {unit} was written as "
        ".xlsx. Close any running LibreOffice and run again.",
    },
    "contoh_bukan_folder": {
        "id": "{path} adalah berkas, bukan folder. Berikan folder tujuan, misalnya: "
        "kinerja contoh contoh/masuk",
        "en": "{path} is a file, not a folder. Give a target folder, for example: "
        "kinerja contoh contoh/masuk",
    },
    "contoh_tahun_terlalu_lama": {
        "id": "--tahun {tahun} terlalu jauh sebelum tahun konfigurasi ({tahun_konfigurasi}): "
        "contoh tahun sebelumnya memakai pegawai yang sama, paling awal {paling_awal}.",
        "en": "--tahun {tahun} is too far before the config's year ({tahun_konfigurasi}): "
        "examples of an earlier year use the same people, {paling_awal} at the earliest.",
    },
    "contoh_ekinerja_tahun": {
        "id": "--format ekinerja membuat ekspor e-Kinerja BKN untuk tahun {paling_awal} atau "
        "sesudahnya (NI PPPK-nya diangkat 2021 ke atas); --tahun {tahun} tidak dapat dipakai.",
        "en": "--format ekinerja makes e-Kinerja BKN exports for {paling_awal} or later (their "
        "NI PPPK were appointed from 2021); --tahun {tahun} cannot be used.",
    },
    "contoh_tahun_setelah": {
        "id": "--tahun {tahun} sesudah tahun konfigurasi ({tahun_konfigurasi}). Contoh dibuat "
        "untuk tahun konfigurasi atau tahun sebelumnya (pegawai yang sama, tahun konfigurasi "
        "menindaklanjuti daftar pembinaan tahun itu). Untuk tahun {tahun}: ubah 'tahun' di "
        "konfigurasi.",
        "en": "--tahun {tahun} is after the config's year ({tahun_konfigurasi}). Examples are "
        "made for the config's year or an earlier one (the same people, the config's year "
        "following that year's coaching list). For {tahun}: change 'tahun' in the config.",
    },
    # ---- planted mistakes (MANIFEST.json "keterangan") ----------------------------------
    "contoh_salah_nip_angka": {
        "id": "NIP {nip} ditempel sebagai angka: Excel menyimpannya sebagai {nilai} dan digit "
        "terakhirnya hilang. Validasi harus menolaknya dan meminta NIP diketik ulang sebagai "
        "teks.",
        "en": "NIP {nip} pasted as a number: Excel stores it as {nilai} and its last digits are "
        "lost. Validation must reject it and ask for the NIP to be retyped as text.",
    },
    "contoh_salah_koma_desimal": {
        "id": 'Realisasi diketik sebagai teks dengan koma desimal ("{nilai}"); harus dibaca '
        "sebagai {dibaca} tanpa masalah.",
        "en": 'Realisasi typed as text with a decimal comma ("{nilai}"); must be read as '
        "{dibaca} without an issue.",
    },
    "contoh_salah_persen_teks": {
        "id": 'Realisasi indikator persen diketik sebagai teks "{nilai}"; harus dibaca '
        "sebagai {dibaca} tanpa masalah.",
        "en": 'Realisasi of a percent indicator typed as text "{nilai}"; must be read as '
        "{dibaca} without an issue.",
    },
    "contoh_salah_kolom_dipindah": {
        "id": "Lembar SKP dibuka proteksinya dan kolom {kolom} dipindah (Nama sebelum NIP, Bobot "
        "sebelum Target); kolom harus tetap dikenali dari judulnya.",
        "en": "The SKP sheet was unprotected and column {kolom} moved (Nama before NIP, Bobot "
        "before Target); columns must still be found by their header.",
    },
    "contoh_salah_judul_kolom_diganti": {
        "id": 'Judul kolom diganti menjadi "{nilai}"; harus dikenali sebagai "{dibaca}".',
        "en": 'Column header renamed to "{nilai}"; must be recognised as "{dibaca}".',
    },
    "contoh_salah_kompetensi_level": {
        "id": "Level kompetensi {nilai} diketik di {sheet}!{cell} (skala 1-5); harus dilaporkan "
        "sebagai kesalahan.",
        "en": "Competency level {nilai} typed in {sheet}!{cell} (the scale is 1-5); must be "
        "reported as an error.",
    },
    "contoh_salah_kompetensi_jp": {
        "id": "JP pengembangan {nilai} (negatif) di {sheet}!{cell}; harus dilaporkan sebagai "
        "kesalahan.",
        "en": "Development hours {nilai} (negative) in {sheet}!{cell}; must be reported as an "
        "error.",
    },
    "contoh_salah_kompetensi_nip": {
        "id": "NIP salah ketik {nilai} di {sheet}!{cell} (tiga digit terakhir); tidak ada di "
        "lembar Pegawai, harus dilaporkan sebagai kesalahan.",
        "en": "NIP mistyped as {nilai} in {sheet}!{cell} (the last three digits); not on the "
        "Pegawai sheet, must be reported as an error.",
    },
    "contoh_salah_kompetensi_belum": {
        "id": "Pegawai {nilai} ({sheet}!{cell}) tidak punya baris Kompetensi (NIP-nya salah "
        "ketik di sana); harus dilaporkan sebagai peringatan.",
        "en": "Employee {nilai} ({sheet}!{cell}) has no Kompetensi row (their NIP is mistyped "
        "there); must be reported as a warning.",
    },
    "contoh_salah_baris_kosong": {
        "id": "{jumlah} baris kosong di tengah data lembar {sheet} mulai sel {cell} (bekas "
        "baris yang dihapus isinya); harus dilaporkan sebagai peringatan.",
        "en": "{jumlah} blank row(s) in the middle of sheet {sheet} from cell {cell} (a row "
        "whose contents were deleted); must be reported as a warning.",
    },
    "contoh_salah_kode_tak_dikenal": {
        "id": 'Kode indikator salah ketik "{nilai}" (tidak ada di konfigurasi); baris itu '
        "harus ditolak.",
        "en": 'Mistyped indicator code "{nilai}" (not in the config); that row must be rejected.',
    },
    "contoh_salah_nip_ganda_antarunit": {
        "id": "NIP {nilai} juga tercantum di unit {unit_lain} (pegawai mutasi yang didaftarkan "
        "oleh dua unit); harus dilaporkan bila kedua berkas diperiksa bersama.",
        "en": "NIP {nilai} is also listed by unit {unit_lain} (a transferred employee listed by "
        "both units); must be reported when both files are checked together.",
    },
    "contoh_salah_simpan_ulang_ods": {
        "id": "Berkas disimpan ulang dengan LibreOffice sebagai .{format}; isinya harus terbaca "
        "sama dengan .xlsx.",
        "en": "The file was re-saved by LibreOffice as .{format}; its content must read the "
        "same as the .xlsx.",
    },
    "contoh_salah_simpan_ulang_xls": {
        "id": "Berkas disimpan ulang sebagai Excel 97-2003 (.{format}); isinya harus terbaca "
        "sama dengan .xlsx.",
        "en": "The file was re-saved as Excel 97-2003 (.{format}); its content must read the "
        "same as the .xlsx.",
    },
}
