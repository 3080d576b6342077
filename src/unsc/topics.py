"""One topic vocabulary for every source: the state or region a decision is about.

Sources label their decisions in their own words: the drafts table says
``Middle East (Syria)``, the veto list ``Syria`` or ``Israel-Palestine``, the
Human Rights Council catalogue an agenda item, unvotes an issue category
(``Human rights``). Readers keep that label in ``source_topic`` and carry the
normalised ``topic`` that :func:`derive` gives from it and the title, so that
``Dataset.filter(topic="Syria")`` means the same thing whatever the source.

The vocabulary
--------------
- **States**: every name :mod:`pycountry` and the members table know (ISO
  name, common and official names, UN names, the curated aliases), labelled
  with a short display name (:func:`state_label`: ``Syria``, ``Iran``,
  ``Côte d'Ivoire``). Names are matched as whole words, longest first, on
  text folded to lower-case ASCII with punctuation and the word "the" dropped
  (``Democratic Republic of the Congo`` is ``DR Congo``, not ``Congo``).
- **Regions and non-state labels**: the small table :data:`LABELS` (Golan,
  Israel-Palestine, Western Sahara, Kosovo, Korea, Great Lakes, Sudan and
  South Sudan, Former Yugoslavia, ...), and thematic items (Admission,
  ICJ elections, Secretary-General, Non-proliferation, Peacekeeping,
  Children and armed conflict, ...). Each entry says why it is there.

How a text gets its label
-------------------------
Every mention in the text is found and given a *tier*: 1 for labels that
name the matter whatever else is mentioned (``Golan`` beats ``Syria`` in
"the occupied Syrian Golan"; ``Admission`` beats ``Italy`` in "Application
for membership: Italy"), 2 for states and regions, 3 for thematic labels
used only when no state or region is named. The lowest tier present must
hold exactly one label, or the text has none: two states
("Israel, South Africa") are two topics, and naming one would be a guess.
Mentions of a state as an actor are left out: the sender of a letter ("from
the Permanent Representative of Ukraine"), the author of a proposal ("a
Cuban amendment", "the UK proposal"), a state after "by".

A decision's topic comes from its title (the part before the first colon
first, which is the subject heading in curated and unvotes titles) and from
its ``source_topic`` (the part in trailing parentheses first: ``2014
Letter from the Russian Federation (Ukraine)`` is about Ukraine). When both
give a label and they differ, the topic is missing: the record does not
say which. A source whose label is an agenda or issue category rather than a
subject (HRC agenda items, unvotes issues) is used only when the title
gives nothing (``source_is_subject=False``).

Precision first: where nothing is clear the topic is missing, never a
guess. :data:`AMBIGUOUS` lists source labels that cover several matters
(the drafts table files both the Golan (UNDOF) renewals and the Syrian
conflict, and in 2011 a block of unrelated resolutions, as ``Middle East
(Syria)``): they give no topic by themselves.

Speed
-----
:func:`derive` works on the distinct ``(source_topic, title)`` pairs only and
maps the labels back (870,000 General Assembly votes sit on ~6,200 roll
calls). Each text is tokenised once and looked up in a dictionary of word
n-grams, longest first: linear in the length of the text, whatever the
size of the vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import numpy as np
import pandas as pd

#: The region, non-state and thematic labels: ``(label, tier, phrases, why)``.
#: Tier 1 names the matter whatever else is mentioned; 2 is a state or region;
#: 3 is thematic, used only when no state or region is named.
LABELS: tuple[tuple[str, int, tuple[str, ...], str], ...] = (
    ("Golan", 1, ("golan", "undof", "disengagement observer force"),
     "the occupied Golan and UNDOF: not the Syrian conflict"),
    ("Israel-Palestine", 1,
     ("palestine", "palestinian", "palestinians", "palestinian question", "occupied arab territories",
      "occupied palestinian territory", "occupied territories", "israeli practices", "jerusalem",
      "east jerusalem", "unrwa", "gaza", "west bank", "israel palestine", "state of palestine",
      "palestinian conflict"),
     "one label for 'Israel-Palestine', 'Middle East, including the Palestinian question' and "
     "the occupied territories"),
    ("Lebanon", 1, ("israel lebanon", "unifil", "interim force in lebanon"),
     "the veto list's 'Israel-Lebanon' and UNIFIL are about Lebanon"),
    ("Western Sahara", 1, ("western sahara", "minurso"), "not Morocco"),
    ("Kosovo", 1, ("kosovo", "unmik"), "not Serbia or Yugoslavia"),
    ("Great Lakes", 1, ("great lakes", "great lakes region"), "a region of several states"),
    ("Sudan and South Sudan", 1, ("sudan and south sudan", "abyei", "unisfa"),
     "the agenda item covering both states since 2011"),
    ("Admission", 1, ("admission of new members", "admission of new member", "application for membership",
                      "applications for membership", "admission"),
     "admission of new members, whoever applies"),
    ("ICJ", 1, ("vacancy in icj", "vacancy in international court of justice",
                "members of international court of justice", "judges of international court of justice",
                "election to international court of justice"),
     "elections of judges of the International Court of Justice"),
    ("Secretary-General", 1, ("appointment of secretary general", "outgoing secretary general",
                              "appointment of secretary general of united nations"),
     "appointing the Secretary-General (not his reports on a country)"),
    ("Cyprus", 2, ("unficyp", "turkish cypriot"), "the peacekeeping force and its community"),
    ("Korea", 2, ("korea", "korean", "korean peninsula", "dprk", "north korea", "south korea"),
     "both Koreas and the peninsula, one label"),
    ("Former Yugoslavia", 2, ("former yugoslavia", "unprofor", "bihac"), "the wars of 1991-2001"),
    ("Iraq", 2, ("iraq and kuwait", "iraq kuwait", "between iraq and kuwait"),
     "'The situation between Iraq and Kuwait' is the agenda item of every Iraq resolution"),
    ("Eritrea-Ethiopia", 2, ("eritrea and ethiopia", "ethiopia and eritrea"), "the border war"),
    ("India-Pakistan", 2, ("india pakistan", "india pakistan question", "kashmir", "jammu and kashmir"),
     "the India-Pakistan question"),
    ("Namibia", 2, ("south west africa",), "Namibia's name until 1968"),
    ("Zimbabwe", 2, ("rhodesia", "southern rhodesia"), "Zimbabwe's name until 1980"),
    ("South Africa", 2, ("apartheid",), "apartheid items are about South Africa"),
    ("Sudan", 2, ("darfur",), "a region of Sudan"),
    ("Gulf of Guinea", 2, ("gulf of guinea",), "not the state Guinea"),
    ("Timor-Leste", 2, ("east timor", "timor"), "Timor-Leste's earlier names"),
    ("Côte d'Ivoire", 2, ("ivory coast",), "the English name"),
    ("North Macedonia", 2, ("macedonia", "fyr macedonia", "former yugoslav republic of macedonia"),
     "its names before 2019"),
    ("Bosnia and Herzegovina", 2, ("bosnia",), "the short name"),
    ("Non-proliferation", 3, ("non proliferation", "weapons of mass destruction", "nonproliferation"),
     "thematic"),
    ("Disarmament", 3, ("disarmament", "regulation and reduction of armaments"), "thematic"),
    ("Peacekeeping", 3, ("peacekeeping", "peace keeping", "peacekeeping operations"), "thematic"),
    ("Children and armed conflict", 3, ("children and armed conflict",), "thematic"),
    ("Women, peace and security", 3, ("women and peace and security", "women peace and security"),
     "thematic"),
    ("Protection of civilians", 3, ("protection of civilians",), "thematic"),
    ("Terrorism", 3, ("terrorism", "terrorist", "terrorist acts", "terrorist attacks"), "thematic"),
    ("Small arms", 3, ("small arms",), "thematic"),
    ("Tribunals", 3, ("international criminal tribunal", "international tribunal", "international tribunals",
                      "residual mechanism", "irmct"),
     "the criminal tribunals, when no country is named"),
    ("Climate and security", 3, ("climate and security", "climate change and security"), "thematic"),
)

#: Source labels that cover several matters and so give no topic by themselves.
AMBIGUOUS: dict[str, str] = {
    "middle east (syria)": "the drafts table files the Golan (UNDOF) renewals (twice a year since "
                           "1994) and the Syrian conflict under it, and in 2011 a block of "
                           "resolutions on other countries",
}

#: Source labels that are categories, not subjects (unvotes' issue codes): never a topic.
CATEGORIES = frozenset({
    "human rights", "colonialism", "economic development", "arms control and disarmament",
    "nuclear weapons and nuclear material",
})

#: Short display names where the ISO/UN name is long (the others come from pycountry/members).
SHORT_NAMES: dict[str, str] = {
    "SYR": "Syria", "RUS": "Russia", "COD": "DR Congo", "LAO": "Laos", "TZA": "Tanzania",
    "MDA": "Moldova", "IRN": "Iran", "BOL": "Bolivia", "VEN": "Venezuela", "FSM": "Micronesia",
    "VAT": "Holy See", "TWN": "Taiwan", "YUG": "Former Yugoslavia", "PRK": "Korea", "KOR": "Korea",
    "PSE": "Israel-Palestine", "ESH": "Western Sahara", "SUN": "USSR", "GBR": "United Kingdom",
    "USA": "United States", "SCG": "Former Yugoslavia",
}
#: Extra names of states (older or short forms the UN used).
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "SYR": ("syria",), "LBY": ("libyan arab jamahiriya", "libyan arab republic"),
    "COD": ("democratic republic of congo", "drc", "zaire"), "IRN": ("iran",),
    "RUS": ("russia",), "VEN": ("venezuela",), "BOL": ("bolivia",), "GBR": ("united kingdom", "uk"),
    "USA": ("united states", "usa"), "SUN": ("ussr", "soviet union"),
    "CIV": ("cote d ivoire",), "TUR": ("turkey",), "CZE": ("czech republic",),
    "MMR": ("burma",), "KHM": ("cambodia", "kampuchea", "democratic kampuchea"),
    "TLS": ("timor leste",), "VNM": ("viet nam", "vietnam"),
}

#: Words after a state that make it the author, not the subject ("a Cuban amendment").
_ACTOR_NEXT = frozenset({"proposal", "proposals", "amendment", "amendments", "draft", "drafts",
                         "motion", "delegation", "delegations", "representative", "request",
                         "proposed", "sponsored", "submitted"})
#: Words before a state that make it the sender or author ("letter from", "by").
_ACTOR_BEFORE = (("representative", "of"), ("representatives", "of"), ("letter", "from"),
                 ("letters", "from"), ("note", "from"), ("telegram", "from"), ("telegrams", "from"),
                 ("cable", "from"), ("by",), ("government", "of"), ("mission", "of"))
_MAX_WORDS = 8
_TRAILING_PAREN = re.compile(r"\(([^()]*)\)\s*$")


def _fold(text: str) -> list[str]:
    """Words of ``text`` in lower-case ASCII, punctuation as spaces, "the" dropped."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split()
    return [w for w in words if w != "the"]


def state_label(code: str) -> str:
    """The display name a state's topic carries (``SYR`` is ``Syria``)."""
    return _state_labels().get(code, code)


@cache
def _state_labels() -> dict[str, str]:
    import pycountry

    from unsc import members

    out = {}
    for row in members.table().itertuples():
        code = str(row.member)
        found = pycountry.countries.get(alpha_3=code)
        if code in SHORT_NAMES:
            out[code] = SHORT_NAMES[code]
        elif found is not None and getattr(found, "common_name", None):
            out[code] = found.common_name
        else:
            out[code] = re.sub(r"\s*\(.*\)\s*$", "", str(row.name)).strip() or code
    return out


@cache
def _phrases() -> dict[tuple[str, ...], tuple[str, int]]:
    """Word n-gram → (label, tier): every state name, then the table (which wins on a clash)."""
    import pycountry

    from unsc import config, members
    from unsc.csvio import Col, read_csv

    names: dict[str, set[str]] = {}

    def add(code: str, text: str | None) -> None:
        if not text:
            return
        names.setdefault(code, set()).add(text)
        if ", " in text:  # ISO's inverted form: "Congo, The Democratic Republic of the"
            head, tail = text.split(", ", 1)
            names[code].add(f"{tail} {head}")
        if "(" in text:  # UN form: "Iran (Islamic Republic of)"
            names[code].add(re.sub(r"\s*\(.*\)", "", text))

    for c in list(pycountry.countries) + list(pycountry.historic_countries):
        for attr in ("name", "official_name", "common_name"):
            add(c.alpha_3, getattr(c, attr, None))
    for row in members.table().itertuples():
        add(str(row.member), str(row.name))
    aliases = read_csv(config.curated_dir() / "member_aliases.csv",
                       {"alias": Col(required=True), "member": Col(required=True)})
    for row in aliases.itertuples():
        if len(str(row.alias)) > 3:  # codes and initials ("UK") only where listed below
            add(str(row.member), str(row.alias))
    for code, extra in EXTRA_NAMES.items():
        for text in extra:
            add(code, text)
    table: dict[tuple[str, ...], tuple[str, int]] = {}
    first_tier = {lbl for lbl, t, _, _ in LABELS if t == 1}
    for code, texts in names.items():
        label = state_label(code)
        # A state is tier 2, unless its name stands for a tier-1 label (State of
        # Palestine is Israel-Palestine); Lebanon stays a state although UNIFIL is tier 1.
        tier = 1 if code in SHORT_NAMES and label in first_tier else 2
        for text in texts:
            words = tuple(_fold(text))
            if words and len(words) <= _MAX_WORDS:
                table.setdefault(words, (label, tier))
    for label, tier, phrases, _why in LABELS:
        for text in phrases:
            table[tuple(_fold(text))] = (label, tier)
    return table


@cache
def _longest() -> dict[str, int]:
    """First word of a phrase → the most words a phrase starting with it has."""
    out: dict[str, int] = {}
    for words in _phrases():
        out[words[0]] = max(out.get(words[0], 0), len(words))
    return out


def _mentions(words: list[str]) -> list[tuple[str, int]]:
    """``(label, tier)`` of every subject mention, longest phrase first at each word."""
    table, longest = _phrases(), _longest()
    out = []
    i, end = 0, len(words)
    while i < end:
        most = longest.get(words[i], 0)  # most words start no phrase: one lookup, then on
        if not most:
            i += 1
            continue
        for n in range(min(most, end - i), 0, -1):
            hit = table.get(tuple(words[i:i + n]))
            if hit is None:
                continue
            nxt = words[i + n] if i + n < len(words) else ""
            actor = nxt in _ACTOR_NEXT or (nxt == "s" and i + n + 1 < len(words)
                                           and words[i + n + 1] in _ACTOR_NEXT)
            actor = actor or any(tuple(words[max(i - len(b), 0):i]) == b for b in _ACTOR_BEFORE)
            if not actor:
                out.append(hit)
            i += n
            break
        else:
            i += 1
    return out


def label_text(text: object) -> str | None:
    """The label of one text (a title or a source's topic), or ``None`` when not clear.

    Examples
    --------
    >>> label_text("The situation in Libya")
    'Libya'
    >>> label_text("Human rights in the occupied Syrian Golan")
    'Golan'
    >>> label_text("Israel, South Africa") is None      # two states: which one?
    True
    """
    return _label(text)[0]


def _label(text: object) -> tuple[str | None, bool]:
    """The label of ``text`` and whether it names anything at all (a label or several)."""
    if not isinstance(text, str) or not text.strip():
        return None, False
    found = _mentions(_fold(text))
    if not found:
        return None, False
    tier = min(t for _, t in found)
    labels = {lbl for lbl, t in found if t == tier}
    return (labels.pop() if len(labels) == 1 else None), True


def _from_title(title: object) -> tuple[str | None, bool]:
    """The title's label (its head before a colon first) and whether it names anything."""
    if not isinstance(title, str):
        return None, False
    head = title.split(":", 1)[0]
    label, named = _label(head)
    if named or head == title:
        return label, named
    return _label(title)


@cache
def _ambiguous() -> frozenset[str]:
    return frozenset(" ".join(_fold(k)) for k in AMBIGUOUS)


def _from_source(source: object) -> str | None:
    if not isinstance(source, str) or not source.strip():
        return None
    if " ".join(_fold(source)) in _ambiguous():
        return None
    parts = [p for p in re.split(r";\s*", source) if p.strip().lower() not in CATEGORIES]
    if not parts:
        return None
    labels = set()
    for part in parts:
        inner = _TRAILING_PAREN.search(part)
        got = (label_text(inner.group(1)) if inner else None) or label_text(part)
        if got:
            labels.add(got)
    return labels.pop() if len(labels) == 1 else None


def topic_of(source_topic: object, title: object, source_is_subject: bool = True) -> str | None:
    """The normalised topic of one decision (see the module docstring), or ``None``."""
    from_title, named = _from_title(title)
    from_source = _from_source(source_topic)
    if not source_is_subject:
        # A category says something only of a title that names nothing: where the
        # title names several matters, the category cannot pick one.
        return from_title if named else from_source
    if from_title and from_source and from_title != from_source:
        return None  # the record contradicts itself: no topic rather than a guess
    return from_title or from_source


def derive(source_topic: pd.Series, title: pd.Series, source_is_subject: bool = True) -> pd.Series:
    """The normalised ``topic`` for each decision, from its ``source_topic`` and ``title``.

    Parameters
    ----------
    source_topic, title
        Aligned text series (missing values allowed).
    source_is_subject
        ``False`` for sources whose label is a category (an agenda item number,
        an issue code): it is then used only where the title gives nothing.

    Returns
    -------
    pandas.Series
        ``string`` dtype, missing where the record names no clear topic; on
        the index of ``title``.
    """
    src = pd.Series(source_topic).reset_index(drop=True).astype(object)
    ttl = pd.Series(title).reset_index(drop=True).astype(object)
    src = src.where(src.notna(), None)
    ttl = ttl.where(ttl.notna(), None)
    pairs = pd.DataFrame({"s": src, "t": ttl})
    codes, uniq = pd.factorize(pd.MultiIndex.from_frame(pairs.fillna("\x00")))
    labels = np.asarray([topic_of(None if s == "\x00" else s, None if t == "\x00" else t,
                                  source_is_subject) for s, t in uniq], dtype=object)
    out = pd.Series(labels[codes] if len(codes) else [], dtype="string")
    out.index = pd.Series(title).index
    return out


def vocabulary() -> list[str]:
    """Every label :func:`derive` can give (states and the :data:`LABELS` table), sorted."""
    return sorted({lbl for lbl, _ in _phrases().values()})


def suggest(wanted: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """The labels in ``known`` closest to ``wanted`` (for an error message, never to pick one)."""
    from rapidfuzz import fuzz, process, utils

    known = list(dict.fromkeys(known))
    found = process.extract(wanted, known, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit, score_cutoff=60)
    return [k for k, _score, _i in found]
