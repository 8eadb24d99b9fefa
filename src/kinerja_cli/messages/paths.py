"""Messages of output paths made from untrusted values (``safety/paths.py``) and of batches
of outputs where one file could not be written."""

MESSAGES = {
    "keluaran_di_luar_folder": {
        "id": "{path} tidak ditulis: letaknya di luar folder keluaran {dir} (ada tautan simbolik "
        "di dalamnya?). Pilih folder kosong.",
        "en": "{path} not written: it lies outside the output folder {dir} (a symbolic link "
        "inside it?). Choose an empty folder.",
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
