"""Who is signed in and what their role allows: the rules the screens use to disable actions."""

from __future__ import annotations

import pytest

from flare_monitor.actions import identity as ident
from flare_monitor.actions.identity import Identity, who_is_signed_in
from main import main

OFFICER = Identity("anna", "officer", ("PE", "PK"), server=True)
ME = Identity("hq.me", "me", (), server=True)
VIEWER = Identity("donor", "viewer", (), server=True)
ADMIN = Identity("it", "admin", (), server=True)


def test_labels_say_who_in_which_role_and_countries():
    assert OFFICER.label() == "anna (officer: PE, PK)"
    assert ME.label() == "hq.me (M&E)"
    assert VIEWER.label() == "donor (viewer)"
    assert Identity("bob", None, server=True).label() == "bob (no team role)"


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        (OFFICER, {ident.EDIT_RECORDS, ident.READ_PERSONAL_DATA, ident.EXPORT_PACKAGES, ident.BUILD_REPORTS}),
        (ME, {ident.EDIT_RECORDS, ident.APPROVE_VALUES, ident.LOCK_PERIODS, ident.IMPORT_PACKAGES}),
        (VIEWER, {ident.BUILD_REPORTS}),
        (ADMIN, {ident.UNLOCK_PERIODS, ident.MANAGE_USERS, ident.CHANGE_SETTINGS, ident.APPROVE_VALUES}),
    ],
)
def test_each_role_may_do_its_own_work(who, allowed):
    for action in allowed:
        assert who.may(action, "PE"), (who.role, action)


def test_what_a_role_may_not_do_comes_with_the_reason():
    assert OFFICER.why_not(ident.APPROVE_VALUES) == (
        "Only M&E officers and administrators may do this (you are signed in as anna (officer: PE, PK))."
    )
    assert not VIEWER.may(ident.READ_PERSONAL_DATA)
    assert not ME.may(ident.UNLOCK_PERIODS) and ADMIN.may(ident.UNLOCK_PERIODS)
    assert not ADMIN.may(ident.UPGRADE_DATABASE)
    assert "no role" in Identity("bob", None, server=True).why_not(ident.BUILD_REPORTS)
    with pytest.raises(ValueError):
        OFFICER.may("fly")


def test_an_officer_works_on_their_countries_only():
    assert OFFICER.may(ident.EDIT_RECORDS, "pk") and OFFICER.may(ident.READ_PERSONAL_DATA, "PE")
    assert OFFICER.why_not(ident.EDIT_RECORDS, "NP") == "You work on PE, PK, not on NP."
    assert not OFFICER.may(ident.ENTER_VALUES)  # a project-wide value is M&E's
    assert OFFICER.may(ident.ENTER_VALUES, "PE")
    assert not Identity("new", "officer", (), server=True).may(ident.EDIT_RECORDS, "PE")
    assert ME.may(ident.EDIT_RECORDS, "NP") and ME.may(ident.ENTER_VALUES)


def test_on_a_file_the_one_user_may_do_everything(db):
    if db.is_server:
        pytest.skip("about a database file")
    who = who_is_signed_in(db)
    assert (who.role, who.server, who.countries) == ("owner", False, ())
    assert all(who.may(action) for action in ident._ALLOWED)


def test_server_commands_on_a_file_are_refused_in_one_line(db_url, capsys, backend):
    if backend != "sqlite":
        pytest.skip("about a database file")
    assert main(["--db", db_url, "server", "roles", "--apply"]) == 1
    assert (
        main(["--db", db_url, "server", "user", "add", "anna", "--role", "officer", "--countries", "PE"]) == 1
    )
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and all("shared PostgreSQL database" in line for line in errors)
