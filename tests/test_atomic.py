"""Atomic writes: all or nothing, usual permissions."""

from __future__ import annotations

import os
import stat

import pytest

from kinerja_cli.atomic import atomic_path, atomic_write_text


def test_replaces_only_on_success(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write_text(target, "lama")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("setengah")
        raise RuntimeError("mati di tengah jalan")
    assert target.read_text() == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"], "temp file left behind"


def test_output_gets_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        target = atomic_write_text(tmp_path / "x.txt", "isi")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_creates_missing_folder(tmp_path):
    target = atomic_write_text(tmp_path / "a" / "b" / "c.txt", "isi")
    assert target.read_text() == "isi"
