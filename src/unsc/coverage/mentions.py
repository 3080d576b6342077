"""Former home of vote mentions, now the *extract* stage (:mod:`unsc.coverage.extract`).

Kept so that ``from unsc.coverage.mentions import extract_mentions, ...`` goes on working.
"""

from __future__ import annotations

from unsc.coverage.extract import (  # noqa: F401 - re-exported
    MENTION_COLUMNS,
    _concepts,
    conform_mentions,
    extract_mentions,
)
from unsc.coverage.link import link  # noqa: F401 - re-exported
