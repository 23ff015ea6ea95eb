"""The message under a form field drops the field's name however the language writes the colon."""

from __future__ import annotations

import pytest

from flare_monitor.errors import ValidationError
from ui import messages


@pytest.mark.parametrize(
    "shown",
    ["nom: ne doit pas être vide", "nom : ne doit pas être vide", "Nom\u00a0: ne doit pas être vide"],
)
def test_field_prefix_is_dropped_with_or_without_a_space_before_the_colon(monkeypatch, shown):
    monkeypatch.setattr(messages, "translate", lambda text: shown)
    monkeypatch.setattr(messages, "field_label", lambda field: "nom")
    assert messages.field_message(ValidationError("name: must not be empty", field="name")) == (
        "Ne doit pas être vide"
    )


def test_a_message_that_only_starts_like_the_field_keeps_its_words(monkeypatch):
    monkeypatch.setattr(messages, "translate", lambda text: text)
    monkeypatch.setattr(messages, "field_label", lambda field: "Name")
    error = ValidationError("Names must be unique", field="name")
    assert messages.field_message(error) == "Names must be unique"
