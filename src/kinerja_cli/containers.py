"""The container kinds kinerja reads, and their file name suffixes: the one declaration.

A container is how a file stores its grid (a zip of XML parts, an OLE2 compound file, text);
the readers (:mod:`kinerja_cli.readers`) tell it from the bytes and parse it into a
:class:`~kinerja_cli.readers.base.RawWorkbook`. What the grid means (our plan workbook, an
e-Kinerja export, ...) is an input format (:mod:`kinerja_cli.formats`), which comes in one or
more of these containers. Imports nothing: :mod:`kinerja_cli.prestart` reads
:data:`SUFFIXES` before anything else is imported.
"""

from __future__ import annotations

CONTAINERS: dict[str, tuple[str, ...]] = {
    "xlsx": (".xlsx",),
    "xlsm": (".xlsm",),
    "xls": (".xls",),
    "ods": (".ods",),
    "csv": (".csv",),
}
"""Each container kind (as the readers name it) -> the file name suffixes it is found under
inside a folder. A file named explicitly is read whatever its name: the bytes decide."""

KINDS = tuple(CONTAINERS)
"""The container kinds, in the order the readers know them."""
OPENXML = ("xlsx", "xlsm")
"""The kinds openpyxl opens: a feedback copy keeps their own sheets, and only they can be one
of our feedback copies sent back."""


def suffixes_of(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The file name suffixes of ``kinds`` (in :data:`CONTAINERS` order, each once)."""
    return tuple(s for kind, found in CONTAINERS.items() if kind in kinds for s in found)


SUFFIXES = suffixes_of(KINDS)
"""Every suffix of a readable file: the files inside a folder that are worth reading."""
