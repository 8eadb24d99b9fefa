"""Readers turn input files into :class:`~kinerja_cli.readers.base.RawWorkbook` grids that
keep every value's real cell address. Pluggable per input format behind one shape.

``read_workbook(path, display_name=None)`` reads .xlsx, .xlsm, .xls, .ods and .csv/.tsv (the
format is detected from the bytes); see ``docs/membaca.md``.
"""

from kinerja_cli.readers.workbook import ParseResult, parse_file, read_workbook

__all__ = ["ParseResult", "parse_file", "read_workbook"]
