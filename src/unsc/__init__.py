"""unsc: how states vote in the UN Security Council, Human Rights Council and General Assembly.

>>> import unsc
>>> ds = unsc.load()
>>> ds.filter(body="SC", topic="Syria").matrix()
"""

from unsc.api import load
from unsc.errors import DataFormatError, ValidationError
from unsc.members import PERMANENT_SEATS, seat
from unsc.model import Dataset
from unsc.validate import validate

__all__ = [
    "PERMANENT_SEATS",
    "DataFormatError",
    "Dataset",
    "ValidationError",
    "load",
    "seat",
    "validate",
]
__version__ = "0.1.0"
