"""``kinerja rekap [PATH...]`` (alias ``recap``): ingest, score, write the recap workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    EXIT_DATA,
    PeriodeOpt,
    State,
    TanggalPeriksaOpt,
    command,
    output_date,
)
from kinerja_cli.cli.stores import ingest_and_report, open_store, print_headlines, score_store

if TYPE_CHECKING:
    from kinerja_cli.model import Submission

ORDER = 60


@command()
def rekap(
    state: State,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Berkas atau folder kiriman yang diimpor dulu sebelum rekap (boleh kosong: "
            "rekap dari penyimpanan).",
            show_default=False,
        ),
    ] = None,
    periode: PeriodeOpt = "tahunan",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Berkas rekap (bawaan: REKAP-<TAHUN>-<PERIODE>.xlsx di folder ini).",
            show_default=False,
        ),
    ] = None,
    kertas: Annotated[
        str, typer.Option("--kertas", help="Ukuran kertas cetak: A4 atau F4.", show_default=True)
    ] = "A4",
    tren: Annotated[
        bool,
        typer.Option(
            "--tren",
            help="Tambahkan lembar Tren: capaian IKU per triwulan dan per tahun tersimpan, "
            "dengan grafik garis (menilai setiap triwulan dan tahun sekali lagi).",
        ),
    ] = False,
    pengecualian: Annotated[
        Path | None,
        typer.Option(
            "--pengecualian",
            help="Daftar pegawai yang tidak dihitung belum dinilai di lembar Cakupan (kolom NIP "
            "dan alasan: pensiun, mutasi, hukuman disiplin, tugas belajar, CLTN). Bawaan: "
            "pengecualian.csv di folder PATH, atau di samping konfigurasi, bila ada.",
            show_default=False,
        ),
    ] = None,
    tanggal: TanggalPeriksaOpt = None,
) -> None:
    """Tulis buku kerja rekap (Ringkasan, Unit, Pegawai, Indikator, Pembinaan, Masalah,
    Sumber) dari berkas yang tersimpan; berkas PATH yang diberikan diimpor dulu.

    Ringkasan singkat dicetak ke layar. Kode keluar 0 bila data bersih, 1 bila ada kesalahan
    data (barisnya tidak dinilai; lihat lembar Masalah) atau belum ada berkas untuk tahun itu.

    Tanggal di blok tanda tangan: --tanggal, selain itu SOURCE_DATE_EPOCH, selain itu hari ini.

    Contoh: kinerja rekap masuk/ --periode TW2 --tanggal 2026-07-10 -o keluaran/REKAP-2026-TW2.xlsx
    """
    from kinerja_cli.api import (
        PAPER,
        collect_trends,
        find_exclusions,
        parse_periode,
        recap_filename,
        score_previous,
        source_checks,
        summary,
        write_recap,
    )

    p = parse_periode(periode)
    if kertas.upper() not in PAPER:
        from kinerja_cli.api import UsageError

        raise UsageError("keluaran_kertas_tidak_dikenal", kertas=kertas, pilihan=", ".join(PAPER))
    day = output_date(tanggal)
    if output is not None and output.suffix.lower() != ".xlsx":
        from kinerja_cli.api import UsageError

        raise UsageError("keluaran_rekap_harus_xlsx", path=str(output))
    cfg = state.config()
    ingest_failed = False
    known: dict[str, Submission] | None = None
    with open_store(state, create=bool(paths)) as store:
        if paths:
            ingest_failed, known = ingest_and_report(state, store, paths, hari_ini=day)
        result = score_store(state, store, p.value, known=known)
        known = None
        if result is not None:
            # what the e-Kinerja exports add: the Selisih and Cakupan sheets
            excluded = find_exclusions(
                pengecualian, list(paths or []), state.resolved_config_path.parent
            )
            source_checks(store, result, cfg, excluded)
        # the period before, for the follow-up of its coaching list ("Tindak Lanjut")
        previous = score_previous(store, cfg, result) if result is not None else None
        trends = collect_trends(store, cfg, result.tahun) if tren and result is not None else None
    if result is None:
        raise typer.Exit(EXIT_DATA)
    target = output or Path(recap_filename(result.tahun, result.periode))
    write_recap(
        result,
        cfg,
        target,
        tanggal=day,
        lang=state.lang,
        kertas=kertas.upper(),
        previous=previous,
        trends=trends,
    )
    data = summary(result, state.lang)
    state.say(
        "keluaran_rekap_selesai",
        path=str(target),
        periode=_periode_label(result.periode, state.lang),
    )
    print_headlines(state, data)
    if data["keseluruhan"]["kesalahan"] or ingest_failed:
        raise typer.Exit(EXIT_DATA)


def _periode_label(periode: str, lang: str) -> str:
    from kinerja_cli.api import periode_label

    return periode_label(periode, lang)


def register(app: typer.Typer) -> None:
    app.command("rekap")(rekap)
    app.command("recap", hidden=True)(rekap)
