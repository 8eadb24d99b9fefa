"""Domain errors: messages in both languages, and they survive pickling (worker processes)."""

from __future__ import annotations

import pickle

from kinerja_cli.errors import ConfigError, ConfigProblem, InputError, UsageError


def test_errors_pickle_with_kode_params_and_exit_code():
    for err in (
        InputError("berkas_tidak_ada", path="x.xlsx"),
        UsageError("cli_unit_tidak_dikenal", kode="X", daftar="A, B"),
        ConfigError(
            "konfig_tidak_sah",
            problems=[ConfigProblem("tahun", 2, "konfig_wajib")],
            path="c.yaml",
            jumlah=1,
        ),
    ):
        back = pickle.loads(pickle.dumps(err))
        assert type(back) is type(err)
        assert back.kode == err.kode and back.params == err.params
        assert back.exit_code == err.exit_code
        assert back.message("id") == err.message("id")
    back = pickle.loads(pickle.dumps(err))
    assert back.problems[0].path == "tahun"


def test_message_may_use_a_kode_placeholder():
    err = UsageError("cli_unit_tidak_dikenal", kode="ZZZ", daftar="A")
    assert "ZZZ" in err.message("id") and "ZZZ" in err.message("en")


def test_config_problem_json_keys_follow_the_issue_convention():
    """Location keys in English as an issue's (``file``, ``row``), content keys as the
    catalogue's (``kode``, ``pesan``): no ``path``/``baris`` mix (issue 15)."""
    from kinerja_cli.errors import ConfigProblem

    data = ConfigProblem("config/indikator.yaml", 12, "konfig_tidak_ada", {"path": "x"}).to_dict()
    assert list(data) == ["file", "line", "kode", "pesan"]
    assert (data["file"], data["line"]) == ("config/indikator.yaml", 12)
