"""The application layer: one function per user action, shared by the desktop app and the command line.

Each action takes the opened `Database`, a small request (plain values), and keyword `user`, `progress`
and `cancelled`; it opens one unit of work (`unit_of_work`), sets the audit user, calls the services and
returns plain result objects — no ORM object and no session leaves it. Errors leave as `UserError`s: the
services' own, and driver errors classified once (db/errors.py). The Qt pages call actions only from
workers (ui/jobs.py); the command line calls them directly and prints what they return.
"""
