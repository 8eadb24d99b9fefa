"""A target: one number or a range, as the config declares it and a template cell holds it.

Its own module so that the config (:mod:`kinerja_cli.config`) and the cell readers
(:mod:`kinerja_cli.values`) both use it without importing each other (issue 32: no circle).
:mod:`kinerja_cli.config` re-exports it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Target(BaseModel):
    """A target: one number, or a range ``low``..``high`` (``low == high`` for one number)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    low: float
    high: float

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def __str__(self) -> str:
        def fmt(x: float) -> str:
            return f"{x:g}"

        return fmt(self.low) if not self.is_range else f"{fmt(self.low)}-{fmt(self.high)}"
