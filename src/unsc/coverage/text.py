"""Former home of the text helpers, now the *annotate* stage (:mod:`unsc.coverage.annotate`).

Kept so that ``from unsc.coverage.text import sentences, find_countries, ...``
goes on working (``people.py`` and ``statements.py`` import from here).
"""

from __future__ import annotations

from unsc.coverage.annotate import (  # noqa: F401 - re-exported
    WEEKDAYS,
    DateExpr,
    Place,
    demonym_code,
    find_countries,
    find_dates,
    sentence_at,
    sentences,
    short_name,
)
