"""Messages of output paths made from untrusted values (``safety/paths.py``) and of batches
of outputs where one file could not be written."""

MESSAGES = {
    "keluaran_di_luar_folder": {
        "id": "{path} tidak ditulis: letaknya di luar folder keluaran {dir} (ada tautan simbolik "
        "di dalamnya?). Pilih folder kosong.",
        "en": "{path} not written: it lies outside the output folder {dir} (a symbolic link "
        "inside it?). Choose an empty folder.",
    },
    "keluaran_bukan_folder": {
        "id": "{path} adalah berkas, bukan folder; keluaran ditulis ke dalam folder. Beri nama "
        "folder lain, atau pindahkan berkas itu.",
        "en": "{path} is a file, not a folder; outputs are written into a folder. Give another "
        "folder name, or move that file away.",
    },
    "keluaran_tanpa_izin": {
        "id": "Tidak dapat menulis {path}: tidak ada izin menulis di folder {dir}. Pilih folder "
        "lain, atau minta izin menulis di folder itu.",
        "en": "Cannot write {path}: no permission to write in the folder {dir}. Choose another "
        "folder, or ask for write permission there.",
    },
    "keluaran_hanya_baca": {
        "id": "Tidak dapat menulis {path}: folder {dir} berada di media yang hanya dapat dibaca. "
        "Pilih folder lain.",
        "en": "Cannot write {path}: the folder {dir} is on a read-only medium. Choose another "
        "folder.",
    },
    "keluaran_ruang_habis": {
        "id": "Tidak dapat menulis {path}: ruang penyimpanan untuk folder {dir} sudah penuh. "
        "Kosongkan sebagian ruang atau pilih tempat lain.",
        "en": "Cannot write {path}: the storage of the folder {dir} is full. Free some space "
        "or choose another place.",
    },
    "keluaran_nama_terlalu_panjang": {
        "id": "Tidak dapat menulis {path}: jalurnya terlalu panjang untuk sistem berkas. Pilih "
        "folder keluaran dengan jalur yang lebih pendek.",
        "en": "Cannot write {path}: the path is too long for the file system. Choose an output "
        "folder with a shorter path.",
    },
    "keluaran_nama_tidak_aman": {
        "id": "Nama '{nama}' tidak dipakai sebagai nama berkas di {dir}: bukan nama berkas yang "
        "aman. Laporkan ini sebagai cacat program.",
        "en": "'{nama}' is not used as a file name in {dir}: not a safe file name. Please "
        "report this as a bug.",
    },
    "keluaran_gagal_satu": {
        "id": "{berkas}: tidak ditulis. {alasan}",
        "en": "{berkas}: not written. {alasan}",
    },
    "keluaran_gagal_ringkasan": {
        "id": "{jumlah} berkas tidak dapat ditulis (lihat di atas); yang lain sudah ditulis.",
        "en": "{jumlah} files could not be written (see above); the others were written.",
    },
}
