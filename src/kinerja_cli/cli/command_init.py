"""``kinerja init [DIR]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kinerja_cli.cli.common import State, command

ORDER = 10


@command(config=False, db=False, tahun=False)
def init(
    state: State,
    directory: Annotated[
        Path, typer.Argument(help="Folder ruang kerja (bawaan: folder ini).")
    ] = Path("."),
    timpa: Annotated[
        bool, typer.Option("--timpa", help="Timpa konfigurasi yang sudah ada.")
    ] = False,
) -> None:
    """Siapkan ruang kerja: config/indikator.yaml (contoh bawaan), masuk/, keluaran/.

    Contoh: kinerja init kinerja-2026
    """
    from kinerja_cli.api import init_workspace

    ws = init_workspace(directory, overwrite=timpa)
    state.say("cli_init_selesai", dir=str(ws.root), config=str(ws.config))


def register(app: typer.Typer) -> None:
    app.command("init")(init)
