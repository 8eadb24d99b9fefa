"""The message catalogue: both languages, same keys and placeholders."""

from __future__ import annotations

import string

from kinerja_cli.messages import CATALOGUE, LANGUAGES, render


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_same_placeholders():
    assert CATALOGUE
    for kode, texts in CATALOGUE.items():
        assert set(texts) == set(LANGUAGES), kode
        assert placeholders(texts["id"]) == placeholders(texts["en"]), kode
        assert texts["id"].strip() and texts["en"].strip(), kode


def test_render_fills_and_falls_back():
    assert "x.yaml" in render("konfig_tidak_ada", "id", path="x.yaml")
    assert "not found" in render("konfig_tidak_ada", "en", path="x.yaml")
    # a missing parameter is shown as its placeholder, never a crash
    assert "{path}" in render("konfig_tidak_ada", "id")
