"""Hostile and broken input: refuse in bounded time and memory, keep the batch going.

- :func:`check_file` (pre-flight): real format, sizes, zip members, compression ratio, DOCTYPE,
  declared sheet dimensions, against ``config.keamanan``.
- :class:`Sandbox` / :func:`run_limited`: parsing in worker processes with a memory cap and a
  timeout; a crash becomes an :class:`~kinerja_cli.errors.InputError`.
- :func:`read_safely`, :func:`read_many`, :func:`iter_read`: pre-flight + reader in the sandbox.
- :func:`printable`: untrusted text made safe for one terminal line.

The design and the measured figures are in ``docs/keamanan.md``.
"""

from kinerja_cli.safety.limits import Limits
from kinerja_cli.safety.preflight import Preflight, SheetExtent, check_file
from kinerja_cli.safety.reading import iter_read, read_checked, read_many, read_safely
from kinerja_cli.safety.sandbox import Sandbox, run_limited
from kinerja_cli.safety.text import printable

__all__ = [
    "Limits",
    "Preflight",
    "Sandbox",
    "SheetExtent",
    "check_file",
    "iter_read",
    "printable",
    "read_checked",
    "read_many",
    "read_safely",
    "run_limited",
]
