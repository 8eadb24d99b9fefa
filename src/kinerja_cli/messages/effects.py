"""The severity of every issue kode, and which can change a score: the one place both are written.

A kode is a **warning** when it is a key of :data:`WARNING_CHANGES_SCORE`, else an **error**
(:func:`severity`); an issue never states its severity at the place it is found, so a kode
has one severity everywhere.

An **error** always does: the row it marks is not scored (or, without a row, the whole file),
and the recap lists the employee or unit as incomplete. A **warning** leaves its row scored;
the table below says, for every warning kode, whether the score printed in the recap can
still differ from what the unit meant (``True``) or not (``False``). A warning that changes a
score says so in its message (:meth:`kinerja_cli.model.Issue.pesan` appends
``peringatan_mengubah_nilai``) and in every summary that counts warnings (``validasi``,
``rekap``/``ringkasan`` headlines, the recap's Ringkasan sheet), so "tidak memengaruhi nilai"
is never printed while such a warning exists.

docs/validasi.md ("Pengaruh pada nilai") explains each choice; a test keeps both in step and
checks that every warning the code can emit is classified here.
"""

from __future__ import annotations

WARNING_CHANGES_SCORE: dict[str, bool] = {
    # ---- structure
    "kolom_ganda": True,  # only the first of two same-named columns is read: the other may
    # hold the values the unit meant
    "baris_kosong": False,  # the rows below are still read
    # ---- template metadata and Identitas
    "meta_tidak_ada": False,  # content still read and checked
    "meta_rusak": False,
    "templat_konfigurasi_lain": False,  # codes no longer valid are errors of their own
    "templat_tahun_lain_diisi": False,  # Tahun says the assessment year; read for it
    "identitas_label_tidak_ada": False,  # Instansi or Nama Unit (text only), or Kode Unit
    # and Tahun read from the hidden sheet (identitas_label_wajib_tidak_ada without it)
    "identitas_instansi_beda": False,
    "tanggal_tidak_sah": True,  # Tanggal decides which of two files of a unit is current
    # ---- indicators, targets, weights
    "skp_indikator_ganda": True,  # the repeated row is counted twice in the nilai
    "bobot_jumlah": True,  # scored with the weights scaled to 100; fixing them moves the nilai
    "capaian_tidak_wajar": True,  # scored with the capaian clipped to penilaian.capaian_wajar
    "realisasi_tidak_wajar": True,  # scored as typed: "1" typed "0,001" lowers the nilai
    # ---- employees
    "nama_kosong": False,
    "realisasi_periode_kosong": True,  # the row is not scored: its employee or unit is
    # incomplete for the period (before: scored from the quarters that came in)
    "nip_penilai_tidak_sah": False,  # who rates the employee (the head instead): documents
    "penilai_bukan_pegawai_unit": False,  # only, never the score. penilai_diri_sendiri and
    # penilai_melingkar are errors (issue 25): no rater can sign, the chain names the
    # employee above himself
    "golongan_tidak_dikenal": False,  # golongan is not part of any score
    "rating_perilaku_kosong": True,  # no predikat until it is filled in (counted incomplete)
    "pegawai_tanpa_skp_dinilai": True,  # no longer produced (now pegawai_tanpa_skp, an
    # error); kept for issues stored by earlier versions
    # ---- across files and scoring
    "kepala_di_unit_lain_tanpa_sel": False,  # a file stored before cells were kept whose head
    # is not on its own Pegawai sheet: no score of this unit depends on that NIP
    "berkas_digantikan": True,  # the current file was chosen by modification time only
    "berkas_digantikan_tanggal": False,  # chosen by the Tanggal both files state
    "berkas_tanggal_lebih_lama": False,  # stored, not current: the newer-dated file is scored
    "berkas_kembar": False,  # the same bytes: either copy gives the same scores
    "skor_unit_tak_dikenal": True,  # the file's employees are not scored at all
    "skor_tahun_lain": True,
    "skor_ekinerja_periode_lain": True,  # an export of another period: the unit is not scored
    # ---- competencies (issue 13): they feed kinerja kebutuhan, never a nilai or predikat
    "kompetensi_lembar_tidak_ada": False,
    "kompetensi_kolom_tidak_ada": False,
    "kompetensi_belum_dinilai": False,
    "kompetensi_metode_tidak_dikenal": False,
    # ---- e-Kinerja BKN exports (issue 17): what e-Kinerja recorded is what is scored
    "ek_hasil_akhir_beda": False,
    "ek_plt_plh": False,
    "ek_nip_ganda_mutasi": False,
    "ek_ditarik_tidak_sah": True,  # the pull date decides which of two downloads is current
    "ek_plt_tanpa_definitif": True,  # only Plt/Plh rows: the employee is not scored at all
    "ek_nomor_loncat": True,  # a row missing from the export: that employee is not scored
    # ---- feedback copies
    "umpan_balik_kembali": False,  # says where the file came from; read like any unit file
}
"""Warning kode -> can it change a score (see the module docstring)."""


def severity(kode: str) -> str:
    """``warning`` for a kode of :data:`WARNING_CHANGES_SCORE`, else ``error``."""
    return "warning" if kode in WARNING_CHANGES_SCORE else "error"


def changes_score(kode: str, tingkat: str) -> bool:
    """True when an issue of ``kode`` at ``tingkat`` (``error``/``warning``) can change a
    score: every error, and the warnings classified so (or not classified at all)."""
    if tingkat != "warning":
        return True
    return WARNING_CHANGES_SCORE.get(kode, True)
