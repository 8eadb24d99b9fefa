"""``kinerja ringkasan`` (alias ``summary``): per-unit and overall figures."""

from __future__ import annotations

from typing import Annotated

import typer

from kinerja_cli.cli.common import (
    PeriodeOpt,
    State,
    choose,
    command,
    format_option,
    safe_markup,
    write_stdout,
)
from kinerja_cli.cli.stores import load_result, print_headlines
from kinerja_cli.cli.tables import print_text_table

ORDER = 70

FORMATS = ("table", "json", "markdown")

NARROW = 120
NARROW_DROP = (1, 4, 7)
"""Below this console width the table leaves out Sudah Mengirim, Belum Lengkap and Rata-rata
Nilai (the headline lines below it name the missing units; json/markdown keep everything)."""


FormatOpt = Annotated[
    str,
    format_option(FORMATS, "table (tabel di layar, stderr), json atau markdown (data, stdout)."),
]


@command()
def ringkasan(state: State, periode: PeriodeOpt = "tahunan", format: FormatOpt = "table") -> None:
    """Ringkasan per unit dan keseluruhan dari berkas yang tersimpan: unit yang sudah/belum
    mengirim, pegawai dinilai, capaian IKU, predikat organisasi, distribusi predikat pegawai
    dan kurva distribusi.

    Kode keluar 0, atau 1 bila belum ada berkas untuk tahun itu.

    Contoh: kinerja ringkasan --periode TW2 --format markdown > ringkasan.md
    """
    from kinerja_cli.api import rows_to_json, summary, summary_markdown, summary_table

    fmt = choose(format, FORMATS, "--format")
    data = summary(load_result(state, periode, announce=fmt != "table"), state.lang)
    if fmt == "json":
        write_stdout(rows_to_json(data))
    elif fmt == "markdown":
        write_stdout(summary_markdown(data, state.lang))
    else:
        table = summary_table(data, state.lang)
        keep = [
            j
            for j in range(len(table.headers))
            if state.console.width >= NARROW or j not in NARROW_DROP
        ]
        print_text_table(
            state,
            state.msg("keluaran_judul_rekap"),
            [table.headers[j] for j in keep],
            [[row[j] for j in keep] for row in table.rows],
            [table.numeric[j] for j in keep],
            [table.numeric[j] or j == 0 for j in keep],
        )  # unit codes stay whole
        print_headlines(state, data, skip_title=False)
        if not state.quiet:
            state.console.print(safe_markup(table.footer[-1]))


def register(app: typer.Typer) -> None:
    app.command("ringkasan")(ringkasan)
    app.command("summary", hidden=True)(ringkasan)
