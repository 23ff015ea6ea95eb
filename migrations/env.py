"""Alembic environment. The configuration is built in code (flare_monitor.db.migrate), so this runs
the same from any working directory and from a frozen build."""

from alembic import context
from sqlalchemy import create_engine

from flare_monitor.db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection) -> None:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        # Recreating a parent table in batch mode with foreign keys on silently deletes child rows
        # through ON DELETE CASCADE: keep them off while migrating (checked afterwards by the caller).
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _configure_and_run(conn)
        conn.commit()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
