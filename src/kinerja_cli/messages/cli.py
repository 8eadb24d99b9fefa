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
        "id": "Baris perintah ini tidak dapat dipahami.",
        "en": "This command line cannot be understood.",
    },
    "cli_opsi_tanpa_nilai": {
        "id": "Opsi {opsi} tidak menerima nilai; tulis {opsi} saja, tanpa '=...'.",
        "en": "Option {opsi} does not take a value; write {opsi} alone, without '=...'.",
    },
    "cli_opsi_perlu_nilai": {
        "id": "Opsi {opsi} memerlukan nilai sesudahnya (mis. {opsi} NILAI).",
        "en": "Option {opsi} needs a value after it (e.g. {opsi} VALUE).",
    },
    "cli_opsi_salah_pakai": {
        "id": "Opsi {opsi} tidak dipakai dengan benar.",
        "en": "Option {opsi} is not used correctly.",
    },
    "cli_argumen_salah_pakai": {
        "id": "Jumlah argumen tidak sesuai dengan yang diminta perintah ini.",
        "en": "The number of arguments does not match what this command asks for.",
    },
    "cli_perintah_kurang": {
        "id": "Nama perintah belum diberikan (mis. kinerja validasi masuk/).",
        "en": "No command given (e.g. kinerja validasi masuk/).",
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
    "cli_tahun_di_luar_rentang": {
        "id": "--tahun {tahun} di luar tahun penilaian yang dikenal kinerja ({min} sampai "
        "{max}, sama seperti tahun di konfigurasi).",
        "en": "--tahun {tahun} is outside the assessment years kinerja knows ({min} to {max}, "
        "as the config's year).",
    },
    "cli_versi_tidak_sah": {
        "id": "--versi harus bilangan bulat 1 sampai {max} (diberikan: {versi}). Nomor versi "
        "ada di kolom Versi 'kinerja arsip'.",
        "en": "--versi must be a whole number from 1 to {max} (given: {versi}). Version "
        "numbers are in the Versi column of 'kinerja arsip'.",
    },
    "cli_opsi_perlu_opsi": {
        "id": "{opsi} hanya berlaku bersama {perlu}; tanpa {perlu} opsi itu tidak dipakai, "
        "jadi perintah tidak dijalankan.",
        "en": "{opsi} only applies with {perlu}; without {perlu} it would be ignored, so the "
        "command was not run.",
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
    "cli_init_bukan_folder": {
        "id": "{path} adalah berkas, bukan folder; ruang kerja perlu folder di situ. Pilih "
        "folder lain, misalnya: kinerja init kinerja-2026",
        "en": "{path} is a file, not a folder; the workspace needs a folder there. Choose "
        "another folder, for example: kinerja init kinerja-2026",
    },
    "cli_nama_terlalu_panjang": {
        "id": "Nama berkas atau folder terlalu panjang untuk sistem berkas: {path}. Setiap "
        "bagian jalur paling banyak 255 bita, seluruh jalur kurang dari 4096.",
        "en": "File or folder name too long for the file system: {path}. Each part of a path "
        "is at most 255 bytes, the whole path under 4096.",
    },
    "cli_templat_selesai": {
        "id": "{jumlah} templat ditulis ke {dir}.",
        "en": "{jumlah} templates written to {dir}.",
    },
    "cli_unit_tidak_dikenal": {
        "id": "Kode unit '{kode}' tidak dikenal. Kode yang ada: {daftar}.",
        "en": "Unit code '{kode}' is not known. Known codes: {daftar}.",
    },
    "cli_unit_tidak_dikenal_saran": {
        "id": "Kode unit '{kode}' tidak dikenal. Mungkin maksudnya: {saran}. Kode yang ada: "
        "{daftar}.",
        "en": "Unit code '{kode}' is not known. Did you mean: {saran}? Known codes: {daftar}.",
    },
}
