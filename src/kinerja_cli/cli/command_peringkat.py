"""``kinerja peringkat`` (alias ``rank``): ranked list of employees or units."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kinerja_cli.cli.common import (
    PeriodeOpt,
    State,
    TanggalOpt,
    choose,
    command,
    emit,
    format_option,
    output_date,
    output_option,
    refuse_output_for_table,
    tingkat_option,
    unit_option,
)
from kinerja_cli.cli.stores import load_result, stop_if_no_data
from kinerja_cli.cli.tables import print_text_table

if TYPE_CHECKING:
    from kinerja_cli.writers.shape import RankRow

ORDER = 80

FORMATS = ("table", "csv", "json", "xlsx")
NARROW = 110
"""Below this console width the terminal table leaves out the two rating columns."""

TingkatOpt = Annotated[
    str, tingkat_option("pegawai (peringkat pegawai) atau unit (peringkat unit kerja).")
]
UnitOpt = Annotated[
    str | None,
    unit_option("Hanya satu unit (kode unit); peringkat pegawai menjadi peringkat di unit itu."),
]
TopOpt = Annotated[
    int | None,
    typer.Option(
        "--top",
        help="Hanya peringkat 1 sampai N (peringkat sama di batas ikut semua).",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    str,
    format_option(
        FORMATS, "table (layar, stderr), csv atau json (stdout, atau -o), xlsx (perlu -o)."
    ),
]
OutputOpt = Annotated[Path | None, output_option("Berkas tujuan untuk csv, json atau xlsx.")]


@command()
def peringkat(
    state: State,
    tingkat: TingkatOpt = "pegawai",
    unit: UnitOpt = None,
    top: TopOpt = None,
    format: FormatOpt = "table",
    output: OutputOpt = None,
    periode: PeriodeOpt = "tahunan",
    tanggal: TanggalOpt = None,
) -> None:
    """Daftar peringkat pegawai atau unit kerja: predikat terbaik dulu, lalu nilai; nilai
    yang sama berbagi peringkat (1, 2, 2, 4). Pegawai yang datanya belum lengkap tidak
    diperingkat.

    Kode keluar 0, atau 1 bila belum ada berkas untuk tahun itu.

    Contoh: kinerja peringkat --tingkat pegawai --unit DINKES --top 10 --format csv
    """
    from kinerja_cli.api import (
        UsageError,
        ranking_csv,
        ranking_rows,
        rows_to_json,
        unranked_count,
        write_ranking_xlsx,
    )

    fmt = choose(format, FORMATS, "--format")
    level = choose(tingkat, ("pegawai", "unit"), "--tingkat")
    if fmt == "xlsx" and output is None:
        raise UsageError("keluaran_xlsx_perlu_berkas")
    refuse_output_for_table(fmt, output)
    if top is not None and top < 1:
        raise UsageError("keluaran_top_tidak_sah", nilai=top)
    day = output_date(tanggal)
    result = load_result(state, periode)
    rows = ranking_rows(result, level, unit=unit, top=top, lang=state.lang)
    if fmt in ("json", "csv"):
        text = rows_to_json(rows) if fmt == "json" else ranking_csv(rows, level)
        emit(state, text, output, fmt)
    elif fmt == "xlsx":
        assert output is not None
        stop_if_no_data(state)
        write_ranking_xlsx(
            rows, level, result, state.config(), output, tanggal=day, lang=state.lang
        )
        state.say("cli_berkas_ditulis", path=str(output))
    else:
        _print_table(state, rows, level)
    if not rows:
        state.say("keluaran_peringkat_kosong", tingkat=level)
    if level == "pegawai":
        missing = unranked_count(result, unit)
        if missing:
            state.say("keluaran_tidak_diperingkat", jumlah=missing)


def _print_table(state: State, rows: list[RankRow], level: str) -> None:
    """The ranking on the screen; the two rating columns only where it is wide enough."""
    from kinerja_cli.api import ranking_columns, table_rows

    columns = ranking_columns(level, state.lang)
    if state.console.width < NARROW:  # the ratings are in csv, json and xlsx
        columns = [c for c in columns if not c[0].startswith("rating_")]
    numeric = [
        k in ("peringkat", "nilai", "capaian", "pegawai", "pegawai_dinilai") for k, _ in columns
    ]
    nowrap = [n or k in ("nip", "unit") for (k, _), n in zip(columns, numeric, strict=True)]
    print_text_table(
        state,
        state.msg(
            "keluaran_judul_peringkat_unit"
            if level == "unit"
            else "keluaran_judul_peringkat_pegawai"
        ),
        [h for _, h in columns],
        table_rows(rows, columns, state.lang),
        numeric,
        nowrap,
    )


def register(app: typer.Typer) -> None:
    app.command("peringkat")(peringkat)
    app.command("rank", hidden=True)(peringkat)
