"""click's own usage errors come out in the user's language with exit 2 (issue 16): the
console-script entry point (``kinerja_cli.cli.main.run``), as a user runs it."""

from __future__ import annotations

import pytest

from kinerja_cli.cli.main import run

CASES = [
    (["rekap", "--bogus"], "Opsi --bogus tidak dikenal.", "kinerja rekap --help"),
    (["validasi"], "PATHS belum diberikan", "kinerja validasi --help"),
    (["peringkat", "--top", "abc"], "Nilai 'abc' untuk --top tidak sah", "kinerja peringkat"),
    (["rekpa"], "Perintah 'rekpa' tidak dikenal.", "kinerja --help"),
    (["status", "lebih"], "tidak dipakai perintah ini: lebih", "kinerja status --help"),
]


def _run(argv, capsys):
    with pytest.raises(SystemExit) as out:
        run(argv)
    captured = capsys.readouterr()
    return out.value.code, captured.out, " ".join(captured.err.split())


@pytest.mark.parametrize(("argv", "said", "where"), CASES)
def test_usage_errors_are_said_in_indonesian_with_exit_2(argv, said, where, capsys):
    code, out, err = _run(argv, capsys)
    assert code == 2 and out == ""
    assert said in err and where in err
    for english in ("No such option", "Missing argument", "Invalid value", "Usage:", "Error"):
        assert english not in err


def test_usage_errors_in_english_with_lang_en(capsys):
    code, _, err = _run(["--lang", "en", "impor", "--bogus"], capsys)
    assert code == 2 and "Unknown option --bogus." in err and "kinerja impor --help" in err


def test_the_entry_point_keeps_exit_codes_and_help(capsys, tmp_path):
    code, out, _ = _run(["--version"], capsys)
    assert code == 0 and out.startswith("kinerja ")
    code, out, _ = _run(["status", "--help"], capsys)
    assert code == 0 and "kinerja status" in out
    # a command's own exit code passes through (no config: a usage error of kinerja itself)
    code, _, err = _run(["--config", str(tmp_path / "tidak-ada.yaml"), "status"], capsys)
    assert code == 2 and "tidak-ada.yaml" in err
