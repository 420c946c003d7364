"""SQLite storage via sqlite-utils: one file, WAL, migrations, one writer per process."""
