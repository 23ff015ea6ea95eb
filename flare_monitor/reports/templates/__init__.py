"""The donor report templates: each registers itself in the output registry (`reports.registry`)."""
