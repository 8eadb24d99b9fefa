"""Messages of the command line itself."""

MESSAGES = {
    # ---- click's usage errors, translated (cli/usage.py) ----------------------------------
    "cli_opsi_bantuan": {
        "id": "Tampilkan bantuan ini lalu keluar.",
        "en": "Show this message and exit.",
    },
    "cli_opsi_tidak_dikenal": {
        "id": "Opsi {opsi} tidak dikenal.",
        "en": "Unknown option {opsi}.",
    },
    "cli_opsi_tidak_dikenal_saran": {
        "id": "Opsi {opsi} tidak dikenal. Mungkin maksudnya: {saran}.",
        "en": "Unknown option {opsi}. Did you mean: {saran}?",
    },
    "cli_parameter_kurang": {
        "id": "{nama} belum diberikan; perintah ini memerlukannya.",
        "en": "{nama} is missing; this command needs it.",
    },
    "cli_nilai_tidak_sah": {
        "id": "Nilai '{nilai}' untuk {nama} tidak sah: periksa jenisnya (angka bulat, "
        "tanggal, atau salah satu pilihan yang disebut di --help).",
        "en": "Value '{nilai}' for {nama} is not valid: check its kind (a whole number, a "
        "date, or one of the choices listed in --help).",
    },
    "cli_perintah_tidak_dikenal": {
        "id": "Perintah '{perintah}' tidak dikenal.",
        "en": "Unknown command '{perintah}'.",
    },
    "cli_argumen_berlebih": {
        "id": "Ada argumen yang tidak dipakai perintah ini: {detail}.",
        "en": "This command does not take the extra argument(s): {detail}.",
    },
    "cli_penggunaan_salah": {
        "id": "Penggunaan salah: {detail}",
        "en": "Wrong usage: {detail}",
    },
    "cli_lihat_bantuan": {
        "id": "Lihat '{perintah} --help' untuk opsi dan contohnya.",
        "en": "See '{perintah} --help' for its options and examples.",
    },
    "cli_tanggal_tidak_sah": {
        "id": "Tanggal '{nilai}' tidak dapat dibaca. Tulis --tanggal sebagai TAHUN-BULAN-HARI, "
        "misalnya --tanggal 2026-12-31.",
        "en": "Date '{nilai}' cannot be read. Write --tanggal as YEAR-MONTH-DAY, for example "
        "--tanggal 2026-12-31.",
    },
    "cli_source_date_epoch_tidak_sah": {
        "id": "SOURCE_DATE_EPOCH '{nilai}' bukan jumlah detik sejak 1970. Perbaiki atau hapus "
        "variabel itu, atau beri --tanggal TAHUN-BULAN-HARI.",
        "en": "SOURCE_DATE_EPOCH '{nilai}' is not a number of seconds since 1970. Fix or unset "
        "it, or give --tanggal YEAR-MONTH-DAY.",
    },
    "cli_kesalahan_internal": {
        "id": "Terjadi kesalahan internal yang tidak terduga: {detail}. Jalankan ulang dengan "
        "--debug untuk melihat rinciannya, lalu laporkan ke pengembang.",
        "en": "An unexpected internal error occurred: {detail}. Run again with --debug to see "
        "the details, and report it to the developers.",
    },
    "cli_bahasa_tidak_dikenal": {
        "id": "Bahasa '{lang}' tidak dikenal; pilih 'id' atau 'en'.",
        "en": "Unknown language '{lang}'; choose 'id' or 'en'.",
    },
    "cli_berkas_ditulis": {
        "id": "Ditulis: {path}",
        "en": "Written: {path}",
    },
    "cli_init_selesai": {
        "id": "Ruang kerja siap di {dir}. Ubah {config} sesuai instansi Anda, lalu jalankan "
        "'kinerja templat'.",
        "en": "Workspace ready in {dir}. Edit {config} for your organisation, then run "
        "'kinerja templat'.",
    },
    "cli_init_sudah_ada": {
        "id": "Berkas {path} sudah ada; tidak ditimpa. Gunakan --timpa untuk menimpanya.",
        "en": "{path} already exists; not overwritten. Use --timpa to overwrite it.",
    },
    "cli_templat_selesai": {
        "id": "{jumlah} templat ditulis ke {dir}.",
        "en": "{jumlah} templates written to {dir}.",
    },
    "cli_unit_tidak_dikenal": {
        "id": "Kode unit '{kode}' tidak ada di konfigurasi. Kode yang ada: {daftar}.",
        "en": "Unit code '{kode}' is not in the config. Known codes: {daftar}.",
    },
}
