"""Readers turn input files into :class:`~kinerja_cli.readers.base.RawWorkbook` grids that
keep every value's real cell address. Pluggable per input format behind one shape."""
