"""Untrusted text made safe to show on one line of a terminal or in a message.

Names, notes and values come from files a dinas sent. Rich escapes its own markup
(``rich.markup.escape``, used by the CLI) but passes control characters through, so an ESC
in a name (``"\\x1b[2J"``) would reach the terminal, and a right-to-left override
(U+202E) turns ``"gnp.exe"`` around on screen. :func:`printable` shows every such character
as a visible escape and cuts long text. Formula neutralisation for spreadsheet outputs lives in
:mod:`kinerja_cli.writers.safe`; markup escaping stays in the CLI.
"""

from __future__ import annotations

import re

__all__ = ["printable"]

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


def printable(text: str, limit: int | None = None) -> str:
    """``text`` with control and bidi characters shown as escapes, cut to ``limit`` characters
    (the last one an ellipsis) when given."""
    out = _UNSAFE.sub(_escape, text)
    if limit is not None and len(out) > limit:
        out = out[: limit - 1] + "…"
    return out
