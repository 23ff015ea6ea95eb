"""The window shares the interpreter with its workers: the lock changes hands every millisecond, and
full passes of the cyclic garbage collector are taken by the window when no worker runs, not started by
a worker's allocations in the middle of a page's paint."""

from __future__ import annotations

import gc

from ui import interpreter, workers


def test_after_start_up_allocations_never_start_a_full_pass(qapp):
    young, middle, _ = gc.get_threshold()
    interpreter.after_start_up(qapp)
    assert gc.get_threshold() == (young, middle, interpreter.NEVER)
    assert gc.get_freeze_count() > 0  # what the start-up loaded is left out of the passes
    assert interpreter._timer.isActive() and interpreter._timer.interval() == interpreter.IDLE_PASS_MS
    timer = interpreter._timer
    interpreter.after_start_up(qapp)  # again: one timer
    assert interpreter._timer is timer


def test_the_idle_pass_waits_until_one_is_due_and_no_worker_runs(monkeypatch):
    passes = []
    due = [0, 0, interpreter.FULL_PASS_AFTER]
    monkeypatch.setattr(gc, "collect", lambda *a: passes.append(a) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: tuple(due))
    monkeypatch.setattr(workers, "_running", {object()})
    assert not interpreter.collect_when_idle() and passes == []
    monkeypatch.setattr(workers, "_running", set())
    assert interpreter.collect_when_idle() and len(passes) == 1
    due[2] = interpreter.FULL_PASS_AFTER - 1  # not due yet: nothing to do while the officer types
    assert not interpreter.collect_when_idle() and len(passes) == 1


def test_a_window_in_use_hands_the_interpreter_lock_over_every_millisecond(window):
    import sys

    assert sys.getswitchinterval() == interpreter.SWITCH_INTERVAL_S
