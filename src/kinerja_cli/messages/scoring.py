"""Messages of scoring: why a row or an employee has no score, how a rating was decided,
and the kurva distribusi violations (SE MenPANRB 3/2023)."""

from kinerja_cli.messages.types import error, warning

_TIDAK_DINILAI = "pegawai berkas itu tidak dinilai sama sekali"

MESSAGES = {
    # ---- usage --------------------------------------------------------------------------
    "skor_periode_tidak_sah": {
        "id": "Periode '{nilai}' tidak dikenal; pilih salah satu dari: {pilihan}.",
        "en": "Unknown period '{nilai}'; choose one of: {pilihan}.",
    },
    "skor_unit_ganda": {
        "id": "Unit {unit} memiliki lebih dari satu berkas untuk dinilai ({berkas}); "
        "gunakan hanya berkas terbaru unit itu.",
        "en": "Unit {unit} has more than one file to score ({berkas}); use only the unit's "
        "latest file.",
    },
    "skor_unit_tak_dikenal": warning(
        True,
        alasan=_TIDAK_DINILAI,
        id="Berkas untuk unit '{unit}' tidak dinilai karena unit itu tidak ada di "
        "konfigurasi; periksa Kode Unit di lembar Identitas atau tambahkan unit ke "
        "konfigurasi.",
        en="The file for unit '{unit}' is not scored because that unit is not in the "
        "configuration; check the unit code on the Identitas sheet or add the unit to the "
        "configuration.",
    ),
    "skor_ekinerja_periode_lain": warning(
        True,
        alasan="ekspor e-Kinerja periode lain (bulanan, triwulan lain): unitnya tidak dinilai "
        "dari ekspor itu",
        id="Ekspor e-Kinerja ini untuk periode {periode_berkas}, rekap ini {periode}: unitnya "
        "tidak dinilai dari ekspor ini; unduh Laporan Penilaian SKP periode {periode} (tahunan "
        "atau triwulan) dari e-Kinerja.",
        en="This e-Kinerja export is for {periode_berkas}, this recap is {periode}: the unit "
        "is not scored from it; download the Laporan Penilaian SKP of period {periode} (annual "
        "or quarterly) from e-Kinerja.",
    ),
    "skor_unit_gagal": error(
        id="Unit {unit} tidak dapat dinilai ({galat}): unit ini dicantumkan tanpa nilai, "
        "unit lain dinilai seperti biasa. Ini kesalahan program atau nilai yang tidak "
        "terduga; jalankan ulang dengan --debug untuk rinciannya dan laporkan ke pengembang.",
        en="Unit {unit} could not be scored ({galat}): it is listed without scores, every "
        "other unit is scored as usual. This is a program error or an unforeseen value; run "
        "again with --debug for the details and report it to the developers.",
    ),
    "skor_tahun_lain": warning(
        True,
        alasan=_TIDAK_DINILAI,
        id="Berkas untuk tahun {tahun_berkas} tidak dinilai dalam rekap tahun {tahun}; "
        "gunakan templat tahun {tahun} atau pilih --tahun {tahun_berkas}.",
        en="A file for year {tahun_berkas} is not scored in the {tahun} recap; use the "
        "{tahun} template or choose --tahun {tahun_berkas}.",
    ),
    # ---- rows ---------------------------------------------------------------------------
    "skor_baris_tidak_valid": {
        "id": "Baris berisi kesalahan sehingga tidak dihitung; perbaiki baris itu (lihat "
        "daftar masalah) lalu kirim ulang berkasnya.",
        "en": "The row has errors so it is not counted; fix the row (see the list of "
        "problems) and send the file again.",
    },
    "skor_indikator_tak_dikenal": {
        "id": "Kode indikator tidak ada di konfigurasi sehingga capaiannya tidak dapat "
        "dihitung; gunakan kode indikator dari daftar pilihan templat.",
        "en": "The indicator code is not in the configuration so its achievement cannot be "
        "computed; use an indicator code from the template's list.",
    },
    "skor_target_tidak_ada": {
        "id": "Target kosong, nol atau negatif sehingga capaian tidak dapat dihitung; isi "
        "target yang lebih besar dari 0.",
        "en": "The target is blank, zero or negative so the achievement cannot be computed; "
        "enter a target greater than 0.",
    },
    "skor_realisasi_kosong": {
        "id": "Realisasi belum diisi untuk triwulan dalam periode ini; isi realisasi per "
        "triwulan sampai periode rekap.",
        "en": "No realisasi has been entered for the quarters of this period; fill in the "
        "realisasi per quarter up to the recap period.",
    },
    "skor_triwulan_kosong": {
        "id": "Triwulan yang diperlukan periode ini kosong (kosong berarti belum dilaporkan, "
        "bukan 0): indikator jumlah dan rata-rata memerlukan setiap triwulan periode, "
        "indikator terakhir triwulan terakhir periode; isi triwulan itu, tulis 0 bila memang "
        "tidak ada hasil.",
        "en": "A quarter this period needs is blank (blank means not yet reported, not 0): "
        "summed and averaged indicators need every quarter of the period, 'terakhir' ones "
        "the period's last quarter; fill it in, writing 0 when there really was no result.",
    },
    "realisasi_periode_kosong": warning(
        True,
        alasan="baris tidak dinilai untuk periode itu: pegawai (SKP) atau unit (IKU) belum "
        "lengkap, tanpa peringkat",
        id="{kolom} kosong untuk periode {periode} (indikator {indikator}, agregasi "
        "{agregasi}; sel {sel}): baris ini tidak dinilai dan pegawai (SKP) atau unit (IKU) "
        "pemiliknya dihitung belum lengkap, bukan dinilai dari triwulan yang sudah terisi. Isi realisasinya (tulis 0 bila memang "
        "nol) lalu kirim ulang berkasnya.",
        en="{kolom} blank for period {periode} (indicator {indikator}, aggregation "
        "{agregasi}; cells {sel}): this row is not scored and its employee (SKP) or unit "
        "(IKU) counts as incomplete, not scored from the quarters already filled. Fill in the realisasi (0 if it really "
        "is zero) and send the file again.",
    ),
    # ---- employees ----------------------------------------------------------------------
    "skor_pegawai_tidak_valid": {
        "id": "Baris pegawai di lembar Pegawai berisi kesalahan sehingga pegawai ini tidak "
        "dinilai; perbaiki baris itu lalu kirim ulang berkasnya.",
        "en": "The employee's row on the Pegawai sheet has errors so this employee is not "
        "scored; fix the row and send the file again.",
    },
    "skor_tanpa_skp": {
        "id": "Pegawai ini tidak memiliki baris SKP sehingga tidak dapat dinilai; tambahkan "
        "indikatornya di lembar SKP.",
        "en": "This employee has no SKP rows so cannot be scored; add their indicators on "
        "the SKP sheet.",
    },
    "skor_kepala_iku_belum_lengkap": {
        "id": "Kepala unit mengikuti predikat kinerja organisasi, tetapi capaian IKU unit "
        "tidak dapat dihitung (ada IKU yang belum ada, berisi kesalahan atau belum berisi "
        "realisasi), sehingga rating hasil kerjanya belum dapat ditentukan; lengkapi lembar "
        "IKU atau isi Predikat Kinerja Organisasi di lembar Identitas.",
        "en": "The unit head follows the organisation predikat, but the unit's IKU "
        "achievement cannot be computed (an IKU is missing, has errors or has no realisasi "
        "yet), so their results rating cannot be decided; complete the IKU sheet or fill in "
        "Predikat Kinerja Organisasi on the Identitas sheet.",
    },
    "skor_sumber_ekinerja": {
        "id": "Nilai dari ekspor e-Kinerja BKN: predikat pegawai seperti tercatat di e-Kinerja "
        "(hasil_akhir); capaian dan nilai tidak tersedia.",
        "en": "Scores from an e-Kinerja BKN export: employee predikat as recorded in e-Kinerja "
        "(hasil_akhir); no capaian or nilai.",
    },
    "skor_ekinerja_tanpa_predikat_organisasi": {
        "id": "Ekspor e-Kinerja tidak memuat predikat organisasi; isi 'predikat_organisasi' unit "
        "ini di konfigurasi agar kurva distribusi diperiksa.",
        "en": "An e-Kinerja export carries no predikat organisasi; set this unit's "
        "'predikat_organisasi' in the config to have the distribution curve checked.",
    },
    "skor_ekinerja_tanpa_hasil_akhir": {
        "id": "hasil_akhir kosong di ekspor e-Kinerja: pegawai ini belum dinilai untuk periode "
        "itu.",
        "en": "hasil_akhir is empty in the e-Kinerja export: this employee has not been "
        "assessed for that period.",
    },
    "skor_iku_belum_lengkap": {
        "id": "Capaian IKU tidak dihitung: ada IKU unit yang belum ada, berisi kesalahan atau "
        "belum berisi realisasi (lihat lembar Masalah); predikat organisasi hanya dari isian "
        "lembar Identitas.",
        "en": "IKU achievement not computed: an IKU of the unit is missing, has errors or has "
        "no realisasi yet (see the Masalah sheet); the organisation predikat comes only from "
        "the Identitas sheet.",
    },
    "skor_perilaku_kosong": {
        "id": "Rating perilaku kerja belum diisi sehingga predikat tidak dapat ditentukan; "
        "isi kolom Rating Perilaku di lembar Pegawai.",
        "en": "The behaviour rating is blank so the predikat cannot be decided; fill in the "
        "Rating Perilaku column on the Pegawai sheet.",
    },
    "skor_bobot_sama": {
        "id": "Bobot indikator tidak lengkap, sehingga semua indikator pegawai ini diberi "
        "bobot sama; isi kolom Bobot di lembar SKP bila bobotnya berbeda.",
        "en": "Indicator weights are incomplete, so all of this employee's indicators get "
        "equal weight; fill in the Bobot column on the SKP sheet if the weights differ.",
    },
    "skor_rating_kepala": {
        "id": "Kepala unit: rating hasil kerja mengikuti predikat kinerja organisasi unitnya.",
        "en": "Head of unit: the results rating follows the unit's organisation predikat.",
    },
    "skor_kepala_isian_diabaikan": {
        "id": "Kepala unit: rating hasil kerja yang diisi di lembar Pegawai tidak dipakai "
        "karena kepala unit mengikuti predikat kinerja organisasi; kosongkan isian itu atau "
        "periksa NIP Kepala Unit di lembar Identitas.",
        "en": "Head of unit: the results rating entered on the Pegawai sheet is not used "
        "because the head follows the organisation predikat; clear that entry or check the "
        "head's NIP on the Identitas sheet.",
    },
    "skor_kepala_tanpa_predikat_organisasi": {
        "id": "Kepala unit: predikat kinerja organisasi tidak diketahui (tidak diisi dan "
        "tidak ada capaian IKU), sehingga kepala unit dinilai seperti pegawai lain; isi "
        "Predikat Kinerja Organisasi di lembar Identitas atau realisasi IKU.",
        "en": "Head of unit: the organisation predikat is unknown (not given and no IKU "
        "achievement), so the head is scored like any other employee; fill in the "
        "organisation predikat on the Identitas sheet or the IKU realisasi.",
    },
    # ---- kurva distribusi ---------------------------------------------------------------
    "skor_kurva_maks": {
        "id": "Predikat {predikat} {jumlah} dari {total} pegawai ({persen}%), melebihi batas "
        "{batas}% untuk organisasi {organisasi}.",
        "en": "Predikat {predikat}: {jumlah} of {total} employees ({persen}%), above the "
        "{batas}% limit for a(n) {organisasi} organisation.",
    },
    "skor_kurva_maks_longgar": {
        "id": "Predikat {predikat} {jumlah} dari {total} pegawai ({persen}%), melebihi batas "
        "{batas}% (setelah dibulatkan: paling banyak {batas_orang} pegawai) untuk organisasi "
        "{organisasi}.",
        "en": "Predikat {predikat}: {jumlah} of {total} employees ({persen}%), above the "
        "{batas}% limit (rounded: at most {batas_orang} employees) for a(n) {organisasi} "
        "organisation.",
    },
    "skor_kurva_min": {
        "id": "Predikat {predikat} {jumlah} dari {total} pegawai ({persen}%), kurang dari "
        "batas minimal {batas}% untuk organisasi {organisasi}.",
        "en": "Predikat {predikat}: {jumlah} of {total} employees ({persen}%), below the "
        "{batas}% minimum for a(n) {organisasi} organisation.",
    },
    "skor_kurva_min_longgar": {
        "id": "Predikat {predikat} {jumlah} dari {total} pegawai ({persen}%), kurang dari "
        "batas minimal {batas}% (setelah dibulatkan: paling sedikit {batas_orang} pegawai) "
        "untuk organisasi {organisasi}.",
        "en": "Predikat {predikat}: {jumlah} of {total} employees ({persen}%), below the "
        "{batas}% minimum (rounded: at least {batas_orang} employees) for a(n) "
        "{organisasi} organisation.",
    },
    "skor_kurva_min_orang": {
        "id": "Predikat {predikat} {jumlah} dari {total} pegawai ({persen}%), padahal "
        "organisasi {organisasi} harus memiliki paling sedikit {batas_orang} pegawai dengan "
        "predikat itu.",
        "en": "Predikat {predikat}: {jumlah} of {total} employees ({persen}%), but a(n) "
        "{organisasi} organisation must have at least {batas_orang} employee(s) with that "
        "predikat.",
    },
    "skor_kurva_dilarang": {
        "id": "Predikat {predikat} {jumlah} dari {total} pegawai ({persen}%), padahal "
        "organisasi {organisasi} tidak boleh memiliki pegawai dengan predikat itu (batas "
        "{batas}%).",
        "en": "Predikat {predikat}: {jumlah} of {total} employees ({persen}%), but a(n) "
        "{organisasi} organisation may not have any employee with that predikat (limit "
        "{batas}%).",
    },
}
