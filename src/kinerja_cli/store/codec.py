"""The values of a stored record that are not kept as they are, into columns and back, exactly
(the tables and which field uses what: :mod:`kinerja_cli.store.records`).

Pure functions, no SQL. Floats are stored as REAL (IEEE doubles, exact), dates and datetimes
as ISO 8601 text, issue parameters as JSON with a small tag for the few Python types JSON lacks
(tuple, date, datetime), so what comes back compares equal to what went in.
"""

from __future__ import annotations

import functools
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kinerja_cli.target import Target

_TAG = "$t"


def encode_params(params: tuple[tuple[str, Any], ...]) -> str:
    return json.dumps(
        [[k, _encode(v)] for k, v in params],
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=True,
    )


def decode_params(text: str) -> tuple[tuple[str, Any], ...]:
    return tuple((str(k), _decode(v)) for k, v in json.loads(text))


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, tuple):
        return {_TAG: "tuple", "v": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {_TAG: "dict", "v": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, datetime):
        return {_TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {_TAG: "date", "v": value.isoformat()}
    if isinstance(value, Decimal):
        return {_TAG: "decimal", "v": str(value)}
    if isinstance(value, Target):
        return {_TAG: "target", "v": [value.low, value.high]}
    return str(value)  # anything else is only ever shown in a message: its text is what counts


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict) and _TAG in value:
        tag, raw = value[_TAG], value["v"]
        if tag == "tuple":
            return tuple(_decode(v) for v in raw)
        if tag == "dict":
            return {_decode(k): _decode(v) for k, v in raw}
        if tag == "datetime":
            return datetime.fromisoformat(raw)
        if tag == "date":
            return date.fromisoformat(raw)
        if tag == "decimal":
            return Decimal(raw)
        if tag == "target":
            return Target(low=raw[0], high=raw[1])
    return value


def iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def encode_anchors(anchors: dict[str, tuple[str, str, str]]) -> str | None:
    """:attr:`Submission.anchors` as JSON text (None when there are none)."""
    if not anchors:
        return None
    return json.dumps({k: list(v) for k, v in sorted(anchors.items())}, ensure_ascii=False)


def decode_anchors(text: str | None) -> dict[str, tuple[str, str, str]]:
    if not text:
        return {}
    return {str(k): (str(v[0]), str(v[1]), str(v[2])) for k, v in json.loads(text).items()}


def parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    # A datetime in a date field (a reader that gave a datetime) round-trips as a datetime.
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def parse_datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


def target_columns(t: Target | None) -> tuple[float | None, float | None]:
    """A target as its two columns (``target_low``, ``target_high``)."""
    return (t.low, t.high) if t is not None else (None, None)


def make_target(low: float | None, high: float | None) -> Target | None:
    """The target of two columns (None when either is empty)."""
    if low is None or high is None:
        return None
    return _cached_target(low, high)


@functools.lru_cache(maxsize=8192)
def _cached_target(low: float, high: float) -> Target:
    """Targets repeat across rows; Target is frozen, so one instance per value is shared.
    The values come from the store's own REAL columns (validated when first built), so
    validation is skipped: it was most of the time of rebuilding a city."""
    return Target.model_construct(low=float(low), high=float(high))
