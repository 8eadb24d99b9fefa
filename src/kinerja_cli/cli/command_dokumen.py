"""``kinerja dokumen`` (alias ``documents``): Dokumen Evaluasi Kinerja Pegawai, in bulk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    EXIT_DATA,
    PeriodeOpt,
    State,
    TanggalOpt,
    UnitsOpt,
    choose,
    command,
    format_option,
    output_date,
    progress_bar,
    report_failures,
)
from kinerja_cli.cli.stores import load_needs, load_result, stop_if_no_data

if TYPE_CHECKING:
    from kinerja_cli.safety.paths import WriteFailure

ORDER = 85

FORMATS = ("pdf", "xlsx")


@command()
def dokumen(
    state: State,
    unit: UnitsOpt = None,
    nip: Annotated[
        list[str] | None,
        typer.Option("--nip", help="Hanya pegawai ini (NIP; boleh berulang).", show_default=False),
    ] = None,
    periode: PeriodeOpt = "tahunan",
    format: Annotated[
        str,
        format_option(FORMATS, "pdf (siap cetak) atau xlsx (formulir yang dapat diubah)."),
    ] = "pdf",
    per_pegawai: Annotated[
        bool,
        typer.Option(
            "--per-pegawai",
            help="Satu berkas per pegawai (<UNIT>/<NIP>-<NAMA>.pdf) untuk dikirim lewat surel "
            "atau pesan, bukan satu berkas per unit.",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Folder tujuan (bawaan: DOKUMEN-<TAHUN>-<PERIODE> di folder ini).",
            show_default=False,
        ),
    ] = None,
    templat_dokumen: Annotated[
        Path | None,
        typer.Option(
            "--templat-dokumen",
            help="Templat halaman typst milik instansi (salinan yang diubah dari templat "
            "bawaan, lihat docs/dokumen.md).",
            show_default=False,
        ),
    ] = None,
    tanggal: TanggalOpt = None,
) -> None:
    """Tulis Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022) untuk setiap pegawai yang
    datanya lengkap, dari berkas yang tersimpan: per unit satu PDF siap cetak (satu pegawai
    per halaman, A4 tegak, nomor halaman, nama unit di kaki halaman).

    Pegawai yang datanya belum lengkap tidak mendapat dokumen: mereka didaftar beserta
    alasannya dan kode keluar 1. Dokumen yang pejabat penilainya tidak diketahui (NIP Kepala
    Unit tidak dikenal) ditulis dengan catatan, juga didaftar, dan kode keluar 1. Kode keluar
    0 bila semua pegawai yang dipilih mendapat dokumen lengkap dengan penilainya.

    Contoh: kinerja dokumen --unit DINKES --periode tahunan --tanggal 2027-01-15 -o dokumen/
    """
    from kinerja_cli.api import (
        UsageError,
        default_out_dir,
        find_unit,
        incomplete_reason,
        output_folder,
        read_template,
        write_documents,
    )

    fmt = choose(format, FORMATS, "--format")
    if output is not None:
        output_folder(output)
    if templat_dokumen is not None:
        read_template(templat_dokumen)  # unreadable, blank, not text: exit 2 before any work
    day = output_date(tanggal)
    result = load_result(state, periode)
    cfg = state.config()
    units = [find_unit(result, u, [c.kode for c in cfg.unit]) for u in unit or []]
    stop_if_no_data(state)
    nips = [n.strip() for n in nip or []]
    present = {e.nip for e in result.employees}
    for n in nips:
        if n not in present:
            raise UsageError("dokumen_nip_tidak_dikenal", nip=n)
    out_dir = output or default_out_dir(result.tahun, result.periode)
    failed: list[WriteFailure] = []
    with progress_bar(state, state.msg("dokumen_progres")) as update:
        done = 0

        def started(total: int) -> None:
            update(0, total=total)

        def one() -> None:
            nonlocal done
            done += 1
            update(done)

        written, count, listed = write_documents(
            result,
            cfg,
            out_dir,
            units=units,
            nips=nips,
            fmt=fmt,
            per_pegawai=per_pegawai,
            tanggal=day,
            lang=state.lang,
            template=templat_dokumen,
            on_start=started,
            on_document=one,
            needs=load_needs(state, result),
            failed=failed,
        )
    incomplete = [w for w in listed if not w.written]
    no_rater = [w for w in listed if w.written]
    if not count and not incomplete and not failed:
        raise UsageError("dokumen_tidak_ada_pegawai")
    state.say("dokumen_selesai", jumlah=count, dir=str(out_dir), berkas=len(written))
    for group, head in ((incomplete, "dokumen_belum_lengkap"), (no_rater, "dokumen_tanpa_penilai")):
        if not group:
            continue
        state.console.print(state.msg(head, jumlah=len(group)), style="yellow", markup=False)
        for w in group:
            e = w.employee
            state.console.print(
                state.msg(
                    "dokumen_belum_lengkap_baris",
                    unit=e.unit,
                    nip=e.nip,
                    nama=e.nama or "-",
                    alasan=incomplete_reason(w, state.lang),
                ),
                markup=False,
                highlight=False,
            )
    report_failures(state, failed)
    if listed or failed:
        raise typer.Exit(EXIT_DATA)


def register(app: typer.Typer) -> None:
    app.command("dokumen")(dokumen)
    app.command("documents", hidden=True)(dokumen)
