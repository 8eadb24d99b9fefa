"""Messages of the input-safety layer: pre-flight refusals and sandbox failures.

Format-level refusals (empty, encrypted, damaged, not a spreadsheet) reuse the readers' kodes
(:mod:`kinerja_cli.messages.reading`). Every refusal here names the file, says what was found,
and what to do. A refusal caused by a
configurable limit names the limit, the measured value and the ``keamanan`` key of
``config/indikator.yaml`` that raises it (``{kunci}``).
"""

_RAISE_ID = (
    " Bila berkas ini memang sah, naikkan batasnya dengan kunci `{kunci}` di config/indikator.yaml."
)
_RAISE_EN = (
    " If the file is genuine, raise the limit with the key `{kunci}` in config/indikator.yaml."
)

MESSAGES = {
    "keamanan_berkas_terlalu_besar": {
        "id": "Berkas {path} ditolak: ukurannya {ukuran_mb} MB, melebihi batas {batas_mb} MB."
        + _RAISE_ID,
        "en": "File {path} refused: it is {ukuran_mb} MB, over the limit of {batas_mb} MB."
        + _RAISE_EN,
    },
    "keamanan_entri_zip_terlalu_banyak": {
        "id": "Berkas {path} ditolak: berisi {jumlah} bagian di dalamnya, melebihi batas "
        "{batas}. Lembar kerja biasa hanya berisi puluhan bagian." + _RAISE_ID,
        "en": "File {path} refused: it holds {jumlah} parts, over the limit of {batas}. An "
        "ordinary workbook holds a few dozen." + _RAISE_EN,
    },
    "keamanan_terurai_terlalu_besar": {
        "id": "Berkas {path} ditolak: isinya bila diurai berukuran {ukuran_mb} MB, melebihi "
        "batas {batas_mb} MB (kemungkinan 'bom zip')." + _RAISE_ID,
        "en": "File {path} refused: its content unpacks to {ukuran_mb} MB, over the limit of "
        "{batas_mb} MB (possibly a 'zip bomb')." + _RAISE_EN,
    },
    "keamanan_entri_terlalu_besar": {
        "id": "Berkas {path} ditolak: bagian '{entri}' bila diurai berukuran {ukuran_mb} MB, "
        "melebihi batas {batas_mb} MB per bagian." + _RAISE_ID,
        "en": "File {path} refused: part '{entri}' unpacks to {ukuran_mb} MB, over the limit "
        "of {batas_mb} MB per part." + _RAISE_EN,
    },
    "keamanan_rasio_kompresi": {
        "id": "Berkas {path} ditolak: bagian '{entri}' terkompresi {rasio} kali lipat, melebihi "
        "batas {batas} kali (ciri 'bom zip')." + _RAISE_ID,
        "en": "File {path} refused: part '{entri}' is compressed {rasio} times, over the limit "
        "of {batas} times (the mark of a 'zip bomb')." + _RAISE_EN,
    },
    "keamanan_baris_terlalu_banyak": {
        "id": "Berkas {path} ditolak: lembar '{lembar}' menyatakan ukuran {rentang}, yaitu "
        "{baris} baris, melebihi batas {batas} baris. Hapus isi atau format di baris yang jauh "
        "di bawah tabel (tekan Ctrl+End untuk menemukannya), simpan, lalu kirim ulang." + _RAISE_ID,
        "en": "File {path} refused: sheet '{lembar}' declares the range {rentang}, that is "
        "{baris} rows, over the limit of {batas} rows. Delete the content or formatting far "
        "below the table (Ctrl+End finds it), save, and send it again." + _RAISE_EN,
    },
    "keamanan_sel_terlalu_banyak": {
        "id": "Berkas {path} ditolak: lembar '{lembar}' menyatakan ukuran {rentang}, yaitu "
        "{sel} sel, melebihi batas {batas} sel. Hapus isi atau format di baris/kolom yang jauh "
        "di luar tabel (tekan Ctrl+End untuk menemukannya), simpan, lalu kirim ulang." + _RAISE_ID,
        "en": "File {path} refused: sheet '{lembar}' declares the range {rentang}, that is "
        "{sel} cells, over the limit of {batas} cells. Delete the content or formatting far "
        "outside the table (Ctrl+End finds it), save, and send it again." + _RAISE_EN,
    },
    "keamanan_waktu_habis": {
        "id": "Berkas {path} ditolak: pembacaannya melewati batas waktu {batas} detik dan "
        "dihentikan. Periksa apakah berkas berisi lembar atau baris yang tidak wajar banyaknya."
        + _RAISE_ID,
        "en": "File {path} refused: reading it took longer than the limit of {batas} seconds "
        "and was stopped. Check whether it holds an unusual number of sheets or rows." + _RAISE_EN,
    },
    "keamanan_memori_habis": {
        "id": "Berkas {path} ditolak: pembacaannya membutuhkan memori melebihi batas {batas} "
        "MB ({detail}). Biasanya ada isi atau format di sel yang sangat jauh (misalnya baris "
        "1048576 atau kolom XFD); hapus, simpan, lalu kirim ulang." + _RAISE_ID,
        "en": "File {path} refused: reading it needs more memory than the limit of {batas} "
        "MB ({detail}). Usually some content or formatting sits in a very distant cell (row "
        "1048576 or column XFD, say); delete it, save, and send it again." + _RAISE_EN,
    },
    "keamanan_memori_habis_hasil": {
        "id": "Berkas {path} ditolak: berkasnya terbaca, tetapi hasil pembacaannya tidak muat "
        "dalam batas memori {batas} MB untuk diteruskan. Biasanya berkas berisi sangat banyak "
        "baris atau sel; pecah menjadi beberapa berkas, lalu kirim ulang." + _RAISE_ID,
        "en": "File {path} refused: it was read, but the result of reading it does not fit in "
        "the memory limit of {batas} MB to be passed on. Usually the file holds a great many "
        "rows or cells; split it into several files and send them again." + _RAISE_EN,
    },
    "keamanan_proses_gagal": {
        "id": "Berkas {path} ditolak: proses pembacanya berhenti tiba-tiba ({detail}). Berkas "
        "kemungkinan rusak; minta unit menyimpan ulang di Excel atau LibreOffice lalu mengirim "
        "ulang.",
        "en": "File {path} refused: the process reading it stopped abruptly ({detail}). The "
        "file is probably damaged; ask the unit to save it again in Excel or LibreOffice and "
        "send it again.",
    },
    "keamanan_galat_pembaca": {
        "id": "Berkas {path} tidak dapat dibaca karena kesalahan tak terduga di pembaca "
        "({detail}). Berkas lain tetap diproses. Laporkan ke pengembang beserta berkasnya.",
        "en": "File {path} could not be read because of an unexpected error in the reader "
        "({detail}). Other files are still processed. Report it to the developers with the "
        "file.",
    },
}
