"""Messages of validation (issue kodes; see docs/validasi.md) and of ``kinerja validasi``.

Value problems (numbers, targets, NIP) use the kodes of :mod:`kinerja_cli.values`, whose
messages live in ``reading.py``; the kodes here are the workbook, row and cross-file checks.
"""

from kinerja_cli.messages.types import error, warning

_ISI_TETAP_DIBACA = "isi tetap dibaca dan diperiksa"
_PENILAI_HANYA_DOKUMEN = (
    "pejabat penilai hanya tercetak di dokumen evaluasi (`kinerja dokumen`), tidak "
    "dinilai; kepala unit menjadi penilainya"
)
_KOMPETENSI_BUKAN_NILAI = (
    "kompetensi hanya dipakai `kinerja kebutuhan` dan saran di dokumen evaluasi, "
    "tidak pernah dalam nilai atau predikat (kesalahan di lembar `Kompetensi` juga "
    "tidak mengubah nilai SKP)"
)

MESSAGES = {
    # ---- structure ---------------------------------------------------------------------------
    "lembar_tidak_ada": error(
        id="Lembar '{lembar}' tidak ditemukan (lembar yang ada: {ditemukan}). Gunakan templat "
        "dari BKD; jika lembarnya diganti nama, kembalikan namanya menjadi '{lembar}'.",
        en="Sheet '{lembar}' not found (sheets present: {ditemukan}). Use the template from "
        "BKD; if the sheet was renamed, rename it back to '{lembar}'.",
    ),
    "kolom_tidak_ada": error(
        id="Lembar '{lembar}' tidak memiliki kolom wajib: {kolom} (judul kolom yang "
        "ditemukan: {ditemukan}). Kembalikan judul kolom seperti di templat; urutan kolom "
        "boleh berubah.",
        en="Sheet '{lembar}' lacks required column(s): {kolom} (headers found: "
        "{ditemukan}). Restore the headers as in the template; the column order may change.",
    ),
    "kolom_ganda": warning(
        True,
        alasan="hanya kolom pertama yang dibaca; kolom yang sama namanya bisa berisi angka yang "
        "dimaksud unit",
        id="Judul kolom '{kolom}' muncul lebih dari sekali; hanya kolom di {sel_dipakai} "
        "yang dibaca. Hapus atau ganti nama kolom yang berlebih.",
        en="Column header '{kolom}' appears more than once; only the column at "
        "{sel_dipakai} is read. Remove or rename the extra column.",
    ),
    "sel_rumus_tanpa_nilai": error(
        id="Sel {sel} berisi rumus tanpa nilai tersimpan (berkas disimpan oleh program yang "
        "tidak menghitung rumus). Ketik nilainya langsung, atau buka berkas di Excel/LibreOffice "
        "lalu simpan ulang.",
        en="Cell {sel} holds a formula with no saved value (the file was saved by a program "
        "that does not compute formulas). Type the value itself, or open the file in "
        "Excel/LibreOffice and save it again.",
    ),
    "sel_galat": error(
        id="Sel {sel} berisi galat {galat} (hasil rumus yang gagal), bukan nilai. Perbaiki "
        "rumusnya atau ketik nilainya langsung.",
        en="Cell {sel} holds the error {galat} (a failed formula), not a value. Fix the "
        "formula or type the value itself.",
    ),
    "baris_kosong": warning(
        False,
        alasan="baris di bawahnya tetap dibaca",
        id="Ada {jumlah} baris kosong (baris {baris}) di tengah data lembar '{lembar}'. "
        "Data di bawahnya tetap dibaca; hapus baris kosong itu dan pastikan tidak ada data "
        "yang terlewat.",
        en="There are {jumlah} blank row(s) (row {baris}) in the middle of the data of "
        "sheet '{lembar}'. The data below is still read; delete the blank rows and check that "
        "nothing was left out.",
    ),
    # ---- template metadata -------------------------------------------------------------------
    "meta_tidak_ada": warning(
        False,
        alasan=_ISI_TETAP_DIBACA,
        id="Berkas ini tidak memiliki lembar tersembunyi '{lembar}', jadi bukan (lagi) "
        "templat dari 'kinerja templat'. Isinya tetap diperiksa; sebaiknya gunakan templat "
        "terbaru dari BKD.",
        en="This file has no hidden sheet '{lembar}', so it is not (or no longer) a "
        "template made by 'kinerja templat'. Its content is still checked; better use the "
        "latest template from BKD.",
    ),
    "meta_rusak": warning(
        False,
        alasan=_ISI_TETAP_DIBACA,
        id="Lembar tersembunyi '{lembar}' ada tetapi isinya tidak lengkap atau telah diubah. "
        "Isinya tetap diperiksa; sebaiknya gunakan templat terbaru dari BKD.",
        en="Hidden sheet '{lembar}' exists but is incomplete or was changed. The content is "
        "still checked; better use the latest template from BKD.",
    ),
    "templat_konfigurasi_lain": warning(
        False,
        alasan="kode yang tidak berlaku lagi dilaporkan sebagai kesalahan tersendiri",
        id="Templat ini dibuat dari konfigurasi indikator yang berbeda dengan yang dipakai "
        "sekarang (sidik jari {sidik_berkas}, sekarang {sidik_konfigurasi}): daftar unit atau "
        "indikator telah berubah sejak templat dibagikan. Kode yang tidak berlaku lagi "
        "dilaporkan tersendiri; sebaiknya pindahkan isian ke templat terbaru.",
        en="This template was made from a different indicator config than the current one "
        "(fingerprint {sidik_berkas}, now {sidik_konfigurasi}): units or indicators changed "
        "since it was sent out. Codes no longer valid are reported separately; better move "
        "the data into the latest template.",
    ),
    "templat_tahun_lain": error(
        id="Templat ini untuk tahun {tahun_templat}, bukan tahun penilaian {tahun}; "
        "berkas tidak dinilai. Isi templat tahun {tahun} dari BKD.",
        en="This template is for year {tahun_templat}, not the assessment year {tahun}; "
        "the file is not scored. Fill in the {tahun} template from BKD.",
    ),
    "templat_tahun_lain_diisi": warning(
        False,
        alasan="`Tahun` berisi tahun penilaian; dibaca untuk tahun itu",
        id="Templat ini dibuat untuk tahun {tahun_templat} tetapi Tahun diisi {tahun}. "
        "Isinya tetap diperiksa untuk tahun {tahun}; sebaiknya gunakan templat tahun {tahun}.",
        en="This template was made for year {tahun_templat} but Tahun says {tahun}. It is "
        "checked for {tahun}; better use the {tahun} template.",
    ),
    "templat_unit_lain": error(
        id="Kode Unit diisi '{kode}', padahal templat ini dibuat untuk unit "
        "'{kode_templat}'; berkas tidak dinilai. Gunakan templat milik unit '{kode}' (isi "
        "indikatornya berbeda), atau perbaiki Kode Unit.",
        en="Kode Unit says '{kode}' but this template was made for unit '{kode_templat}'; "
        "the file is not scored. Use the template of unit '{kode}' (its indicators differ), "
        "or correct the Kode Unit.",
    ),
    # ---- Identitas ---------------------------------------------------------------------------
    "identitas_label_tidak_ada": warning(
        False,
        alasan="`Instansi`/`Nama Unit` (teks, tidak dinilai), atau `Kode Unit`/`Tahun` yang "
        "dibaca dari lembar tersembunyi",
        id="Baris '{label}' tidak ditemukan di lembar '{lembar}'. Kembalikan baris itu "
        "seperti di templat (label di kolom A, isian di kolom B).",
        en="Row '{label}' not found on sheet '{lembar}'. Restore the row as in the "
        "template (label in column A, value in column B).",
    ),
    "identitas_label_wajib_tidak_ada": error(
        id="Baris '{label}' tidak ditemukan di lembar '{lembar}' dan lembar tersembunyi templat "
        "juga tidak ada; berkas tidak dapat dikenali tanpa isian ini. Kembalikan baris itu seperti "
        "di templat (label di kolom A, isian di kolom B).",
        en="Row '{label}' not found on sheet '{lembar}' and the template's hidden sheet is "
        "missing too; the file cannot be identified without it. Restore the row as in the "
        "template (label in column A, value in column B).",
    ),
    "identitas_kosong": error(
        id="'{label}' belum diisi; berkas tidak dapat dikenali tanpa isian ini. Isi sel {sel}.",
        en="'{label}' is empty; the file cannot be identified without it. Fill in cell {sel}.",
    ),
    "identitas_instansi_beda": warning(
        False,
        alasan="teks, tidak dinilai",
        id="Instansi diisi berbeda dari konfigurasi ('{instansi}'). Periksa apakah berkas "
        "ini untuk instansi yang benar.",
        en="Instansi differs from the config ('{instansi}'). Check that this file belongs "
        "to the right organisation.",
    ),
    "unit_tidak_dikenal": error(
        id="Kode unit '{kode}' tidak ada di konfigurasi (kode yang berlaku: {daftar}); "
        "berkas tidak dinilai. Perbaiki Kode Unit, atau minta BKD menambah unit ini.",
        en="Unit code '{kode}' is not in the config (valid codes: {daftar}); the file is "
        "not scored. Correct the Kode Unit, or ask BKD to add this unit.",
    ),
    "tahun_tidak_sah": error(
        id="Tahun di sel {sel} bukan tahun yang sah; isi dengan tahun empat digit, "
        "misalnya {tahun}.",
        en="Tahun in cell {sel} is not a valid year; fill in a four-digit year, for "
        "example {tahun}.",
    ),
    "tahun_beda": error(
        id="Tahun berkas ini {tahun_berkas}, padahal tahun penilaian {tahun}; berkas tidak "
        "dinilai. Kirim berkas tahun {tahun}, atau perbaiki Tahun bila salah ketik.",
        en="This file is for year {tahun_berkas} but the assessment year is {tahun}; the "
        "file is not scored. Send the {tahun} file, or correct Tahun if it is a typo.",
    ),
    "predikat_organisasi_tidak_sah": error(
        id="Predikat kinerja organisasi '{teks}' tidak dikenal; isi salah satu dari "
        "Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang, atau kosongkan agar dihitung "
        "dari IKU.",
        en="Organisation predikat '{teks}' is unknown; fill in one of Istimewa, Baik, Butuh "
        "Perbaikan, Kurang, Sangat Kurang, or leave it empty to derive it from the IKU.",
    ),
    "tanggal_tidak_sah": warning(
        True,
        alasan="`Tanggal` menentukan berkas mana yang berlaku bila satu unit mengirim dua berkas",
        id="Tanggal '{teks}' tidak dapat dibaca; isi tanggal seperti 25-11-2026 (dipakai "
        "untuk menentukan berkas mana yang terbaru).",
        en="Date '{teks}' cannot be read; fill in a date such as 25-11-2026 (used to tell "
        "which file is the newest).",
    ),
    # ---- indicators, targets, realisasi ------------------------------------------------------
    "kode_indikator_kosong": error(
        id="Kode Indikator kosong padahal baris ini berisi data; pilih kode indikator dari "
        "daftar pilihan, atau hapus baris ini.",
        en="Kode Indikator is empty but the row has data; pick an indicator code from the "
        "dropdown, or delete the row.",
    ),
    "indikator_tidak_dikenal": error(
        id="Kode indikator '{kode}' tidak ada di konfigurasi; pilih dari daftar ({daftar}).",
        en="Indicator code '{kode}' is not in the config; pick one from the list ({daftar}).",
    ),
    "indikator_bukan_unit": error(
        id="Indikator '{kode}' tidak ditetapkan untuk unit {unit}; pakai indikator unit ini "
        "({daftar}).",
        en="Indicator '{kode}' is not assigned to unit {unit}; use this unit's indicators "
        "({daftar}).",
    ),
    "indikator_bukan_skp": error(
        id="Indikator '{kode}' adalah indikator kinerja utama (IKU) unit, bukan indikator "
        "pegawai; pindahkan ke lembar IKU atau pilih indikator SKP.",
        en="Indicator '{kode}' is a unit-level indicator (IKU), not an employee indicator; "
        "move it to the IKU sheet or pick an SKP indicator.",
    ),
    "indikator_bukan_iku": error(
        id="Indikator '{kode}' adalah indikator pegawai (SKP), bukan IKU unit; pindahkan ke "
        "lembar SKP atau pilih indikator IKU.",
        en="Indicator '{kode}' is an employee indicator (SKP), not a unit IKU; move it to "
        "the SKP sheet or pick an IKU indicator.",
    ),
    "iku_indikator_ganda": error(
        id="Indikator '{kode}' ditulis {jumlah} kali (baris {baris}); setiap IKU cukup satu "
        "baris: hanya baris {baris_pertama} yang dipakai. Hapus yang lain.",
        en="Indicator '{kode}' is written {jumlah} times (rows {baris}); each IKU needs one "
        "row only: only row {baris_pertama} is used. Delete the others.",
    ),
    "iku_indikator_belum_ada": error(
        id="IKU '{kode}' ({nama}) yang ditetapkan untuk unit ini tidak ada di lembar "
        "'{lembar}', sehingga capaian IKU unit tidak dihitung: unit tidak mendapat predikat "
        "organisasi dari IKU, dan kepala unit tidak mendapat rating hasil kerja. Tambahkan "
        "barisnya (misalnya di baris {baris}) beserta target dan realisasinya.",
        en="IKU '{kode}' ({nama}) assigned to this unit is missing from sheet '{lembar}', "
        "so the unit's IKU achievement is not computed: the unit gets no organisation "
        "predikat from its IKU, and the unit head no results rating. Add its row (for "
        "example on row {baris}) with target and realisasi.",
    ),
    "skp_indikator_ganda": warning(
        True,
        alasan="baris ganda ikut dihitung dua kali dalam nilai",
        id="Pegawai {nip} memiliki indikator '{kode}' {jumlah} kali (baris {baris}); baris "
        "ganda ikut dihitung lebih dari sekali. Gabungkan atau hapus yang berlebih.",
        en="Employee {nip} has indicator '{kode}' {jumlah} times (rows {baris}); the "
        "duplicate rows are counted more than once. Merge or delete the extra ones.",
    ),
    "target_kosong": error(
        id="Target kosong, sehingga capaian tidak dapat dihitung; isi target (satu angka "
        "atau rentang seperti 80-90).",
        en="Target is empty, so the achievement cannot be computed; fill in the target "
        "(one number or a range such as 80-90).",
    ),
    "target_di_luar_batas": error(
        id="Target {angka} {satuan} di luar rentang yang wajar untuk indikator ini "
        "({min} s.d. {max}); periksa salah ketik atau satuannya.",
        en="Target {angka} {satuan} is outside the plausible range for this indicator "
        "({min} to {max}); check for a typo or the unit.",
    ),
    "realisasi_di_luar_batas": error(
        id="Realisasi {angka} {satuan} di luar rentang yang wajar untuk indikator ini "
        "({min} s.d. {max}); periksa salah ketik atau satuannya.",
        en="Realisasi {angka} {satuan} is outside the plausible range for this indicator "
        "({min} to {max}); check for a typo or the unit.",
    ),
    "bobot_tidak_sah": error(
        id="Bobot {angka} tidak sah; bobot paling kecil 1 dan paling besar 100 (persen, "
        "ditulis 25 untuk 25 %).",
        en="Weight {angka} is not valid; a weight is at least 1 and at most 100 (percent, "
        "written 25 for 25 %).",
    ),
    "bobot_jumlah": warning(
        True,
        alasan="nilai dihitung dengan bobot yang disetarakan; memperbaiki bobot menggeser nilai",
        id="Jumlah bobot indikator pegawai {nip} adalah {jumlah}, bukan 100 (baris "
        "{baris}). Nilai tetap dihitung dengan bobot yang disetarakan; sesuaikan bobotnya "
        "agar berjumlah 100.",
        en="The weights of employee {nip} add up to {jumlah}, not 100 (rows {baris}). The "
        "score is still computed with normalised weights; adjust them to total 100.",
    ),
    "capaian_tidak_wajar": warning(
        True,
        alasan="baris dinilai dengan capaian yang dipotong ke batas `penilaian.capaian_wajar`; "
        "memperbaiki target atau realisasi menggeser nilai",
        id="Capaian indikator {kode} sampai {periode} adalah {capaian}%, di luar batas wajar "
        "{min}-{max}% (penilaian.capaian_wajar): target atau realisasinya kemungkinan salah "
        "ketik atau salah satuan. Baris tetap dinilai dengan capaian {dipakai}%; periksa "
        "Target dan Realisasi baris ini.",
        en="The achievement of indicator {kode} up to {periode} is {capaian}%, outside the "
        "plausible range {min}-{max}% (penilaian.capaian_wajar): its target or realisation is "
        "probably mistyped or in another unit. The row is still scored with an achievement of "
        "{dipakai}%; check this row's Target and Realisation.",
    ),
    "realisasi_tidak_wajar": warning(
        True,
        alasan="baris dinilai dengan realisasi yang tertulis; bila maksudnya lain (1, bukan "
        "0,001), nilainya berubah setelah diperbaiki",
        id="Realisasi {angka} kurang dari 1% target {target}: kemungkinan salah ketik, salah "
        "satuan atau sel berformat persen (90% tersimpan sebagai 0,9). Baris tetap dinilai "
        "dengan angka ini; tulis 0 bila memang tidak ada realisasi.",
        en="Realisation {angka} is less than 1% of the target {target}: probably mistyped, "
        "in another unit or in a cell formatted as percent (90% stored as 0.9). The row is "
        "still scored with this number; write 0 when there was no realisation.",
    ),
    # ---- employees ---------------------------------------------------------------------------
    "nip_ganda": error(
        id="NIP {nip} ditulis {jumlah} kali di lembar ini (baris {baris}); setiap pegawai "
        "cukup satu baris, dan tidak satu pun dari baris itu dipakai. Hapus baris ganda atau "
        "perbaiki NIP yang salah.",
        en="NIP {nip} is written {jumlah} times on this sheet (rows {baris}); each employee "
        "needs one row, and none of those rows is used. Delete the duplicates or correct the "
        "wrong NIP.",
    ),
    "nip_di_unit_lain": error(
        id="NIP {nip} juga terdaftar di unit lain: {lain}. Seorang pegawai hanya boleh "
        "dinilai di satu unit; hapus dari unit yang bukan unitnya (atau perbaiki NIP yang "
        "salah ketik).",
        en="NIP {nip} is also listed in another unit: {lain}. An employee is assessed in "
        "one unit only; remove them from the wrong unit (or correct a mistyped NIP).",
    ),
    "nip_penilai_tidak_sah": warning(
        False,
        alasan=_PENILAI_HANYA_DOKUMEN,
        id="NIP Pejabat Penilai '{teks}' bukan NIP yang sah (18 digit); pegawai ini dinilai "
        "oleh kepala unit. Perbaiki NIP-nya (format teks) atau kosongkan sel bila penilainya "
        "kepala unit.",
        en="NIP Pejabat Penilai '{teks}' is not a valid NIP (18 digits); the head of unit "
        "rates this employee. Correct the NIP (as text) or empty the cell when the head of "
        "unit is the rater.",
    ),
    "penilai_bukan_pegawai_unit": warning(
        False,
        alasan=_PENILAI_HANYA_DOKUMEN,
        id="NIP Pejabat Penilai {nip} tidak ada di lembar Pegawai unit ini; pejabat penilai "
        "harus pegawai unit yang sama. Pegawai ini dinilai oleh kepala unit sampai NIP-nya "
        "diperbaiki atau baris penilai ditambahkan.",
        en="NIP Pejabat Penilai {nip} is not on this unit's Pegawai sheet; the rater must be "
        "an employee of the same unit. The head of unit rates this employee until the NIP is "
        "corrected or the rater's row is added.",
    ),
    "penilai_diri_sendiri": error(
        id="NIP Pejabat Penilai sama dengan NIP pegawai itu sendiri ({nilai}); pegawai tidak "
        "menilai dirinya, sehingga baris ini tidak dinilai dan dokumennya tidak dapat "
        "ditandatangani. Isi NIP atasannya, atau kosongkan bila penilainya kepala unit.",
        en="NIP Pejabat Penilai is the employee's own NIP ({nilai}); nobody rates themselves, "
        "so this row is not scored and its document cannot be signed. Enter the superior's "
        "NIP, or leave it empty when the head of unit is the rater.",
    ),
    "penilai_melingkar": error(
        id="Pejabat penilai melingkar: {lingkaran} (setiap NIP dinilai oleh NIP sesudahnya). "
        "Pegawai {nip} dinilai oleh {penilai}, yang (langsung atau lewat penilai lain) "
        "dinilai oleh {nip} sendiri: tidak ada yang dapat menandatangani sebagai penilainya, dan "
        "rantai penilai di dokumen kembali ke pegawai itu. Baris ini tidak dinilai. Perbaiki NIP Pejabat Penilai di salah satu "
        "baris itu (kosongkan bila penilainya kepala unit).",
        en="Raters form a cycle: {lingkaran} (each NIP is rated by the next). Employee {nip} "
        "is rated by {penilai}, who is rated (directly or through other raters) by {nip} "
        "himself: nobody can sign as the rater, and the chain of raters in the document leads "
        "back to the employee. This row is not scored. Correct the NIP Pejabat Penilai on one of those rows (leave it empty when "
        "the head of unit is the rater).",
    ),
    "nama_kosong": warning(
        False,
        alasan="nama tidak dinilai",
        id="Nama pegawai kosong; isi nama lengkap sesuai data kepegawaian.",
        en="Employee name is empty; fill in the full name from the personnel records.",
    ),
    "golongan_tidak_dikenal": warning(
        False,
        alasan="golongan tidak dinilai",
        id="Golongan '{teks}' tidak dikenal; tulis seperti III/a (PNS, I/a s.d. IV/e) "
        "atau I s.d. XVII (PPPK).",
        en="Golongan '{teks}' is unknown; write it like III/a (PNS, I/a to IV/e) or I to "
        "XVII (PPPK).",
    ),
    "rating_tidak_sah": error(
        id="Rating '{teks}' tidak dikenal; pilih salah satu: Di Atas Ekspektasi, Sesuai "
        "Ekspektasi, Di Bawah Ekspektasi.",
        en="Rating '{teks}' is unknown; pick one of: Di Atas Ekspektasi, Sesuai "
        "Ekspektasi, Di Bawah Ekspektasi.",
    ),
    "rating_perilaku_kosong": warning(
        True,
        alasan="tanpa rating perilaku tidak ada predikat (pegawai dihitung belum lengkap)",
        id="Rating perilaku kerja belum diisi, sehingga predikat pegawai ini belum dapat "
        "ditentukan; minta pejabat penilai mengisinya.",
        en="The behaviour rating is empty, so this employee's predikat cannot be decided "
        "yet; ask the assessing official to fill it in.",
    ),
    "skp_nip_bukan_pegawai": error(
        id="NIP {nip} tidak ada di lembar '{lembar_pegawai}'; tambahkan pegawainya di sana "
        "atau perbaiki NIP di baris ini.",
        en="NIP {nip} is not on sheet '{lembar_pegawai}'; add the employee there or "
        "correct the NIP on this row.",
    ),
    "kompetensi_lembar_tidak_ada": warning(
        False,
        alasan=_KOMPETENSI_BUKAN_NILAI,
        id="Lembar '{lembar}' tidak ada, padahal konfigurasi menilai kompetensi unit ini; "
        "kebutuhan pengembangan unit ini tidak dapat dihitung. Pakai templat terbaru (kinerja "
        "templat) dan isi lembar itu. Nilai dan predikat tidak terpengaruh.",
        en="Sheet '{lembar}' is missing although the config assesses this unit's "
        "competencies; its development needs cannot be computed. Use the latest template "
        "(kinerja templat) and fill that sheet. Scores are not affected.",
    ),
    "kompetensi_kolom_tidak_ada": warning(
        False,
        alasan=_KOMPETENSI_BUKAN_NILAI,
        id="Lembar '{lembar}' tidak memiliki kolom {kolom}; kompetensi unit ini tidak dibaca. "
        "Pakai templat terbaru. Nilai dan predikat tidak terpengaruh.",
        en="Sheet '{lembar}' has no column {kolom}; this unit's competencies are not read. "
        "Use the latest template. Scores are not affected.",
    ),
    "kompetensi_level_tidak_sah": error(
        id="Level kompetensi {kompetensi} ({nama_kompetensi}) harus bilangan bulat 1 sampai "
        "5; isi dengan levelnya atau kosongkan.",
        en="The level of competency {kompetensi} ({nama_kompetensi}) must be a whole number "
        "from 1 to 5; enter the level or leave it blank.",
    ),
    "kompetensi_nip_bukan_pegawai": error(
        id="NIP {nip} dinilai kompetensinya tetapi tidak ada di lembar '{lembar_pegawai}'; "
        "perbaiki NIP-nya atau tambahkan pegawainya.",
        en="NIP {nip} has a competency assessment but is not on sheet '{lembar_pegawai}'; "
        "correct the NIP or add the employee.",
    ),
    "kompetensi_belum_dinilai": warning(
        False,
        alasan=_KOMPETENSI_BUKAN_NILAI,
        id="Pegawai {nip} belum dinilai kompetensinya di lembar '{lembar}'; kebutuhan "
        "pengembangannya tidak dapat dihitung.",
        en="Employee {nip} has no competency assessment on sheet '{lembar}'; their "
        "development needs cannot be computed.",
    ),
    "kompetensi_metode_tidak_dikenal": warning(
        False,
        alasan=_KOMPETENSI_BUKAN_NILAI,
        id="Metode penilaian '{nilai}' tidak dikenal; pilih salah satu: {daftar}.",
        en="Assessment method '{nilai}' is not known; choose one of: {daftar}.",
    ),
    "kompetensi_jp_tidak_sah": error(
        id="JP pengembangan harus angka jam pelajaran 0 atau lebih (mis. 24); perbaiki atau "
        "kosongkan.",
        en="Development hours (JP) must be a number of 0 or more (e.g. 24); correct it or "
        "leave it blank.",
    ),
    "pegawai_tanpa_skp": error(
        id="Pegawai {nip} tidak memiliki baris di lembar '{lembar_skp}', sehingga tidak "
        "dapat dinilai; tambahkan indikator, target dan realisasinya.",
        en="Employee {nip} has no row on sheet '{lembar_skp}', so they cannot be scored; "
        "add their indicators, targets and realisasi.",
    ),
    "pegawai_tanpa_skp_dinilai": warning(
        True,
        alasan="tidak dipakai lagi (kini `pegawai_tanpa_skp`, kesalahan)",
        id="Pegawai {nip} tidak memiliki baris di lembar '{lembar_skp}', sehingga tidak "
        "mendapat nilai dan predikat (dicatat belum lengkap). Tambahkan SKP-nya.",
        en="Employee {nip} has no row on sheet '{lembar_skp}', so they get no score and "
        "no predikat (counted as incomplete). Add their SKP.",
    ),
    "kepala_bukan_pegawai": error(
        id="NIP Kepala Unit {nip} tidak ada di lembar '{lembar_pegawai}', sehingga kepala "
        "unit tidak dapat dikenali dan akan dinilai seperti pegawai biasa (bukan dari predikat "
        "organisasi). Perbaiki NIP di sel {sel} agar sama dengan NIP kepala unit di lembar "
        "'{lembar_pegawai}', atau tambahkan baris kepala unit di lembar itu.",
        en="NIP Kepala Unit {nip} is not on sheet '{lembar_pegawai}', so the unit head "
        "cannot be recognised and would be scored as ordinary staff (not from the "
        "organisation predikat). Correct the NIP in cell {sel} to the head's NIP on sheet "
        "'{lembar_pegawai}', or add the head's row to that sheet.",
    ),
    "nip_kepala_kosong": error(
        id="NIP Kepala Unit belum diisi di sel {sel}: kepala unit tidak dapat dikenali, "
        "sehingga ia dinilai seperti pegawai biasa (bukan dari predikat organisasi) dan "
        "dokumen pegawai yang dinilai kepala unit tidak mempunyai pejabat penilai. Isi NIP "
        "kepala unit (sama dengan barisnya di lembar Pegawai).",
        en="NIP Kepala Unit is empty in cell {sel}: the unit head cannot be recognised, so "
        "they are scored as ordinary staff (not from the organisation predikat) and the "
        "documents of the employees the head rates have no rater. Enter the head's NIP (the "
        "same as their row on the Pegawai sheet).",
    ),
    "nip_kepala_tidak_ada": error(
        id="Lembar '{lembar}' tidak mempunyai isian 'NIP Kepala Unit': kepala unit tidak "
        "dapat dikenali, sehingga berkas tidak dinilai. Tambahkan baris 'NIP Kepala Unit' "
        "dengan NIP kepala unit (atau pakai templat terbaru).",
        en="Sheet '{lembar}' has no 'NIP Kepala Unit' field: the unit head cannot be "
        "recognised, so the file is not scored. Add a 'NIP Kepala Unit' row with the head's "
        "NIP (or use the latest template).",
    ),
    "peringatan_mengubah_nilai": {
        "id": "(Peringatan ini dapat mengubah nilai.)",
        "en": "(This warning can change a score.)",
    },
    # ---- csv ---------------------------------------------------------------------------------
    "csv_unit_tidak_diketahui": error(
        id="Unit berkas CSV ini tidak dapat dikenali dari namanya; berkas tidak dinilai. "
        "Beri nama berkas dengan kode unit, misalnya {contoh}.",
        en="The unit of this CSV file cannot be told from its name; the file is not "
        "scored. Name the file with the unit code, for example {contoh}.",
    ),
    "csv_tahun_beda": error(
        id="Nama berkas CSV ini menyebut tahun {tahun_berkas}, padahal tahun penilaian "
        "{tahun}; berkas tidak dinilai. Kirim berkas tahun {tahun}.",
        en="The name of this CSV file says year {tahun_berkas} but the assessment year is "
        "{tahun}; the file is not scored. Send the {tahun} file.",
    ),
    # ---- across files ------------------------------------------------------------------------
    "berkas_digantikan": warning(
        True,
        alasan="berkas yang berlaku dipilih hanya menurut waktu berkas diubah",
        id="Ada berkas lebih baru untuk unit {unit}: {berkas_baru} (diubah {tanggal_baru}; "
        "berkas ini {tanggal_lama}). Berkas ini dianggap versi lama dan tidak direkap; hapus "
        "dari folder bila memang sudah diganti.",
        en="There is a newer file for unit {unit}: {berkas_baru} (modified "
        "{tanggal_baru}; this one {tanggal_lama}). This file is taken as the old version and "
        "not used in the recap; remove it from the folder if it was replaced.",
    ),
    "berkas_digantikan_tanggal": warning(
        False,
        alasan="dipilih menurut `Tanggal` yang ditulis kedua berkas",
        id="Ada berkas lebih baru untuk unit {unit}: {berkas_baru} (Tanggal {tanggal_baru}; "
        "berkas ini {tanggal_lama}). Berkas ini dianggap versi lama dan tidak direkap; hapus "
        "dari folder bila memang sudah diganti.",
        en="There is a newer file for unit {unit}: {berkas_baru} (Tanggal {tanggal_baru}; "
        "this one {tanggal_lama}). This file is taken as the old version and not used in the "
        "recap; remove it from the folder if it was replaced.",
    ),
    "berkas_kembar": warning(
        False,
        alasan="isi sama persis: berkas mana pun memberi nilai yang sama",
        id="Berkas ini sama persis dengan {berkas_baru} (unit {unit}); hanya satu yang "
        "dipakai. Hapus salinannya.",
        en="This file is identical to {berkas_baru} (unit {unit}); only one is used. "
        "Remove the copy.",
    ),
    # ---- folders -----------------------------------------------------------------------------
    "folder_tidak_terbaca": {
        "id": "Folder {path} tidak dapat dibaca: {detail}. Periksa izin aksesnya.",
        "en": "Folder {path} cannot be read: {detail}. Check its permissions.",
    },
    "lewati_berkas_kunci": {
        "id": "Dilewati: {path} (berkas kunci Office, bukan data).",
        "en": "Skipped: {path} (an Office lock file, not data).",
    },
    "lewati_berkas_tersembunyi": {
        "id": "Dilewati: {path} (berkas atau folder tersembunyi).",
        "en": "Skipped: {path} (hidden file or folder).",
    },
    "lewati_keluaran_kinerja": {
        "id": "Dilewati: {path} (keluaran kinerja, misalnya rekap atau peringkat; bukan "
        "berkas kiriman unit). Simpan keluaran di folder lain, misalnya keluaran/.",
        "en": "Skipped: {path} (an output of kinerja, e.g. a recap or ranked list; not a "
        "unit's submission). Keep outputs in another folder, e.g. keluaran/.",
    },
    "lewati_umpan_balik": {
        "id": "Dilewati: {path} (salinan umpan balik buatan kinerja, datanya belum diubah).",
        "en": "Skipped: {path} (a feedback copy made by kinerja, its data unchanged).",
    },
    "umpan_balik_kembali": warning(
        False,
        alasan="hanya menyebut asal berkas; isinya dibaca seperti berkas unit biasa",
        id="Berkas ini salinan umpan balik buatan kinerja (dari {berkas_asal}) yang "
        "dikirim kembali; isinya dibaca seperti berkas unit biasa dan lembar '{lembar}' "
        "(daftar masalah lama) diabaikan.",
        en="This file is a feedback copy made by kinerja (of {berkas_asal}) that was sent "
        "back; it is read like any unit file and sheet '{lembar}' (the old problem list) is "
        "ignored.",
    ),
    "lewati_daftar_pengecualian": {
        "id": "Dilewati: {path} (daftar pengecualian cakupan e-Kinerja, dibaca oleh kinerja "
        "rekap).",
        "en": "Skipped: {path} (the e-Kinerja coverage exclusions list, read by kinerja rekap).",
    },
    "lewati_bukan_lembar_kerja": {
        "id": "Dilewati: {path} (bukan .xlsx, .xlsm, .xls, .ods atau .csv).",
        "en": "Skipped: {path} (not .xlsx, .xlsm, .xls, .ods or .csv).",
    },
    # ---- the command -------------------------------------------------------------------------
    "validasi_tidak_ada_berkas": {
        "id": "Tidak ada berkas lembar kerja untuk diperiksa di {path}.",
        "en": "No spreadsheet files to check in {path}.",
    },
    "validasi_tidak_terbaca_semua": {
        "id": "Tidak satu pun berkas dapat dibaca.",
        "en": "None of the files could be read.",
    },
    "validasi_ringkasan": {
        "id": "{berkas} berkas diperiksa: {galat} kesalahan, {peringatan} peringatan.",
        "en": "{berkas} file(s) checked: {galat} error(s), {peringatan} warning(s).",
    },
    "validasi_ringkasan_nilai": {
        "id": "{berkas} berkas diperiksa: {galat} kesalahan, {peringatan} peringatan "
        "({mengubah} di antaranya dapat mengubah nilai).",
        "en": "{berkas} file(s) checked: {galat} error(s), {peringatan} warning(s) "
        "({mengubah} of them can change a score).",
    },
    "validasi_unit_belum": {
        "id": "Unit yang belum mengirim berkas tahun {tahun}: {daftar}.",
        "en": "Units with no file for {tahun}: {daftar}.",
    },
    "validasi_dipotong": {
        "id": "... dan {sisa} masalah lain tidak ditampilkan. Lihat semuanya dengan --format "
        "json atau --format csv, atau --umpan-balik DIR.",
        "en": "... and {sisa} more problem(s) not shown. See all of them with --format json "
        "or --format csv, or --umpan-balik DIR.",
    },
    "validasi_umpan_balik_ditulis": {
        "id": "{jumlah} berkas umpan balik ditulis ke {dir}.",
        "en": "{jumlah} feedback file(s) written to {dir}.",
    },
    "validasi_kemajuan": {"id": "Memeriksa berkas", "en": "Checking files"},
    "validasi_kolom_berkas": {
        "id": "Berkas|Unit|Kesalahan|Peringatan|Hasil",
        "en": "File|Unit|Errors|Warnings|Result",
    },
    "validasi_kolom_masalah": {
        "id": "Lembar|Sel|Tingkat|Kode|Pesan",
        "en": "Sheet|Cell|Level|Code|Message",
    },
    "tingkat_error": {"id": "kesalahan", "en": "error"},
    "tingkat_warning": {"id": "peringatan", "en": "warning"},
    "validasi_status_ok": {"id": "bersih", "en": "clean"},
    "validasi_status_warning": {"id": "ada peringatan", "en": "warnings"},
    "validasi_status_error": {"id": "ada kesalahan", "en": "errors"},
    "validasi_status_unreadable": {"id": "tidak terbaca", "en": "unreadable"},
    "validasi_status_digantikan": {"id": "digantikan", "en": "superseded"},
    # ---- the feedback workbook ---------------------------------------------------------------
    "umpan_balik_judul": {
        "id": "Umpan balik pemeriksaan berkas {berkas}",
        "en": "Check feedback for file {berkas}",
    },
    "umpan_balik_ringkas": {
        "id": "{galat} kesalahan (merah) dan {peringatan} peringatan (kuning). Perbaiki setiap "
        "sel yang ditandai di berkas asli Anda, lalu kirim kembali ke BKD. Klik alamat sel "
        "untuk menuju selnya.",
        "en": "{galat} error(s) (red) and {peringatan} warning(s) (yellow). Fix every marked "
        "cell in your original file, then send it back to BKD. Click a cell address to go to "
        "the cell.",
    },
    "umpan_balik_bersih": {
        "id": "Tidak ada masalah yang ditemukan. Terima kasih.",
        "en": "No problems found. Thank you.",
    },
    "umpan_balik_salinan_data": {
        "id": "Berkas asli berformat {format}; salinan ini memuat datanya saja (tanpa format "
        "aslinya).",
        "en": "The original file is {format}; this copy holds its data only (without the "
        "original formatting).",
    },
    "umpan_balik_kolom": {
        "id": "No|Tingkat|Lembar|Sel|Baris|Kolom|Kode|Pesan|Nilai",
        "en": "No|Level|Sheet|Cell|Row|Column|Code|Message|Value",
    },
    "umpan_balik_dibuat": {
        "id": "Dibuat oleh kinerja pada {waktu}.",
        "en": "Made by kinerja on {waktu}.",
    },
}
