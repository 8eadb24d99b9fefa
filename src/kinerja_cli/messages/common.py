"""Messages shared by several areas (files, paths, writing)."""

MESSAGES = {
    "berkas_tidak_ada": {
        "id": "Berkas atau folder {path} tidak ditemukan.",
        "en": "File or folder {path} not found.",
    },
    "keluaran_adalah_folder": {
        "id": "{path} adalah folder, bukan berkas. Beri nama berkas untuk -o, misalnya "
        "{path}/hasil.xlsx.",
        "en": "{path} is a folder, not a file. Give -o a file name, for example "
        "{path}/result.xlsx.",
    },
    "keluaran_rekap_harus_xlsx": {
        "id": "Rekap ditulis sebagai buku kerja Excel: beri -o nama berakhiran .xlsx (bukan "
        "{path}). Untuk CSV atau JSON gunakan kinerja peringkat atau kinerja ringkasan.",
        "en": "The recap is written as an Excel workbook: give -o a name ending in .xlsx (not "
        "{path}). For CSV or JSON use kinerja peringkat or kinerja ringkasan.",
    },
    "gagal_menulis": {
        "id": "Tidak dapat menulis {path}: {detail}. Periksa bahwa folder itu boleh ditulis "
        "dan masih ada ruang, atau pilih tempat lain.",
        "en": "Cannot write {path}: {detail}. Check that the folder is writable and has "
        "space left, or choose another place.",
    },
}
