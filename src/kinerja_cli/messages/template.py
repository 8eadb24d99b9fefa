"""Texts of the unit workbook template (``kinerja templat``) and its command.

The workbook itself is always written in Bahasa Indonesia (its sheet and column names are the
contract); the English texts are there for the catalogue and for ``--lang en`` messages.
"""

MESSAGES = {
    # ---- command line ---------------------------------------------------------------------
    "templat_menulis": {
        "id": "Menulis templat",
        "en": "Writing templates",
    },
    "templat_tahun_berbeda": {
        "id": "--tahun {tahun} berbeda dengan tahun di konfigurasi ({tahun_konfigurasi}). "
        "Templat selalu dibuat untuk tahun konfigurasi: ubah 'tahun' di {path} atau hapus "
        "--tahun.",
        "en": "--tahun {tahun} differs from the year in the config ({tahun_konfigurasi}). "
        "Templates are always made for the config's year: change 'tahun' in {path} or drop "
        "--tahun.",
    },
    # ---- titles ---------------------------------------------------------------------------
    "templat_judul_petunjuk": {
        "id": "PETUNJUK PENGISIAN RENCANA DAN REALISASI KINERJA",
        "en": "HOW TO FILL IN THE PERFORMANCE PLAN AND RESULTS",
    },
    "templat_judul_identitas": {
        "id": "IDENTITAS UNIT KERJA",
        "en": "UNIT IDENTITY",
    },
    "templat_judul_iku": {
        "id": "INDIKATOR KINERJA UTAMA (IKU) UNIT",
        "en": "KEY PERFORMANCE INDICATORS (IKU) OF THE UNIT",
    },
    "templat_judul_kompetensi": {
        "id": "PENILAIAN KOMPETENSI PEGAWAI (LEVEL 1-5)",
        "en": "EMPLOYEE COMPETENCY ASSESSMENT (LEVELS 1-5)",
    },
    "templat_hint_kompetensi": {"id": "{nama}; level 1-5", "en": "{nama}; level 1-5"},
    "templat_hint_jp": {
        "id": "jam pelajaran; hak minimal {jp} JP",
        "en": "hours; at least {jp} JP is due",
    },
    "templat_dv_level_judul": {"id": "Level kompetensi", "en": "Competency level"},
    "templat_dv_level": {
        "id": "Pilih level 1 sampai 5 hasil penilaian; kosongkan bila belum dinilai.",
        "en": "Choose the assessed level 1 to 5; leave blank when not assessed yet.",
    },
    "templat_dv_metode": {
        "id": "Cara kompetensi dinilai: asesmen, uji kompetensi atau penilaian atasan.",
        "en": "How the competencies were assessed: assessment, competency test or superior's "
        "assessment.",
    },
    "templat_dv_jp": {
        "id": "Jam pelajaran pengembangan kompetensi yang sudah diikuti tahun ini.",
        "en": "Hours of competency development taken this year.",
    },
    "templat_dv_jp_salah": {
        "id": "Isi angka 0 atau lebih.",
        "en": "Enter a number of 0 or more.",
    },
    "templat_judul_pegawai": {
        "id": "DAFTAR PEGAWAI DAN RATING KINERJA",
        "en": "EMPLOYEES AND PERFORMANCE RATINGS",
    },
    "templat_judul_skp": {
        "id": "SASARAN KINERJA PEGAWAI (SKP): TARGET DAN REALISASI",
        "en": "EMPLOYEE PERFORMANCE TARGETS (SKP): TARGETS AND RESULTS",
    },
    "templat_subjudul": {
        "id": "{nama_unit} ({kode_unit}) · {instansi} · Tahun {tahun}",
        "en": "{nama_unit} ({kode_unit}) · {instansi} · Year {tahun}",
    },
    "templat_kaki_halaman": {
        "id": "{berkas} · Halaman &P dari &N",
        "en": "{berkas} · Page &P of &N",
    },
    "templat_pernyataan": {
        "id": "Data kinerja di atas kami sampaikan dengan sebenar-benarnya.",
        "en": "We submit the performance data above truthfully.",
    },
    "templat_tempat_tanggal": {
        "id": "{tempat}, ........................ {tahun}",
        "en": "{tempat}, ........................ {tahun}",
    },
    "templat_jabatan_kepala": {
        "id": "Kepala {nama_unit}",
        "en": "Head of {nama_unit}",
    },
    # ---- Petunjuk ---------------------------------------------------------------------------
    "templat_petunjuk_1": {
        "id": "Berkas ini adalah templat rencana dan realisasi kinerja {nama_unit} tahun "
        "{tahun}. Isi hanya sel berwarna kuning; sel abu-abu diisi otomatis dari konfigurasi "
        "BKD dan dikunci (lembar dilindungi tanpa kata sandi).",
        "en": "This file is the performance plan and results template of {nama_unit} for "
        "{tahun}. Fill in only the yellow cells; grey cells come from the BKD configuration and "
        "are locked (sheets are protected without a password).",
    },
    "templat_petunjuk_2": {
        "id": "Lembar Identitas: isi Nama dan NIP Kepala Unit, Tanggal pengisian, dan Predikat "
        "Kinerja Organisasi bila sudah ditetapkan. Bila predikat dikosongkan, predikat dihitung "
        "dari capaian IKU.",
        "en": "Identitas sheet: fill in the name and NIP of the head of the unit, the date, and "
        "the organisation's predikat if it has been decided. If it is left blank, it is derived "
        "from the IKU results.",
    },
    "templat_petunjuk_3": {
        "id": "Lembar IKU: indikator kinerja utama unit sudah tercantum. Ubah Target hanya bila "
        "berbeda dari target yang ditetapkan, lalu isi Realisasi TW1 sampai TW4 setiap "
        "triwulan.",
        "en": "IKU sheet: the unit's key indicators are listed. Change a Target only if it "
        "differs from the agreed one, then fill in Realisasi TW1 to TW4 every quarter.",
    },
    "templat_petunjuk_4": {
        "id": "Lembar Pegawai: satu baris per pegawai. NIP atau NI PPPK ditulis 18 digit tanpa "
        "spasi (sel sudah berformat teks; jangan menempelkan NIP dari kolom berformat angka, "
        "karena digit terakhirnya hilang). Golongan, Rating Hasil Kerja dan Rating Perilaku "
        "dipilih dari daftar. Rating Hasil Kerja boleh dikosongkan: nilainya dihitung dari "
        "capaian SKP.",
        "en": "Pegawai sheet: one row per employee. The NIP or NI PPPK is written as 18 digits "
        "without spaces (cells are text-formatted; do not paste a NIP from a number-formatted "
        "column, its last digits are lost). Golongan, Rating Hasil Kerja and Rating Perilaku "
        "are chosen from the list. Rating Hasil Kerja may be left blank: it is derived from "
        "the SKP results.",
    },
    "templat_petunjuk_5": {
        "id": "Lembar SKP: satu baris per pegawai per indikator. NIP harus sama dengan NIP di "
        "lembar Pegawai. Pilih Kode Indikator dari daftar; kolom Nama, Indikator dan Satuan "
        "hanya keterangan. Target berupa angka (95) atau rentang (80-90). Bobot dalam persen; "
        "bobot seluruh indikator seorang pegawai berjumlah 100. Realisasi diisi angka per "
        "triwulan, tanpa satuan.",
        "en": "SKP sheet: one row per employee per indicator. The NIP must match the NIP in "
        "the Pegawai sheet. Choose the Kode Indikator from the list; the Nama, Indikator and "
        "Satuan columns are informative only. A Target is a number (95) or a range (80-90). "
        "Bobot is a percentage; an employee's weights add up to 100. Realisasi is a number "
        "per quarter, without its unit.",
    },
    "templat_petunjuk_6": {
        "id": "Tulis angka desimal dengan pemisah desimal komputer Anda (85,5 atau 85.5), "
        "tanpa satuan. Persentase ditulis sebagai angka (90 untuk 90 %). Jangan memakai rumus "
        "untuk isian: hasil rumus tidak dibaca.",
        "en": "Write decimals with your computer's decimal separator (85,5 or 85.5), without "
        "the unit. Percentages are written as numbers (90 for 90 %). Do not use formulas for "
        "entries: formula results are not read.",
    },
    "templat_petunjuk_7": {
        "id": "Jangan mengganti nama lembar atau judul kolom, dan jangan menghapus lembar "
        "tersembunyi: lembar itu menandai unit, tahun dan versi templat. Kolom tambahan boleh "
        "diletakkan di sebelah kanan tabel.",
        "en": "Do not rename sheets or column headers, and do not delete the hidden sheet: it "
        "marks the unit, year and template version. Extra columns may go to the right of a "
        "table.",
    },
    "templat_petunjuk_8": {
        "id": "Simpan berkas (boleh .xlsx atau .ods) lalu kirim kembali ke BKD. Berkas yang "
        "dikirim ulang menggantikan kiriman sebelumnya.",
        "en": "Save the file (.xlsx or .ods) and send it back to the BKD. A file sent again "
        "replaces the earlier one.",
    },
    "templat_keterangan_warna": {
        "id": "Keterangan warna:",
        "en": "Colour legend:",
    },
    "templat_warna_isian": {
        "id": "Sel isian (diisi unit)",
        "en": "Input cell (filled in by the unit)",
    },
    "templat_warna_terkunci": {
        "id": "Diisi otomatis, terkunci",
        "en": "Prefilled, locked",
    },
    "templat_contoh_judul": {
        "id": "Contoh pengisian lembar SKP (satu pegawai, bobot berjumlah 100):",
        "en": "Example of the SKP sheet (one employee, weights adding up to 100):",
    },
    "templat_contoh_nama": {
        "id": "Siti Rahmawati, S.Kom.",
        "en": "Siti Rahmawati, S.Kom.",
    },
    "templat_daftar_indikator": {
        "id": "Indikator untuk {nama_unit}:",
        "en": "Indicators of {nama_unit}:",
    },
    "templat_tanpa_indikator": {
        "id": "(belum ada indikator untuk unit ini di konfigurasi)",
        "en": "(no indicators for this unit in the config yet)",
    },
    "templat_pilihan": {
        "id": "Pilihan isian: Rating ({rating}); Predikat Kinerja Organisasi ({predikat}); "
        "Golongan PNS I/a sampai IV/e, PPPK I sampai XVII.",
        "en": "Allowed entries: Rating ({rating}); Predikat Kinerja Organisasi ({predikat}); "
        "Golongan PNS I/a to IV/e, PPPK I to XVII.",
    },
    # columns of the indicator list on Petunjuk (not contract headers)
    "templat_kol_tingkat": {"id": "Lembar", "en": "Sheet"},
    "templat_kol_polaritas": {"id": "Polaritas", "en": "Polarity"},
    "templat_kol_agregasi": {"id": "Agregasi triwulan", "en": "Quarterly aggregation"},
    "templat_kol_batas": {"id": "Batas wajar", "en": "Plausible range"},
    "templat_kol_bobot": {"id": "Bobot bawaan", "en": "Default weight"},
    "templat_kol_target": {"id": "Target bawaan", "en": "Default target"},
    "templat_polaritas_positif": {
        "id": "positif (semakin tinggi semakin baik)",
        "en": "positive (higher is better)",
    },
    "templat_polaritas_negatif": {
        "id": "negatif (semakin rendah semakin baik)",
        "en": "negative (lower is better)",
    },
    "templat_agregasi_jumlah": {
        "id": "jumlah (TW1 + ... + TW4)",
        "en": "sum (TW1 + ... + TW4)",
    },
    "templat_agregasi_rata-rata": {
        "id": "rata-rata triwulan",
        "en": "mean of the quarters",
    },
    "templat_agregasi_terakhir": {
        "id": "nilai triwulan terakhir",
        "en": "latest quarter's value",
    },
    # ---- hints above the headers and validation messages ----------------------------------
    "templat_hint_nip": {"id": "18 digit, tanpa spasi", "en": "18 digits, no spaces"},
    "templat_hint_pilih": {"id": "pilih dari daftar", "en": "choose from the list"},
    "templat_hint_pilih_opsional": {
        "id": "pilih; boleh kosong",
        "en": "choose; may be blank",
    },
    "templat_hint_target": {"id": "angka atau rentang 80-90", "en": "number or range 80-90"},
    "templat_hint_angka": {"id": "angka", "en": "number"},
    "templat_hint_bobot": {"id": "persen, 0-100", "en": "percent, 0-100"},
    "templat_hint_keterangan": {"id": "keterangan, boleh kosong", "en": "note, optional"},
    "templat_hint_tanggal": {"id": "tanggal: hh/bb/tttt", "en": "date: dd/mm/yyyy"},
    "templat_hint_info": {"id": "keterangan saja", "en": "informative only"},
    "templat_dv_nip_judul": {"id": "NIP / NI PPPK", "en": "NIP / NI PPPK"},
    "templat_dv_nip": {
        "id": "Tulis 18 digit tanpa spasi, misalnya 198609262015051001.",
        "en": "Write 18 digits without spaces, e.g. 198609262015051001.",
    },
    "templat_dv_nip_salah": {
        "id": "NIP harus 18 digit tanpa spasi atau tanda baca.",
        "en": "The NIP must be 18 digits, without spaces or punctuation.",
    },
    "templat_dv_pilihan_judul": {"id": "Pilih dari daftar", "en": "Choose from the list"},
    "templat_dv_pilihan_salah": {
        "id": "Nilai ini tidak ada di daftar. Pilih salah satu nilai dari daftar pilihan.",
        "en": "This value is not in the list. Choose one of the listed values.",
    },
    "templat_dv_kode": {
        "id": "Pilih kode indikator {lembar} unit ini (lihat daftar di lembar Petunjuk).",
        "en": "Choose one of this unit's {lembar} indicator codes (listed on the Petunjuk sheet).",
    },
    "templat_dv_rating": {
        "id": "Di Atas, Sesuai, atau Di Bawah Ekspektasi.",
        "en": "Above, Meets, or Below Expectations.",
    },
    "templat_dv_rating_hasil": {
        "id": "Di Atas, Sesuai, atau Di Bawah Ekspektasi. Boleh dikosongkan: rating dihitung "
        "dari capaian SKP.",
        "en": "Above, Meets, or Below Expectations. May be left blank: it is derived from the "
        "SKP results.",
    },
    "templat_dv_golongan": {
        "id": "Golongan/ruang PNS (I/a..IV/e) atau golongan PPPK (I..XVII).",
        "en": "PNS golongan/ruang (I/a..IV/e) or PPPK golongan (I..XVII).",
    },
    "templat_dv_predikat": {
        "id": "Predikat kinerja organisasi yang ditetapkan. Kosongkan bila belum ada: predikat "
        "dihitung dari capaian IKU.",
        "en": "The organisation's decided predikat. Leave blank if there is none: it is derived "
        "from the IKU results.",
    },
    "templat_dv_angka_judul": {"id": "Isi angka", "en": "Enter a number"},
    "templat_dv_angka": {
        "id": "Angka antara {min} dan {max}, tanpa satuan.",
        "en": "A number between {min} and {max}, without its unit.",
    },
    "templat_dv_angka_salah": {
        "id": "Isi angka antara {min} dan {max}, tanpa satuan atau teks.",
        "en": "Enter a number between {min} and {max}, without a unit or text.",
    },
    "templat_dv_bobot": {
        "id": "Bobot indikator dalam persen (0-100); bobot seorang pegawai berjumlah 100.",
        "en": "The indicator's weight in percent (0-100); an employee's weights add up to 100.",
    },
    "templat_dv_target_judul": {"id": "Target", "en": "Target"},
    "templat_dv_target": {
        "id": "Angka (95) atau rentang (80-90), tanpa satuan.",
        "en": "A number (95) or a range (80-90), without its unit.",
    },
    "templat_dv_tanggal_judul": {"id": "Tanggal", "en": "Date"},
    "templat_dv_tanggal": {
        "id": "Tanggal pengisian, misalnya 15/01/{tahun_depan}.",
        "en": "Date of filling in, e.g. 15/01/{tahun_depan}.",
    },
    "templat_dv_tanggal_salah": {
        "id": "Isi tanggal antara 1 Januari {tahun} dan 31 Desember {tahun_depan}.",
        "en": "Enter a date between 1 January {tahun} and 31 December {tahun_depan}.",
    },
}
