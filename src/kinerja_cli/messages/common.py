"""Messages shared by several areas (files, paths, writing)."""

MESSAGES = {
    "berkas_tidak_ada": {
        "id": "Berkas atau folder {path} tidak ditemukan.",
        "en": "File or folder {path} not found.",
    },
    "gagal_menulis": {
        "id": "Tidak dapat menulis {path}: {detail}.",
        "en": "Cannot write {path}: {detail}.",
    },
}
