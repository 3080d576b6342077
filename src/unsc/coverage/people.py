"""Who is speaking: people named in an article, and speaker phrases resolved to them.

An article names a person in full once, usually with a title ("Chinese
Foreign Ministry spokesman Liu Weimin", "his Chinese counterpart, Hu Jintao",
"Liu Weimin, a Foreign Ministry spokesman,") and later by one part of the name
("said Liu", "Putin said"). :func:`people_in` collects the full mentions with
their role and state; :func:`describe` turns a speaker phrase into a
:class:`Speaker` using them.

The state comes from the title (a nationality adjective, "Russia's", "of
Russia", a capital), else from the person's other mentions, else from a short
list of well-known office holders (:data:`~unsc.coverage.lexicon.PEOPLE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unsc.coverage import lexicon
from unsc.coverage.text import find_countries, sentences

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.\u00C0-\u024F/-]*|[,;:]")
_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "de", "del", "van", "von", "da", "la", "le",
                        "el", "el-", "abu", "abdul", "dos", "du"})
_FUNCTION = frozenset(
    "the a an and but or on in at after before when while both this that these those his her "
    "its their our we they he she it i as by for from with of to if meanwhile however still "
    "yet earlier later separately also".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
_DETERMINERS = re.compile(r"^(?:the|a|an|his|her|its|their|our)\s+", re.I)
#: Words that make a run of capitalised words an organisation ("Amnesty International").
_ORG_NAME = frozenset("international national united watch foundation institute association "
                      "federation union court party front movement network centre center".split())
_VERBISH = frozenset("is was are were be been has have had which who whom what".split())


def _bare(token: str) -> str:
    return re.sub(r"(?:'s|’s|')$", "", token).rstrip(".")


def _is_name_token(token: str) -> bool:
    word = _bare(token)
    if not word or not word[0].isupper():
        return False
    low = word.lower()
    if low in lexicon.ROLE_WORDS or low in lexicon.ORG_WORDS or low in _FUNCTION:
        return False
    if low in _CALENDAR:
        return False
    return not find_countries(word)


@dataclass
class Person:
    """A person named in full in the article."""

    name: str
    role: str | None = None
    country: str | None = None
    #: ``(paragraph index, offset)`` of each full mention.
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def tokens(self) -> set[str]:
        return {t for t in self.name.split() if t.lower() not in _PARTICLES}


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: ``kind`` is ``person``, ``media``, ``org`` or ``group``."""

    name: str
    role: str | None
    country: str | None
    kind: str
    venue: str | None = None


def role_and_country(descriptor: str) -> tuple[str | None, str | None]:
    """Split a title into its role and state: "Chinese Foreign Ministry spokesman" → role, ``CHN``."""
    text = descriptor.strip(" ,")
    places = [p for p in find_countries(text) if p.kind != "place"]
    codes = {p.code for p in places}
    country = places[0].code if len(codes) == 1 else None
    for p in sorted(places, key=lambda p: -p.start):
        tail = text[p.end:]
        tail = re.sub(r"^(?:'s|’s)", "", tail)
        text = text[: p.start] + tail
    text = re.sub(r"\bof\s*$|\bof\s+(?=,|$)", "", text.strip())
    text = _DETERMINERS.sub("", text.strip()).strip(" ,")
    text = re.sub(r"^(?:the|a|an|his|her|its|their)\s+", "", text, flags=re.I)
    text = re.sub(r"\s+", " ", text).strip(" ,")
    text = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Mme|Sir)\.?(?:\s+|$)", "", text).strip(" ,")  # a courtesy title
    return (text or None), country


def _known_country(name: str) -> tuple[bool, str | None]:
    if name in lexicon.PEOPLE:
        return True, lexicon.PEOPLE[name]
    return False, None


def _known_by_part(token: str) -> str | None:
    for full in lexicon.PEOPLE:
        parts = [p for p in full.split() if p.lower() not in _PARTICLES]
        if token in parts or token in {p.split("-")[-1] for p in parts}:
            return full
    return None


class Registry:
    """The people an article names in full, found by any part of their name."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}

    def add(self, name: str, role: str | None, country: str | None, where: tuple[int, int]) -> Person:
        """Record a full mention; the first role and state given are kept."""
        person = self.people.get(name)
        if person is None:
            known, known_country = _known_country(name)
            person = self.people[name] = Person(name, country=known_country if known else None)
        if role and not person.role:
            person.role = role
        if country and not person.country:
            person.country = country
        person.mentions.append(where)
        return person

    def resolve(self, tokens: list[str], where: tuple[int, int] | None = None) -> Person | None:
        """The person a (partial) name refers to, preferring the latest mention before ``where``."""
        name = " ".join(tokens)
        if name in self.people:
            return self.people[name]
        wanted = {t for t in tokens if t.lower() not in _PARTICLES}
        matches = [p for p in self.people.values() if wanted and wanted <= p.tokens]
        if not matches:
            return None

        def last_before(p: Person) -> tuple[int, int]:
            before = [m for m in p.mentions if where is None or m <= where]
            return max(before) if before else (-1, -1)

        return max(matches, key=last_before)

    def last_person_before(self, where: tuple[int, int]) -> Person | None:
        best, best_at = None, (-1, -1)
        for p in self.people.values():
            for m in p.mentions:
                if best_at < m <= where:
                    best, best_at = p, m
        return best


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def people_in(paragraphs: tuple[str, ...] | list[str]) -> Registry:
    """Collect everyone named in full (two to four name words) with a title or known to us."""
    registry = Registry()
    for pi, para in enumerate(paragraphs):
        for s_start, s_end in sentences(para):
            sent = para[s_start:s_end]
            toks = _tokens(sent)
            persons_in_sentence: list[Person] = []
            i = 0
            while i < len(toks):
                if not _is_name_token(toks[i][2]):
                    i += 1
                    continue
                j = i
                run = []
                while j < len(toks) and (_is_name_token(toks[j][2]) or (
                        toks[j][2].lower() in _PARTICLES and j + 1 < len(toks)
                        and _is_name_token(toks[j + 1][2]))):
                    run.append(toks[j])
                    if toks[j][2].endswith(("'s", "’s")):
                        j += 1
                        break
                    j += 1
                names = [_bare(t[2]) for t in run]
                if not 2 <= len(names) <= 4:
                    i = max(j, i + 1)
                    continue
                name = " ".join(names)
                if any(n.lower() in _ORG_NAME for n in names):
                    i = max(j, i + 1)
                    continue
                # the title before the name
                k = i - 1
                if k >= 0 and toks[k][2] == ",":
                    k -= 1
                d_start = None
                while k >= 0:
                    word = toks[k][2]
                    low = _bare(word).lower()
                    if low in ("for", "of") and k > 0 and d_start is not None \
                            and _bare(toks[k - 1][2]).lower() in lexicon.ROLE_WORDS:
                        k -= 1  # "high commissioner for human rights"
                        continue
                    if (low in lexicon.ROLE_WORDS or low in lexicon.ORG_WORDS
                            or low == "counterpart" or "/" in word
                            or (find_countries(_bare(word)) and not word.endswith(","))):
                        d_start = toks[k][0]
                        k -= 1
                        continue
                    break
                descriptor = sent[d_start : run[0][0]] if d_start is not None else ""
                # or an apposition after it: "Liu Weimin, a Foreign Ministry spokesman,"
                after = sent[run[-1][1]:]
                appos = re.match(r"^,\s+((?:(?:a|an|the|his|her)\s+)?[^,.;]{2,60}?)(?:,|\s+said\b)",
                                 after)
                if not descriptor and appos and any(
                        w.lower().strip(".") in lexicon.ROLE_WORDS for w in appos.group(1).split()):
                    descriptor = appos.group(1)
                known, _ = _known_country(name)
                speaks = re.match(r"^\s+(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b", after)
                if not (descriptor or known or speaks):
                    i = j
                    continue
                role, country = role_and_country(descriptor) if descriptor else (None, None)
                if role and re.search(r"\bcounterpart\b", role, re.I):
                    role = persons_in_sentence[-1].role if persons_in_sentence else None
                person = registry.add(name, role, country, (pi, s_start + run[0][0]))
                persons_in_sentence.append(person)
                i = j
    return registry


def _name_tail(text: str) -> tuple[list[str], str]:
    """The trailing run of name words in a phrase, and what comes before it."""
    toks = text.split()
    names: list[str] = []
    while toks and (_is_name_token(toks[-1]) or (
            names and toks[-1].lower() in _PARTICLES)):
        names.insert(0, _bare(toks.pop()))
    return names, " ".join(toks)


def _outlet(text: str) -> tuple[str, tuple[str | None, bool]] | None:
    for name, info in lexicon.OUTLETS.items():
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            return name, info
    return None


def _media_role(words: set[str], state: bool) -> str:
    if words & {"television", "tv", "radio", "broadcaster", "channel"}:
        kind = "broadcaster"
    elif words & {"agency", "wire"}:
        kind = "news agency"
    elif words & {"newspaper", "daily"}:
        kind = "newspaper"
    else:
        kind = "media"
    return f"state {kind}" if state else kind


def clean_phrase(phrase: str) -> str:
    """A speaker phrase without leading article, surrounding punctuation or a trailing date."""
    text = re.sub(r"\s+", " ", phrase).strip(" ,;:—–-")
    text = re.sub(r"^(?:But|And|Meanwhile|However|Still|Yet|So|Then)\b,?\s+", "", text)
    return _DETERMINERS.sub("", text) if re.match(r"^(?:the|a|an)\s", text, re.I) else text


def plausible_speaker(phrase: str) -> bool:
    """Whether a phrase can name a speaker (short, no verb, a name or a noun)."""
    text = clean_phrase(phrase)
    words = text.split()
    if not words or len(words) > 12 or re.search(r"[\"“”]", text):
        return False
    if any(w.lower().strip(",") in _VERBISH for w in words):
        return False
    if text.lower() in lexicon.PRONOUNS:
        return True
    return any(w[:1].isupper() for w in words) or any(
        w.lower().strip(",") in lexicon.ORG_WORDS | lexicon.ROLE_WORDS | lexicon.MEDIA_WORDS
        for w in words)


def describe(
    phrase: str,
    registry: Registry,
    where: tuple[int, int],
    previous: list[Speaker] | None = None,
) -> Speaker | None:
    """Resolve a speaker phrase ("said Liu", "Chinese state television", "he").

    Parameters
    ----------
    phrase
        The words naming the speaker.
    registry
        The article's people (:func:`people_in`).
    where
        ``(paragraph index, offset)`` of the phrase, to prefer the nearest mention.
    previous
        Speakers of earlier statements, latest last, for pronouns.
    """
    text = clean_phrase(phrase)
    if not text:
        return None
    low = text.lower()
    if low in lexicon.PRONOUNS:
        wanted = lexicon.PRONOUNS[low]
        for sp in reversed(previous or []):
            if sp.kind == wanted or (wanted == "group" and sp.kind in ("org", "group", "media")) \
                    or (wanted == "org" and sp.kind in ("org", "media")):
                return sp
        if wanted == "person":
            person = registry.last_person_before(where)
            if person:
                return Speaker(person.name, person.role, person.country, "person")
        return None
    whole = [p for p in find_countries(text) if p.kind == "name"]
    if whole and whole[0].start <= 4 and whole[0].end == len(text):
        # a state speaking through its government: "The United States said"
        return Speaker(text, None, whole[0].code, "org")
    words = {w.lower().strip(",.") for w in text.split()}
    outlet = _outlet(text)
    if outlet or words & lexicon.MEDIA_WORDS:
        channel, country = role_and_country(text)
        state_media = bool(words & {"state", "state-run", "official", "state-owned"})
        if outlet:
            country = country or outlet[1][0]
            state_media = state_media or outlet[1][1]
        return Speaker(text, _media_role(words, state_media), country, "media", channel or text)
    of_country = None
    of = re.search(r"\s+of\s+(?:the\s+)?([A-Z][\w.'’ -]+)$", text)
    if of:
        places = [p for p in find_countries(of.group(1)) if p.kind == "name"]
        if places and places[0].start == 0 and places[0].end == len(of.group(1)):
            of_country = places[0].code
            text = text[: of.start()]
    parts = [p.strip() for p in text.split(",") if p.strip()]
    head = parts[0]
    names, before = _name_tail(head)
    descriptor = " ".join([before] + parts[1:]).strip()
    if not names and len(parts) > 1:
        names, before = _name_tail(parts[-1])
        descriptor = " ".join(parts[:-1] + [before]).strip()
    last_word = text.split()[-1].lower().strip(",.")
    if names and last_word not in lexicon.ORG_WORDS and len(names) <= 4:
        person = registry.resolve(names, where)
        if person is None:
            full = " ".join(names) if len(names) > 1 else (_known_by_part(names[0]) or names[0])
            person = Person(full)
            known, known_country = _known_country(full)
            if known:
                person.country = known_country
        role, country = role_and_country(descriptor) if descriptor else (None, None)
        country = country or of_country or person.country
        return Speaker(person.name, role or person.role, country, "person")
    role, country = role_and_country(text)
    country = country or of_country
    if last_word in lexicon.ROLE_WORDS - {"council", "league", "nations", "rights", "affairs"}:
        # a person named only by title: "a Foreign Ministry spokesman", "China's representative"
        return Speaker(text, role, country, "person")
    for name, code in lexicon.INSTITUTIONS.items():
        if name in text:
            country = country or code
    kind = "org" if last_word in lexicon.ORG_WORDS - {"rebels", "activists", "opposition",
                                                      "leaders", "officials", "diplomats"} \
        else "group"
    return Speaker(text, None, country, kind)
