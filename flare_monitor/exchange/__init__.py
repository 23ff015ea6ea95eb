"""Exchange packages between offices that share no connection (docs/TEAM_AND_OFFICES.md).

A package is a zip of a manifest and the records of one project (and country) in the dataset dump
format (docs/DATA_FORMAT.md). Importing one merges by UUID: new records are added, records changed
only on the sending side are updated, records changed on both sides since the last exchange between
the two databases become conflicts that wait for the user's choice.

Modules, in the order the data flows:

- `identity`   this database's stable id and the sequence number of the packages it writes
- `views`      which tables travel, personal fields, pseudonyms, content hashes
- `selection`  the records of a project/country/since, as they travel
- `manifest`, `writer`, `reader`   the file: writing it, and verifying it before anything is written
- `planner`    pure: classifies each record (add, update, unchanged, kept, conflict, skipped)
- `merge`      reads this database's side, plans, applies in the caller's transaction
- `conflicts`  pending conflicts side by side, keep mine / take theirs
- `service`    the functions the command line and the desktop app call
"""
