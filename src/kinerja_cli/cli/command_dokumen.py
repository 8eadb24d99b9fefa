"""``kinerja dokumen`` (alias ``documents``): Dokumen Evaluasi Kinerja Pegawai, in bulk."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

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
    output_option,
    progress_bar,
    report_failures,
)
from kinerja_cli.cli.stores import chosen_units, load_needs, load_result, stop_if_no_data

if TYPE_CHECKING:
    from kinerja_cli.model import ScoreResult
    from kinerja_cli.safety.paths import WriteFailure

ORDER = 85

FORMATS = ("pdf", "xlsx")

NipOpt = Annotated[
    list[str] | None,
    typer.Option("--nip", help="Hanya pegawai ini (NIP; boleh berulang).", show_default=False),
]
FormatOpt = Annotated[
    str, format_option(FORMATS, "pdf (siap cetak) atau xlsx (formulir yang dapat diubah).")
]
PerPegawaiOpt = Annotated[
    bool,
    typer.Option(
        "--per-pegawai",
        help="Satu berkas per pegawai (<UNIT>/<NIP>-<NAMA>.pdf) untuk dikirim lewat surel "
        "atau pesan, bukan satu berkas per unit.",
    ),
]
TemplatDokumenOpt = Annotated[
    Path | None,
    typer.Option(
        "--templat-dokumen",
        help="Templat halaman typst milik instansi (salinan yang diubah dari templat "
        "bawaan, lihat docs/dokumen.md).",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    output_option("Folder tujuan (bawaan: DOKUMEN-<TAHUN>-<PERIODE> di folder ini)."),
]


@command()
def dokumen(
    state: State,
    unit: UnitsOpt = None,
    nip: NipOpt = None,
    periode: PeriodeOpt = "tahunan",
    format: FormatOpt = "pdf",
    per_pegawai: PerPegawaiOpt = False,
    output: OutputOpt = None,
    templat_dokumen: TemplatDokumenOpt = None,
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
    units = chosen_units(state, result, unit)
    stop_if_no_data(state)
    nips = _known_nips(result, nip or [])
    out_dir = output or default_out_dir(result.tahun, result.periode)
    failed: list[WriteFailure] = []
    with progress_bar(state, state.msg("dokumen_progres")) as update:
        done = 0

        def one() -> None:
            nonlocal done
            done += 1
            update(done)

        written, count, listed = write_documents(
            result,
            state.config(),
            out_dir,
            units=units,
            nips=nips,
            fmt=fmt,
            per_pegawai=per_pegawai,
            tanggal=day,
            lang=state.lang,
            template=templat_dokumen,
            on_start=lambda total: update(0, total=total),
            on_document=one,
            needs=load_needs(state, result),  # the store's development needs: recommendations
            failed=failed,
        )
    incomplete = [w for w in listed if not w.written]
    if not count and not incomplete and not failed:
        raise UsageError("dokumen_tidak_ada_pegawai")
    state.say("dokumen_selesai", jumlah=count, dir=str(out_dir), berkas=len(written))
    _say_listed(state, incomplete, "dokumen_belum_lengkap")
    _say_listed(state, [w for w in listed if w.written], "dokumen_tanpa_penilai")
    report_failures(state, failed)
    if listed or failed:
        raise typer.Exit(EXIT_DATA)


def _known_nips(result: ScoreResult, given: list[str]) -> list[str]:
    """``--nip`` values, each an employee of ``result`` (else a usage error)."""
    from kinerja_cli.api import UsageError

    nips = [n.strip() for n in given]
    present = {e.nip for e in result.employees}
    for n in nips:
        if n not in present:
            raise UsageError("dokumen_nip_tidak_dikenal", nip=n)
    return nips


def _say_listed(state: State, group: list[Any], head: str) -> None:
    """The employees of one kind listed (no document, or no known rater), with why."""
    from kinerja_cli.api import incomplete_reason

    if not group:
        return
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


def register(app: typer.Typer) -> None:
    app.command("dokumen")(dokumen)
    app.command("documents", hidden=True)(dokumen)
