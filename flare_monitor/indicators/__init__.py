"""Indicators: reporting periods, targets and actuals."""
