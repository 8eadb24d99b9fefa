"""Messages of ``kinerja kebutuhan`` (development needs from competencies, issue 13)."""

MESSAGES = {
    "kebutuhan_tanpa_kompetensi": {
        "id": "Konfigurasi {path} tidak memuat daftar kompetensi ('kompetensi' dan "
        "'standar_kompetensi'), jadi tidak ada kebutuhan pengembangan yang dapat dihitung. "
        "Lihat docs/konfigurasi.md bagian Kompetensi.",
        "en": "The config {path} has no competency list ('kompetensi' and "
        "'standar_kompetensi'), so no development needs can be computed. See "
        "docs/konfigurasi.md, section Kompetensi.",
    },
    "kebutuhan_ringkasan": {
        "id": "{pegawai} pegawai di unit yang kompetensinya dinilai, {dinilai} sudah dinilai; {gap} "
        "kesenjangan pada {orang} pegawai ({tinggi} prioritas tinggi); {usulan} usulan "
        "pelatihan; {catatan} catatan (jabatan tanpa standar, belum dinilai, JP kurang).",
        "en": "{pegawai} employees in units whose competencies are assessed, {dinilai} assessed; {gap} gaps "
        "for {orang} employees ({tinggi} high priority); {usulan} suggested programmes; "
        "{catatan} notes (jabatan without a standard, not assessed, hours short).",
    },
    "kebutuhan_ditulis": {
        "id": "Kebutuhan pengembangan ditulis ke {path}",
        "en": "Development needs written to {path}",
    },
    "kebutuhan_judul": {
        "id": "KEBUTUHAN PENGEMBANGAN KOMPETENSI {tahun}",
        "en": "COMPETENCY DEVELOPMENT NEEDS {tahun}",
    },
    "kebutuhan_subjudul": {
        "id": "{instansi} · Tahun {tahun} · {dinilai} dari {pegawai} pegawai dinilai · {tanggal}",
        "en": "{instansi} · Year {tahun} · {dinilai} of {pegawai} employees assessed · {tanggal}",
    },
    "kebutuhan_judul_pegawai": {
        "id": "KESENJANGAN KOMPETENSI PER PEGAWAI",
        "en": "COMPETENCY GAPS PER EMPLOYEE",
    },
    "kebutuhan_judul_usulan": {"id": "USULAN PELATIHAN", "en": "SUGGESTED TRAINING"},
    "kebutuhan_usulan_kelas": {
        "id": "Setiap pegawai di bawah standar tercantum sekali per pelatihan yang disarankan "
        "untuk kompetensinya; satu kelas {kursi} peserta (pengembangan.peserta_per_kelas).",
        "en": "Every employee below standard is listed once per programme suggested for their "
        "competencies; one class seats {kursi} (pengembangan.peserta_per_kelas).",
    },
    "kebutuhan_judul_catatan": {"id": "CATATAN", "en": "NOTES"},
    "kebutuhan_grafik_judul": {
        "id": "Pegawai di bawah standar per kompetensi",
        "en": "Employees below standard per competency",
    },
    "kebutuhan_grafik_seri": {"id": "Di bawah standar", "en": "Below standard"},
    "kebutuhan_kol_kompetensi": {"id": "Kompetensi", "en": "Competency"},
    "kebutuhan_kol_nama_kompetensi": {"id": "Nama Kompetensi", "en": "Competency name"},
    "kebutuhan_kol_jumlah": {"id": "Jumlah", "en": "Total"},
    "kebutuhan_kol_prioritas": {"id": "Prioritas", "en": "Priority"},
    "kebutuhan_kol_unit": {"id": "Unit", "en": "Unit"},
    "kebutuhan_kol_nama": {"id": "Nama", "en": "Name"},
    "kebutuhan_kol_jabatan": {"id": "Jabatan", "en": "Position"},
    "kebutuhan_kol_predikat": {"id": "Predikat", "en": "Rating"},
    "kebutuhan_kol_standar": {"id": "Standar", "en": "Standard"},
    "kebutuhan_kol_level": {"id": "Level", "en": "Level"},
    "kebutuhan_kol_gap": {"id": "Kesenjangan", "en": "Gap"},
    "kebutuhan_kol_skor": {"id": "Skor Prioritas", "en": "Priority score"},
    "kebutuhan_kol_indikator": {"id": "Indikator Lemah Terkait", "en": "Linked weak indicators"},
    "kebutuhan_kol_pelatihan": {"id": "Pelatihan", "en": "Programme"},
    "kebutuhan_kol_peserta": {"id": "Peserta", "en": "Seats"},
    "kebutuhan_kol_kelas": {"id": "Kelas", "en": "Classes"},
    "kebutuhan_kol_per_unit": {"id": "Peserta per Unit", "en": "Seats per unit"},
    "kebutuhan_kol_catatan": {"id": "Catatan", "en": "Note"},
    "kebutuhan_kol_keterangan": {"id": "Keterangan", "en": "Details"},
    "kebutuhan_prioritas_tinggi": {"id": "Tinggi", "en": "High"},
    "kebutuhan_prioritas_sedang": {"id": "Sedang", "en": "Medium"},
    "kebutuhan_prioritas_rendah": {"id": "Rendah", "en": "Low"},
    "kebutuhan_catatan_jabatan_tidak_cocok": {
        "id": "Jabatan tanpa standar",
        "en": "Position without a standard",
    },
    "kebutuhan_catatan_belum_dinilai": {"id": "Belum dinilai", "en": "Not assessed"},
    "kebutuhan_catatan_jp_kurang": {"id": "JP di bawah minimum", "en": "Hours below minimum"},
    "kebutuhan_ket_jabatan": {
        "id": "tidak cocok dengan standar_kompetensi mana pun; yang mirip: {mirip}",
        "en": "matches no standar_kompetensi; close: {mirip}",
    },
    "kebutuhan_ket_jp": {
        "id": "JP tahun ini: {jp}",
        "en": "hours this year: {jp}",
    },
    "kebutuhan_ket_belum_dinilai": {
        "id": "tidak ada baris Kompetensi yang sah (tidak ada, atau berisi kesalahan: lihat validasi)",
        "en": "no valid Kompetensi row (none, or one with an error: see validasi)",
    },
    "kebutuhan_kolom_tabel": {
        "id": "Prioritas|Unit|NIP|Nama|Kompetensi|Standar|Level|Gap|Indikator terkait",
        "en": "Priority|Unit|NIP|Name|Competency|Standard|Level|Gap|Linked indicators",
    },
    "kebutuhan_judul_tabel": {
        "id": "Kesenjangan kompetensi tahun {tahun} (prioritas tertinggi dulu)",
        "en": "Competency gaps {tahun} (highest priority first)",
    },
}
