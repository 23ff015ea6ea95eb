"""The quarterly donor report: data assembly, ReportLab template and styles, charts, fonts, Excel annex.

Entry point: `flare_monitor.reports.builder.build_report(session, ReportOptions(...))`.
"""
