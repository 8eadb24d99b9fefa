"""The README's command reference, generated from ``--help`` (issue 15).

``python -m kinerja_cli.cli.reference README.md`` rewrites the text between the markers
``<!-- BEGIN kinerja --help -->`` and ``<!-- END kinerja --help -->`` with the help of the
program and of every visible command, exactly as ``kinerja [PERINTAH] --help`` prints it
(click caps the width at 80 columns); ``--check`` only compares and exits 1 when the README is stale (``make test`` runs
that check through ``tests/test_cli_reference.py``). Help texts live in one place, the command
modules; the README cannot drift from them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BEGIN = "<!-- BEGIN kinerja --help -->"
END = "<!-- END kinerja --help -->"
WIDTH = 80


def _help(args: list[str]) -> str:
    """``kinerja ARGS --help`` in a child process (a fixed width, no colours, Indonesian)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("KINERJA_", "LC_")) and k not in ("LANG", "COLUMNS", "TERM")
    }
    env.update(COLUMNS=str(WIDTH), TERM="dumb", LANG="C.UTF-8", NO_COLOR="1")
    run = subprocess.run(
        [sys.executable, "-c", "from kinerja_cli.entry import run; run()", *args, "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return "\n".join(line.rstrip() for line in run.stdout.strip().splitlines())


def commands() -> list[str]:
    """The visible commands, in the order ``kinerja --help`` lists them."""
    import typer.main

    from kinerja_cli.cli.main import build_app

    group = typer.main.get_command(build_app())
    ctx = group.make_context("kinerja", [], resilient_parsing=True)
    return [
        name
        for name in group.list_commands(ctx)  # type: ignore[attr-defined]
        if not group.get_command(ctx, name).hidden  # type: ignore[attr-defined]
    ]


def render() -> str:
    """The whole generated block, markers included."""
    parts = [
        BEGIN,
        "<!-- dibuat oleh: python -m kinerja_cli.cli.reference README.md; jangan diubah -->",
        "",
        "### `kinerja --help`",
        "",
        "```text",
        _help([]),
        "```",
    ]
    for name in commands():
        parts += ["", f"### `kinerja {name} --help`", "", "```text", _help([name]), "```"]
    parts.append(END)
    return "\n".join(parts)


def updated(text: str) -> str:
    """``text`` (a README) with its block replaced by :func:`render`."""
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + render() + text[end:]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    paths = [a for a in args if a != "--check"] or ["README.md"]
    path = Path(paths[0])
    text = path.read_text(encoding="utf-8")
    new = updated(text)
    if check:
        if new != text:
            sys.stderr.write(
                f"{path}: referensi perintah tidak sesuai --help; jalankan "
                f"'python -m kinerja_cli.cli.reference {path}'\n"
            )
            return 1
        return 0
    if new != text:
        path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
