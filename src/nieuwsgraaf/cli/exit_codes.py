"""The exit codes of every command, in one place (README, 'Exit codes', lists the same)."""

from __future__ import annotations

OK = 0
NOTHING = 1  # a query found nothing, or an ingest read no article at all
USAGE = 2  # a malformed argument, option or settings file
STORE = 3  # the database cannot be used: damaged, not a database, too new, not writable
PARTIAL = 4  # an ingest finished and stored what it could, but skipped some inputs
INTERRUPTED = 130  # Ctrl-C: what was committed before it stays stored
