"""Labels and messages of the evaluation documents (``kinerja dokumen``, issue 11).

The labels are handed to the page template (``data/dokumen.typ``) and to the xlsx form as
data, so the wording lives here once and the template holds only the layout.
"""

_LABELS = {
    "dokumen_judul": ("DOKUMEN EVALUASI KINERJA PEGAWAI", "EMPLOYEE PERFORMANCE EVALUATION"),
    "dokumen_periode": ("Periode", "Period"),
    "dokumen_instansi": ("Instansi", "Agency"),
    "dokumen_pegawai": ("PEGAWAI YANG DINILAI", "EMPLOYEE ASSESSED"),
    "dokumen_penilai": ("PEJABAT PENILAI KINERJA", "PERFORMANCE RATER"),
    "dokumen_atasan": ("ATASAN PEJABAT PENILAI KINERJA", "RATER'S SUPERIOR"),
    "dokumen_nama": ("Nama", "Name"),
    "dokumen_nip": ("NIP", "NIP"),
    "dokumen_pangkat": ("Pangkat/Gol. Ruang", "Rank/Grade"),
    "dokumen_jabatan": ("Jabatan", "Position"),
    "dokumen_unit": ("Unit Kerja", "Work Unit"),
    "dokumen_evaluasi": ("EVALUASI KINERJA", "PERFORMANCE EVALUATION"),
    "dokumen_capaian_org": ("Capaian Kinerja Organisasi", "Organisation Performance"),
    "dokumen_pola": ("Pola Distribusi", "Distribution Pattern"),
    "dokumen_rating_hasil": ("Rating Hasil Kerja", "Work Result Rating"),
    "dokumen_rating_perilaku": ("Rating Perilaku Kerja", "Work Behaviour Rating"),
    "dokumen_predikat": ("Predikat Kinerja Pegawai", "Employee Performance Predikat"),
    "dokumen_nilai": ("Nilai", "Score"),
    "dokumen_skp": ("HASIL KERJA (SKP)", "WORK RESULTS (SKP)"),
    "dokumen_kol_no": ("No", "No"),
    "dokumen_kol_indikator": ("Indikator", "Indicator"),
    "dokumen_kol_satuan": ("Satuan", "Unit"),
    "dokumen_kol_target": ("Target", "Target"),
    "dokumen_kol_realisasi": ("Realisasi", "Actual"),
    "dokumen_kol_capaian": ("Capaian (%)", "Achievement (%)"),
    "dokumen_catatan": ("CATATAN/REKOMENDASI", "NOTES/RECOMMENDATIONS"),
    "dokumen_penilai_ttd": ("Pejabat Penilai Kinerja,", "Performance Rater,"),
    "dokumen_pegawai_ttd": ("Pegawai yang Dinilai,", "Employee Assessed,"),
    "dokumen_ttd_diterima": ("Diterima tanggal:", "Received on:"),
    "dokumen_halaman": ("Halaman", "Page"),
    "dokumen_dari": ("dari", "of"),
    "dokumen_tidak_diketahui": ("-", "-"),
    "dokumen_belum_ditetapkan": (
        "belum ditetapkan (pejabat_penilai_kepala_unit di konfigurasi)",
        "not set (pejabat_penilai_kepala_unit in the config)",
    ),
    "dokumen_ditetapkan": ("ditetapkan pejabat penilai", "set by the rater"),
    "dokumen_dihitung": ("dihitung dari capaian SKP", "derived from the SKP achievement"),
    "dokumen_org_ditetapkan": ("ditetapkan", "as set"),
    "dokumen_org_dihitung": ("dihitung dari capaian IKU", "derived from the IKU achievement"),
    "dokumen_org_konfigurasi": (
        "ditetapkan di konfigurasi; ekspor e-Kinerja BKN tidak memuat predikat organisasi",
        "set in the config; the e-Kinerja BKN export carries no organisation predikat",
    ),
    "dokumen_org_tidak_diukur": ("Tidak diukur", "Not measured"),
    "dokumen_org_tidak_diukur_ekinerja": (
        "unit dinilai dari ekspor e-Kinerja BKN, yang tidak memuat predikat organisasi",
        "the unit is scored from an e-Kinerja BKN export, which carries no organisation predikat",
    ),
    "dokumen_org_belum_ada": ("Belum ada", "None yet"),
    "dokumen_org_belum_ada_templat": (
        "tidak diisi di Identitas dan capaian IKU unit belum dapat dihitung",
        "not filled in Identitas and the unit's IKU achievement cannot be computed yet",
    ),
}

MESSAGES: dict[str, dict[str, str]] = {k: {"id": i, "en": e} for k, (i, e) in _LABELS.items()}

MESSAGES.update(
    {
        "dokumen_periode_tahunan": {
            "id": "Tahunan, {awal} s.d. {akhir}",
            "en": "Annual, {awal} to {akhir}",
        },
        "dokumen_periode_tw": {
            "id": "Triwulan {romawi} (kumulatif), {awal} s.d. {akhir}",
            "en": "Quarter {romawi} (cumulative), {awal} to {akhir}",
        },
        "dokumen_pola_teks": {
            "id": "{distribusi} ({kurva})",
            "en": "{distribusi} ({kurva})",
        },
        "dokumen_catatan_penghargaan": {
            "id": "Predikat {predikat}: diusulkan sebagai calon penerima penghargaan sesuai "
            "ketentuan instansi.",
            "en": "Predikat {predikat}: proposed as a reward candidate under the agency's rules.",
        },
        "dokumen_catatan_ekinerja": {
            "id": "Rating dan predikat seperti tercatat di e-Kinerja BKN; rincian SKP dan "
            "capaiannya ada di e-Kinerja.",
            "en": "Ratings and predikat as recorded in e-Kinerja BKN; the SKP details and their "
            "achievement are in e-Kinerja.",
        },
        "dokumen_catatan_pembinaan": {
            "id": "Predikat {predikat}: perlu pembinaan kinerja oleh pejabat penilai.",
            "en": "Predikat {predikat}: performance coaching by the rater is needed.",
        },
        "dokumen_catatan_terlemah": {
            "id": "Capaian terendah: {kode} {indikator}, {capaian}% (target {target}, "
            "realisasi {realisasi} {satuan}).",
            "en": "Lowest achievement: {kode} {indikator}, {capaian}% (target {target}, "
            "actual {realisasi} {satuan}).",
        },
        "dokumen_catatan_tanpa_capaian": {
            "id": "Indikator {kode} {indikator} belum dapat dihitung capaiannya ({alasan}).",
            "en": "Indicator {kode} {indikator} has no achievement yet ({alasan}).",
        },
        "dokumen_catatan_kompetensi": {
            "id": "Pengembangan kompetensi: {daftar}. Pelatihan yang disarankan: {pelatihan}.",
            "en": "Competency development: {daftar}. Suggested training: {pelatihan}.",
        },
        "dokumen_catatan_dihitung": {
            "id": "Rating hasil kerja belum diisi pejabat penilai; yang tercetak dihitung dari "
            "capaian SKP (nilai {nilai}).",
            "en": "The rater gave no work result rating; the one printed is derived from the "
            "SKP achievement (score {nilai}).",
        },
        "dokumen_catatan_penilai_konfig": {
            "id": "Pejabat penilai kepala unit belum ditetapkan di konfigurasi "
            "(pejabat_penilai_kepala_unit).",
            "en": "The rater of the head of unit is not set in the config "
            "(pejabat_penilai_kepala_unit).",
        },
        "dokumen_catatan_kurva": {
            "id": "Distribusi predikat unit belum sesuai kurva SE MenPANRB 3/2023; periksa rekap.",
            "en": "The unit's predikat distribution does not follow the SE MenPANRB 3/2023 "
            "curve; see the recap.",
        },
        "dokumen_tempat_tanggal": {"id": "{tempat}, {tanggal}", "en": "{tempat}, {tanggal}"},
        "dokumen_nama_berkas_unit": {
            "id": "DOKUMEN-{unit}-{tahun}-{periode}",
            "en": "DOKUMEN-{unit}-{tahun}-{periode}",
        },
        "dokumen_selesai": {
            "id": "{jumlah} dokumen evaluasi ditulis ke {dir} ({berkas} berkas).",
            "en": "{jumlah} evaluation documents written to {dir} ({berkas} files).",
        },
        "dokumen_belum_lengkap": {
            "id": "{jumlah} pegawai belum lengkap datanya sehingga tidak mendapat dokumen:",
            "en": "{jumlah} employees have incomplete data and get no document:",
        },
        "dokumen_belum_lengkap_baris": {
            "id": "  {unit} {nip} {nama}: {alasan}",
            "en": "  {unit} {nip} {nama}: {alasan}",
        },
        "dokumen_tanpa_penilai": {
            "id": "{jumlah} dokumen ditulis tanpa pejabat penilai (tidak diketahui siapa "
            "penilainya); lengkapi datanya lalu tulis ulang sebelum ditandatangani:",
            "en": "{jumlah} documents were written without a rater (who rates the employee is "
            "unknown); complete the data and write them again before signing:",
        },
        "dokumen_penilai_tidak_diketahui": {
            "id": "pejabat penilai tidak diketahui: NIP Kepala Unit unit ini tidak dikenal dan "
            "kolom NIP Pejabat Penilai tidak menyebut penilai lain (isi NIP Kepala Unit di "
            "Identitas, atau unit[].nip_kepala di konfigurasi untuk ekspor e-Kinerja)",
            "en": "rater unknown: this unit's NIP Kepala Unit is not known and the NIP Pejabat "
            "Penilai column names no other rater (fill in NIP Kepala Unit in Identitas, or "
            "unit[].nip_kepala in the config for an e-Kinerja export)",
        },
        "dokumen_catatan_penilai_tidak_diketahui": {
            "id": "Pejabat penilai tidak diketahui (NIP Kepala Unit tidak dikenal); dokumen ini "
            "belum dapat ditandatangani.",
            "en": "The rater is unknown (NIP Kepala Unit is not known); this document cannot be "
            "signed yet.",
        },
        "dokumen_tidak_ada_pegawai": {
            "id": "Tidak ada pegawai yang cocok dengan pilihan --unit/--nip.",
            "en": "No employee matches the --unit/--nip choice.",
        },
        "dokumen_nip_tidak_dikenal": {
            "id": "NIP {nip} tidak ada di data yang tersimpan untuk tahun ini.",
            "en": "NIP {nip} is not in the stored data for this year.",
        },
        "dokumen_progres": {"id": "Menyusun dokumen", "en": "Typesetting documents"},
        "dokumen_templat_gagal": {
            "id": "Templat dokumen {path} tidak dapat dipakai: {detail}",
            "en": "The document template {path} cannot be used: {detail}",
        },
        # why a --templat-dokumen cannot be used (issue 26)
        "dokumen_templat_tidak_ada": {
            "id": "Templat dokumen {path} tidak ada (periksa nama dan foldernya).",
            "en": "The document template {path} does not exist (check its name and folder).",
        },
        "dokumen_templat_folder": {
            "id": "Templat dokumen {path} adalah folder; berikan berkas .typ di dalamnya.",
            "en": "The document template {path} is a folder; give the .typ file in it.",
        },
        "dokumen_templat_tidak_terbaca": {
            "id": "Templat dokumen {path} tidak dapat dibaca ({sebab}).",
            "en": "The document template {path} cannot be read ({sebab}).",
        },
        "dokumen_templat_terlalu_besar": {
            "id": "Templat dokumen {path} tidak dapat dipakai: berkasnya lebih dari {batas} MB; "
            "templat halaman hanyalah teks.",
            "en": "The document template {path} cannot be used: the file is larger than "
            "{batas} MB; a page template is only text.",
        },
        "dokumen_templat_kosong": {
            "id": "Templat dokumen {path} kosong (tidak ada isi selain spasi), jadi tidak ada "
            "yang dapat dicetak; salin templat bawaan (docs/dokumen.md) lalu ubah.",
            "en": "The document template {path} is empty (nothing but blanks), so nothing can "
            "be printed; copy the bundled template (docs/dokumen.md) and change it.",
        },
        "dokumen_templat_pengodean_rusak": {
            "id": "Templat dokumen {path} diawali tanda pengodean {pengodean} (BOM) tetapi "
            "isinya bukan {pengodean} yang sah; simpan ulang sebagai UTF-8.",
            "en": "The document template {path} starts with a {pengodean} byte-order mark but "
            "is not valid {pengodean}; save it again as UTF-8.",
        },
        "dokumen_templat_pengodean_tidak_dikenal": {
            "id": "Templat dokumen {path} bukan teks dalam pengodean yang dikenal (UTF-8, "
            "UTF-16 dengan BOM, Windows-1252; mungkin berkas biner); simpan ulang sebagai UTF-8.",
            "en": "The document template {path} is not text in a known encoding (UTF-8, UTF-16 "
            "with a BOM, Windows-1252; perhaps a binary file); save it again as UTF-8.",
        },
        "dokumen_templat_baris": {
            "id": "Templat dokumen {path} salah di baris {baris}, kolom {kolom}: {pesan} "
            "(di `{teks}`).",
            "en": "The document template {path} is wrong at line {baris}, column {kolom}: "
            "{pesan} (at `{teks}`).",
        },
        "dokumen_templat_tanpa_data": {
            "id": "Templat dokumen {path} tidak membaca data dari kinerja (sys.inputs.data), "
            "jadi setiap halamannya akan kosong dari nama dan nilai; salin templat bawaan "
            "(docs/dokumen.md) lalu ubah.",
            "en": "The document template {path} does not read kinerja's data (sys.inputs.data), "
            "so its pages would show no names or scores; copy the bundled template "
            "(docs/dokumen.md) and change it.",
        },
        "dokumen_templat_halaman": {
            "id": "Templat dokumen {path} menghasilkan {halaman} halaman untuk {jumlah} dokumen, "
            "padahal setiap dokumen perlu setidaknya satu halaman: templat harus mencetak "
            "setiap entri data.docs dari sys.inputs.data (lihat templat bawaan).",
            "en": "The document template {path} gave {halaman} pages for {jumlah} documents, "
            "but every document needs at least one page: the template must print every entry "
            "of data.docs from sys.inputs.data (see the bundled template).",
        },
    }
)
