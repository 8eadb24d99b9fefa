"""Terminal tables shared by the commands (rich, on stderr): every value from a file goes
through :func:`kinerja_cli.cli.common.safe_markup` before it reaches the screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from kinerja_cli.cli.common import CELL_LIMIT, State, safe_markup

if TYPE_CHECKING:
    from rich.table import Table


def local_time(iso: str | None) -> str:
    """A stored UTC time as this computer's local time, to the minute."""
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def make_table(
    state: State, header_kode: str, title: str | None = None, wrap: tuple[int, ...] = ()
) -> Table:
    """A table whose headers come from the catalogue (``"A|B|C"``); only the columns whose
    index is in ``wrap`` may wrap, the others stay on one line."""
    from rich import box
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAVY, show_lines=False, title_justify="left")
    for i, name in enumerate(state.msg(header_kode).split("|")):
        if i in wrap:
            table.add_column(name, overflow="fold", max_width=40)
        else:
            table.add_column(name, no_wrap=True)
    return table


def print_table(state: State, table: Table) -> None:
    """On a terminal the table fits the window; in a log or a pipe it keeps its natural
    width instead of being squeezed to 80 columns."""
    from rich.measure import Measurement

    console = state.console
    if console.is_terminal:
        console.print(table)
        return
    natural = Measurement.get(console, console.options.update_width(400), table).maximum
    width = console.width
    console.width = max(width, min(natural, 400))
    try:
        console.print(table)
    finally:
        console.width = width


def short_name(file: str | None) -> str:
    """The file's base name (the full name as given is in the JSON output)."""
    if not file:
        return "-"
    from pathlib import PurePosixPath, PureWindowsPath

    return PureWindowsPath(PurePosixPath(file).name).name or file


def print_text_table(
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
