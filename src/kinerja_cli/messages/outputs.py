"""Messages and labels of the outputs: recap workbook, ringkasan, peringkat (issue 4)."""

_LABELS = {
    # column headers (workbook, tables, markdown)
    "keluaran_kol_no": ("No", "No"),
    "keluaran_kol_peringkat": ("Peringkat", "Rank"),
    "keluaran_kol_peringkat_unit": ("Peringkat di Unit", "Rank in Unit"),
    "keluaran_kol_peringkat_keseluruhan": ("Peringkat Keseluruhan", "Overall Rank"),
    "keluaran_kol_nip": ("NIP", "NIP"),
    "keluaran_kol_nama": ("Nama", "Name"),
    "keluaran_kol_unit": ("Unit", "Unit"),
    "keluaran_kol_kode_unit": ("Kode Unit", "Unit Code"),
    "keluaran_kol_nama_unit": ("Nama Unit", "Unit Name"),
    "keluaran_kol_jabatan": ("Jabatan", "Position"),
    "keluaran_kol_golongan": ("Golongan", "Grade"),
    "keluaran_kol_nilai": ("Nilai", "Score"),
    "keluaran_kol_rating_hasil": ("Rating Hasil Kerja", "Work Result Rating"),
    "keluaran_kol_rating_dihitung": ("Rating Hasil Kerja Dihitung", "Work Result Rating Derived"),
    "keluaran_kol_rating_perilaku": ("Rating Perilaku Kerja", "Work Behaviour Rating"),
    "keluaran_kol_predikat": ("Predikat", "Predikat"),
    "keluaran_kol_hasil_singkat": ("Hasil Kerja", "Results"),
    "keluaran_kol_perilaku_singkat": ("Perilaku", "Behaviour"),
    "keluaran_kol_lengkap": ("Data Lengkap", "Complete Data"),
    "keluaran_kol_catatan": ("Catatan", "Notes"),
    "keluaran_kol_dikirim": ("Sudah Mengirim", "Submitted"),
    "keluaran_kol_pegawai": ("Jumlah Pegawai", "Employees"),
    "keluaran_kol_dinilai": ("Pegawai Dinilai", "Employees Scored"),
    "keluaran_kol_belum_lengkap": ("Belum Lengkap", "Incomplete"),
    "keluaran_kol_capaian_iku": ("Capaian IKU (%)", "IKU Achievement (%)"),
    "keluaran_kol_predikat_org": ("Predikat Organisasi", "Organisation Predikat"),
    "keluaran_kol_sumber_predikat": ("Sumber Predikat", "Predikat Source"),
    "keluaran_kol_kurva": ("Kurva Distribusi", "Distribution Curve"),
    "keluaran_kol_pelanggaran": ("Pelanggaran Kurva", "Curve Violations"),
    "keluaran_kol_rata_nilai": ("Rata-rata Nilai", "Mean Score"),
    "keluaran_kol_kode_indikator": ("Kode Indikator", "Indicator Code"),
    "keluaran_kol_indikator": ("Indikator", "Indicator"),
    "keluaran_kol_satuan": ("Satuan", "Unit of Measure"),
    "keluaran_kol_polaritas": ("Polaritas", "Polarity"),
    "keluaran_kol_tingkat_indikator": ("Tingkat", "Level"),
    "keluaran_kol_jumlah_baris": ("Jumlah Baris", "Rows"),
    "keluaran_kol_baris_dinilai": ("Baris Dinilai", "Rows Scored"),
    "keluaran_kol_capaian_rata": ("Capaian Rata-rata (%)", "Mean Achievement (%)"),
    "keluaran_kol_capaian_min": ("Capaian Terendah (%)", "Lowest Achievement (%)"),
    "keluaran_kol_capaian_maks": ("Capaian Tertinggi (%)", "Highest Achievement (%)"),
    "keluaran_kol_daftar_unit": ("Unit", "Units"),
    "keluaran_kol_kategori": ("Kategori", "Category"),
    "keluaran_kol_alasan": ("Alasan", "Reason"),
    "keluaran_kol_berkas": ("Berkas", "File"),
    "keluaran_kol_lembar": ("Lembar", "Sheet"),
    "keluaran_kol_sel": ("Sel", "Cell"),
    "keluaran_kol_baris": ("Baris", "Row"),
    "keluaran_kol_kolom": ("Kolom", "Column"),
    "keluaran_kol_kode": ("Kode", "Code"),
    "keluaran_kol_tingkat": ("Tingkat", "Severity"),
    "keluaran_kol_pesan": ("Pesan", "Message"),
    "keluaran_kol_nilai_mentah": ("Nilai di Berkas", "Value in File"),
    "keluaran_kol_sha256": ("SHA-256", "SHA-256"),
    "keluaran_kol_versi": ("Versi", "Version"),
    "keluaran_kol_diimpor": ("Diimpor Pada", "Ingested At"),
    "keluaran_kol_sidik": ("Sidik Jari Konfigurasi", "Config Fingerprint"),
    "keluaran_kol_jumlah": ("Jumlah", "Count"),
    "keluaran_kol_persen": ("Persen (%)", "Percent (%)"),
    "keluaran_kol_uraian": ("Uraian", "Item"),
    "keluaran_kol_nilai_ringkasan": ("Nilai", "Value"),
    # words
    "keluaran_ya": ("Ya", "Yes"),
    "keluaran_tidak": ("Tidak", "No"),
    "keluaran_keseluruhan": ("Keseluruhan", "Overall"),
    "keluaran_predikat_dari_identitas": ("Lembar Identitas", "Identitas sheet"),
    "keluaran_predikat_dari_konfigurasi": (
        "Konfigurasi (unit dari e-Kinerja)",
        "Config (unit from e-Kinerja)",
    ),
    # e-Kinerja BKN (issue 17): where the data came from, Selisih, Cakupan
    "keluaran_kol_sumber_data": ("Sumber Data", "Data Source"),
    "keluaran_sumber_templat": ("Berkas kinerja", "kinerja workbook"),
    "keluaran_sumber_ekinerja": ("Ekspor e-Kinerja BKN", "e-Kinerja BKN export"),
    "keluaran_judul_selisih": (
        "Selisih Predikat: Berkas Kinerja dan Ekspor e-Kinerja BKN",
        "Predikat Differences: kinerja Workbook and e-Kinerja BKN Export",
    ),
    "keluaran_catatan_selisih": (
        "Unit yang mengirim berkas kinerja dan ekspor e-Kinerja dinilai dari berkas kinerja; "
        "di bawah ini setiap NIP yang predikatnya berbeda (- : tidak ada di sumber itu atau "
        "belum dinilai).",
        "Units that sent a kinerja workbook and an e-Kinerja export are scored from the "
        "workbook; below, every NIP whose predikat differs (- : not in that source or not "
        "assessed).",
    ),
    "keluaran_kol_predikat_kinerja": ("Predikat (Berkas Kinerja)", "Predikat (kinerja Workbook)"),
    "keluaran_kol_predikat_ekinerja": ("Predikat (e-Kinerja)", "Predikat (e-Kinerja)"),
    "keluaran_kol_berkas_ekinerja": ("Berkas e-Kinerja", "e-Kinerja File"),
    "keluaran_kol_periode_ekinerja": ("Periode e-Kinerja", "e-Kinerja Period"),
    "keluaran_judul_cakupan": (
        "Cakupan SKP dan Penilaian (Laporan SKP e-Kinerja BKN)",
        "SKP and Assessment Coverage (e-Kinerja BKN Laporan SKP)",
    ),
    "keluaran_catatan_cakupan": (
        "Pegawai dalam daftar SKP tiap unit: SKP disetujui, belum disetujui, dan belum punya "
        "predikat di rekap ini; yang ada di daftar pengecualian dihitung terpisah.",
        "Employees on each unit's SKP list: SKP approved, not approved, and without a predikat "
        "in this recap; those on the exclusions list are counted apart.",
    ),
    "keluaran_kol_daftar_skp": ("Pegawai di Daftar SKP", "Employees on SKP List"),
    "keluaran_kol_skp_disetujui": ("SKP Disetujui", "SKP Approved"),
    "keluaran_kol_skp_belum_disetujui": ("SKP Belum Disetujui", "SKP Not Approved"),
    "keluaran_kol_tanpa_penilaian": ("Belum Dinilai", "Not Assessed"),
    "keluaran_kol_dikecualikan": ("Dikecualikan", "Excluded"),
    "keluaran_kol_masalah": ("Masalah", "Problem"),
    "keluaran_cakupan_belum_disetujui": ("SKP belum disetujui", "SKP not approved"),
    "keluaran_cakupan_tanpa_penilaian": (
        "belum dinilai untuk periode ini",
        "not assessed for this period",
    ),
    "keluaran_cakupan_dikecualikan": ("dikecualikan", "excluded"),
    "keluaran_predikat_dihitung": ("Dihitung dari capaian IKU", "Derived from IKU achievement"),
    "keluaran_kurva_sesuai": ("Sesuai", "Meets the rule"),
    "keluaran_kurva_tidak_sesuai": ("Tidak sesuai", "Breaks the rule"),
    "keluaran_kurva_tidak_diperiksa": ("Tidak diperiksa", "Not checked"),
    "keluaran_kategori_penghargaan": ("Penghargaan", "Reward"),
    "keluaran_kategori_pembinaan": ("Pembinaan", "Coaching"),
    "keluaran_tingkat_pegawai": ("pegawai (SKP)", "employee (SKP)"),
    "keluaran_tingkat_unit": ("unit (IKU)", "unit (IKU)"),
    "keluaran_periode_tahunan": ("Tahunan (TW1-TW4)", "Annual (TW1-TW4)"),
    # titles and headline labels
    "keluaran_judul_rekap": (
        "REKAPITULASI PENILAIAN KINERJA PEGAWAI",
        "EMPLOYEE PERFORMANCE RECAP",
    ),
    "keluaran_judul_unit": ("Kinerja Unit Kerja", "Unit Performance"),
    "keluaran_judul_pegawai": ("Penilaian Kinerja Pegawai", "Employee Performance"),
    "keluaran_judul_indikator": ("Capaian per Indikator", "Achievement per Indicator"),
    "keluaran_judul_pembinaan": (
        "Usulan Penghargaan dan Pembinaan",
        "Proposed Rewards and Coaching",
    ),
    "keluaran_judul_masalah": ("Masalah pada Data Masukan", "Problems in the Input Data"),
    "keluaran_judul_sumber": ("Sumber Data", "Data Sources"),
    "keluaran_judul_peringkat_pegawai": ("Peringkat Pegawai", "Employee Ranking"),
    "keluaran_judul_peringkat_unit": ("Peringkat Unit Kerja", "Unit Ranking"),
    "keluaran_bagian_identitas": ("Identitas Rekap", "About this Recap"),
    "keluaran_bagian_angka": ("Angka Utama", "Headline Figures"),
    "keluaran_bagian_distribusi": ("Distribusi Predikat Pegawai", "Employee Predikat Distribution"),
    "keluaran_bagian_capaian_unit": ("Capaian IKU per Unit (%)", "IKU Achievement per Unit (%)"),
    "keluaran_lbl_instansi": ("Instansi", "Organisation"),
    "keluaran_lbl_tahun": ("Tahun", "Year"),
    "keluaran_lbl_periode": ("Periode", "Period"),
    "keluaran_lbl_metode": ("Metode Penilaian", "Scoring Method"),
    "keluaran_lbl_tanggal": ("Tanggal Rekap", "Recap Date"),
    "keluaran_lbl_unit_terdaftar": ("Unit kerja terdaftar", "Units in the config"),
    "keluaran_lbl_unit_mengirim": ("Unit sudah mengirim", "Units submitted"),
    "keluaran_lbl_unit_belum": ("Unit belum mengirim", "Units missing"),
    "keluaran_lbl_daftar_belum": ("Kode unit belum mengirim", "Codes of missing units"),
    "keluaran_lbl_pegawai": ("Pegawai dalam berkas", "Employees in the files"),
    "keluaran_lbl_dinilai": ("Pegawai dinilai (berpredikat)", "Employees scored (with predikat)"),
    "keluaran_lbl_belum_lengkap": (
        "Pegawai belum lengkap datanya",
        "Employees with incomplete data",
    ),
    "keluaran_lbl_rata_capaian": (
        "Rata-rata capaian IKU unit (%)",
        "Mean unit IKU achievement (%)",
    ),
    "keluaran_lbl_rata_nilai": ("Rata-rata nilai pegawai", "Mean employee score"),
    "keluaran_lbl_kurva_langgar": (
        "Unit tidak sesuai kurva distribusi",
        "Units breaking the distribution rule",
    ),
    "keluaran_lbl_kesalahan": (
        "Kesalahan pada data (lembar Masalah)",
        "Errors in the data (Masalah sheet)",
    ),
    "keluaran_lbl_peringatan": (
        "Peringatan pada data (lembar Masalah)",
        "Warnings in the data (Masalah sheet)",
    ),
    "keluaran_lbl_peringatan_nilai": (
        "... di antaranya dapat mengubah nilai",
        "... of which can change a score",
    ),
    "keluaran_lbl_penghargaan": ("Diusulkan penghargaan", "Proposed for a reward"),
    "keluaran_lbl_pembinaan": ("Perlu pembinaan", "Need coaching"),
    "keluaran_kosong": ("(tidak ada)", "(none)"),
    "keluaran_catatan_pembinaan": (
        "Aturan: predikat Sangat Baik diusulkan penghargaan; predikat Butuh Perbaikan, "
        "Kurang/Misconduct dan Sangat Kurang perlu pembinaan. Pegawai yang datanya belum "
        "lengkap tidak dimasukkan (lihat lembar Pegawai dan Masalah).",
        "Rule: predikat Sangat Baik is proposed for a reward; Butuh Perbaikan, "
        "Kurang/Misconduct and Sangat Kurang need coaching. Employees with incomplete data "
        "are left out (see the Pegawai and Masalah sheets).",
    ),
}

MESSAGES: dict[str, dict[str, str]] = {k: {"id": i, "en": e} for k, (i, e) in _LABELS.items()}

MESSAGES.update(
    {
        "keluaran_periode_tw": {
            "id": "Sampai Triwulan {n} (TW1-TW{n})",
            "en": "Up to quarter {n} (TW1-TW{n})",
        },
        "keluaran_subjudul": {
            "id": "{instansi} · Tahun {tahun} · {periode}",
            "en": "{instansi} · Year {tahun} · {periode}",
        },
        "keluaran_alasan_penghargaan": {
            "id": "Predikat Sangat Baik (hasil kerja {hasil}{asal}, perilaku {perilaku}): "
            "diusulkan untuk penghargaan.",
            "en": "Predikat Sangat Baik (work results {hasil}{asal}, behaviour {perilaku}): "
            "proposed for a reward.",
        },
        "keluaran_alasan_hasil": {
            "id": "Predikat {predikat} (hasil kerja {hasil}{asal}, perilaku {perilaku}): perlu "
            "pembinaan hasil kerja; tetapkan rencana perbaikan bersama atasan.",
            "en": "Predikat {predikat} (work results {hasil}{asal}, behaviour {perilaku}): needs "
            "coaching on work results; agree an improvement plan with the supervisor.",
        },
        "keluaran_alasan_perilaku": {
            "id": "Predikat {predikat} (hasil kerja {hasil}{asal}, perilaku {perilaku}): perlu "
            "pembinaan perilaku kerja (BerAKHLAK).",
            "en": "Predikat {predikat} (work results {hasil}{asal}, behaviour {perilaku}): needs "
            "coaching on work behaviour (BerAKHLAK).",
        },
        "keluaran_alasan_keduanya": {
            "id": "Predikat {predikat} (hasil kerja {hasil}{asal}, perilaku {perilaku}): perlu "
            "pembinaan hasil kerja dan perilaku kerja.",
            "en": "Predikat {predikat} (work results {hasil}{asal}, behaviour {perilaku}): needs "
            "coaching on both work results and behaviour.",
        },
        "keluaran_asal_dihitung": {
            "id": ", dihitung dari nilai {nilai}",
            "en": ", derived from score {nilai}",
        },
        # errors and CLI messages
        "keluaran_kaki_halaman": {"id": "Halaman &P / &N", "en": "Page &P / &N"},
        "keluaran_kertas_tidak_dikenal": {
            "id": "Ukuran kertas '{kertas}' tidak dikenal; pilih salah satu dari: {pilihan}.",
            "en": "Unknown paper size '{kertas}'; choose one of: {pilihan}.",
        },
        "keluaran_pilihan_tidak_dikenal": {
            "id": "Nilai '{nilai}' untuk {opsi} tidak dikenal; pilih salah satu dari: {pilihan}.",
            "en": "Unknown value '{nilai}' for {opsi}; choose one of: {pilihan}.",
        },
        "keluaran_o_untuk_berkas": {
            "id": "Opsi -o hanya untuk --format csv, json atau xlsx; format table ditampilkan di "
            "layar.",
            "en": "Option -o only goes with --format csv, json or xlsx; the table format is shown "
            "on screen.",
        },
        "keluaran_xlsx_perlu_berkas": {
            "id": "Format xlsx perlu berkas tujuan: tambahkan -o NAMA.xlsx.",
            "en": "The xlsx format needs an output file: add -o NAME.xlsx.",
        },
        "keluaran_top_tidak_sah": {
            "id": "--top harus bilangan bulat 1 atau lebih (diberikan: {nilai}).",
            "en": "--top must be a whole number of 1 or more (given: {nilai}).",
        },
        "keluaran_tidak_ada_data": {
            "id": "Belum ada berkas unit untuk tahun {tahun} di penyimpanan {db}. Impor dulu "
            "berkas isian: kinerja impor masuk/ (atau kinerja rekap masuk/).",
            "en": "No unit files for year {tahun} in the store {db} yet. Ingest the filled "
            "files first: kinerja impor masuk/ (or kinerja rekap masuk/).",
        },
        "keluaran_rekap_selesai": {
            "id": "Rekap {periode} ditulis: {path}",
            "en": "Recap for {periode} written: {path}",
        },
        "keluaran_rekap_angka": {
            "id": "{kirim} dari {unit} unit sudah mengirim; {dinilai} pegawai dinilai, {belum} "
            "belum lengkap; {penghargaan} diusulkan penghargaan, {pembinaan} perlu pembinaan.",
            "en": "{kirim} of {unit} units submitted; {dinilai} employees scored, {belum} "
            "incomplete; {penghargaan} proposed for a reward, {pembinaan} need coaching.",
        },
        "keluaran_rekap_belum_kirim": {
            "id": "Unit belum mengirim: {daftar}.",
            "en": "Units not submitted yet: {daftar}.",
        },
        "keluaran_rekap_masalah": {
            "id": "Ada {kesalahan} kesalahan dan {peringatan} peringatan pada data; barisnya tidak "
            "dinilai. Lihat lembar Masalah, atau jalankan kinerja validasi untuk umpan balik per "
            "unit.",
            "en": "The data has {kesalahan} errors and {peringatan} warnings; those rows are not "
            "scored. See the Masalah sheet, or run kinerja validasi for per-unit feedback.",
        },
        "keluaran_rekap_peringatan_saja": {
            "id": "Ada {peringatan} peringatan pada data (tidak memengaruhi nilai); lihat lembar "
            "Masalah.",
            "en": "The data has {peringatan} warnings (scores are not affected); see the Masalah "
            "sheet.",
        },
        "keluaran_rekap_peringatan_nilai": {
            "id": "{mengubah} dari {peringatan} peringatan pada data dapat mengubah nilai (nilai "
            "atau predikat yang tercetak mungkin belum sesuai maksud unit); lihat lembar "
            'Masalah: pesannya diakhiri "dapat mengubah nilai".',
            "en": "{mengubah} of the {peringatan} warnings in the data can change a score (a "
            "printed score or predikat may not be what the unit meant); see the Masalah sheet: "
            'their messages end with "can change a score".',
        },
        "keluaran_kurva_langgar": {
            "id": "{jumlah} unit tidak sesuai kurva distribusi (SE MenPANRB 3/2023): {daftar}. "
            "Rinciannya di lembar Unit.",
            "en": "{jumlah} units break the distribution rule (SE MenPANRB 3/2023): {daftar}. "
            "Details in the Unit sheet.",
        },
        "keluaran_peringkat_kosong": {
            "id": "Tidak ada {tingkat} yang dapat diperingkat untuk pilihan ini (periksa --unit, "
            "atau impor berkas yang belum masuk).",
            "en": "Nothing at {tingkat} level can be ranked for this selection (check --unit, or "
            "ingest the files still missing).",
        },
        "keluaran_tidak_diperingkat": {
            "id": "{jumlah} pegawai tidak diperingkat karena datanya belum lengkap (lihat lembar "
            "Pegawai pada rekap).",
            "en": "{jumlah} employees are not ranked because their data is incomplete (see the "
            "Pegawai sheet of the recap).",
        },
        "keluaran_impor_berkas": {
            "id": "Mengimpor {jumlah} berkas ke {db} ...",
            "en": "Ingesting {jumlah} files into {db} ...",
        },
    }
)
