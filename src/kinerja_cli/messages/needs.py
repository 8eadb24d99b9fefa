"""Messages of ``kinerja kebutuhan`` (development needs from competencies, issue 13)."""

_LABELS = {
    "kebutuhan_judul_usulan": ("USULAN PELATIHAN", "SUGGESTED TRAINING"),
    "kebutuhan_judul_catatan": ("CATATAN", "NOTES"),
    "kebutuhan_grafik_seri": ("Di bawah standar", "Below standard"),
    "kebutuhan_kol_kompetensi": ("Kompetensi", "Competency"),
    "kebutuhan_kol_nama_kompetensi": ("Nama Kompetensi", "Competency name"),
    "kebutuhan_kol_jumlah": ("Jumlah", "Total"),
    "kebutuhan_kol_prioritas": ("Prioritas", "Priority"),
    "kebutuhan_kol_unit": ("Unit", "Unit"),
    "kebutuhan_kol_nama": ("Nama", "Name"),
    "kebutuhan_kol_jabatan": ("Jabatan", "Position"),
    "kebutuhan_kol_predikat": ("Predikat", "Rating"),
    "kebutuhan_kol_standar": ("Standar", "Standard"),
    "kebutuhan_kol_level": ("Level", "Level"),
    "kebutuhan_kol_gap": ("Kesenjangan", "Gap"),
    "kebutuhan_kol_skor": ("Skor Prioritas", "Priority score"),
    "kebutuhan_kol_indikator": ("Indikator Lemah Terkait", "Linked weak indicators"),
    "kebutuhan_kol_pelatihan": ("Pelatihan", "Programme"),
    "kebutuhan_kol_peserta": ("Peserta", "Seats"),
    "kebutuhan_kol_kelas": ("Kelas", "Classes"),
    "kebutuhan_kol_per_unit": ("Peserta per Unit", "Seats per unit"),
    "kebutuhan_kol_catatan": ("Catatan", "Note"),
    "kebutuhan_kol_keterangan": ("Keterangan", "Details"),
    "kebutuhan_prioritas_tinggi": ("Tinggi", "High"),
    "kebutuhan_prioritas_sedang": ("Sedang", "Medium"),
    "kebutuhan_prioritas_rendah": ("Rendah", "Low"),
    "kebutuhan_catatan_belum_dinilai": ("Belum dinilai", "Not assessed"),
    "kebutuhan_catatan_jp_kurang": ("JP di bawah minimum", "Hours below minimum"),
}

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
    "kebutuhan_usulan_kelas": {
        "id": "Setiap pegawai di bawah standar tercantum sekali per pelatihan yang disarankan "
        "untuk kompetensinya; satu kelas {kursi} peserta (pengembangan.peserta_per_kelas).",
        "en": "Every employee below standard is listed once per programme suggested for their "
        "competencies; one class seats {kursi} (pengembangan.peserta_per_kelas).",
    },
    "kebutuhan_grafik_judul": {
        "id": "Pegawai di bawah standar per kompetensi",
        "en": "Employees below standard per competency",
    },
    "kebutuhan_catatan_jabatan_tidak_cocok": {
        "id": "Jabatan tanpa standar",
        "en": "Position without a standard",
    },
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

MESSAGES.update({k: {"id": i, "en": e} for k, (i, e) in _LABELS.items()})
