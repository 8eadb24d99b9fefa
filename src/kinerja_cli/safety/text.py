"""Untrusted text made safe to show on one line of a terminal or in a message.

Names, notes and values come from files a dinas sent. Rich escapes its own markup
(``rich.markup.escape``, used by the CLI) but passes control characters through, so an ESC
in a name (``"\\x1b[2J"``) would reach the terminal, and a right-to-left override
(U+202E) turns ``"gnp.exe"`` around on screen. :func:`printable` shows every such character
as a visible escape and cuts long text. The printed documents (PDF and xlsx form of
``kinerja dokumen``) use the same rule through :func:`document_text`, so a name reads the same
on the terminal and on paper (issue 26). Formula neutralisation for spreadsheet outputs lives in
:mod:`kinerja_cli.writers.safe`; markup escaping stays in the CLI.
"""

from __future__ import annotations

import re

__all__ = ["document_text", "printable"]

_NAMED = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f"  # C0, DEL, C1 (ESC, CSI, OSC, BEL, backspace, ...)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional controls
    "\u2028\u2029\ufeff]"  # line/paragraph separators, BOM
)


def _escape(m: re.Match[str]) -> str:
    ch = m.group(0)
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\u2028\u2029]+")
"""Tabs and line breaks: on one terminal line they are escapes; in a printed field, a space."""


def printable(text: str, limit: int | None = None) -> str:
    """``text`` with control and bidi characters shown as escapes, cut to ``limit`` characters
    (the last one an ellipsis) when given."""
    out = _UNSAFE.sub(_escape, text)
    if limit is not None and len(out) > limit:
        out = out[: limit - 1] + "…"
    return out


def document_text(text: str) -> str:
    """``text`` for one field of a printed document: tabs and line breaks become one space
    (a field is laid out by the page, a name with 300 line breaks would fill pages), every other
    control or bidi character is shown as the terminal shows it (:func:`printable`), so
    ``"evil\\u202egnp.exe"`` (a right-to-left override inside) prints as the visible text
    ``evil\\u202egnp.exe``, in logical order."""
    return printable(_LINE_BREAKS.sub(" ", text))
