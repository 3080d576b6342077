"""A local imitation of the UN Digital Library's record pages and files, on 127.0.0.1.

``/record/<id>/export/xm`` answers with a MARCXML record listing the files
put in :attr:`LibraryServer.records` (one 856 field each: ``$u`` the address,
``$s`` the size, ``$y`` the label, as the Library's Invenio records do), and
``/record/<id>/files/<name>`` serves them with an ``ETag`` and a
``Last-Modified``, answering a matching ``If-None-Match`` with 304.

A record can instead be ``"404"`` or ``"500"`` (the export fails) or list
only a PDF; a file can be ``truncated`` (it announces more bytes than it sends).
Every request is logged in :attr:`LibraryServer.log` as ``(path, status)``.
"""

from __future__ import annotations

import csv
import hashlib
import http.server
import io
import threading
from dataclasses import dataclass, field
from email.utils import formatdate
from xml.sax.saxutils import escape

MARC = "http://www.loc.gov/MARC21/slim"


@dataclass
class Served:
    """One file on a record page."""

    name: str
    body: bytes
    truncated: bool = False
    #: What the record's 856 $s says (default: the true size).
    listed_size: int | None = None


@dataclass
class LibraryServer:
    """State of the imitation: what each record lists, and what was asked for."""

    records: dict[int, list[Served] | str] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)
    base: str = ""

    def marcxml(self, record: int) -> bytes:
        fields = []
        for f in self.records[record]:
            size = len(f.body) if f.listed_size is None else f.listed_size
            fields.append(
                f'<datafield tag="856" ind1="4" ind2=" ">'
                f'<subfield code="s">{size}</subfield>'
                f'<subfield code="u">{escape(self.base)}/record/{record}/files/{escape(f.name)}'
                f'</subfield><subfield code="y">{escape(f.name)}</subfield></datafield>')
        return (f'<?xml version="1.0" encoding="UTF-8"?><collection xmlns="{MARC}"><record>'
                f'<controlfield tag="001">{record}</controlfield>'
                f'<datafield tag="245" ind1="0" ind2="0"><subfield code="a">Voting Data'
                f'</subfield></datafield>{"".join(fields)}</record></collection>').encode()

    def downloads(self) -> list[str]:
        """The file requests that sent a body (status 200)."""
        return [path for path, status in self.log if "/files/" in path and status == 200]


def etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def handler_for(state: LibraryServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            parts = self.path.split("?")[0].strip("/").split("/")
            status = self._answer(parts)
            state.log.append((self.path, status))

        def _answer(self, parts: list[str]) -> int:
            if len(parts) < 3 or parts[0] != "record" or not parts[1].isdigit() \
                    or int(parts[1]) not in state.records:
                self.send_error(404)
                return 404
            listed = state.records[int(parts[1])]
            if isinstance(listed, str):  # "404" or "500": the record page fails
                self.send_error(int(listed))
                return int(listed)
            if parts[2:] == ["export", "xm"]:
                return self._send(state.marcxml(int(parts[1])), "application/xml")
            files = {f.name: f for f in listed}
            if parts[2] == "files" and len(parts) == 4 and parts[3] in files:
                served = files[parts[3]]
                tag = etag(served.body)
                if self.headers.get("If-None-Match") == tag:
                    self.send_response(304)
                    self.send_header("ETag", tag)
                    self.end_headers()
                    return 304
                body = served.body[: len(served.body) // 2] if served.truncated else served.body
                return self._send(body, "text/csv", tag=tag,
                                  length=len(served.body) if served.truncated else None)
            self.send_error(404)
            return 404

        def _send(self, body: bytes, kind: str, tag: str | None = None,
                  length: int | None = None) -> int:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(length or len(body)))
            if tag:
                self.send_header("ETag", tag)
                self.send_header("Last-Modified", formatdate(1770336000, usegmt=True))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            return 200

        def log_message(self, *args):
            pass

    return Handler


def serve(state: LibraryServer) -> tuple[http.server.ThreadingHTTPServer, threading.Thread]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_for(state))
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return httpd, thread


# -- releases built from the small real-format fixtures ----------------------------------

#: S/RES/2009 (2011), 16 September 2011 (S/PV.6620), establishing UNSMIL: adopted
#: unanimously by the fifteen members that voted on S/RES/1973 (2011) that March. Not in
#: the embedded record, so that figures on the stored data move when it arrives. Its
#: draft symbol is left empty, as many of the Library's rows have it.
RES_2009 = {"undl_id": "900199", "date": "2011-09-16", "resolution": "S/RES/2009(2011)",
            "draft": "", "meeting": "S/PV.6620",
            "description": "Security Council resolution 2009 (2011)",
            "total_yes": "15", "total_no": "0", "total_abstentions": "0",
            "total_non_voting": "0", "total_ms": "15", "ms_vote": "Y", "vote_note": "",
            "undl_link": "https://digitallibrary.un.org/record/900199"}


def with_res_2009(text: str) -> bytes:
    """The fixture file plus S/RES/2009 (2011): a newer release with one decision added."""
    rows = list(csv.DictReader(io.StringIO(text)))
    added = [{**row, **RES_2009} for row in rows if row["resolution"] == "S/RES/1973(2011)"]
    assert len(added) == 15
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows([*rows, *added])
    return out.getvalue().encode()
