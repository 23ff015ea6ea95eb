"""The demo database and its BRIDGE FY2024-Q3 reports, built once for the report tests."""

from __future__ import annotations

import pytest

from flare_monitor.db.migrate import open_database
from flare_monitor.reports.assemble import ReportOptions
from flare_monitor.reports.builder import build_report


@pytest.fixture(scope="session")
def demo_reports(tmp_path_factory, databases):
    """(database, {"plain"|"annex"|"es"|"fr": ReportResult}) for BRIDGE FY2024-Q3 with the demo data."""
    from flare_monitor.services.demo import load_demo

    base = tmp_path_factory.mktemp("demo_reports")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FLARE_MONITOR_DATA_DIR", str(base / "appdata"))
        db = open_database(databases.empty_url())
        with db.session(audit=False) as session:
            load_demo(session)
        results = {}
        with db.session() as session:
            common = {"project": "BRIDGE", "period": "FY2024-Q3", "deterministic": True}
            results["plain"] = build_report(session, ReportOptions(out=base / "plain.pdf", **common))
            results["annex"] = build_report(
                session, ReportOptions(out=base / "annex.pdf", annex_participants=True, **common)
            )
            results["es"] = build_report(session, ReportOptions(out=base / "es.pdf", language="es", **common))
            results["fr"] = build_report(session, ReportOptions(out=base / "fr.pdf", language="fr", **common))
    yield db, results
    db.dispose()
    databases.drop(db.url)
