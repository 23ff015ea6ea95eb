"""The benchmark cases and their targets (docs/PERFORMANCE.md holds the latest results)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Result, median_time, summarize

ROOT = Path(__file__).resolve().parent.parent


class Context:
    """The database under test and the number of repetitions."""

    def __init__(self, db_path: Path, repeat: int, work: Path):
        from flare_monitor.db.migrate import open_database

        self.db_path = db_path
        self.repeat = repeat
        self.work = work
        self.db = open_database(str(db_path))
        with self.db.session() as session:
            from flare_monitor.services.projects import list_projects

            self.project = list_projects(session)[0]


def _child(args: list[str]) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return time.perf_counter() - started, out.stdout.strip()


def _time_to_paint(args: list[str], env: dict) -> float:
    """Seconds from starting the child to reading its "painted" line (its shutdown is not timed)."""
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    ) as child:
        for line in child.stdout:
            if line.strip() == "painted":
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{args[1]} start-up probe ended without painting")
        child.stdout.read()
        if child.wait() != 0:
            raise RuntimeError(f"{args[1]} start-up probe failed with exit code {child.returncode}")
    return elapsed


def bench_startup(ctx: Context) -> Result:
    # The app's own data folder and settings: the user's saved page and backups stay out of the measure.
    # The first run may take the day's automatic backup (after the window painted); later ones do not.
    appdata = ctx.work / "startup-appdata"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLARE_MONITOR_DATA_DIR": str(appdata)}
    env.pop("FLARE_MONITOR_DB", None)
    probe = str(ROOT / "benchmarks/startup_probe.py")
    settings = str(ctx.work / "startup-settings")
    bare, app = [], []
    for _ in range(ctx.repeat):  # interleaved, so that a burst of load elsewhere hits both alike
        bare.append(_time_to_paint([probe, "bare"], env))
        app.append(_time_to_paint([probe, "app", str(ctx.db_path), settings], env))
    result = Result(
        "app start to first painted window",
        summarize(app),
        "bare PySide6 window",
        summarize(bare),
        "≤ 2.0 × bare",
        runs=app,
    )
    result.passed = result.ratio <= 2.0
    return result


def bench_memory(ctx: Context) -> Result:
    _, out = _child([str(ROOT / "benchmarks/memory_probe.py"), str(ctx.db_path)])
    megabytes = float(out.splitlines()[-1])
    return Result(
        "peak memory, app open on the database",
        value_text=f"{megabytes:.0f} MB",
        target="≤ 400 MB",
        passed=megabytes <= 400,
    )


def bench_indicators(ctx: Context) -> Result:
    from sqlalchemy import func, select

    from flare_monitor.db.models import Activity, Attendance, Indicator, Participant, Project
    from flare_monitor.indicators.engine import compute_indicators
    from flare_monitor.indicators.periods import period_containing

    project = ctx.project
    fiscal = project.calendar == "fiscal"
    period = period_containing(
        project.end_date.replace(month=6, day=1),
        "quarter",
        fiscal=fiscal,
        fiscal_start_month=project.fiscal_year_start_month,
    )

    def engine() -> None:
        with ctx.db.session() as session:
            compute_indicators(session, project.code, period.label)

    def hand_written() -> None:
        # One plain aggregate per indicator: distinct trained people by sex in the quarter.
        with ctx.db.session() as session:
            project_id = session.scalar(select(Project.id).where(Project.code == project.code))
            count = session.scalar(select(func.count()).where(Indicator.project_id == project_id))
            start = func.coalesce(Activity.actual_start, Activity.planned_start)
            for _ in range(count):
                session.execute(
                    select(Participant.sex, func.count(func.distinct(Attendance.participant_id)))
                    .join(Attendance, Attendance.participant_id == Participant.id)
                    .join(Activity, Activity.id == Attendance.activity_id)
                    .where(
                        Activity.project_id == project_id,
                        start >= period.start,
                        start <= period.end,
                        Activity.type == "training",
                    )
                    .group_by(Participant.sex)
                ).all()

    engine_runs = median_time(engine, ctx.repeat)
    baseline_runs = median_time(hand_written, ctx.repeat)
    result = Result(
        f"all indicators, {project.code} {period.label}, all countries",
        summarize(engine_runs),
        "one hand-written aggregate per indicator",
        summarize(baseline_runs),
        "≤ 0.5 s and ≤ 3 × baseline",
        runs=engine_runs,
    )
    result.passed = result.seconds <= 0.5 and result.ratio <= 3
    return result


def bench_backup(ctx: Context) -> Result:
    from flare_monitor.services.backups import backup_now

    targets = iter(range(10_000))

    def backup() -> None:
        backup_now(ctx.db, "manual", out=ctx.work / f"backup-{next(targets)}.db")

    def copy() -> None:
        shutil.copyfile(ctx.db_path, ctx.work / f"copy-{next(targets)}.db")

    def durable_copy() -> None:  # for the note: what a copy costs once it is on the disk
        target = ctx.work / f"copy-{next(targets)}.db"
        shutil.copyfile(ctx.db_path, target)
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())

    backup_runs = median_time(backup, ctx.repeat)
    copy_runs = median_time(copy, ctx.repeat)
    durable = summarize(median_time(durable_copy, ctx.repeat))
    result = Result(
        "backup of the database (verified)",
        summarize(backup_runs),
        "copying the file",
        summarize(copy_runs),
        "≤ 2 × copy",
        runs=backup_runs,
        note=f"copy + fsync: {durable * 1000:.0f} ms",
    )
    result.passed = result.ratio <= 2
    return result


def bench_participant_search(ctx: Context) -> Result:
    from flare_monitor.services.participants import count_participants, search_participants

    def first_rows() -> None:
        with ctx.db.session() as session:
            count_participants(session, "")
            search_participants(session, "", limit=200)

    def keystroke() -> None:
        with ctx.db.session() as session:
            count_participants(session, "ба")
            search_participants(session, "ба", limit=200)

    first = median_time(first_rows, ctx.repeat)
    typed = median_time(keystroke, ctx.repeat)
    result = Result(
        "participants: count + first 200 rows (service)",
        summarize(first),
        target="≤ 300 ms",
        runs=first,
        note=f"filter a keystroke: {summarize(typed) * 1000:.0f} ms (target ≤ 100 ms)",
    )
    result.passed = result.seconds <= 0.3 and summarize(typed) <= 0.1
    return result


def _feature_cases() -> dict:
    from benchmarks import cases_features as f

    return {
        "participants-page": f.bench_participants_page,
        "import": f.bench_import,
        "report": f.bench_report,
        "tpr": f.bench_tpr,
    }


CASES = {
    "startup": bench_startup,
    "participants": bench_participant_search,
    **_feature_cases(),
    "indicators": bench_indicators,
    "backup": bench_backup,
    "memory": bench_memory,
}


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="flare-bench-"))
