"""kinerja: rekap kinerja ASN dari lembar kerja.

The library core lives in this package and never imports typer or rich; the command line is
the thin ``kinerja_cli.cli`` package on top of it.
"""

__version__ = "0.1.0"

TEMPLATE_VERSION = "1"
"""Version of the unit workbook contract written into the hidden metadata sheet."""
