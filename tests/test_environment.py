"""No test depends on the calendar, the time zone, the locale or the hash seed (issue 10).

The tests that print dates, order resubmissions or compare golden outputs run again in a child
pytest with the clock moved years ahead (libfaketime), the time zone far east or far west,
``LANG=C`` and a random hash seed. ``make test-clock`` runs the whole suite that way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HAS_FAKETIME = shutil.which("faketime") is not None
needs_faketime = pytest.mark.skipif(
    not HAS_FAKETIME and os.environ.get("CI") != "true",
    reason="libfaketime (faketime) not installed",
)
"""On CI .ci/run installs libfaketime, so this test must run there (and fail if absent)."""

SENSITIVE = (
    "tests/test_examples_outputs.py",
    "tests/test_cli_outputs.py",
    "tests/test_validate_paths.py",
    "tests/test_store_cli.py",
)
"""The tests that print dates, order files by date or time, or compare golden outputs."""

MOVED = [
    pytest.param("+5y", "Asia/Jayapura", id="five-years-ahead-far-east"),
    pytest.param("+7y", "Pacific/Pago_Pago", id="seven-years-ahead-far-west"),
]


def moved_env(offset: str, tz: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "PYTEST_", "FAKETIME")) and k != "SOURCE_DATE_EPOCH"
    }
    if "faketime" in env.get("LD_PRELOAD", ""):
        # under ``make test-clock`` this process already runs in libfaketime; the child starts
        # from the real clock (FAKETIME* is dropped above) with its own offset
        env.pop("LD_PRELOAD")
    env.update(TZ=tz, LANG="C", LC_ALL="C", PYTHONHASHSEED="random")
    return env


@needs_faketime
@pytest.mark.slow
@pytest.mark.parametrize(("offset", "tz"), MOVED)
def test_suite_passes_with_the_clock_zone_locale_and_seed_moved(offset, tz):
    env = moved_env(offset, tz)
    probe = subprocess.run(
        [
            "faketime",
            "-f",
            offset,
            sys.executable,
            "-c",
            "import datetime as d; print(d.date.today())",  # clock-ok: proves the clock moved
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(probe.stdout[:4]) >= 2031, probe.stdout  # the clock really moved
    run = subprocess.run(
        [
            "faketime",
            "-f",
            offset,
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            *SENSITIVE,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and " failed" not in run.stdout
