"""The kode reference of docs/validasi.md, generated from the issue declarations (issue 32).

``python -m kinerja_cli.messages.reference docs/validasi.md`` rewrites two blocks of the
document, each between its markers, from :data:`kinerja_cli.messages.ISSUE_TYPES`: the score
effect of every warning (kode, "dapat mengubah nilai", the declared ``alasan``) and the list
of every issue kode (level, score effect, message parameters, the Indonesian message).
``--check`` only compares and exits 1 when the document is stale (``make test`` runs that
check through ``tests/test_messages.py``). The prose around the blocks is written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kinerja_cli.messages import ISSUE_TYPES
from kinerja_cli.messages.types import ERROR, WARNING, IssueType

EFFECTS = ("<!-- BEGIN pengaruh kode -->", "<!-- END pengaruh kode -->")
KODES = ("<!-- BEGIN daftar kode -->", "<!-- END daftar kode -->")
_NOTE = "<!-- dibuat oleh: python -m kinerja_cli.messages.reference docs/validasi.md -->"


def _cell(text: str) -> str:
    """``text`` as one Markdown table cell (one line, ``|`` escaped)."""
    return " ".join(text.split()).replace("|", "\\|")


def _yes(changes: bool) -> str:
    return "ya" if changes else "tidak"


def effects_table() -> list[str]:
    """Every warning kode: can it change a score, and why; kodes declared one after another
    with the same effect and reason share a row."""
    rows: list[tuple[list[str], IssueType]] = []
    for t in ISSUE_TYPES.values():
        if t.tingkat != WARNING:
            continue
        last = rows[-1][1] if rows else None
        if last is not None and (last.mengubah_nilai, last.alasan) == (t.mengubah_nilai, t.alasan):
            rows[-1][0].append(t.kode)
        else:
            rows.append(([t.kode], t))
    lines = ["| kode | dapat mengubah nilai | alasan |", "|---|---|---|"]
    for kodes, t in rows:
        names = ", ".join(f"`{k}`" for k in kodes)
        lines.append(f"| {names} | {_yes(t.mengubah_nilai)} | {_cell(t.alasan)} |")
    return lines


def kode_table() -> list[str]:
    """Every issue kode with its level, score effect, parameters and Indonesian message."""
    lines = [
        "| kode | tingkat | dapat mengubah nilai | parameter | pesan |",
        "|---|---|---|---|---|",
    ]
    for t in ISSUE_TYPES.values():
        level = "error" if t.tingkat == ERROR else "warning"
        params = ", ".join(f"`{p}`" for p in sorted(t.params)) or "-"
        lines.append(
            f"| `{t.kode}` | {level} | {_yes(t.mengubah_nilai)} | {params} | {_cell(t.id)} |"
        )
    return lines


def _block(markers: tuple[str, str], lines: list[str]) -> str:
    return "\n".join([markers[0], _NOTE, "", *lines, "", markers[1]])


def updated(text: str) -> str:
    """``text`` (docs/validasi.md) with both generated blocks replaced."""
    for markers, lines in ((EFFECTS, effects_table()), (KODES, kode_table())):
        start, end = text.index(markers[0]), text.index(markers[1]) + len(markers[1])
        text = text[:start] + _block(markers, lines) + text[end:]
    return text


def main(argv: list[str] | None = None) -> int:
    """``[--check] PATH``: rewrite PATH's generated blocks, or (``--check``) exit 1 when
    they differ from the declarations."""
    args = list(sys.argv[1:] if argv is None else argv)
    (target,) = [a for a in args if a != "--check"]
    path = Path(target)
    text = path.read_text(encoding="utf-8")
    new = updated(text)
    if new == text:
        return 0
    if "--check" in args:
        sys.stderr.write(f"{path} is stale: run python -m kinerja_cli.messages.reference {path}\n")
        return 1
    path.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
