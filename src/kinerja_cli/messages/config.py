"""Messages about the indicator configuration."""

MESSAGES = {
    "konfig_tidak_ada": {
        "id": "Berkas konfigurasi {path} tidak ditemukan. Buat ruang kerja dengan 'kinerja init', "
        "atau tunjuk berkasnya dengan --config / KINERJA_CONFIG.",
        "en": "Config file {path} not found. Create a workspace with 'kinerja init', or point "
        "to it with --config / KINERJA_CONFIG.",
    },
    "konfig_tidak_sah": {
        "id": "Konfigurasi {path} berisi {jumlah} kesalahan:",
        "en": "Config {path} has {jumlah} mistake(s):",
    },
    "konfig_terlalu_besar": {
        "id": "Konfigurasi {path} terlalu besar (batas {batas}); periksa apakah berkasnya benar.",
        "en": "Config {path} is too large (limit {batas}); check that it is the right file.",
    },
    "konfig_terlalu_dalam": {
        "id": "Konfigurasi {path} bersarang terlalu dalam (lebih dari {batas} tingkat) di baris "
        "{baris}.",
        "en": "Config {path} is nested too deeply (more than {batas} levels) at line {baris}.",
    },
    "konfig_kunci_ganda": {
        "id": "Kunci '{kunci}' ditulis dua kali (baris {baris_pertama} dan {baris}); hapus salah "
        "satunya.",
        "en": "Key '{kunci}' is written twice (lines {baris_pertama} and {baris}); remove one.",
    },
    "konfig_yaml_rusak": {
        "id": "Konfigurasi {path} bukan YAML yang sah (baris {baris}): {detail}.",
        "en": "Config {path} is not valid YAML (line {baris}): {detail}.",
    },
    "konfig_kosong": {
        "id": "Konfigurasi {path} kosong.",
        "en": "Config {path} is empty.",
    },
    "konfig_bukan_peta": {
        "id": "Konfigurasi {path} harus berupa pasangan kunci: nilai (instansi, tahun, unit, "
        "indikator, ...).",
        "en": "Config {path} must be a mapping of keys (instansi, tahun, unit, indikator, ...).",
    },
    "konfig_bukan_utf8": {
        "id": "Konfigurasi {path} tidak tersimpan sebagai UTF-8; simpan ulang dengan encoding "
        "UTF-8.",
        "en": "Config {path} is not saved as UTF-8; save it again as UTF-8.",
    },
    "konfig_wajib": {
        "id": "kunci ini wajib diisi.",
        "en": "this key is required.",
    },
    "konfig_kunci_tak_dikenal": {
        "id": "kunci tidak dikenal (salah ketik?); hapus atau perbaiki namanya.",
        "en": "unknown key (a typo?); remove it or fix its name.",
    },
    "konfig_harus_teks": {
        "id": "harus berupa teks, bukan '{nilai}'; beri tanda kutip, misalnya \"{nilai}\".",
        "en": "must be text, not '{nilai}'; quote it, for example \"{nilai}\".",
    },
    "konfig_harus_bulat": {
        "id": "harus berupa bilangan bulat, bukan '{nilai}'.",
        "en": "must be a whole number, not '{nilai}'.",
    },
    "konfig_harus_angka": {
        "id": "harus berupa angka, bukan '{nilai}'.",
        "en": "must be a number, not '{nilai}'.",
    },
    "konfig_harus_boolean": {
        "id": "harus true atau false, bukan '{nilai}'.",
        "en": "must be true or false, not '{nilai}'.",
    },
    "konfig_pilihan": {
        "id": "nilai '{nilai}' tidak dikenal; pilih salah satu dari: {pilihan}.",
        "en": "value '{nilai}' is not known; choose one of: {pilihan}.",
    },
    "konfig_harus_daftar": {
        "id": "harus berupa daftar (baris-baris yang diawali '- ').",
        "en": "must be a list (lines starting with '- ').",
    },
    "konfig_harus_peta": {
        "id": "harus berupa pasangan kunci: nilai.",
        "en": "must be a mapping of keys to values.",
    },
    "konfig_terlalu_pendek": {
        "id": "tidak boleh kosong (minimal {minimal}).",
        "en": "must not be empty (at least {minimal}).",
    },
    "konfig_terlalu_panjang": {
        "id": "terlalu panjang: '{nilai}'.",
        "en": "too long: '{nilai}'.",
    },
    "konfig_rentang": {
        "id": "nilai '{nilai}' di luar rentang yang diizinkan ({syarat}).",
        "en": "value '{nilai}' is outside the allowed range ({syarat}).",
    },
    "konfig_nilai_tidak_sah": {
        "id": "nilai '{nilai}' tidak sah: {detail}.",
        "en": "value '{nilai}' is not valid: {detail}.",
    },
    "konfig_batas_terbalik": {
        "id": "batas min ({min}) lebih besar dari max ({max}); tukar keduanya.",
        "en": "bound min ({min}) is greater than max ({max}); swap them.",
    },
    "konfig_ambang_urutan": {
        "id": "ambang tidak berurutan; harus {urutan}.",
        "en": "thresholds are out of order; they must satisfy {urutan}.",
    },
    "konfig_kode_tidak_sah": {
        "id": "kode '{kode}' hanya boleh berisi huruf, angka, titik, garis bawah dan tanda hubung.",
        "en": "code '{kode}' may only contain letters, digits, dots, underscores and hyphens.",
    },
    "konfig_predikat_organisasi_tidak_sah": {
        "id": "predikat organisasi '{nilai}' tidak dikenal; yang dikenal: Istimewa, Baik, Butuh "
        "Perbaikan, Kurang, Sangat Kurang.",
        "en": "predikat organisasi '{nilai}' is not known; known: Istimewa, Baik, Butuh "
        "Perbaikan, Kurang, Sangat Kurang.",
    },
    "konfig_target_tidak_sah": {
        "id": "target '{nilai}' harus berupa angka atau rentang seperti \"80-90\".",
        "en": "target '{nilai}' must be a number or a range such as \"80-90\".",
    },
    "konfig_unit_ganda": {
        "id": "kode unit '{kode}' dipakai lebih dari sekali; setiap unit harus berkode unik.",
        "en": "unit code '{kode}' is used more than once; each unit needs a unique code.",
    },
    "konfig_unor_ganda": {
        "id": "{kunci} '{nilai}' unit {unit} juga {kunci_lain} unit {unit_lain} (dicocokkan tanpa "
        "memandang huruf besar-kecil dan spasi): ekspor e-Kinerja dengan unor induk itu tidak "
        "dapat ditentukan unitnya. Hapus atau ubah salah satunya.",
        "en": "{kunci} '{nilai}' of unit {unit} is also the {kunci_lain} of unit {unit_lain} "
        "(matched ignoring case and spaces): an e-Kinerja export with that unor induk cannot be "
        "assigned to one unit. Remove or change one of them.",
    },
    "konfig_indikator_ganda": {
        "id": "kode indikator '{kode}' dipakai lebih dari sekali; setiap indikator harus berkode "
        "unik.",
        "en": "indicator code '{kode}' is used more than once; each indicator needs a unique code.",
    },
    "konfig_kompetensi_ganda": {
        "id": "kode kompetensi '{kode}' dipakai lebih dari sekali; setiap kompetensi harus berkode "
        "unik.",
        "en": "competency code '{kode}' is used more than once; each competency needs a unique "
        "code.",
    },
    "konfig_kompetensi_tak_dikenal": {
        "id": "'{di}' menyebut kompetensi '{kode}' yang tidak ada di daftar kompetensi.",
        "en": "'{di}' names the competency '{kode}', which is not in the competency list.",
    },
    "konfig_unit_tak_dikenal": {
        "id": "indikator '{indikator}' ditugaskan ke unit '{kode}' yang tidak ada di daftar unit.",
        "en": "indicator '{indikator}' is assigned to unit '{kode}', which is not in the unit "
        "list.",
    },
    "konfig_alias_tidak_sah": {
        "id": "alias satuan '{alias}' harus diawali huruf atau %; tulis kata satuannya "
        "(misalnya jiwa).",
        "en": "unit alias '{alias}' must start with a letter or %; write the unit word "
        "(for example jiwa).",
    },
    "konfig_alias_pengali": {
        "id": "alias satuan '{alias}' diawali kata pengali '{kata}', sehingga '100 {kata}' akan "
        "terbaca 100 {satuan}; hapus alias itu (sel seperti '100 {kata}' dilaporkan dengan "
        "angka lengkapnya).",
        "en": "unit alias '{alias}' starts with the multiplier word '{kata}', so '100 {kata}' "
        "would read as 100 {satuan}; remove the alias (cells such as '100 {kata}' are reported "
        "with the full number).",
    },
    "konfig_target_di_luar_batas": {
        "id": "target '{nilai}' di luar batas indikator (min {min}, max {max}).",
        "en": "target '{nilai}' is outside the indicator's bounds (min {min}, max {max}).",
    },
}
