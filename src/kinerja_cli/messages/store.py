"""Messages of the store and of the commands impor, status and arsip."""

from kinerja_cli.messages.types import error

MESSAGES = {
    # ---- opening and writing the store (StoreError / UsageError) ----------------------------
    "db_alamat_tidak_didukung": {
        "id": "{asal} berisi alamat {alamat}: penyimpanan {skema} tidak didukung. "
        "Tulis jalur berkas SQLite (mis. data/kinerja.db) atau alamat PostgreSQL "
        "(postgresql://pengguna@host:5432/nama_db). Tidak ada yang dibuat.",
        "en": "{asal} holds the address {alamat}: a {skema} store is not supported. "
        "Give a SQLite file path (e.g. data/kinerja.db) or a PostgreSQL address "
        "(postgresql://user@host:5432/dbname). Nothing was created.",
    },
    "db_alamat_tidak_sah": {
        "id": "Alamat PostgreSQL {alamat} tidak dapat dipakai: {sebab} tidak sah. Bentuknya: "
        "postgresql://pengguna@host:5432/nama_db (port 1-65535, nama host paling panjang 253 "
        "huruf). Tidak ada yang dibuat.",
        "en": "The PostgreSQL address {alamat} cannot be used: its {sebab} is not valid. Its "
        "form: postgresql://user@host:5432/dbname (port 1-65535, a host name of at most 253 "
        "characters). Nothing was created.",
    },
    "db_alamat_tidak_terbaca": {
        "id": "Alamat PostgreSQL di {asal} tidak dapat dibaca (tidak ditampilkan: "
        "mungkin memuat kata sandi). Bentuknya: postgresql://pengguna@host:5432/nama_db"
        "?sslmode=require. Huruf khusus di kata sandi ditulis dengan kode persen (@ = %40, "
        "/ = %2F, ? = %3F, # = %23, % = %25, & = %26, spasi = %20), atau simpan kata sandinya di "
        "PGPASSWORD atau ~/.pgpass. Tidak ada yang dibuat.",
        "en": "The PostgreSQL address in {asal} cannot be read (not shown: it may "
        "hold a password). Its form: postgresql://user@host:5432/dbname?sslmode=require. "
        "Special characters in the password are percent-encoded (@ = %40, / = %2F, ? = %3F, "
        "# = %23, % = %25, & = %26, space = %20), or keep the password in PGPASSWORD or "
        "~/.pgpass. Nothing was created.",
    },
    "db_alamat_mirip_url": {
        "id": "{asal} diawali '{skema}:' seperti sebuah alamat, tetapi bukan alamat "
        "yang dikenal (tidak ditampilkan: mungkin memuat kata sandi). Alamat PostgreSQL ditulis "
        "dengan dua garis miring: postgresql://pengguna@host:5432/nama_db. Berkas SQLite yang "
        "namanya memuat ':' ditulis dengan foldernya, mis. ./{skema}:nama.db. Tidak ada yang "
        "dibuat.",
        "en": "{asal} starts with '{skema}:' like an address, but not one kinerja "
        "knows (not shown: it may hold a password). A PostgreSQL address is written with two "
        "slashes: postgresql://user@host:5432/dbname. A SQLite file whose name has a ':' is "
        "written with its folder, e.g. ./{skema}:name.db. Nothing was created.",
    },
    "db_alamat_kunci_nilai": {
        "id": "{asal} berisi parameter libpq 'kunci=nilai' (tidak ditampilkan: "
        "mungkin memuat kata sandi). kinerja menerima alamat PostgreSQL: "
        "postgresql://pengguna@host:5432/nama_db?sslmode=require, kata sandi di PGPASSWORD "
        "atau ~/.pgpass. Berkas SQLite yang namanya memuat '=' ditulis dengan foldernya, mis. "
        "./nama.db. Tidak ada yang dibuat.",
        "en": "{asal} holds libpq 'key=value' parameters (not shown: they may hold a "
        "password). kinerja takes a PostgreSQL address: "
        "postgresql://user@host:5432/dbname?sslmode=require, the password in PGPASSWORD or "
        "~/.pgpass. A SQLite file whose name has a '=' is written with its folder, e.g. "
        "./name.db. Nothing was created.",
    },
    "db_alamat_tanpa_database": {
        "id": "Alamat PostgreSQL {alamat} tidak menyebut nama database. Bentuknya: "
        "postgresql://pengguna@host:5432/nama_db.",
        "en": "The PostgreSQL address {alamat} names no database. Its form: "
        "postgresql://user@host:5432/dbname.",
    },
    "simpan_pg_tidak_terhubung": {
        "id": "Tidak dapat terhubung ke PostgreSQL di {host}:{port}, database {db}, pengguna "
        "{pengguna}: {detail}. Periksa bahwa server berjalan dan menerima sambungan dari "
        "komputer ini (listen_addresses, pg_hba.conf, firewall), bahwa database {db} ada, dan "
        "bahwa kata sandi ada di PGPASSWORD, ~/.pgpass atau alamatnya.",
        "en": "Cannot connect to PostgreSQL at {host}:{port}, database {db}, user {pengguna}: "
        "{detail}. Check that the server is running and accepts connections from this computer "
        "(listen_addresses, pg_hba.conf, firewall), that the database {db} exists, and that the "
        "password is in PGPASSWORD, ~/.pgpass or the address.",
    },
    "simpan_pg_terputus": {
        "id": "Sambungan ke PostgreSQL di {host}:{port}, database {db} terputus: {detail}. "
        "Pekerjaan yang sedang berjalan dibatalkan seluruhnya oleh server (tidak ada yang "
        "tersimpan setengah jalan). Periksa servernya, lalu jalankan ulang perintah ini.",
        "en": "The connection to PostgreSQL at {host}:{port}, database {db} was lost: {detail}. "
        "The work under way was rolled back whole by the server (nothing was stored half-way). "
        "Check the server, then run this command again.",
    },
    "simpan_pg_hak_kurang": {
        "id": "Pengguna PostgreSQL tidak punya hak yang diperlukan di {path}: {detail}. Hak "
        "paling sedikit yang diperlukan ada di README (bagian PostgreSQL).",
        "en": "The PostgreSQL user lacks a privilege needed on {path}: {detail}. The least "
        "privileges needed are in the README (PostgreSQL section).",
    },
    "salin_tujuan_tidak_kosong": {
        "id": "Penyimpanan tujuan {path} sudah berisi {baris} baris data. salin-db hanya menyalin "
        "ke penyimpanan kosong (dua penyimpanan tidak pernah digabung): pilih berkas baru atau "
        "database PostgreSQL yang baru dibuat. Tidak ada yang diubah.",
        "en": "The target store {path} already holds {baris} rows. salin-db copies into an empty "
        "store only (two stores are never merged): choose a new file or a newly created "
        "PostgreSQL database. Nothing was changed.",
    },
    "salin_tidak_sama": {
        "id": "Salinan di {path} berbeda dari sumbernya pada tabel {tabel} (jumlah baris atau "
        "sidik isinya). Jangan pakai salinan ini; laporkan masalahnya.",
        "en": "The copy at {path} differs from its source in table {tabel} (row count or "
        "content hash). Do not use this copy; report the problem.",
    },
    "salin_sama": {
        "id": "Sumber dan tujuan salin-db sama ({path}). Tulis penyimpanan tujuan yang lain.",
        "en": "The source and target of salin-db are the same ({path}). Give another target.",
    },
    "salin_bukan_berkas": {
        "id": "{argumen} salin-db {path} adalah folder, bukan berkas penyimpanan. Tulis nama "
        "berkasnya, misalnya {path}/kinerja.db. Tidak ada yang dibuat.",
        "en": "The salin-db {argumen} {path} is a folder, not a store file. Give a file name, "
        "for example {path}/kinerja.db. Nothing was created.",
    },
    "salin_sumber_belum_ada": {
        "id": "Penyimpanan asal {path} (SUMBER salin-db) belum ada. Periksa nama berkasnya. "
        "Tidak ada yang dibuat.",
        "en": "The source store {path} (SUMBER of salin-db) does not exist. Check the file "
        "name. Nothing was created.",
    },
    "salin_mulai": {
        "id": "Menyalin penyimpanan {sumber} ke {tujuan}...",
        "en": "Copying the store {sumber} to {tujuan}...",
    },
    "salin_kolom": {
        "id": "Tabel|Baris|SHA-256 (awal)",
        "en": "Table|Rows|SHA-256 (start)",
    },
    "salin_selesai": {
        "id": "Selesai: {berkas} berkas kiriman dan {tabel} tabel disalin ke {tujuan}; jumlah baris "
        "dan sidik SHA-256 setiap tabel sama dengan sumbernya.",
        "en": "Done: {berkas} submitted files and {tabel} tables copied to {tujuan}; the row count "
        "and SHA-256 of every table equal the source's.",
    },
    "simpan_tidak_bisa_dibuka": {
        "id": "Penyimpanan {path} tidak dapat dibuka: {detail}. Periksa bahwa foldernya ada dan "
        "dapat ditulisi, atau pilih berkas lain dengan --db.",
        "en": "The store {path} cannot be opened: {detail}. Check that its folder exists and is "
        "writable, or choose another file with --db.",
    },
    "simpan_terkunci": {
        "id": "Penyimpanan {path} sedang dipakai perintah kinerja lain dan masih terkunci "
        "setelah menunggu {detik} detik. Tunggu perintah lain itu selesai, lalu jalankan ulang "
        "perintah ini. Tidak ada yang tersimpan setengah jalan.",
        "en": "The store {path} is in use by another kinerja command and was still locked after "
        "waiting {detik} seconds. Wait for that command to finish, then run this one again. "
        "Nothing was stored half-way.",
    },
    "simpan_menunggu": {
        "id": "Penyimpanan {path} sedang dipakai perintah kinerja lain; menunggu sampai {detik} "
        "detik...",
        "en": "The store {path} is in use by another kinerja command; waiting up to {detik} "
        "seconds...",
    },
    "simpan_rusak": {
        "id": "Berkas {path} bukan penyimpanan kinerja yang utuh ({detail}). Jangan menimpanya: "
        "pulihkan dari cadangan, atau pakai berkas baru dengan --db lalu impor ulang berkas "
        "kiriman.",
        "en": "{path} is not an intact kinerja store ({detail}). Do not overwrite it: restore "
        "it from a backup, or use a new file with --db and ingest the submitted files again.",
    },
    "simpan_hanya_baca": {
        "id": "Penyimpanan {path} hanya dapat dibaca. Periksa izin berkas dan foldernya, atau "
        "pilih berkas lain dengan --db.",
        "en": "The store {path} is read-only. Check the permissions of the file and its folder, "
        "or choose another file with --db.",
    },
    "simpan_tidak_konsisten": {
        "id": "Penyimpanan {path} menolak perubahan yang tidak konsisten ({detail}); tidak ada "
        "yang disimpan. Jalankan ulang; bila berulang, laporkan ke pengembang.",
        "en": "The store {path} refused an inconsistent change ({detail}); nothing was stored. "
        "Run again; if it happens again, report it to the developers.",
    },
    "simpan_gagal": {
        "id": "Penyimpanan {path} gagal: {detail}. Tidak ada yang disimpan setengah jalan; "
        "jalankan ulang perintahnya.",
        "en": "The store {path} failed: {detail}. Nothing was stored half-way; run the command "
        "again.",
    },
    "simpan_bukan_berkas": {
        "id": "{path} adalah folder, bukan berkas penyimpanan. Berikan nama berkas dengan --db, "
        "misalnya --db {path}/kinerja.db.",
        "en": "{path} is a folder, not a store file. Give a file name with --db, for example "
        "--db {path}/kinerja.db.",
    },
    "simpan_belum_ada": {
        "id": "Penyimpanan {path} belum ada. Jalankan 'kinerja impor' lebih dulu, atau "
        "tunjuk berkas yang benar dengan --db.",
        "en": "The store {path} does not exist yet. Run 'kinerja impor' first, or point to the "
        "right file with --db.",
    },
    "simpan_skema_lebih_baru": {
        "id": "Penyimpanan {path} dibuat oleh kinerja yang lebih baru (skema versi {versi}; "
        "versi ini mengenal sampai {versi_dikenal}). Perbarui kinerja; penyimpanan itu tidak "
        "diubah.",
        "en": "The store {path} was made by a newer kinerja (schema version {versi}; this "
        "version knows up to {versi_dikenal}). Update kinerja; the store was not changed.",
    },
    "simpan_isi_berbeda": {
        "id": "Isi berkas {file} yang akan disimpan berbeda dari yang divalidasi (sha256 tidak "
        "cocok). Jalankan ulang impor.",
        "en": "The bytes of {file} to be stored differ from those validated (sha256 mismatch). "
        "Run the import again.",
    },
    "simpan_ekspor_sudah_ada": {
        "id": "{path} sudah ada dan isinya berbeda; tidak ditimpa. Pilih folder tujuan yang "
        "kosong.",
        "en": "{path} already exists with different contents; not overwritten. Choose an empty "
        "target folder.",
    },
    "simpan_sha_tidak_sah": {
        "id": "'{sha256}' bukan sha256 yang sah: berikan sedikitnya 6 huruf heksadesimal "
        "pertamanya (lihat 'kinerja arsip').",
        "en": "'{sha256}' is not a valid sha256: give at least its first 6 hexadecimal "
        "characters (see 'kinerja arsip').",
    },
    "simpan_sha_tidak_ada": {
        "id": "Tidak ada berkas tersimpan dengan sha256 '{sha256}'. Lihat daftarnya dengan "
        "'kinerja arsip'.",
        "en": "No stored file has sha256 '{sha256}'. See the list with 'kinerja arsip'.",
    },
    "simpan_sha_ganda": {
        "id": "sha256 '{sha256}' cocok dengan {jumlah} berkas tersimpan; berikan lebih banyak "
        "huruf.",
        "en": "sha256 '{sha256}' matches {jumlah} stored files; give more characters.",
    },
    # ---- ingest: issues of files that could not be stored ----------------------------------------
    "impor_tidak_terbaca": error(
        id="Berkas tidak dapat dibaca dari disk ({detail}); tidak disimpan. Periksa izin "
        "berkasnya lalu impor ulang.",
        en="The file cannot be read from disk ({detail}); not stored. Check its permissions "
        "and ingest it again.",
    ),
    "impor_terlalu_besar": error(
        id="Berkas berukuran {ukuran_mb} MB, melebihi batas {batas_mb} MB "
        "(keamanan.ukuran_berkas_maks_mb); tidak disimpan. Minta unit mengirim berkas templat "
        "yang benar.",
        en="The file is {ukuran_mb} MB, over the {batas_mb} MB limit "
        "(keamanan.ukuran_berkas_maks_mb); not stored. Ask the unit to send the right template "
        "file.",
    ),
    "impor_berkas_berubah": error(
        id="Berkas berubah selama dibaca (sedang disalin atau disimpan?); tidak disimpan. "
        "Tunggu sampai selesai, lalu impor ulang.",
        en="The file changed while being read (still being copied or saved?); not stored. "
        "Wait until it is complete, then ingest it again.",
    ),
    # ---- impor: one line per file and the summary ----------------------------------------------
    "impor_baru": {
        "id": "{file}: baru, disimpan sebagai versi {versi} {unit} {tahun}{masalah}.",
        "en": "{file}: new, stored as version {versi} of {unit} {tahun}{masalah}.",
    },
    "impor_duplikat": {
        "id": "{file}: sudah ada (versi {versi} {unit} {tahun}), dilewati.",
        "en": "{file}: already stored (version {versi} of {unit} {tahun}), skipped.",
    },
    "impor_duplikat_tanpa_versi": {
        "id": "{file}: sudah ada (tersimpan tanpa unit atau tahun, tidak dihitung), dilewati.",
        "en": "{file}: already stored (without a unit or year, not counted), skipped.",
    },
    "impor_menggantikan": {
        "id": "{file}: disimpan sebagai versi {versi} {unit} {tahun}, menggantikan versi "
        "{lama}{masalah}.",
        "en": "{file}: stored as version {versi} of {unit} {tahun}, superseding version "
        "{lama}{masalah}.",
    },
    "impor_tidak_dihitung": {
        "id": "{file}: disimpan tetapi tidak dihitung karena kesalahan struktur{masalah}. "
        'Perbaiki lalu kirim ulang; rinciannya: kinerja validasi "{file}".',
        "en": "{file}: stored but not counted because of structural errors{masalah}. Fix it and "
        'send it again; details: kinerja validasi "{file}".',
    },
    "impor_gagal": {
        "id": "{file}: tidak disimpan.",
        "en": "{file}: not stored.",
    },
    "impor_masalah": {
        "id": " ({kesalahan} kesalahan, {peringatan} peringatan)",
        "en": " ({kesalahan} errors, {peringatan} warnings)",
    },
    "impor_ringkasan": {
        "id": "{jumlah} berkas: {baru} baru, {menggantikan} menggantikan versi lama, "
        "{lebih_lama} disimpan tanpa berlaku (Tanggal lebih lama), {duplikat} sudah ada, "
        "{tidak_dihitung} tidak dihitung, {gagal} gagal. Penyimpanan: {db}",
        "en": "{jumlah} files: {baru} new, {menggantikan} superseding an older version, "
        "{lebih_lama} stored but not current (older Tanggal), {duplikat} already stored, "
        "{tidak_dihitung} not counted, {gagal} failed. Store: {db}",
    },
    "impor_ada_kesalahan": {
        "id": "Ada berkas dengan kesalahan; jalankan 'kinerja validasi' pada berkas itu untuk "
        "letak dan cara memperbaikinya, lalu 'kinerja status' untuk unit yang belum lengkap.",
        "en": "Some files have errors; run 'kinerja validasi' on them for where and how to fix "
        "them, then 'kinerja status' for the units still incomplete.",
    },
    "impor_tidak_ada_berkas": {
        "id": "Tidak ada berkas .xlsx, .xlsm, .xls, .ods atau .csv di jalur yang diberikan; "
        "tidak ada yang diimpor.",
        "en": "No .xlsx, .xlsm, .xls, .ods or .csv files in the given paths; nothing ingested.",
    },
    "impor_kemajuan": {
        "id": "Mengimpor",
        "en": "Ingesting",
    },
    # ---- status ----------------------------------------------------------------------------------
    "status_kolom": {
        "id": "Unit|Nama|Status|Versi|Diterima|Berkas|Kesalahan|Peringatan",
        "en": "Unit|Name|Status|Version|Received|File|Errors|Warnings",
    },
    "status_terkirim": {"id": "terkirim", "en": "submitted"},
    "status_belum": {"id": "belum", "en": "missing"},
    "status_tidak_dikenal": {"id": "bukan unit konfigurasi", "en": "not a config unit"},
    "status_ada_tidak_dihitung": {
        "id": "{jumlah} berkas tidak dihitung",
        "en": "{jumlah} files not counted",
    },
    "status_judul": {
        "id": "Status kiriman tahun {tahun}",
        "en": "Submission status, year {tahun}",
    },
    "status_ringkasan": {
        "id": "{terkirim} dari {total} unit sudah mengirim; {belum} belum: {daftar}.",
        "en": "{terkirim} of {total} units have submitted; {belum} missing: {daftar}.",
    },
    "status_lengkap": {
        "id": "Semua {total} unit sudah mengirim untuk tahun {tahun}.",
        "en": "All {total} units have submitted for {tahun}.",
    },
    "status_tidak_dihitung_petunjuk": {
        "id": "Unit {daftar} mengirim berkas yang tidak dihitung karena kesalahan struktur; "
        "lihat 'kinerja arsip --unit KODE' dan minta unit mengirim ulang.",
        "en": "Units {daftar} sent files not counted because of structural errors; see "
        "'kinerja arsip --unit KODE' and ask them to send again.",
    },
    "status_db_belum_ada": {
        "id": "Penyimpanan {path} belum ada: belum ada berkas yang diimpor. Jalankan "
        "'kinerja impor masuk/'.",
        "en": "The store {path} does not exist yet: nothing has been ingested. Run "
        "'kinerja impor masuk/'.",
    },
    # ---- arsip -----------------------------------------------------------------------------------
    "arsip_kolom": {
        "id": "Unit|Tahun|Versi|Keadaan|Diterima|Berkas|Ukuran|sha256|Kesalahan|Peringatan",
        "en": "Unit|Year|Version|State|Received|File|Size|sha256|Errors|Warnings",
    },
    "arsip_berlaku": {"id": "berlaku", "en": "current"},
    "arsip_digantikan": {"id": "digantikan v{versi}", "en": "superseded by v{versi}"},
    "arsip_tidak_dihitung": {"id": "tidak dihitung", "en": "not counted"},
    "arsip_kosong": {
        "id": "Belum ada berkas tersimpan yang cocok di {path}.",
        "en": "No matching stored files in {path}.",
    },
    "arsip_ekspor_selesai": {
        "id": "{jumlah} berkas asli dipulihkan ke {dir} (isi sama persis, sha256 diperiksa).",
        "en": "{jumlah} original files restored to {dir} (identical bytes, sha256 checked).",
    },
}
