"""Input formats: one folder per format behind one :class:`Reader` protocol, and the registry.

A file goes through two layers. Its *container* (xlsx, xlsm, xls, ods, csv:
:mod:`kinerja_cli.containers`) is told from the bytes, pre-flighted within the safety limits
(:mod:`kinerja_cli.safety.preflight`) and parsed in a limited worker into a
:class:`~kinerja_cli.readers.base.RawWorkbook` (:mod:`kinerja_cli.readers`): nothing about
a format can be known before that, so the limits before parsing belong to the container. Its
*format* (what the grid means: our plan workbook, an e-Kinerja export, ...) is told from the
sheets by the formats in :data:`REGISTRY`, in order: the first whose :meth:`Reader.detect`
takes the workbook parses it into the common records (a :class:`~kinerja_cli.model.
Submission` with its issues); a workbook no format takes is read as :data:`DEFAULT` (our plan
workbook, which then says what is missing in its own words).

Each format declares the containers it comes in; the file name suffixes a folder is searched
for (:data:`SUFFIXES`) follow from them. Import-light: this module imports no format, no
reader and no validator (each format's module is imported when a workbook is parsed).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from kinerja_cli.containers import KINDS, suffixes_of

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.model import Submission
    from kinerja_cli.readers.base import RawWorkbook

__all__ = ["DEFAULT", "REGISTRY", "SUFFIXES", "Format", "Reader", "parse", "reader"]


class Reader(Protocol):
    """One input format: does a read workbook look like it, and its records and issues."""

    name: str

    def detect(self, raw: RawWorkbook) -> bool:
        """Whether ``raw`` is this format (from its sheets and cells, never its name)."""
        ...

    def parse(
        self, raw: RawWorkbook, config: Config, *, tahun: int | None, hari_ini: date | None
    ) -> Submission:
        """The records of ``raw`` and every problem as an issue at its cell; never raises
        for a bad file. ``tahun``: the assessment year (None: ``config.tahun``);
        ``hari_ini``: the date the command runs for (None: dates are not checked against
        it)."""
        ...


@dataclass(frozen=True, slots=True)
class Format:
    """A registry entry: a format's name, the module holding its ``READER``, and the
    container kinds it comes in."""

    name: str
    module: str
    containers: tuple[str, ...] = KINDS


PLAN = Format("plan", "kinerja_cli.formats.plan")
EKINERJA = Format("ekinerja", "kinerja_cli.formats.ekinerja")

REGISTRY: tuple[Format, ...] = (PLAN, EKINERJA)
"""The formats, in the order they are asked whether a workbook is theirs."""
DEFAULT = PLAN
"""The format a workbook no format takes is read as."""

SUFFIXES = suffixes_of(tuple(kind for f in REGISTRY for kind in f.containers))
"""The file name suffixes of every format's containers: the files in a folder worth reading."""


def reader(fmt: Format) -> Reader:
    """The :class:`Reader` of ``fmt`` (its module imported on first use)."""
    found: Reader = importlib.import_module(fmt.module).READER
    return found


def parse(
    raw: RawWorkbook,
    config: Config,
    *,
    tahun: int | None = None,
    hari_ini: date | None = None,
) -> Submission:
    """``raw`` parsed by the first format of :data:`REGISTRY` that takes it (its container
    among the format's), else by :data:`DEFAULT`."""
    chosen = DEFAULT
    for fmt in REGISTRY:
        if raw.format in fmt.containers and reader(fmt).detect(raw):
            chosen = fmt
            break
    return reader(chosen).parse(raw, config, tahun=tahun, hari_ini=hari_ini)
