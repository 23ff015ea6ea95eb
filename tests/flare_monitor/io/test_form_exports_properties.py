"""Properties of importing KoboToolbox and ODK exports, over generated forms and downloads.

- However a form names its groups and wherever the tool puts its metadata, the questions are found and
  no metadata column is reported.
- Whatever people a download holds, the roster's totals by sex are theirs; importing the same download
  again, or a later download that repeats earlier submissions, adds nobody twice.
"""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flare_monitor.io import attendance_columns as columns
from flare_monitor.io.attendance_import import RowStatus
from flare_monitor.io.sheets import RawTable
from tests.flare_monitor.io import form_fixtures as fx
from tests.flare_monitor.io.test_attendance_import import make_activity
from tests.flare_monitor.io.test_form_exports import _import, _totals

QUESTIONS = {"full_name": "name", "sex": "sex", "institution": "organization", "position": "position",
             "phone": "phone", "consent": "consent", "days_attended": "days"}  # fmt: skip
KOBO_METADATA = ["start", "end", "today", "deviceid", "meta/instanceID", "meta/rootUuid", "formhub/uuid",
                 *fx.KOBO_META, "_submission__uuid"]  # fmt: skip
ODK_METADATA = ["SubmissionDate", "start", "end", "today", "deviceid", "meta-instanceID", *fx.ODK_TAIL]

groups = st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True), max_size=2)


@given(
    tool=st.sampled_from([columns.KOBO, columns.ODK]),
    path=groups,
    order=st.randoms(use_true_random=False),
    multiple_choice_details=st.booleans(),
)
def test_questions_are_found_whatever_the_groups_and_metadata(tool, path, order, multiple_choice_details):
    separator = "/" if tool == columns.KOBO else "-"
    prefix = "".join(f"{group}{separator}" for group in path)
    questions = [f"{prefix}{name}" for name in QUESTIONS]
    if multiple_choice_details:
        questions += [f"{prefix}days_attended{separator}day1", f"{prefix}days_attended{separator}day2"]
    header = questions + (KOBO_METADATA if tool == columns.KOBO else ODK_METADATA)
    order.shuffle(header)
    guess = columns.detect_header(RawTable(rows=[header, ["x"] * len(header)]))
    found = {guess.labels[c].rsplit(separator, 1)[-1]: f for c, f in guess.mapping.items()}
    assert found == QUESTIONS
    assert guess.unrecognised == []


NAMES = [f"{first} {last}" for first, last in itertools.product(
    ["Nasreen", "Imran", "Shazia", "Gul", "María", "José", "Farzana", "Zahid"],
    ["Baloch", "Kakar", "Mengal", "Quispe", "Huamán", "Raisani"],
)]  # fmt: skip
people_lists = st.lists(
    st.tuples(
        st.sampled_from(["F", "M"]),
        st.booleans(),  # consent
        st.sampled_from([("day1",), ("day2",), ("day1", "day2")]),
        st.sampled_from(["Balochistan Police", "Federal Investigation Agency", "Department of Labour"]),
    ),
    min_size=1,
    max_size=8,
)
WRITERS = {
    "kobo-xml": fx.kobo_xml_xlsx,
    "kobo-labels-en": lambda d, people: fx.kobo_labels_xlsx(d, people, lang="en"),
    "kobo-labels-fr": lambda d, people: fx.kobo_labels_xlsx(d, people, lang="fr"),
    "kobo-csv-es": fx.kobo_spanish_csv,
    "odk-central": fx.odk_central_csv,
}
_activities = itertools.count()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=people_lists, writer=st.sampled_from(sorted(WRITERS)), data=st.data())
def test_totals_by_sex_and_downloads_that_repeat_submissions(db, tmp_path_factory, people, writer, data):
    n = next(_activities)  # the database lives on between examples: new people, phones and organizations
    code = make_activity(db, f"PK-TRN-PROP-{n}", "PK", "2024-04-16", "2024-04-17")
    names = data.draw(st.permutations(NAMES))
    crowd = [
        fx.Person(names[i], sex, f"{org} {n}", "Officer", f"0300 5{n:03d}{i:03d}", consent=consent, days=days)
        for i, (sex, consent, days, org) in enumerate(people)
    ]
    write = WRITERS[writer]
    first = data.draw(st.integers(0, len(crowd)), label="submissions in the first download")
    if first:
        _import(db, write(tmp_path_factory.mktemp("first"), crowd[:first]), code)
    later = write(tmp_path_factory.mktemp("later"), crowd)
    outcome = _import(db, later, code)
    assert outcome.summary.attendance_added == len(crowd) - first
    assert outcome.plan.count(RowStatus.ALREADY_ON_ROSTER) == first
    expected = Counter({"F": "female", "M": "male"}[p.sex] for p in crowd)
    assert _totals(db, code) == dict(expected)
    again = _import(db, later, code)
    assert again.summary.attendance_added == 0 and again.summary.participants_updated == 0
    assert again.plan.count(RowStatus.CHANGED) == 0
    assert _totals(db, code) == dict(expected)
