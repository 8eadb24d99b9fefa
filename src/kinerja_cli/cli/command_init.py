"""``kinerja init [DIR]``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kinerja_cli.cli.common import DebugOpt, LangOpt, QuietOpt, guard, state_from

ORDER = 10


def init(
    ctx: typer.Context,
    directory: Annotated[
        Path, typer.Argument(help="Folder ruang kerja (bawaan: folder ini).")
    ] = Path("."),
    timpa: Annotated[
        bool, typer.Option("--timpa", help="Timpa konfigurasi yang sudah ada.")
    ] = False,
    quiet: QuietOpt = None,
    lang: LangOpt = None,
    debug: DebugOpt = None,
) -> None:
    """Siapkan ruang kerja: config/indikator.yaml (contoh bawaan), masuk/, keluaran/.

    Contoh: kinerja init kinerja-2026
    """
    state = state_from(ctx, quiet=quiet, lang=lang, debug=debug)
    with guard(state):
        from kinerja_cli.workspace import init_workspace

        ws = init_workspace(directory, overwrite=timpa)
        state.say("cli_init_selesai", dir=str(ws.root), config=str(ws.config))


def register(app: typer.Typer) -> None:
    app.command("init")(init)
