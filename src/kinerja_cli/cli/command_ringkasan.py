"""``kinerja ringkasan`` (alias ``summary``): per-unit and overall figures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import typer

from kinerja_cli.cli.command_rekap import PeriodeOpt, load_result, print_headlines
from kinerja_cli.cli.common import (
    CELL_LIMIT,
    ConfigOpt,
    DbOpt,
    DebugOpt,
    LangOpt,
    QuietOpt,
    State,
    TahunOpt,
    guard,
    safe_markup,
    state_from,
    write_stdout,
)

ORDER = 70

NARROW = 120
NARROW_DROP = (1, 4, 7)
"""Below this console width the table leaves out Sudah Mengirim, Belum Lengkap and Rata-rata
Nilai (the headline lines below it name the missing units; json/markdown keep everything)."""


def print_table(
    state: State,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: Sequence[bool],
    nowrap: Sequence[bool] | None = None,
) -> None:
    """A rich table of display strings on stderr (user text escaped, never markup); numbers
    and the ``nowrap`` columns are never folded."""
    from rich import box
    from rich.table import Table

    rows = [[safe_markup(c, CELL_LIMIT) for c in row] for row in rows]
    table = Table(
        title=safe_markup(title),
        box=box.SIMPLE_HEAVY,
        title_justify="left",
        pad_edge=False,
        collapse_padding=True,
    )
    keep = nowrap if nowrap is not None else numeric
    # numbers and codes are never broken (headers may fold); other text folds
    widths = [
        max((len(r[j]) for r in rows), default=1) if (whole or is_number) else 1
        for j, (is_number, whole) in enumerate(zip(numeric, keep, strict=True))
    ]
    # where the screen allows, a header wraps between words, never inside one ("Predika/t")
    by_word = [max(w, *(len(x) for x in h.split())) for w, h in zip(widths, headers, strict=True)]
    if sum(by_word) + 3 * len(headers) <= state.console.width:
        widths = by_word
    for header, is_number, width in zip(headers, numeric, widths, strict=True):
        table.add_column(
            safe_markup(header),
            justify="right" if is_number else "left",
            overflow="fold",
            min_width=width,
        )
    for row in rows:
        table.add_row(*row)
    state.console.print(table)


def ringkasan(
    ctx: typer.Context,
    periode: PeriodeOpt = "tahunan",
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="table (tabel di layar, stderr), json atau markdown (data, stdout).",
            show_default=True,
        ),
    ] = "table",
    config: ConfigOpt = None,
    db: DbOpt = None,
    tahun: TahunOpt = None,
    quiet: QuietOpt = None,
    lang: LangOpt = None,
    debug: DebugOpt = None,
) -> None:
    """Ringkasan per unit dan keseluruhan dari berkas yang tersimpan: unit yang sudah/belum
    mengirim, pegawai dinilai, capaian IKU, predikat organisasi, distribusi predikat pegawai
    dan kurva distribusi.

    Kode keluar 0, atau 1 bila belum ada berkas untuk tahun itu.

    Contoh: kinerja ringkasan --periode TW2 --format markdown > ringkasan.md
    """
    state = state_from(ctx, config=config, db=db, tahun=tahun, quiet=quiet, lang=lang, debug=debug)
    with guard(state):
        from kinerja_cli.writers.shape import (
            label,
            parse_choice,
            rows_to_json,
            summary,
            summary_markdown,
            summary_table,
        )

        fmt = parse_choice(format, ("table", "json", "markdown"), "--format")
        data = summary(load_result(state, periode, announce=fmt != "table"))
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
            print_table(
                state,
                label("keluaran_judul_rekap", state.lang),
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
