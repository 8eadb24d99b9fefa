"""The e-Kinerja BKN exports a BKD admin downloads, as an input format (issue 17).

Two exports, recognised by their content, never by the file name: "Laporan Penilaian SKP"
(one row per assessment: ``nip``, ``nama``, ``skp_unor``, ``skp_unor_induk``, ``skp_jabatan``,
``hasil_kerja``, ``perilaku_kerja``, ``hasil_akhir``, ...) and "Laporan SKP" (one row per SKP:
``id``, ``nip``, ``skp_status``, ``periode_akhir``, ...). Title rows ("Laporan Penilaian SKP
Periode ... Tahun 2026", "Instansi ...", "Unor Induk : ...", "Data ditarik pada : ...") sit
above one header row of snake_case names, found by scanning the first 20 rows (header at row
8 or 10, names in any case and order, extra columns ignored). No official column
specification exists; docs/ekinerja.md lists what is known and what is read.

Every problem is an :class:`~kinerja_cli.model.Issue` at its real cell, like our own
templates: a required column missing (one issue naming them, at the header row), a NIP stored
as a number or malformed, a rating word that is not one, ``hasil_akhir`` that differs from the
matrix of ``hasil_kerja`` x ``perilaku_kerja`` (a warning), an acting official's row (PLT/PLH,
not a second assessment: a warning, the row is kept apart), and a NIP listed twice in the SKP
list after a transfer (the row with the latest ``periode_akhir`` is kept, the other named).
A ``-`` means empty.

:func:`~kinerja_cli.formats.ekinerja.convert.to_submission` turns an export into the
:class:`~kinerja_cli.model.Submission` every later stage takes (``sumber`` says which
export): the unit from ``skp_unor_induk`` through ``unit[].unor``
(:func:`~kinerja_cli.formats.ekinerja.convert.unit_for_unor`), the period and year from the
title and the ``Periode :`` line together (:mod:`~kinerja_cli.period_words`;
unclear or disagreeing is an error at the title cell, never a default), the date the data
were pulled as the file's date (which of two downloads is newer; after the command's date an
error), formula and error cells in the rating columns reported by the templates' cell rule
(:func:`~kinerja_cli.validate.context.cell_usable`), one employee per NIP with the ratings
and the ``hasil_akhir`` e-Kinerja recorded (a Laporan Penilaian SKP), or the SKP list (a
Laporan SKP, for coverage).

One module per concern: :mod:`.columns` (the columns read and the header row as a table),
:mod:`.detect` (is it an export, or nearly one), :mod:`.title` (the title rows and the period
they name), :mod:`.period` (the period words), :mod:`.rows` (each data row checked at its
cells), :mod:`.export` (all of it read, :func:`~.export.read_export`) and :mod:`.convert` (into
a Submission).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kinerja_cli.formats.ekinerja.columns import PENILAIAN, SKP
from kinerja_cli.formats.ekinerja.convert import to_submission, unit_for_unor
from kinerja_cli.formats.ekinerja.detect import find_header, near_miss
from kinerja_cli.formats.ekinerja.export import read_export

if TYPE_CHECKING:
    from kinerja_cli.config import Config
    from kinerja_cli.model import Submission
    from kinerja_cli.readers.base import RawWorkbook

__all__ = ["PENILAIAN", "READER", "SKP", "read_export", "to_submission", "unit_for_unor"]


class EkinerjaReader:
    """The e-Kinerja export as a :class:`~kinerja_cli.formats.Reader`."""

    name = "ekinerja"

    def detect(self, raw: RawWorkbook) -> bool:
        """A header row of an export within the first rows, or a sheet that nearly is one
        (then read to say why its header row cannot be taken)."""
        return find_header(raw) is not None or near_miss(raw) is not None

    def parse(
        self, raw: RawWorkbook, config: Config, *, tahun: int | None, hari_ini: date | None
    ) -> Submission:
        sub = to_submission(raw, config, tahun=tahun, hari_ini=hari_ini)
        assert sub is not None, "detect() takes only what read_export reads"
        return sub


READER = EkinerjaReader()
