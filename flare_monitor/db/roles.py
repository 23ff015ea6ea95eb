"""Team mode on a PostgreSQL server: who may read and change what, enforced by the server itself.

Four group roles, one per team role, each with the least privileges it needs (`server roles --apply`
creates or updates them, run with the database owner's account):

- `flare_officer` (a country office): reads every country's records and figures; reads and changes
  people, attendance and records of **its countries only** (`team_user_country`); may not approve
  values, lock periods or change the results framework.
- `flare_me` (M&E at headquarters): everything in every country; approves values, locks periods,
  imports packages, merges across countries.
- `flare_admin`: what `flare_me` may, plus reopening locked periods and managing users (`server user …`,
  through functions that run with the owner's rights).
- `flare_viewer` (donor liaison, management): reads figures, reports and narratives; not one personal
  column (names, positions, phones, e-mails, remarks, the victim flag), not even through the audit trail.

How it is enforced:

- Grants: per table and group; personal columns are left out of the viewer's column privileges.
- Row-level security on every table that carries a country (directly or through its activity): officers
  read people and attendance of their countries only, and every row they add or change must be of their
  countries. Because row-level security can only hide a row (an update of another country's activity
  would then silently change nothing), a trigger refuses the change of a row of another country with a
  named rule (SQLSTATE 42501, the rule in the error's constraint field: db/errors.py shows it).
- Figures are counted from `participant_figures` and `attendance_figures` (migration 0010), views
  owned by the owner that show every row without personal columns: the same for every role.
- The audit trail is append-only: no group may update or delete it (no grant, and a trigger refusing
  anyone but the owner); its hash chain (db/audit_chain.py) shows what even the owner changed.

Every object is created idempotently; each carries a comment with the hash of its definition, so that
`apply` recreates only what changed and says what it did. The owner and superusers are not bound by any
of this (they own the tables): keep the owner's password with IT.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from flare_monitor.db.errors import (
    RULE_APPROVE_VALUES,
    RULE_AUDIT_APPEND_ONLY,
    RULE_MANAGE_USERS,
    RULE_OWN_COUNTRIES,
    RULE_REVIEW_SUBMISSIONS,
    RULE_TEAM_LOGINS,
    RULE_UNLOCK_PERIODS,
)
from flare_monitor.db.team import LOGIN_LENGTH, ROLES
from flare_monitor.errors import UserError
from flare_monitor.i18n import _, ngettext

log = logging.getLogger(__name__)

GROUPS = {role: f"flare_{role}" for role in ROLES}
OLD_GROUP = "flare_officers"  # the single officers' group of earlier versions (docs/TEAM_AND_OFFICES.md)
_TAG = "flare:"

# Personal columns: never granted to viewers; officers read them only for their countries' people.
PERSONAL_COLUMNS = {
    "participant": (
        "full_name",
        "search_name",
        "name_key",
        "position",
        "phone",
        "phone_normalized",
        "email",
        "sensitive",
    ),
    # A form's participant code may be built from initials and a phone; the hash is of a person's answers.
    "attendance": ("remarks", "submission_key", "submission_hash", "participant_code"),
    # What a file that shows people is called and what its caption says (its content: evidence_chunk).
    "evidence": ("original_name", "caption"),
}
# Audit entries about these carry personal values.
PERSONAL_ENTITIES = ("participant", "attendance", "evidence")

# Whether an officer may touch a row, as SQL over the row's columns ({r} is "", "NEW." or "OLD.").
_MINE = "{s}.flare_is_mine({r}country_code)"
_VIA_ACTIVITY = "{s}.flare_is_mine({s}.flare_activity_country({r}activity_id))"
COUNTRY_TABLES = {
    "activity": _MINE,
    "activity_partner": _VIA_ACTIVITY,
    "attendance": _VIA_ACTIVITY,
    "participant": "{s}.flare_participant_is_mine({r}id, {r}country_code)",
    "organization": "({r}country_code IS NULL OR {s}.flare_is_mine({r}country_code))",
    "indicator_target": _MINE,
    "indicator_value": _MINE,
    "narrative": _MINE,
    "project_risk": _MINE,
    "period_status": _MINE,  # a country's submission of a period: its officers submit it
    # Attached to an activity, a reported value or a narrative: that record's country.
    "evidence": "{s}.flare_is_mine({s}.flare_evidence_country({r}activity_id, {r}indicator_value_id, "
    "{r}narrative_id))",
}
# Officers read these rows only where they may change them (None), or where this condition holds (the
# other tables: every row). Evidence that shows no people is anybody's to read.
READ_LIMITED: dict[str, str | None] = {
    "participant": None,
    "attendance": None,
    "evidence": "(NOT {r}personal OR {mine})",
}

# Tables every group reads (row-level security may narrow it); the viewer reads those with personal
# columns (PERSONAL_COLUMNS) without them.
READ_ALL = (
    "alembic_version",
    "country",
    "subdivision",
    "project",
    "project_country",
    "result_level",
    "result",
    "indicator",
    "indicator_target",
    "indicator_value",
    "narrative",
    "period_lock",
    "report_record",
    "activity",
    "activity_partner",
    "organization",
    "setting",
    "exchange_record",
    "audit_head",
    "audit_entry",
    "team_user",
    "team_user_country",
    "participant_figures",
    "attendance_figures",
    "project_risk",
    "evidence_blob",
    "evidence_chunk",
    "evidence_listing",
    "period_status",
    "period_figure",
    "participant_distinct",
)
_ALL = ("SELECT", "INSERT", "UPDATE", "DELETE")
_REGISTER = (
    "activity",
    "activity_partner",
    "attendance",
    "participant",
    "organization",
    "indicator_target",
    "indicator_value",
    "narrative",
    "project_risk",
    "evidence",
    "period_status",
    "participant_distinct",  # two records the duplicates review found to be two people
)
# Evidence content: stored and forgotten (when no attachment uses it any more), never changed.
_CONTENT = ("evidence_blob", "evidence_chunk")
_HQ_ONLY = (
    "project",
    "project_country",
    "result_level",
    "result",
    "indicator",
    "period_lock",
    "period_figure",  # the figures a lock keeps as submitted
    "exchange_base",
    "exchange_conflict",
)


def _table_privileges() -> dict[str, dict[str, set[str]]]:
    """{group: {table: privileges}}; the viewer's personal tables are in `_column_privileges`."""
    grants: dict[str, dict[str, set[str]]] = {g: {t: {"SELECT"} for t in READ_ALL} for g in GROUPS.values()}
    officer, me, viewer = grants["flare_officer"], grants["flare_me"], grants["flare_viewer"]
    for group in (officer, me):
        for table in _REGISTER:
            group[table] = set(_ALL)
        for table in _CONTENT:
            group[table] = {"SELECT", "INSERT", "DELETE"}
        for table in (
            "country",
            "subdivision",
            "audit_entry",
            "audit_head",
            "report_record",
            "exchange_record",
        ):
            group[table] = group[table] | {"INSERT"}
        group["exchange_record"] = {"SELECT", "INSERT"}
        group["exchange_base"] = {"SELECT"}
        group["setting"] = {"SELECT", "INSERT", "UPDATE"}
    for table in (*_HQ_ONLY, "report_record", "exchange_record", "setting", "country", "subdivision"):
        me[table] = set(_ALL)
    # The head row starts with the trail's first entry (db/audit_chain.py); it can only be added once.
    for table in ("audit_entry", "audit_head", "report_record"):
        viewer[table] = viewer[table] | {"INSERT"}
    grants["flare_admin"] = {}  # an admin is a member of flare_me and has its rights through it
    return grants


def _column_privileges() -> dict[str, dict[str, tuple[str, ...]]]:
    """{group: {table: columns granted SELECT}}: the viewer reads people and attendance without their
    personal columns (enough to count them by sex, age group, organization and country)."""
    return {"flare_viewer": {t: () for t in PERSONAL_COLUMNS}}


# --------------------------------------------------------------------------------------- SQL objects


@dataclass
class _Object:
    kind: str  # "function", "policy", "trigger"
    name: str  # as COMMENT ON names it
    label: str  # as the report names it
    create: list[str]
    drop: str

    @property
    def digest(self) -> str:
        return hashlib.sha256("\n".join(self.create).encode()).hexdigest()[:16]


def _function(schema: str, signature: str, body: str, *, returns: str, language: str = "sql",
              definer: bool = False, volatility: str = "STABLE") -> _Object:  # fmt: skip
    security = "SECURITY DEFINER" if definer else "SECURITY INVOKER"
    create = (
        f"CREATE OR REPLACE FUNCTION {schema}.{signature} RETURNS {returns} LANGUAGE {language} {volatility} "
        f"{security} SET search_path = {schema}, pg_temp AS $fn$\n{body}\n$fn$"
    )
    name = f"{schema}.{signature.split('(')[0]}({_argument_types(signature)})"
    return _Object("function", f"FUNCTION {name}", f"function {signature.split('(')[0]}", [create],
                   f"DROP FUNCTION IF EXISTS {name}")  # fmt: skip


def _argument_types(signature: str) -> str:
    inside = signature[signature.index("(") + 1 : signature.rindex(")")]
    return ", ".join(part.split()[-1] for part in inside.split(",") if part.strip())


def _helper_functions(schema: str, owner: str) -> list[_Object]:
    owner_literal = _literal(owner)
    return [
        _function(
            schema,
            "flare_is_owner()",
            "SELECT COALESCE((SELECT rolsuper FROM pg_catalog.pg_roles\n"
            "    WHERE rolname = current_user), false)\n"
            f"    OR pg_catalog.pg_has_role(current_user, {owner_literal}, 'MEMBER')",
            returns="boolean",
        ),
        _function(
            schema,
            "flare_is_hq()",
            "SELECT flare_is_owner() OR pg_catalog.pg_has_role(current_user, 'flare_me', 'MEMBER')",
            returns="boolean",
        ),
        _function(
            schema,
            "flare_is_admin()",
            "SELECT flare_is_owner() OR pg_catalog.pg_has_role(current_user, 'flare_admin', 'MEMBER')",
            returns="boolean",
        ),
        _function(
            schema,
            "flare_is_mine(p_code text)",
            "SELECT p_code IS NOT NULL AND EXISTS (SELECT 1 FROM team_user_country\n"
            "    WHERE login::text = current_user::text AND country_code::text = p_code)",
            returns="boolean",
        ),
        _function(
            schema,
            "flare_activity_country(p_activity uuid)",
            "SELECT country_code::text FROM activity WHERE id = p_activity",
            returns="text",
        ),
        # With the owner's rights: the countries of every activity a person attended, also those whose
        # attendance this login may not read (ids and country codes only).
        _function(
            schema,
            "flare_attended_countries(p_person uuid)",
            "SELECT DISTINCT a.country_code::text FROM attendance t JOIN activity a ON a.id = t.activity_id\n"
            "    WHERE t.participant_id = p_person",
            returns="SETOF text",
            definer=True,
        ),
        # A person of one's countries: by their own country, or (none recorded) by where they attended;
        # somebody with neither (being added) is anybody's.
        _function(
            schema,
            "flare_participant_is_mine(p_person uuid, p_code text)",
            "SELECT CASE WHEN p_code IS NOT NULL THEN flare_is_mine(p_code)\n"
            "    ELSE NOT EXISTS (SELECT 1 FROM flare_attended_countries(p_person))\n"
            "        OR EXISTS (SELECT 1 FROM flare_attended_countries(p_person) c\n"
            "            WHERE flare_is_mine(c)) END",
            returns="boolean",
        ),
        _function(
            schema,
            "flare_evidence_country(p_activity uuid, p_value uuid, p_narrative uuid)",
            "SELECT COALESCE(\n"
            "    (SELECT country_code::text FROM activity WHERE id = p_activity),\n"
            "    (SELECT country_code::text FROM indicator_value WHERE id = p_value),\n"
            "    (SELECT country_code::text FROM narrative WHERE id = p_narrative))",
            returns="text",
        ),
        # With the owner's rights: whether any attachment, also one this login may not read, uses content.
        _function(
            schema,
            "flare_evidence_used(p_sha256 text)",
            "SELECT EXISTS (SELECT 1 FROM evidence WHERE sha256 = p_sha256)",
            returns="boolean",
            definer=True,
        ),
        _function(
            schema,
            "flare_try_uuid(p_value text)",
            "SELECT CASE WHEN p_value ~* '^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?'\n"
            "    '[0-9a-f]{12}$'\n"
            "    THEN p_value::uuid END",
            returns="uuid",
            volatility="IMMUTABLE",
        ),
        # An audit entry about a person or an attendance row is readable where that row is.
        _function(
            schema,
            "flare_audit_readable(p_entity text, p_entity_id text)",
            "SELECT CASE p_entity\n"
            "    WHEN 'participant' THEN EXISTS (\n"
            "        SELECT 1 FROM participant WHERE id = flare_try_uuid(p_entity_id))\n"
            "    WHEN 'attendance' THEN EXISTS (\n"
            "        SELECT 1 FROM attendance WHERE id = flare_try_uuid(p_entity_id))\n"
            "    WHEN 'evidence' THEN EXISTS (\n"
            "        SELECT 1 FROM evidence WHERE id = flare_try_uuid(p_entity_id))\n"
            "    ELSE true END",
            returns="boolean",
        ),
    ]


def _raise(rule: str, message: str) -> str:
    return (
        f"RAISE EXCEPTION '{message}' USING ERRCODE = '42501', TABLE = TG_TABLE_NAME, CONSTRAINT = '{rule}';"
    )


def _guard_function(schema: str, table: str, condition: str) -> _Object:
    """The trigger function refusing an officer's change of a row outside their countries (and, for
    values, an approval; for submissions, a return or an approval)."""
    old, new = condition.format(s=schema, r="OLD."), condition.format(s=schema, r="NEW.")
    refuse = _raise(RULE_OWN_COUNTRIES, f"{table}: a row of a country that is not this login''s")
    extra = ""
    if table == "indicator_value":
        approval = _raise(RULE_APPROVE_VALUES, "indicator_value: only M&E approves reported values")
        extra = f"""
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'approved' THEN {approval} END IF;
    ELSIF NEW.status = 'approved' THEN
        IF TG_OP = 'INSERT' THEN {approval} END IF;
        IF (OLD.status, OLD.value, OLD.numerator, OLD.denominator, OLD.approved_by, OLD.approved_at)
            IS DISTINCT FROM
            (NEW.status, NEW.value, NEW.numerator, NEW.denominator, NEW.approved_by, NEW.approved_at) THEN
            {approval}
        END IF;
    END IF;"""
    elif table == "period_status":
        # An officer submits (draft → submitted, returned → submitted); returning and approving, and
        # touching a submission once reviewed, are headquarters' steps.
        review = _raise(RULE_REVIEW_SUBMISSIONS, "period_status: only M&E returns or approves a submission")
        extra = f"""
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'approved' THEN {review} END IF;
    ELSIF NEW.status NOT IN ('draft', 'submitted') THEN
        IF TG_OP = 'INSERT' THEN {review} END IF;
        IF (OLD.status, OLD.comment, OLD.reviewed_by, OLD.reviewed_at)
            IS DISTINCT FROM (NEW.status, NEW.comment, NEW.reviewed_by, NEW.reviewed_at) THEN
            {review}
        END IF;
    ELSIF TG_OP = 'UPDATE' AND OLD.status = 'approved' THEN
        {review}
    END IF;"""
    body = f"""BEGIN
    IF flare_is_hq() THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF ({old}) IS NOT TRUE THEN {refuse} END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF ({new}) IS NOT TRUE THEN {refuse} END IF;
    END IF;{extra}
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END"""
    return _function(
        schema, f"flare_guard_{table}()", body, returns="trigger", language="plpgsql", volatility="VOLATILE"
    )


def _period_lock_guard(schema: str) -> _Object:
    refuse = _raise(RULE_UNLOCK_PERIODS, "period_lock: only an administrator reopens a locked period")
    body = f"""BEGIN
    IF NOT flare_is_admin() THEN
        IF TG_OP = 'DELETE' THEN
            IF OLD.locked THEN {refuse} END IF;
        ELSIF TG_OP = 'UPDATE' THEN
            IF OLD.locked AND NOT NEW.locked THEN {refuse} END IF;
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END"""
    return _function(
        schema,
        "flare_guard_period_lock()",
        body,
        returns="trigger",
        language="plpgsql",
        volatility="VOLATILE",
    )


def _append_only_function(schema: str) -> _Object:
    refuse = _raise(RULE_AUDIT_APPEND_ONLY, "audit_entry: the audit trail is never changed or deleted")
    body = f"""BEGIN
    IF NOT flare_is_owner() THEN {refuse} END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END"""
    return _function(
        schema,
        "flare_audit_append_only()",
        body,
        returns="trigger",
        language="plpgsql",
        volatility="VOLATILE",
    )


def _trigger(schema: str, name: str, table: str, when: str, function: str, *, each: str = "ROW") -> _Object:
    create = [
        f"DROP TRIGGER IF EXISTS {name} ON {schema}.{table}",
        f"CREATE TRIGGER {name} {when} ON {schema}.{table} FOR EACH {each} "
        f"EXECUTE FUNCTION {schema}.{function}()",
    ]
    return _Object("trigger", f"TRIGGER {name} ON {schema}.{table}", f"trigger {name} on {table}", create,
                   f"DROP TRIGGER IF EXISTS {name} ON {schema}.{table}")  # fmt: skip


def _policy(schema: str, table: str, name: str, command: str, roles: Iterable[str],
            using: str | None = None, check: str | None = None) -> _Object:  # fmt: skip
    clauses = f" USING ({using})" if using is not None else ""
    clauses += f" WITH CHECK ({check})" if check is not None else ""
    create = [
        f"DROP POLICY IF EXISTS {name} ON {schema}.{table}",
        f"CREATE POLICY {name} ON {schema}.{table} AS PERMISSIVE FOR {command} "
        f"TO {', '.join(roles)}{clauses}",
    ]
    return _Object("policy", f"POLICY {name} ON {schema}.{table}", f"policy {name} on {table}", create,
                   f"DROP POLICY IF EXISTS {name} ON {schema}.{table}")  # fmt: skip


def _policies(schema: str) -> tuple[list[_Object], list[str]]:
    """The policies, and the tables with row-level security on."""
    objects: list[_Object] = []
    me, officer, viewer = "flare_me", "flare_officer", "flare_viewer"
    for table, condition in COUNTRY_TABLES.items():
        mine = condition.format(s=schema, r="")
        limited = READ_LIMITED.get(table, "true")
        readable = mine if limited is None else limited.format(r="", mine=mine)
        objects += [
            _policy(schema, table, "flare_hq", "ALL", [me], "true", "true"),
            _policy(schema, table, "flare_viewer_read", "SELECT", [viewer], "true"),
            _policy(schema, table, "flare_officer_read", "SELECT", [officer], readable),
            _policy(schema, table, "flare_officer_insert", "INSERT", [officer], check=mine),
            _policy(schema, table, "flare_officer_update", "UPDATE", [officer], readable, mine),
            _policy(schema, table, "flare_officer_delete", "DELETE", [officer], readable),
        ]
    personal = ", ".join(f"'{e}'" for e in PERSONAL_ENTITIES)
    objects += [
        _policy(schema, "audit_entry", "flare_hq_read", "SELECT", [me], "true"),
        _policy(
            schema,
            "audit_entry",
            "flare_officer_read",
            "SELECT",
            [officer],
            f"{schema}.flare_audit_readable(entity::text, entity_id::text)",
        ),
        _policy(
            schema, "audit_entry", "flare_viewer_read", "SELECT", [viewer], f"entity NOT IN ({personal})"
        ),
        _policy(schema, "audit_entry", "flare_append", "INSERT", [me, officer, viewer], check="true"),
    ]
    # Settings are the administrators'; the others write only the bookkeeping of exchanges and exports.
    keys = "key IN ('database_id', 'exchange_sequence', 'pseudonym_key')"
    admin = "flare_admin"
    objects += [
        _policy(schema, "setting", "flare_admin", "ALL", [admin], "true", "true"),
        _policy(schema, "setting", "flare_read", "SELECT", [officer, me], "true"),
        # The export pseudonyms' secret stays with those who may see the names behind them.
        _policy(schema, "setting", "flare_viewer_read", "SELECT", [viewer], "key <> 'pseudonym_key'"),
        _policy(schema, "setting", "flare_bookkeeping_insert", "INSERT", [officer, me], check=keys),
        _policy(schema, "setting", "flare_bookkeeping_update", "UPDATE", [officer, me], keys, keys),
    ]
    # Evidence content: readable where an attachment using it is (for viewers: one showing nobody);
    # forgotten by an officer only when no attachment, whoever may read it, uses it any more.
    uses = f"SELECT 1 FROM {schema}.evidence e WHERE e.sha256 = evidence_chunk.sha256"
    objects += [
        _policy(schema, "evidence_chunk", "flare_hq", "ALL", [me], "true", "true"),
        _policy(schema, "evidence_chunk", "flare_viewer_read", "SELECT", [viewer],
                f"EXISTS ({uses} AND NOT e.personal)"),
        _policy(schema, "evidence_chunk", "flare_officer_read", "SELECT", [officer], f"EXISTS ({uses})"),
        _policy(schema, "evidence_chunk", "flare_officer_insert", "INSERT", [officer], check="true"),
        _policy(schema, "evidence_chunk", "flare_officer_delete", "DELETE", [officer],
                f"NOT {schema}.flare_evidence_used(sha256::text)"),
    ]  # fmt: skip
    for table in ("team_user", "team_user_country"):
        objects += [
            _policy(schema, table, "flare_hq_read", "SELECT", [me], "true"),
            _policy(
                schema, table, "flare_own", "SELECT", [officer, viewer], "login::text = current_user::text"
            ),
        ]
    tables = [*COUNTRY_TABLES, "evidence_chunk", "audit_entry", "setting", "team_user", "team_user_country"]
    return objects, tables


def _user_functions(schema: str, owner: str) -> list[_Object]:
    """Managing users with the owner's rights (CREATE ROLE), callable by admins only (EXECUTE is theirs;
    inside, `session_user` is who called: `current_user` is the owner there)."""
    groups = ", ".join(GROUPS.values())
    manager = f"""IF NOT (pg_catalog.pg_has_role(session_user, 'flare_admin', 'MEMBER')
            OR pg_catalog.pg_has_role(session_user, {_literal(owner)}, 'MEMBER')) THEN
        RAISE EXCEPTION 'only an administrator manages users'
            USING ERRCODE = '42501', CONSTRAINT = '{RULE_MANAGE_USERS}';
    END IF;"""
    member = f"""IF NOT EXISTS (SELECT 1 FROM team_user WHERE login = login_name) THEN
        RAISE EXCEPTION 'not a user of this database'
            USING ERRCODE = '42501', CONSTRAINT = '{RULE_TEAM_LOGINS}';
    END IF;"""
    add = f"""DECLARE
    existing record;
    created boolean;
    in_team boolean;
BEGIN
    {manager}
    IF new_role NOT IN ({", ".join(_literal(r) for r in ROLES)}) THEN
        RAISE EXCEPTION 'unknown role' USING ERRCODE = '22023';
    END IF;
    SELECT r.rolsuper, r.rolcreaterole, r.rolcanlogin,
           EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members m WHERE m.roleid = r.oid) AS has_members
        INTO existing FROM pg_catalog.pg_roles r WHERE r.rolname = login_name;
    created := NOT FOUND;
    in_team := EXISTS (SELECT 1 FROM team_user WHERE login = login_name);
    IF NOT created AND (existing.rolsuper OR existing.rolcreaterole) THEN
        RAISE EXCEPTION 'a superuser or role manager cannot be a team member'
            USING ERRCODE = '42501', CONSTRAINT = '{RULE_TEAM_LOGINS}';
    END IF;
    -- Another role of the server (a group, a login of something else) is not taken over from here.
    IF NOT created AND NOT in_team AND (NOT existing.rolcanlogin OR existing.has_members) THEN
        RAISE EXCEPTION 'not a login of a person'
            USING ERRCODE = '42501', CONSTRAINT = '{RULE_TEAM_LOGINS}';
    END IF;
    IF NOT created AND NOT in_team AND password_verifier IS NOT NULL THEN
        RAISE EXCEPTION 'the password of a login outside the team is not changed here'
            USING ERRCODE = '42501', CONSTRAINT = '{RULE_TEAM_LOGINS}';
    END IF;
    IF created THEN
        EXECUTE format('CREATE ROLE %I LOGIN', login_name);
    END IF;
    IF password_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login_name, password_verifier);
    END IF;
    EXECUTE format('REVOKE {groups} FROM %I', login_name);
    EXECUTE format('GRANT %I TO %I', 'flare_' || new_role, login_name);
    INSERT INTO team_user (login, role, created_at, updated_at)
        VALUES (login_name, new_role, timezone('UTC', now()), timezone('UTC', now()))
        ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, updated_at = EXCLUDED.updated_at;
    DELETE FROM team_user_country WHERE login = login_name;
    INSERT INTO team_user_country (login, country_code) SELECT login_name, unnest(country_codes);
    RETURN created;
END"""
    countries = f"""BEGIN
    {manager}
    {member}
    UPDATE team_user SET updated_at = timezone('UTC', now()) WHERE login = login_name;
    DELETE FROM team_user_country WHERE login = login_name;
    INSERT INTO team_user_country (login, country_code) SELECT login_name, unnest(country_codes);
END"""
    remove = f"""BEGIN
    {manager}
    {member}
    DELETE FROM team_user WHERE login = login_name;
    EXECUTE format('REVOKE {groups} FROM %I', login_name);
    BEGIN
        EXECUTE format('DROP ROLE %I', login_name);
        RETURN 'dropped';
    EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', login_name);
        RETURN 'disabled';
    END;
END"""
    common = {"language": "plpgsql", "definer": True, "volatility": "VOLATILE"}
    return [
        _function(
            schema,
            "flare_user_add(login_name text, new_role text, country_codes text[], password_verifier text)",
            add,
            returns="boolean",
            **common,
        ),
        _function(
            schema,
            "flare_user_countries(login_name text, country_codes text[])",
            countries,
            returns="void",
            **common,
        ),
        _function(schema, "flare_user_remove(login_name text)", remove, returns="text", **common),
    ]


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ident(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


# ------------------------------------------------------------------------------------------- apply


@dataclass
class Changes:
    """What `apply` changed (or would change), in lines a person reads."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)
        log.info("team roles: %s", line)


def _schema_and_owner(conn: Connection) -> tuple[str, str]:
    row = conn.execute(
        text(
            "SELECT schemaname, tableowner FROM pg_catalog.pg_tables "
            "WHERE tablename = 'audit_entry' AND schemaname = current_schema()"
        )
    ).first()
    if row is None:
        raise UserError(
            _("This database holds no FLARE Monitor tables in its current schema; nothing was changed.")
        )
    return row[0], row[1]


def require_server(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise UserError(
            _(
                "Roles and users are for a shared PostgreSQL database; a database file has one user, who may "
                "do everything. Nothing was changed."
            )
        )


def _require_owner(conn: Connection, owner: str) -> None:
    if not conn.execute(
        text("SELECT pg_catalog.pg_has_role(current_user, :owner, 'MEMBER')"), {"owner": owner}
    ).scalar():
        raise UserError(
            _(
                "Set up the roles with the account that owns the tables ({owner}): "
                "flare-monitor --db postgresql://{owner}@…/… server roles --apply. Nothing was changed.",
                owner=owner,
            )
        )


def apply(conn: Connection) -> list[str]:
    """Create or update the group roles, grants, policies and audit protections; returns what changed.

    Idempotent: a second run changes nothing and returns no line. Runs in the caller's transaction.
    """
    require_server(conn)
    schema_name, owner = _schema_and_owner(conn)
    _require_owner(conn, owner)
    schema = _ident(schema_name)
    changes = Changes()
    _ensure_groups(conn, changes)
    _harden_schema(conn, schema_name, schema, changes)
    _set_privileges(conn, schema_name, schema, changes)
    objects = _helper_functions(schema, owner)
    for table, condition in COUNTRY_TABLES.items():
        objects.append(_guard_function(schema, table, condition))
        objects.append(
            _trigger(
                schema, "flare_guard", table, "BEFORE INSERT OR UPDATE OR DELETE", f"flare_guard_{table}"
            )
        )
    objects += [
        _period_lock_guard(schema),
        _trigger(schema, "flare_guard", "period_lock", "BEFORE UPDATE OR DELETE", "flare_guard_period_lock"),
        _append_only_function(schema),
        _trigger(
            schema, "flare_append_only", "audit_entry", "BEFORE UPDATE OR DELETE", "flare_audit_append_only"
        ),
        _trigger(
            schema,
            "flare_append_only_truncate",
            "audit_entry",
            "BEFORE TRUNCATE",
            "flare_audit_append_only",
            each="STATEMENT",
        ),
        *_user_functions(schema, owner),
    ]
    policies, rls_tables = _policies(schema)
    objects += policies
    _drop_stale(conn, schema_name, objects, changes)
    _ensure_objects(conn, objects, changes)
    _enable_row_security(conn, schema_name, schema, rls_tables, changes)
    _user_function_access(conn, schema, changes)
    return changes.lines


def _ensure_groups(conn: Connection, changes: Changes) -> None:
    existing = set(conn.execute(text("SELECT rolname FROM pg_catalog.pg_roles")).scalars())
    missing = [g for g in GROUPS.values() if g not in existing]
    if missing:
        allowed = conn.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user")
        ).scalar()
        if not allowed:
            raise UserError(
                _(
                    "Creating the team's group roles needs an account that may create roles: as a superuser, "
                    "run ALTER ROLE … CREATEROLE for the owner's account, or CREATE ROLE {groups} NOLOGIN "
                    "yourself. Nothing was changed.",
                    groups=", ".join(missing),
                )
            )
    for group in missing:
        conn.execute(text(f"CREATE ROLE {_ident(group)} NOLOGIN"))
        changes.add(_("created group role {group}", group=group))
    member = conn.execute(text("SELECT pg_catalog.pg_has_role('flare_admin', 'flare_me', 'MEMBER')")).scalar()
    if not member:
        conn.execute(text("GRANT flare_me TO flare_admin"))
        changes.add(_("flare_admin is a member of flare_me (an administrator may do what M&E may)"))


def _harden_schema(conn: Connection, schema_name: str, schema: str, changes: Changes) -> None:
    for group in GROUPS.values():
        if not conn.execute(
            text("SELECT has_schema_privilege(:g, :s, 'USAGE')"), {"g": group, "s": schema_name}
        ).scalar():
            conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {group}"))
            changes.add(_("{group} may use schema {schema}", group=group, schema=schema_name))
    # PostgreSQL before 15 lets anybody create objects in "public": a login could plant a function there.
    if conn.execute(text("SELECT has_schema_privilege('public', :s, 'CREATE')"), {"s": schema_name}).scalar():
        conn.execute(text(f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC"))
        changes.add(_("only the owner may create objects in schema {schema}", schema=schema_name))


def _current_table_privileges(conn: Connection, schema_name: str, role: str) -> dict[str, set[str]]:
    rows = conn.execute(
        text(
            "SELECT c.relname, a.privilege_type FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(c.relacl) a "
            "WHERE n.nspname = :schema AND c.relkind IN ('r', 'v', 'p') "
            "AND a.grantee = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = :role)"
        ),
        {"schema": schema_name, "role": role},
    )
    found: dict[str, set[str]] = {}
    for table, privilege in rows:
        found.setdefault(table, set()).add(privilege)
    return found


def _current_column_privileges(conn: Connection, schema_name: str, role: str) -> dict[str, set[str]]:
    rows = conn.execute(
        text(
            "SELECT c.relname, att.attname FROM pg_catalog.pg_attribute att "
            "JOIN pg_catalog.pg_class c ON c.oid = att.attrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(att.attacl) a "
            "WHERE n.nspname = :schema AND a.privilege_type = 'SELECT' "
            "AND a.grantee = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = :role)"
        ),
        {"schema": schema_name, "role": role},
    )
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


def _columns(conn: Connection, schema_name: str, table: str) -> list[str]:
    return list(
        conn.execute(
            text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = :schema AND table_name = :table ORDER BY ordinal_position"
            ),
            {"schema": schema_name, "table": table},
        ).scalars()
    )


def _set_privileges(conn: Connection, schema_name: str, schema: str, changes: Changes) -> None:
    tables = set(
        conn.execute(
            text(
                "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = :schema AND c.relkind IN ('r', 'v', 'p')"
            ),
            {"schema": schema_name},
        ).scalars()
    )
    wanted_columns = _column_privileges()
    for group, wanted in _table_privileges().items():
        current = _current_table_privileges(conn, schema_name, group)
        current_columns = _current_column_privileges(conn, schema_name, group)
        column_wanted: dict[str, set[str]] = {}
        for table in wanted_columns.get(group, {}):
            personal = set(PERSONAL_COLUMNS.get(table, ()))
            column_wanted[table] = {c for c in _columns(conn, schema_name, table) if c not in personal}
        changed: dict[str, list[str]] = {}
        for table in sorted(tables):
            want = wanted.get(table, set())
            want_columns = column_wanted.get(table, set())
            if current.get(table, set()) == want and current_columns.get(table, set()) == want_columns:
                continue
            conn.execute(text(f"REVOKE ALL ON {schema}.{_ident(table)} FROM {group}"))
            if want:
                conn.execute(text(f"GRANT {', '.join(sorted(want))} ON {schema}.{_ident(table)} TO {group}"))
            if want_columns:
                columns = ", ".join(_ident(c) for c in sorted(want_columns))
                conn.execute(text(f"GRANT SELECT ({columns}) ON {schema}.{_ident(table)} TO {group}"))
            shown = ", ".join(p for p in _ALL if p in want) or (
                _("SELECT of all but the personal columns") if want_columns else _("nothing")
            )
            changed.setdefault(shown, []).append(table)
        for shown, names in changed.items():
            changes.add(
                _(
                    "privileges of {group}: {privileges} on {tables}",
                    group=group,
                    privileges=shown,
                    tables=", ".join(names),
                )
            )
    # The officers' single group of earlier versions keeps no right over the tables.
    old = conn.execute(text("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :r"), {"r": OLD_GROUP}).first()
    if old is not None and _current_table_privileges(conn, schema_name, OLD_GROUP):
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {OLD_GROUP}"))
        conn.execute(
            text(
                f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
                f"REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM {OLD_GROUP}"
            )
        )
        changes.add(
            _(
                "{group} (the officers' group of earlier versions) has no rights left: give each of its "
                "members a role with `server user add`",
                group=OLD_GROUP,
            )
        )


def _comments(conn: Connection) -> set[str]:
    """The definition tags of the objects `apply` made in this database (kind, name, digest)."""
    rows = conn.execute(
        text(
            "SELECT 'FUNCTION ' || p.oid::regprocedure::text, d.description FROM pg_catalog.pg_proc p "
            "JOIN pg_catalog.pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass "
            "UNION ALL SELECT 'POLICY ' || quote_ident(pol.polname) || ' ON ' "
            "|| pol.polrelid::regclass::text, "
            "d.description FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_description d "
            "ON d.objoid = pol.oid AND d.classoid = 'pg_policy'::regclass "
            "UNION ALL SELECT 'TRIGGER ' || quote_ident(t.tgname) || ' ON ' || t.tgrelid::regclass::text, "
            "d.description FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_description d "
            "ON d.objoid = t.oid AND d.classoid = 'pg_trigger'::regclass"
        )
    )
    return {f"{name}|{description}" for name, description in rows if (description or "").startswith(_TAG)}


def _normalized(conn: Connection, obj: _Object) -> str | None:
    """The object's name as the catalog prints it (to compare with `_comments`); None for a function
    that does not exist yet."""
    if obj.kind == "function":
        signature = obj.name.removeprefix("FUNCTION ")
        printed = conn.execute(text("SELECT to_regprocedure(:s)::text"), {"s": signature}).scalar()
        return None if printed is None else f"FUNCTION {printed}"
    name, _, table = obj.name.partition(" ON ")
    kind, _, short = name.partition(" ")
    row = conn.execute(
        text("SELECT to_regclass(:t)::text, quote_ident(:n)"), {"t": table, "n": short}
    ).first()
    return f"{kind} {row[1]} ON {row[0]}"


# Made by migration 0010, not by `apply`: never dropped here.
_MIGRATION_OBJECTS = {"flare_audit_chain"}


def _drop_stale(conn: Connection, schema_name: str, objects: list[_Object], changes: Changes) -> None:
    """Drop the policies, triggers and functions an earlier version of `apply` made and this one no
    longer wants (a policy left behind would keep granting what it granted)."""
    wanted = {_normalized(conn, obj) for obj in objects}
    rows = conn.execute(
        text(
            "SELECT 'POLICY ' || quote_ident(pol.polname) || ' ON ' || pol.polrelid::regclass::text, "
            "pol.polname FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :schema AND pol.polname LIKE 'flare\\_%' "
            "UNION ALL SELECT 'TRIGGER ' || quote_ident(t.tgname) || ' ON ' || t.tgrelid::regclass::text, "
            "t.tgname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :schema AND NOT t.tgisinternal AND t.tgname LIKE 'flare\\_%' "
            "UNION ALL SELECT 'FUNCTION ' || p.oid::regprocedure::text, p.proname FROM pg_catalog.pg_proc p "
            "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = :schema AND p.proname LIKE 'flare\\_%'"
        ),
        {"schema": schema_name},
    ).all()
    stale = [name for name, short in rows if name not in wanted and short not in _MIGRATION_OBJECTS]
    for name in sorted(stale, key=lambda name: not name.startswith("POLICY")):  # policies use functions
        conn.execute(text(f"DROP {name}"))
    if stale:
        changes.add(_("dropped what this version no longer uses: {items}", items=", ".join(stale)))


def _ensure_objects(conn: Connection, objects: list[_Object], changes: Changes) -> None:
    tags = _comments(conn)
    created: dict[str, list[str]] = {}
    for obj in objects:
        current = _normalized(conn, obj)
        if current is not None and f"{current}|{_TAG}{obj.digest}" in tags:
            continue
        for statement in obj.create:
            conn.execute(text(statement))
        conn.execute(text(f"COMMENT ON {obj.name} IS {_literal(_TAG + obj.digest)}"))
        created.setdefault(obj.kind, []).append(obj.label.split(" ", 1)[1])
    for kind, names in created.items():
        count, listed = len(names), ", ".join(names)
        if kind == "policy":
            line = ngettext(
                "{count} policy created or updated: {names}",
                "{count} policies created or updated: {names}",
                count,
                names=listed,
            )
        elif kind == "trigger":
            line = ngettext(
                "{count} trigger created or updated: {names}",
                "{count} triggers created or updated: {names}",
                count,
                names=listed,
            )
        else:
            line = ngettext(
                "{count} function created or updated: {names}",
                "{count} functions created or updated: {names}",
                count,
                names=listed,
            )
        changes.add(line)


def _enable_row_security(
    conn: Connection, schema_name: str, schema: str, tables: list[str], changes: Changes
) -> None:
    enabled = set(
        conn.execute(
            text(
                "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = :schema AND c.relrowsecurity"
            ),
            {"schema": schema_name},
        ).scalars()
    )
    turned_on = [t for t in tables if t not in enabled]
    for table in turned_on:
        conn.execute(text(f"ALTER TABLE {schema}.{_ident(table)} ENABLE ROW LEVEL SECURITY"))
    if turned_on:
        changes.add(_("row-level security on for {tables}", tables=", ".join(turned_on)))


def _user_function_access(conn: Connection, schema: str, changes: Changes) -> None:
    for signature in (
        "flare_user_add(text, text, text[], text)",
        "flare_user_countries(text, text[])",
        "flare_user_remove(text)",
    ):
        name = f"{schema}.{signature}"
        public = conn.execute(
            text("SELECT has_function_privilege('public', :f, 'EXECUTE')"), {"f": name}
        ).scalar()
        admin = conn.execute(
            text("SELECT has_function_privilege('flare_admin', :f, 'EXECUTE')"), {"f": name}
        ).scalar()
        if public or not admin:
            conn.execute(text(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC"))
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION {name} TO flare_admin"))
            changes.add(_("only administrators may run {function}", function=signature.split("(")[0]))


def is_applied(conn: Connection) -> bool:
    """Whether this server database has been set up for team mode (`apply` ran here)."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(
        conn.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polname = 'flare_hq' "
                "AND p.polrelid = to_regclass('activity'))"
            )
        ).scalar()
    )


# ------------------------------------------------------------------------------------------- users

_LOGIN = re.compile(r"^[a-z_][a-z0-9_.@-]*$")


def check_login(login: str) -> str:
    value = (login or "").strip()
    if not value or len(value) > LOGIN_LENGTH or not _LOGIN.match(value):
        raise UserError(
            _(
                "'{login}' is not a login name FLARE Monitor sets up: lower-case letters, digits and _ . @ - "
                "(starting with a letter or _), at most {length} characters",
                login=login,
                length=LOGIN_LENGTH,
            )
        )
    if value.startswith("pg_") or value in GROUPS.values() or value in (OLD_GROUP, "public"):
        raise UserError(_("'{login}' is reserved; choose another login name", login=value))
    return value


def check_role(role: str) -> str:
    value = (role or "").strip().lower()
    if value not in ROLES:
        raise UserError(_("Unknown role '{role}': choose {roles}", role=role, roles=", ".join(ROLES)))
    return value


@dataclass(frozen=True)
class Login:
    """Who the connection is signed in as, and what the server makes of them."""

    login: str
    role: str | None  # a team role, "owner" (owner or superuser), or None (no team role)
    countries: tuple[str, ...] = ()


def login_and_owner(conn: Connection) -> tuple[str, bool]:
    """The login of this connection, and whether it owns the tables (or is a superuser)."""
    row = conn.execute(
        text(
            "SELECT current_user, COALESCE(r.rolsuper, false) "
            "OR COALESCE(pg_catalog.pg_has_role(current_user, "
            "(SELECT tableowner FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
            "AND tablename = 'audit_entry'), 'MEMBER'), false) "
            "FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"
        )
    ).first()
    return row[0], bool(row[1])


def signed_in(conn: Connection) -> Login:
    """The login of this connection, its team role and countries (on a server)."""
    login, owner = login_and_owner(conn)
    if owner:
        return Login(login, "owner")
    groups = set(
        conn.execute(
            text(
                "SELECT g.rolname FROM pg_catalog.pg_roles g WHERE g.rolname = ANY(:groups) "
                "AND pg_catalog.pg_has_role(current_user, g.oid, 'MEMBER')"
            ),
            {"groups": list(GROUPS.values())},
        ).scalars()
    )
    role = next((r for r in reversed(ROLES) if GROUPS[r] in groups), None)
    countries: tuple[str, ...] = ()
    if role == "officer":
        countries = tuple(
            conn.execute(
                text(
                    "SELECT country_code FROM team_user_country WHERE login::text = current_user::text "
                    "ORDER BY country_code"
                )
            ).scalars()
        )
    return Login(login, role, countries)


def reads_whole_audit_trail(conn: Connection) -> bool:
    """Whether this login sees every audit entry (officers and viewers see only some: `check` cannot
    verify the chain with their accounts)."""
    return signed_in(conn).role not in ("officer", "viewer")


def readable_tables(conn: Connection, names: Iterable[str]) -> set[str]:
    """Those of `names` this login may count the rows of (SELECT on the table or on one of its columns)."""
    return set(
        conn.execute(
            text(
                "SELECT t FROM unnest(CAST(:names AS text[])) AS t WHERE to_regclass(t) IS NOT NULL "
                "AND (has_table_privilege(t, 'SELECT') OR has_any_column_privilege(t, 'SELECT'))"
            ),
            {"names": list(names)},
        ).scalars()
    )


def owner_may_create_roles(conn: Connection) -> bool:
    _schema, owner = _schema_and_owner(conn)
    return bool(
        conn.execute(
            text("SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = :o"), {"o": owner}
        ).scalar()
    )


def password_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM verifier of `password`, computed here: the password itself never travels or gets logged."""
    raw = conn.connection.dbapi_connection
    return raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def add_user(conn: Connection, login: str, role: str, countries: list[str], verifier: str | None) -> bool:
    """Create or update the login and its role and countries; True when the login was created."""
    return bool(
        conn.execute(
            text("SELECT flare_user_add(:login, :role, CAST(:countries AS text[]), :verifier)"),
            {"login": login, "role": role, "countries": countries, "verifier": verifier},
        ).scalar()
    )


def set_countries(conn: Connection, login: str, countries: list[str]) -> None:
    conn.execute(
        text("SELECT flare_user_countries(:login, CAST(:countries AS text[]))"),
        {"login": login, "countries": countries},
    )


def remove_user(conn: Connection, login: str) -> str:
    """'dropped' (the login is gone) or 'disabled' (it owns or may use something elsewhere: NOLOGIN)."""
    return str(conn.execute(text("SELECT flare_user_remove(:login)"), {"login": login}).scalar())


@dataclass(frozen=True)
class TeamMember:
    login: str
    role: str
    countries: tuple[str, ...]
    can_sign_in: bool
    server_role: str | None  # the group the login is in on the server (should be flare_<role>)

    def as_json(self) -> dict:
        return {
            "login": self.login,
            "role": self.role,
            "countries": list(self.countries),
            "can_sign_in": self.can_sign_in,
            "server_role": self.server_role,
        }


def list_users(conn: Connection) -> list[TeamMember]:
    rows = conn.execute(
        text(
            "SELECT u.login, u.role, COALESCE(r.rolcanlogin, false), "
            "(SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_catalog.pg_auth_members m "
            " JOIN pg_catalog.pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid "
            " AND g.rolname = ANY(:groups)), "
            "ARRAY(SELECT c.country_code::text FROM team_user_country c WHERE c.login = u.login "
            "      ORDER BY c.country_code) "
            "FROM team_user u LEFT JOIN pg_catalog.pg_roles r ON r.rolname = u.login ORDER BY u.login"
        ),
        {"groups": list(GROUPS.values())},
    )
    return [
        TeamMember(login, role, tuple(countries or ()), bool(can), groups or None)
        for login, role, can, groups, countries in rows
    ]
