"""Full passes of the cyclic garbage collector are taken by the window when no worker runs, not started
by a worker's allocations in the middle of a page's paint."""

from __future__ import annotations

import gc

from ui import garbage, workers


def test_after_start_up_allocations_never_start_a_full_pass(qapp):
    young, middle, _ = gc.get_threshold()
    garbage.after_start_up(qapp)
    assert gc.get_threshold() == (young, middle, garbage.NEVER)
    assert gc.get_freeze_count() > 0  # what the start-up loaded is left out of the passes
    assert garbage._timer.isActive() and garbage._timer.interval() == garbage.IDLE_PASS_MS
    timer = garbage._timer
    garbage.after_start_up(qapp)  # again: one timer
    assert garbage._timer is timer


def test_the_idle_pass_waits_while_a_worker_runs(monkeypatch):
    passes = []
    monkeypatch.setattr(gc, "collect", lambda *a: passes.append(a) or 0)
    monkeypatch.setattr(workers, "_running", {object()})
    assert not garbage.collect_when_idle() and passes == []
    monkeypatch.setattr(workers, "_running", set())
    assert garbage.collect_when_idle() and len(passes) == 1
