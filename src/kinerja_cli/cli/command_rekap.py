"""``kinerja rekap [PATH...]`` (alias ``recap``): ingest, score, write the recap workbook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
    output_option,
    paths_argument,
)
from kinerja_cli.cli.stores import ingest_and_report, open_store, print_headlines, score_store

if TYPE_CHECKING:
    from kinerja_cli.model import ScoreResult, Submission
    from kinerja_cli.pipeline.trends import Trends

ORDER = 60

PathsArg = Annotated[
    list[Path] | None,
    paths_argument(
        "Berkas atau folder kiriman yang diimpor dulu sebelum rekap (boleh kosong: "
        "rekap dari penyimpanan)."
    ),
]
OutputOpt = Annotated[
    Path | None,
    output_option("Berkas rekap (bawaan: REKAP-<TAHUN>-<PERIODE>.xlsx di folder ini)."),
]
KertasOpt = Annotated[
    str, typer.Option("--kertas", help="Ukuran kertas cetak: A4 atau F4.", show_default=True)
]
TrenOpt = Annotated[
    bool,
    typer.Option(
        "--tren",
        help="Tambahkan lembar Tren: capaian IKU per triwulan dan per tahun tersimpan, "
        "dengan grafik garis (menilai setiap triwulan dan tahun sekali lagi).",
    ),
]
PengecualianOpt = Annotated[
    Path | None,
    typer.Option(
        "--pengecualian",
        help="Daftar pegawai yang tidak dihitung belum dinilai di lembar Cakupan (kolom NIP "
        "dan alasan: pensiun, mutasi, hukuman disiplin, tugas belajar, CLTN). Bawaan: "
        "pengecualian.csv di folder PATH, atau di samping konfigurasi, bila ada.",
        show_default=False,
    ),
]


@dataclass
class _Scored:
    """What the recap workbook is written from, read while the store is open."""

    result: ScoreResult
    previous: ScoreResult | None
    trends: Trends | None
    ingest_failed: bool


@command()
def rekap(
    state: State,
    paths: PathsArg = None,
    periode: PeriodeOpt = "tahunan",
    output: OutputOpt = None,
    kertas: KertasOpt = "A4",
    tren: TrenOpt = False,
    pengecualian: PengecualianOpt = None,
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
        UsageError,
        parse_periode,
        recap_filename,
        summary,
        write_recap,
    )

    p = parse_periode(periode)
    if kertas.upper() not in PAPER:
        raise UsageError("keluaran_kertas_tidak_dikenal", kertas=kertas, pilihan=", ".join(PAPER))
    day = output_date(tanggal)
    if output is not None and output.suffix.lower() != ".xlsx":
        raise UsageError("keluaran_rekap_harus_xlsx", path=str(output))
    scored = _score(state, list(paths or []), p.value, pengecualian, tren, day)
    if scored is None:
        raise typer.Exit(EXIT_DATA)
    result = scored.result
    target = output or Path(recap_filename(result.tahun, result.periode))
    write_recap(
        result,
        state.config(),
        target,
        tanggal=day,
        lang=state.lang,
        kertas=kertas.upper(),
        previous=scored.previous,
        trends=scored.trends,
    )
    data = summary(result, state.lang)
    state.say(
        "keluaran_rekap_selesai",
        path=str(target),
        periode=_periode_label(result.periode, state.lang),
    )
    print_headlines(state, data)
    if data["keseluruhan"]["kesalahan"] or scored.ingest_failed:
        raise typer.Exit(EXIT_DATA)


def _score(
    state: State,
    paths: list[Path],
    periode: str,
    pengecualian: Path | None,
    tren: bool,
    day: date,
) -> _Scored | None:
    """Ingest ``paths`` (if any), score the store for ``periode``, add what the e-Kinerja
    exports say (the Selisih and Cakupan sheets), the period before (its coaching list's
    follow-up, "Tindak Lanjut") and, with ``--tren``, the trends; None when the store holds
    nothing for the year."""
    from kinerja_cli.api import collect_trends, find_exclusions, score_previous, source_checks

    cfg = state.config()
    ingest_failed = False
    known: dict[str, Submission] | None = None
    with open_store(state, create=bool(paths)) as store:
        if paths:
            ingest_failed, known = ingest_and_report(state, store, paths, hari_ini=day)
        result = score_store(state, store, periode, known=known)
        known = None
        if result is None:
            return None
        excluded = find_exclusions(pengecualian, paths, state.resolved_config_path.parent)
        source_checks(store, result, cfg, excluded)
        previous = score_previous(store, cfg, result)
        trends = collect_trends(store, cfg, result.tahun) if tren else None
    return _Scored(result, previous, trends, ingest_failed)


def _periode_label(periode: str, lang: str) -> str:
    from kinerja_cli.api import periode_label

    return periode_label(periode, lang)


def register(app: typer.Typer) -> None:
    app.command("rekap")(rekap)
    app.command("recap", hidden=True)(rekap)
