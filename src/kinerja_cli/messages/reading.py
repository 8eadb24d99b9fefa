"""Messages about reading files and normalising cell values (numbers, targets, NIP).

The value kodes are returned by :mod:`kinerja_cli.values` and used by the validator directly
as issue kodes: they are stable public codes, documented in ``docs/membaca.md``.
"""

from kinerja_cli.messages.types import error

MESSAGES = {
    # ---- numbers -----------------------------------------------------------------------------
    "angka_kosong": error(
        id="Sel ini kosong; isi dengan angka.",
        en="This cell is empty; fill in a number.",
    ),
    "angka_bukan_angka": error(
        id="'{teks}' bukan angka; tulis angkanya saja (misalnya 85 atau 85,5), atau "
        "kosongkan sel jika datanya belum ada.",
        en="'{teks}' is not a number; write the number only (for example 85 or 85,5), or "
        "leave the cell empty if there is no data yet.",
    ),
    "angka_tidak_sah": error(
        id="'{teks}' tidak dapat dibaca sebagai satu angka; tulis satu angka dengan koma "
        "sebagai tanda desimal (misalnya 85,5 atau 1234,5), tanpa kata di depannya.",
        en="'{teks}' cannot be read as one number; write one number with a comma as the "
        "decimal mark (for example 85,5 or 1234,5), with no words before it.",
    ),
    "angka_ambigu": error(
        id="Angka '{teks}' tidak jelas: titik atau koma di situ bisa pemisah ribuan "
        "({ribuan}) atau tanda desimal. Jika maksudnya ribuan, tulis {ribuan} tanpa pemisah; "
        "jika maksudnya pecahan, tulis {saran_pecahan}.",
        en="Number '{teks}' is ambiguous: its dot or comma may be a thousands separator "
        "({ribuan}) or a decimal mark. For thousands write {ribuan} without a separator; for a "
        "fraction write {saran_pecahan}.",
    ),
    "angka_ganda": error(
        id="'{teks}' berisi lebih dari satu angka; tulis satu angka saja per sel (rentang "
        "seperti 80-90 hanya boleh di kolom Target).",
        en="'{teks}' holds more than one number; write one number per cell (a range such as "
        "80-90 is allowed only in the Target column).",
    ),
    "angka_tidak_hingga": error(
        id="Nilai '{teks}' bukan angka yang terhingga (hasil rumus yang rusak atau angka "
        "terlalu besar); ketik angka yang benar.",
        en="Value '{teks}' is not a finite number (a broken formula result or a number too "
        "large); type the right number.",
    ),
    "angka_terlalu_kecil": error(
        id="Angka '{teks}' terlalu kecil: selain nol, angka target atau realisasi tidak "
        "boleh lebih dekat ke nol daripada {batas} (pembagian dengannya memberi capaian yang "
        "mustahil). Periksa salah ketik atau satuan; tulis 0 bila memang nol.",
        en="Number '{teks}' is too small: other than zero, a target or realisation may not "
        "be closer to zero than {batas} (dividing by it gives an impossible achievement). "
        "Check for a typing or unit mistake; write 0 if it really is zero.",
    ),
    "angka_terlalu_besar": error(
        id="Angka '{teks}' terlalu besar: tidak boleh lebih dari {batas} (di atas angka "
        "mana pun yang dicatat kota, dan di atas 15 digit yang disimpan lembar kerja). "
        "Periksa salah ketik atau satuan.",
        en="Number '{teks}' is too large: it may not exceed {batas} (beyond any figure a "
        "city records, and beyond the 15 digits a spreadsheet keeps). Check for a typing or "
        "unit mistake.",
    ),
    "angka_berupa_tanggal": error(
        id="Sel ini berisi tanggal/waktu ({teks}), bukan angka: Excel sering mengubah "
        "ketikan seperti 7.8 atau 1/2 menjadi tanggal. Format sel sebagai Angka (Number) lalu "
        "ketik ulang angkanya.",
        en="This cell holds a date/time ({teks}), not a number: Excel often turns typing "
        "such as 7.8 or 1/2 into a date. Format the cell as Number and type the number again.",
    ),
    "persen_satuan_lain": error(
        id="'{teks}' ditulis sebagai persen, padahal satuan indikator ini bukan persen; "
        "tulis angkanya dalam satuan indikator tanpa tanda % (dan jika sel berformat "
        "Persentase, ubah formatnya menjadi Angka).",
        en="'{teks}' is written as a percentage but this indicator is not measured in "
        "percent; write the number in the indicator's unit without % (and if the cell is "
        "formatted as Percentage, change it to Number).",
    ),
    "angka_satuan_salah": error(
        id="'{teks}': kata '{kata}' sesudah angka bukan satuan indikator ini ({satuan}), "
        "sehingga arti angkanya tidak pasti (kata seperti 'per triwulan' mengubah nilainya). "
        "Tulis satu angka dalam satuan indikator untuk seluruh periode kolom ini, tanpa kata "
        "lain (misalnya {angka} bila memang itu maksudnya); kata satuan lain dapat diterima "
        "bila BKD menambahkannya ke satuan_alias indikator di konfigurasi.",
        en="'{teks}': the words '{kata}' after the number are not this indicator's unit "
        "({satuan}), so the number's meaning is unclear (words such as 'per triwulan' change "
        "its value). Write one number in the indicator's unit for the whole period of this "
        "column, with no other words (for example {angka} if that is what is meant); other unit "
        "words are accepted once the BKD adds them to the indicator's satuan_alias in the "
        "configuration.",
    ),
    "angka_pengali": error(
        id="'{teks}': kata '{kata}' melipatgandakan angkanya, padahal sel ini hanya boleh "
        "berisi angka dalam satuan indikator ({satuan}); tulis angka lengkapnya tanpa kata: "
        "{saran}.",
        en="'{teks}': the word '{kata}' multiplies the number, but this cell may only hold a "
        "number in the indicator's unit ({satuan}); write the full number without words: "
        "{saran}.",
    ),
    # ---- targets -----------------------------------------------------------------------------
    "target_tidak_sah": error(
        id="Target '{teks}' tidak dapat dibaca; tulis satu angka (misalnya 90) atau satu "
        "rentang (misalnya 80-90 atau 7-8 bulan).",
        en="Target '{teks}' cannot be read; write one number (for example 90) or one range "
        "(for example 80-90 or 7-8 bulan).",
    ),
    "target_terbalik": error(
        id="Rentang target '{teks}' terbalik: batas bawah {rendah} lebih besar dari batas "
        "atas {tinggi}; tulis yang kecil lebih dulu ({tinggi}-{rendah}).",
        en="Target range '{teks}' is reversed: the low end {rendah} is above the high end "
        "{tinggi}; write the smaller first ({tinggi}-{rendah}).",
    ),
    "target_nol": error(
        id="Target '{teks}' bernilai nol, sehingga capaian tidak dapat dihitung; isi target "
        "yang sebenarnya.",
        en="Target '{teks}' is zero, so the achievement cannot be computed; fill in the "
        "real target.",
    ),
    "target_negatif": error(
        id="Target '{teks}' negatif, sehingga capaian tidak dapat dihitung (rumus membagi "
        "dengan target); isi target yang sebenarnya.",
        en="Target '{teks}' is negative, so the achievement cannot be computed (the formula "
        "divides by the target); fill in the real target.",
    ),
    "target_nol_positif": error(
        id="Rentang target '{teks}' berujung bawah 0 untuk indikator positif: bila realisasi "
        "di dalam atau di bawah rentang, capaian dihitung terhadap ujung bawah, dan tidak dapat "
        "dihitung terhadap nol. Tulis ujung bawah yang sebenarnya (lebih dari 0) atau satu "
        "angka.",
        en="Target range '{teks}' starts at 0 for a positive indicator: when the realisation "
        "is inside or below the range, the achievement is computed against the low end, and "
        "cannot be computed against zero. Write the real low end (above 0) or one number.",
    ),
    # ---- NIP ---------------------------------------------------------------------------------
    "nip_kosong": error(
        id="NIP kosong; isi NIP / NI PPPK 18 digit.",
        en="NIP is empty; fill in the 18-digit NIP / NI PPPK.",
    ),
    "nip_berupa_angka": error(
        id="NIP tersimpan sebagai angka ({teks}), bukan teks: Excel hanya menyimpan 15 digit "
        "sebuah angka, sehingga digit terakhir NIP (nomor urut) hilang dan dua pegawai bisa "
        "tertukar. Format kolom NIP sebagai Teks lalu ketik ulang NIP-nya, atau awali dengan "
        "tanda petik (').",
        en="The NIP is stored as a number ({teks}), not as text: Excel keeps only 15 digits "
        "of a number, so the last digits of the NIP (the sequence number) are lost and two "
        "employees can be confused. Format the NIP column as Text and type the NIP again, or "
        "start it with an apostrophe (').",
    ),
    "nip_karakter_salah": error(
        id="NIP '{teks}' mengandung karakter selain angka; NIP / NI PPPK hanya berisi 18 "
        "digit angka (spasi dan titik pemisah boleh).",
        en="NIP '{teks}' contains characters other than digits; a NIP / NI PPPK is 18 "
        "digits only (separating spaces and dots are allowed).",
    ),
    "nip_panjang_salah": error(
        id="NIP '{teks}' berisi {panjang} digit, seharusnya 18; periksa apakah ada digit yang "
        "hilang atau berlebih.",
        en="NIP '{teks}' has {panjang} digits instead of 18; check for a missing or extra digit.",
    ),
    "nip_tanggal_lahir_salah": error(
        id="8 digit pertama NIP ({tanggal}) harus tanggal lahir yang sah (TTTTBBHH, "
        "misalnya 19860926); periksa NIP-nya.",
        en="The first 8 digits of the NIP ({tanggal}) must be a real birth date (YYYYMMDD, "
        "for example 19860926); check the NIP.",
    ),
    "nip_tmt_salah": error(
        id="Digit ke-9 s.d. 14 NIP ({tmt}) harus TMT CPNS berupa tahun dan bulan yang sah "
        "(TTTTBB) antara tahun {tahun_min} dan {tahun_maks} (usia 18-60 tahun), atau untuk NI "
        "PPPK tahun pengangkatan sejak 2019; periksa NIP-nya.",
        en="Digits 9 to 14 of the NIP ({tmt}) must be the TMT CPNS, a real year and month "
        "(YYYYMM) between {tahun_min} and {tahun_maks} (age 18-60), or for a NI PPPK an "
        "appointment year from 2019; check the NIP.",
    ),
    "nip_jenis_kelamin_salah": error(
        id="Digit ke-15 NIP adalah {digit}, padahal harus 1 (laki-laki) atau 2 (perempuan); "
        "periksa NIP-nya.",
        en="Digit 15 of the NIP is {digit}, but it must be 1 (male) or 2 (female); check the NIP.",
    ),
    # ---- files -------------------------------------------------------------------------------
    "berkas_kosong": error(
        id="Berkas {path} kosong: tidak ada baris pegawai maupun realisasi IKU (berkas 0 "
        "byte, templat yang belum diisi, atau unduhan e-Kinerja tanpa baris data). Berkas "
        "disimpan apa adanya tetapi tidak dinilai dan tidak menggantikan berkas unit yang "
        "berlaku; minta dinas mengisi dan mengirim ulang berkasnya.",
        en="File {path} is empty: no employee rows and no IKU realisasi (a 0-byte file, a "
        "template never filled in, or an e-Kinerja download without data rows). The file is "
        "kept as received but not scored and does not replace the unit's current file; ask "
        "the agency to fill it in and send it again.",
    ),
    "berkas_rusak": {
        "id": "Berkas {path} rusak atau terpotong (mungkin unduhan/lampiran email tidak "
        "lengkap) dan tidak dapat dibuka ({detail}); minta dinas mengirim ulang berkasnya.",
        "en": "File {path} is damaged or truncated (perhaps an incomplete download or email "
        "attachment) and cannot be opened ({detail}); ask the agency to send it again.",
    },
    "berkas_isi_rusak": {
        "id": "Isi berkas {path} rusak dan tidak dapat dibaca ({detail}); buka di Excel atau "
        "LibreOffice, simpan ulang sebagai .xlsx, lalu kirim lagi.",
        "en": "The content of file {path} is damaged and cannot be read ({detail}); open it in "
        "Excel or LibreOffice, save it again as .xlsx and send it again.",
    },
    "berkas_tidak_terbaca": {
        "id": "Berkas {path} tidak dapat dibuka ({detail}); periksa izin akses berkasnya atau "
        "salin ke folder lain lalu coba lagi.",
        "en": "File {path} cannot be opened ({detail}); check its access permissions or copy "
        "it to another folder and try again.",
    },
    "berkas_terlalu_berat": {
        "id": "Berkas {path} terlalu besar untuk dibaca dengan memori yang tersedia; hapus "
        "lembar atau baris yang tidak perlu, simpan ulang, lalu kirim lagi.",
        "en": "File {path} is too large to read with the memory available; delete unneeded "
        "sheets or rows, save it again and send it again.",
    },
    "berkas_terenkripsi": {
        "id": "Berkas {path} dilindungi kata sandi (terenkripsi) sehingga tidak dapat dibaca; "
        "buka di Excel, hapus kata sandinya (File > Info > Protect Workbook > Encrypt with "
        "Password, kosongkan), simpan, lalu kirim lagi.",
        "en": "File {path} is password-protected (encrypted) and cannot be read; open it in "
        "Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, "
        "clear it), save and send it again.",
    },
    "format_tidak_didukung": {
        "id": "Berkas {path} bukan lembar kerja yang dapat dibaca: isinya berformat {jenis} "
        "(nama berkasnya mungkin diganti). Buka di Excel atau LibreOffice bila bisa, simpan "
        "sebagai .xlsx, lalu kirim lagi; yang diterima: .xlsx, .xlsm, .xls, .ods, .csv.",
        "en": "File {path} is not a readable spreadsheet: its content is {jenis} (the file "
        "may have been renamed). Open it in Excel or LibreOffice if possible, save it as "
        ".xlsx and send it again; accepted: .xlsx, .xlsm, .xls, .ods, .csv.",
    },
    "format_tidak_dikenal": {
        "id": "Berkas {path} bukan lembar kerja atau tabel CSV yang dikenali (berkas biner "
        "lain, atau teks tanpa kolom yang dipisah ; , atau tab); kirim berkas .xlsx, .xlsm, "
        ".xls, .ods atau .csv.",
        "en": "File {path} is not a recognised spreadsheet or CSV table (some other binary "
        "file, or text without columns separated by ; , or tab); send an .xlsx, .xlsm, .xls, "
        ".ods or .csv file.",
    },
    "berkas_xml_berbahaya": {
        "id": "Berkas {path} ditolak: bagian {bagian} memuat deklarasi <!DOCTYPE> yang tidak "
        "pernah ada di lembar kerja biasa dan dapat dipakai untuk serangan; simpan ulang berkas "
        "dari Excel atau LibreOffice, lalu kirim lagi.",
        "en": "File {path} refused: part {bagian} carries a <!DOCTYPE> declaration, which no "
        "ordinary spreadsheet has and which can be used for attacks; save the file again from "
        "Excel or LibreOffice and send it again.",
    },
}
