"""Modules the pages need, imported in a worker while the officer looks at the first page.

A page is built the first time it is shown; the modules behind it (the indicator engine, the report's
chart functions, matplotlib, the message catalogue with its patterns) take from 0.1 to 0.5 s to import.
Imported here first, off the GUI thread, they cost the page nothing when it opens. Only modules that
create no widget are imported (widgets belong to the GUI thread): the pages' own modules define widget
classes and make value types (colours, dates) but no QObject, so they may be imported here too.
"""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

MODULES = (
    "flare_monitor.actions.figures",
    "flare_monitor.actions.results",
    "flare_monitor.actions.narratives",
    "flare_monitor.actions.quality",
    "flare_monitor.actions.reports",
    "flare_monitor.actions.maintenance",
    "flare_monitor.actions.participants",
    "flare_monitor.actions.activities",
    "flare_monitor.actions.framework",
    "flare_monitor.actions.setup_project",
    "flare_monitor.actions.organizations",
    "flare_monitor.actions.evidence",
    "flare_monitor.indicators.rule_words",
    "flare_monitor.reports.charts",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    # The pages' modules and their dialogs (0.05–0.1 s each; the set-up page's forms, the most).
    "ui.messages",
    "ui.pages.results",
    "ui.pages.narratives",
    "ui.pages.quality",
    "ui.pages.project",
    "ui.pages.organizations",
    "ui.dialogs.activity_form",
    "ui.dialogs.duplicates",
)


def warm_up(**_worker) -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # a build without an optional part: the page says so when opened
            log.info("not imported ahead: %s", name)
    from flare_monitor.reports.charts import use_shipped_fonts

    use_shipped_fonts()
    import pycountry

    pycountry.subdivisions.get(code="PK-BA")  # loads the provinces the forms offer (0.1 s)
