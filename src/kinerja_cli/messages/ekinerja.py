"""Messages of the e-Kinerja BKN export reader (issue 17)."""

from kinerja_cli.messages.types import error, warning

_TERCATAT_DIPAKAI = (
    "ekspor e-Kinerja BKN (docs/ekinerja.md): predikat yang tercatat di e-Kinerja "
    "yang dinilai (bukan hasil matriks), baris Plt/Plh dan baris mutasi yang lebih "
    "lama tidak dihitung"
)

MESSAGES = {
    "ek_kolom_tidak_ada": error(
        id="Ekspor e-Kinerja ({laporan}) tidak memiliki kolom {kolom} di baris judul kolom "
        "(kolom yang ada: {ada}); unduh ulang laporannya dari e-Kinerja tanpa menghapus atau "
        "mengganti nama kolom.",
        en="The e-Kinerja export ({laporan}) has no column {kolom} in its header row "
        "(columns seen: {ada}); download the report again from e-Kinerja without removing or "
        "renaming columns.",
    ),
    "ek_judul_kolom_terlalu_bawah": error(
        id="Baris judul kolom ekspor e-Kinerja ({laporan}) ada di baris {baris}, padahal "
        "hanya dicari di {batas} baris pertama; berkas tidak dibaca. Hapus baris tambahan di "
        "atasnya, atau unduh ulang laporannya dari e-Kinerja.",
        en="The header row of the e-Kinerja export ({laporan}) is on row {baris}, but it is "
        "only looked for in the first {batas} rows; the file is not read. Delete the extra "
        "rows above it, or download the report again from e-Kinerja.",
    ),
    "ek_judul_kolom_tidak_ada": error(
        id="Berkas ini tampak seperti ekspor e-Kinerja ({laporan}: '{judul}'), tetapi baris "
        "judul kolomnya (dengan {kolom}) tidak ditemukan di {batas} baris pertama; berkas "
        "tidak dibaca. Unduh ulang laporannya dari e-Kinerja tanpa mengubah judul kolom.",
        en="This file looks like an e-Kinerja export ({laporan}: '{judul}'), but its header "
        "row (with {kolom}) is not in the first {batas} rows; the file is not read. Download "
        "the report again from e-Kinerja without changing the column names.",
    ),
    "ek_rating_tidak_dikenal": error(
        id="Rating '{teks}' tidak dikenal; yang dikenal: Di Atas Ekspektasi, Sesuai "
        "Ekspektasi, Di Bawah Ekspektasi.",
        en="Rating '{teks}' is not known; known: Di Atas Ekspektasi, Sesuai Ekspektasi, "
        "Di Bawah Ekspektasi.",
    ),
    "ek_penilaian_tidak_lengkap": error(
        id="{kolom} kosong padahal {terisi} terisi: penilaian baris ini tidak lengkap; "
        "unduh ulang laporannya dari e-Kinerja (kosongkan ketiganya hanya untuk pegawai yang "
        "belum dinilai).",
        en="{kolom} is empty while {terisi} is filled: this row's assessment is incomplete; "
        "download the report again from e-Kinerja (all three empty only for an employee not "
        "yet assessed).",
    ),
    "ek_nomor_loncat": warning(
        True,
        alasan="nomor ekspor e-Kinerja tidak urut: baris yang terhapus berarti seorang pegawai "
        "tidak dinilai sama sekali",
        id="Nomor {nomor} di sini, seharusnya {seharusnya}: ada baris ekspor e-Kinerja yang "
        "terhapus, tersalin atau dipindah sesudah diunduh; pegawai di baris yang hilang tidak "
        "dinilai. Unduh ulang laporannya dari e-Kinerja tanpa mengubah barisnya.",
        en="Number {nomor} here, {seharusnya} expected: a row of the e-Kinerja export was "
        "deleted, copied or moved after the download; the employee of a missing row is not "
        "scored. Download the report again from e-Kinerja without editing its rows.",
    ),
    "ek_predikat_tidak_dikenal": error(
        id="Hasil akhir '{teks}' tidak dikenal; yang dikenal: Sangat Baik, Baik, Butuh "
        "Perbaikan, Kurang, Sangat Kurang.",
        en="Final rating '{teks}' is not known; known: Sangat Baik, Baik, Butuh Perbaikan, "
        "Kurang, Sangat Kurang.",
    ),
    "ek_hasil_akhir_beda": warning(
        False,
        alasan=_TERCATAT_DIPAKAI,
        id="Hasil akhir '{tercatat}' berbeda dengan matriks PermenPANRB 6/2022 untuk hasil "
        "kerja '{hasil_kerja}' dan perilaku kerja '{perilaku_kerja}' ({seharusnya}); yang "
        "tercatat di e-Kinerja dipakai, periksa penilaiannya.",
        en="Final rating '{tercatat}' differs from the PermenPANRB 6/2022 matrix for work "
        "result '{hasil_kerja}' and behaviour '{perilaku_kerja}' ({seharusnya}); the value "
        "recorded in e-Kinerja is used, check the assessment.",
    ),
    "ek_plt_plh": warning(
        False,
        alasan=_TERCATAT_DIPAKAI,
        id="Baris pejabat Plt/Plh untuk {nip}: bukan penilaian kedua pegawai itu, tidak dihitung.",
        en="Acting official (Plt/Plh) row for {nip}: not a second assessment of that "
        "employee, not counted.",
    ),
    "ek_plt_tanpa_definitif": warning(
        True,
        alasan="hanya baris Plt/Plh: pegawai itu tidak dinilai sama sekali (tanda Plt yang salah"
        " tempat menghilangkan pegawainya)",
        id="{nip} hanya punya baris Plt/Plh di ekspor ini, tanpa baris penilaian jabatannya "
        "sendiri: pegawai ini tidak dinilai. Periksa tanda Plt/Plh atau unduh ulang laporannya.",
        en="{nip} has only acting-official (Plt/Plh) rows in this export and no assessment "
        "of their own position: this employee is not scored. Check the flag or download the "
        "report again.",
    ),
    "ek_plt_tidak_dikenal": error(
        id="{kolom} '{teks}' bukan tanda Plt/Plh yang dikenal (0 atau 1, ya atau tidak); "
        "baris ini tidak dinilai sampai diperbaiki atau diunduh ulang.",
        en="{kolom} '{teks}' is not a known acting-official flag (0 or 1, yes or no); this "
        "row is not scored until it is fixed or downloaded again.",
    ),
    "ek_tanggal_tidak_sah": error(
        id="periode_akhir '{nilai}' bukan tanggal (bentuk 2026-12-31 atau 31-12-2026).",
        en="periode_akhir '{nilai}' is not a date (2026-12-31 or 31-12-2026).",
    ),
    "ek_nip_ganda_mutasi": warning(
        False,
        alasan=_TERCATAT_DIPAKAI,
        id="NIP {nip} tercantum lagi (mutasi); yang dipakai baris {baris_dipakai} dengan "
        "periode_akhir terbaru, {jumlah} baris lain tidak dihitung (baris {baris}).",
        en="NIP {nip} is listed again (transfer); row {baris_dipakai} with the latest "
        "periode_akhir is used, {jumlah} other row(s) are not counted (rows {baris}).",
    ),
    "ek_unor_tidak_dipetakan": error(
        id="Unor induk '{unor}' tidak dikenal sebagai unit mana pun di konfigurasi; tambahkan "
        "nama itu ke 'unor' unit yang benar (unit yang mirip: {mirip}). Berkas ini belum "
        "dihitung untuk unit mana pun.",
        en="Unor induk '{unor}' is not known as any unit of the config; add that name to the "
        "right unit's 'unor' (close units: {mirip}). This file counts for no unit yet.",
    ),
    "ek_unor_lain": error(
        id="Baris ini milik unor induk '{unor}', bukan unit {unit} berkas ini; unduh laporan "
        "per unor induk dari e-Kinerja.",
        en="This row belongs to unor induk '{unor}', not to this file's unit {unit}; download "
        "the report per unor induk from e-Kinerja.",
    ),
    "ek_tahun_beda": error(
        id="Ekspor e-Kinerja ini untuk tahun {tahun_berkas}, yang diperiksa tahun {tahun}; "
        "unduh laporan tahun {tahun} atau jalankan dengan --tahun {tahun_berkas}.",
        en="This e-Kinerja export is for {tahun_berkas}, the year checked is {tahun}; "
        "download the {tahun} report or run with --tahun {tahun_berkas}.",
    ),
    "ek_periode_tidak_dikenal": error(
        id="Periode ekspor e-Kinerja '{teks}' tidak dikenal (yang dikenal: Tahunan/Tahun 2026, "
        "Triwulan I-IV/TW1-TW4/Triwulan Pertama-Keempat, Semester I/II, Bulanan dan nama bulan; "
        "baris Periode: rentang tanggal tepat satu tahun, triwulan, semester atau bulan). "
        "Berkas ini tidak dihitung; unduh ulang laporannya tanpa mengubah judul.",
        en="The e-Kinerja export's period '{teks}' is not known (known: Tahunan/Tahun 2026, "
        "Triwulan I-IV/TW1-TW4/Triwulan Pertama-Keempat, Semester I/II, Bulanan and month names; "
        "Periode line: a date range of exactly one year, quarter, semester or month). This file "
        "is not counted; download the report again without editing its title.",
    ),
    "ek_tahun_tidak_dikenal": error(
        id="Tahun ekspor e-Kinerja tidak dapat ditentukan dari '{teks}' (tidak ada tahun, atau "
        "lebih dari satu). Berkas ini tidak dihitung; unduh ulang laporannya.",
        en="The e-Kinerja export's year cannot be told from '{teks}' (no year, or more than "
        "one). This file is not counted; download the report again.",
    ),
    "ek_periode_beda": error(
        id="Judul ekspor e-Kinerja '{judul}' tidak sesuai dengan baris Periode '{periode}' "
        "({sel_periode}): periode atau tahunnya berbeda. Berkas ini tidak dihitung; unduh ulang "
        "laporannya.",
        en="The e-Kinerja export's title '{judul}' does not match its Periode line "
        "'{periode}' ({sel_periode}): the period or the year differs. This file is not counted; "
        "download the report again.",
    ),
    "ek_ditarik_tidak_sah": warning(
        True,
        alasan='"Data ditarik pada" menentukan unduhan mana yang berlaku bila satu unit punya dua ekspor (seperti `tanggal_tidak_sah`)',
        id="'Data ditarik pada' '{nilai}' bukan tanggal (bentuk 2027-01-15 atau 15-01-2027); "
        "tanpa tanggal ini unduhan yang berlaku ditentukan dari waktu impor.",
        en="'Data ditarik pada' '{nilai}' is not a date (2027-01-15 or 15-01-2027); without it "
        "the current download is chosen by the time of import.",
    ),
    "ek_ditarik_masa_depan": error(
        id="'Data ditarik pada' {tanggal} sesudah hari ini ({hari_ini}): tanggal ini akan "
        "membuat berkas ini berlaku di atas setiap unduhan yang lebih baru. Berkas ini tidak "
        "dihitung; unduh ulang laporannya (atau jalankan dengan --tanggal yang benar).",
        en="'Data ditarik pada' {tanggal} is after today ({hari_ini}): this date would keep "
        "this file current over any later download. This file is not counted; download the "
        "report again (or run with the right --tanggal).",
    ),
    "pengecualian_kolom_tidak_ada": error(
        id="Daftar pengecualian harus punya kolom NIP dan alasan di baris judulnya (dalam 10 "
        "baris pertama).",
        en="The exclusions list needs the columns NIP and alasan in its header row (within "
        "the first 10 rows).",
    ),
    "pengecualian_alasan_tidak_dikenal": error(
        id="Alasan '{teks}' tidak dikenal; yang dikenal: pensiun, mutasi, hukuman disiplin, "
        "tugas belajar, CLTN. Baris ini tidak dipakai.",
        en="Reason '{teks}' is not known; known: pensiun, mutasi, hukuman disiplin, tugas "
        "belajar, CLTN. This row is not used.",
    ),
}
