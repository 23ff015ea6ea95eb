"""The message under a form field drops the field's name however the language writes the colon, and keeps
a message whose sentence does not start with the field."""

from __future__ import annotations

import pytest

from flare_monitor.errors import ValidationError
from flare_monitor.i18n import Field, _
from ui import messages


@pytest.mark.parametrize("template", ["{field}: {rest}", "{field} : {rest}", "{field}\u00a0: {rest}"])
def test_field_prefix_is_dropped_with_or_without_a_space_before_the_colon(monkeypatch, template):
    from flare_monitor.i18n import message

    class Catalogue:
        def gettext(self, msgid):
            return (
                template.replace("{rest}", "ne doit pas être vide")
                if msgid == "{field}: must not be empty"
                else msgid
            )

    monkeypatch.setattr(message, "translations", lambda language: Catalogue())
    monkeypatch.setattr(messages, "text", lambda value: message.render_message(value, "fr"))
    error = ValidationError(_("{field}: must not be empty", field=Field("name")), field="name")
    assert messages.field_message(error) == "Ne doit pas être vide"


def test_a_message_that_only_starts_like_the_field_keeps_its_words():
    error = ValidationError(_("Names must be unique"), field="name")
    assert messages.field_message(error) == "Names must be unique"


def test_a_sentence_that_names_the_field_elsewhere_keeps_it():
    error = ValidationError(_("{field}: must not be empty", field=Field("name")), field="name")
    assert messages.field_message(error) == "Must not be empty"


def test_a_field_named_in_words_is_dropped_in_the_ui_language(monkeypatch):
    from datetime import date

    from flare_monitor.i18n import message

    monkeypatch.setattr(messages, "text", lambda value: message.render_message(value, "fr"))
    error = ValidationError(
        _("actual end: {actual_end} is before the actual start {actual_start}",
          actual_end=date(2024, 4, 15), actual_start=date(2024, 4, 16)),
        "actual end",
    )  # fmt: skip
    assert messages.field_message(error) == "15 avr. 2024 précède le début effectif 16 avr. 2024"
