"""The console-script entry point, kept light on purpose.

The sandbox's worker processes re-import the main script; pointing ``kinerja`` here (instead
of at ``kinerja_cli.cli.main``) spares every worker the import of typer and rich. A command
that will read files starts the sandbox's fork server first (:mod:`kinerja_cli.prestart`), so
its imports run on the second core while this process parses the command line and the config.
"""

from __future__ import annotations


def run() -> None:
    from kinerja_cli.prestart import maybe_start

    maybe_start()
    from kinerja_cli.cli.main import run as cli_run

    cli_run()
