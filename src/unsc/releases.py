"""Find the UN Digital Library's latest release of its voting data.

The Dag Hammarskjöld Library publishes each new release of its *Security
Council Voting Data* (record 4055387) and *General Assembly Voting Data*
(record 4060887) as a new file, named after its date
(``2026_02_06_sc_voting.csv``, ``2025_7_21_sc_voting.csv``), on the same
record page. The Library runs Invenio (TIND), whose records have a MARCXML
export at ``<record>/export/xm``; each attached file is a field 856 (electronic
location) whose subfield ``u`` is the file's address and, where given,
subfield ``s`` its size in bytes.

:func:`latest` reads that export and returns the newest voting CSV of the
body: the one with the latest date in its name (a file without a date in its
name is chosen only when it is the record's only voting CSV). A record that
cannot be read, is not MARCXML, or lists no voting CSV is a
:class:`unsc.store.DownloadError`, and nothing is changed.

``UNSC_LIBRARY_URL`` points everything at another server (a mirror, or the
local server of the tests); the default is ``https://digitallibrary.un.org``.
"""

from __future__ import annotations

import datetime as dt
import http.client
import os
import re
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET  # noqa: N817 - the usual name
from dataclasses import dataclass
from pathlib import PurePosixPath

#: The Library's record of each dataset.
RECORDS: dict[str, int] = {"undl-sc": 4055387, "undl-ga": 4060887}
#: What a file of each body is called (before ``.csv``).
_STEMS = {"undl-sc": "sc_voting", "undl-ga": "ga_voting"}
_DATED = re.compile(r"(\d{4})_(\d{1,2})_(\d{1,2})_")
USER_AGENT = "unsc (UN voting data)"


@dataclass(frozen=True)
class Release:
    """One voting CSV listed on a record page."""

    source: str
    url: str
    name: str
    #: The date in the file's name, when it has one.
    date: dt.date | None
    #: The size the record announces (856 $s), when it does.
    size: int | None
    #: The export it was found in.
    record: str

    def describe(self) -> str:
        """The file's name, date and size, for people."""
        size = f", {self.size:,} bytes" if self.size is not None else ""
        return f"{self.name} ({self.date or 'undated'}{size})"


def library_url() -> str:
    """The Library's address (``UNSC_LIBRARY_URL`` overrides it)."""
    return os.environ.get("UNSC_LIBRARY_URL", "https://digitallibrary.un.org").rstrip("/")


def record_url(source: str) -> str:
    """The record page of ``source`` (``undl-sc`` or ``undl-ga``)."""
    if source not in RECORDS:
        raise ValueError(f"no Library record for {source!r}; use one of {sorted(RECORDS)}")
    return f"{library_url()}/record/{RECORDS[source]}"


def export_url(source: str) -> str:
    """The record's MARCXML export."""
    return record_url(source) + "/export/xm"


def _date(name: str) -> dt.date | None:
    match = _DATED.match(name)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:  # 2026_13_45_...: not a date
        return None


def _local(tag: str) -> str:
    """An element's name without its namespace (MARCXML may or may not declare one)."""
    return tag.rsplit("}", 1)[-1]


def parse_record(text: bytes | str, source: str, where: str = "") -> list[Release]:
    """Every voting CSV of ``source`` that a MARCXML record lists, in the record's order.

    Raises
    ------
    unsc.store.DownloadError
        When ``text`` is not XML.
    """
    from unsc.store import DownloadError

    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise DownloadError(f"{where or source}: the record is not MARCXML ({exc}); "
                            "nothing changed") from None
    stem = _STEMS[source]
    found: list[Release] = []
    for field in root.iter():
        if _local(field.tag) != "datafield" or field.get("tag") != "856":
            continue
        sub: dict[str, str] = {}
        for s in field:
            if _local(s.tag) == "subfield" and s.get("code") and s.text:
                sub.setdefault(s.get("code"), s.text.strip())
        url = sub.get("u")
        if not url:
            continue
        name = PurePosixPath(urllib.parse.unquote(urllib.parse.urlparse(url).path)).name
        if not (name.lower().endswith(".csv") and stem in name.lower()):
            continue
        size = sub.get("s")
        found.append(Release(source=source, url=urllib.parse.urljoin(where or url, url),
                             name=name, date=_date(name),
                             size=int(size) if size and size.isdigit() else None,
                             record=where))
    return found


def newest(found: list[Release], where: str) -> Release:
    """The newest of the voting CSVs a record lists."""
    from unsc.store import DownloadError

    if not found:
        raise DownloadError(f"{where}: the record lists no voting CSV file; nothing changed")
    dated = [r for r in found if r.date is not None]
    if dated:
        return max(dated, key=lambda r: r.date)  # the first listed of equal dates
    if len(found) == 1:
        return found[0]
    raise DownloadError(f"{where}: the record lists {len(found)} voting CSV files and none has "
                        "a date in its name, so the newest is unknown; pass --url; "
                        "nothing changed")


def latest(source: str, *, timeout: float = 60.0) -> Release:
    """The newest release of ``source`` on the Library's record page.

    Raises
    ------
    unsc.store.DownloadError
        When the record cannot be read (HTTP or network error), is not MARCXML,
        or lists no voting CSV.
    """
    from unsc.store import DownloadError

    where = export_url(source)
    request = urllib.request.Request(where, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            text = resp.read()
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"{where}: the record page cannot be read: HTTP {exc.code} "
                            f"{exc.reason}; nothing changed") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(f"{where}: the record page cannot be read: {reason}; "
                            "nothing changed") from None
    return newest(parse_record(text, source, where), where)
