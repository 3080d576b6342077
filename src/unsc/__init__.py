"""unsc: how states vote in the UN Security Council, Human Rights Council and General Assembly.

>>> import unsc
>>> ds = unsc.load()
>>> ds.filter(body="SC", topic="Syria").matrix()
"""

# ``unsc.alignment`` is the function (as the issue spells it); the module of the
# same name is reached with ``from unsc.alignment import ...``.
from unsc.alignment import alignment, alignment_matrix, blocs, reference_series
from unsc.api import load
from unsc.coincidence import coincidence
from unsc.combine import combine
from unsc.errors import DataFormatError, ValidationError
from unsc.explore import explore
from unsc.idealpoints import ideal_points
from unsc.lookup import find_decisions, resolve_symbol, roll_call
from unsc.members import PERMANENT_SEATS, seat
from unsc.model import Dataset
from unsc.sources import read
from unsc.validate import validate
from unsc.vetoes import joint_vetoes, lone_vetoes, veto_summary, veto_table, vetoes_by

__all__ = [
    "PERMANENT_SEATS",
    "DataFormatError",
    "Dataset",
    "ValidationError",
    "alignment",
    "alignment_matrix",
    "blocs",
    "coincidence",
    "combine",
    "explore",
    "find_decisions",
    "ideal_points",
    "joint_vetoes",
    "load",
    "lone_vetoes",
    "read",
    "reference_series",
    "resolve_symbol",
    "roll_call",
    "seat",
    "validate",
    "veto_summary",
    "veto_table",
    "vetoes_by",
]
__version__ = "0.1.0"


def __getattr__(name: str):  # noqa: ANN202 - module-level lazy attribute
    # ``unsc.plots`` (and ``unsc.coverage``) without an explicit import, and
    # without loading matplotlib for every ``import unsc``.
    if name in ("plots", "coverage"):
        import importlib

        return importlib.import_module(f"unsc.{name}")
    raise AttributeError(f"module 'unsc' has no attribute {name!r}")
