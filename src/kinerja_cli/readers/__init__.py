"""Container readers: they turn input files into :class:`~kinerja_cli.readers.base.RawWorkbook`
grids that keep every value's real cell address, one reader per container kind
(:mod:`kinerja_cli.containers`) behind one shape. What a grid means (our plan workbook, an
e-Kinerja export, ...) is decided after them, by the input formats (:mod:`kinerja_cli.formats`).

``read_workbook(path, display_name=None)`` reads .xlsx, .xlsm, .xls, .ods and .csv/.tsv (the
format is detected from the bytes); see ``docs/membaca.md``.
"""

from kinerja_cli.readers.workbook import ParseResult, parse_file, read_workbook

__all__ = ["ParseResult", "parse_file", "read_workbook"]
