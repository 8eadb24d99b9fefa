"""The console-script entry point, kept light on purpose.

The sandbox's worker processes re-import the main script; pointing ``kinerja`` here (instead
of at ``kinerja_cli.cli.main``) spares every worker the import of typer and rich.
"""

from __future__ import annotations


def run() -> None:
    from kinerja_cli.cli.main import run as cli_run

    cli_run()
