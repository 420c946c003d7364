"""Discord's limits, in one place: what its API refuses and how fast a bot may send.

Sources: Discord's developer documentation (message content 2,000 characters; 5 action rows of 5
buttons, labels 80 characters; command descriptions 100 characters; an interaction answered within 3 s;
50 requests a second overall per bot).
"""

from __future__ import annotations

MAX_CONTENT = 2000
MAX_ROWS = 5
MAX_PER_ROW = 5
MAX_LABEL = 80
MAX_DESCRIPTION = 100
DEFER_AFTER = 1.0
"""Seconds before an unanswered interaction is deferred: well inside Discord's 3 s with latency."""
BULK_PER_SECOND = 30.0
"""Course days and other mass sends: three fifths of Discord's 50 requests a second overall."""
