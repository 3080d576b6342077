"""Who is speaking: people named in an article, and speaker phrases read as speakers.

An article names a person in full once, usually with a title ("Chinese
Foreign Ministry spokesman Liu Weimin", "his Chinese counterpart, Hu Jintao",
"Liu Weimin, a Foreign Ministry spokesman,") and later by one part of the
name ("said Liu"), by a pronoun ("he said") or by a description ("the Russian
diplomat"). :func:`people_in` collects the full mentions with their role and
state; :func:`describe` turns a speaker phrase into a :class:`Speaker`.

A speaker phrase is read with a small closed grammar, so that a fragment of a
sentence is never a speaker::

    phrase      := pronoun | [det] descriptor* NAME [, apposition]
                 | NAME , [det] descriptor+          (an apposition after the name)
                 | NAME , (a|an|the) word{1,9}       (a free apposition: no verb, no clause word)
                 | [det] descriptor* HEAD [PP]       (a description, an institution, a group;
                                                      the head is before the PP: "spokesman
                                                      for the mission" is a person)
                 | phrase and phrase
    descriptor  := a title or job word, a state (name, nationality, "Russia's"),
                   a capitalised word, or one of a few modifiers ("state", "former", "of", "to")
    HEAD        := a role ("ambassador"), an organisation ("ministry"), a medium
                   ("television"), a group ("officials"), a state or a seat of government

Every word must belong to one of these classes: a verb, an adverb or any other
common noun makes the phrase no speaker ("Russia on Saturday vetoed a draft
... that" is refused, and so are "As", "president subsequently", "Zelensky and
President"). A lone initial ("U"), "U.N." or a bare title ("President") is no
speaker either, and no person's name is a generic plural ("Member States",
"States Parties": a group) or a name after "the" alone ("The Hindu reported":
an institution). A name may hold particles ("Nasser al-Kidwa", "Rosa de la
Vega"). A person named after an outlet ("CBS News' Ana Ruiz reports") is the
outlet's reporter: the speaker is the outlet (kind ``media``).

Resolution
    A name, or part of one, is the article's person with those name words
    (:meth:`Registry.resolve`). A pronoun ("he", "she") is the person last
    named or quoted before it, outside quotations; a mention by one part of
    the name ("Ruiz suggested ... She said") counts as naming. A definite description
    ("the Russian ambassador", "Russia's envoy to the UN") is the one person
    of the article with that state and a role of the same kind (ambassador,
    envoy, representative and diplomat are one kind, and a rank must agree:
    a deputy ambassador is not the ambassador); with no state ("the envoy")
    it is the latest such person named before it; otherwise (several fit, or
    "a Western diplomat") the speaker is an unnamed person (``named`` false):
    the description is the role, never a name. A surname
    alone that no one in the article bears is a well-known office holder's
    only when no other well-known person has it ("said Li" stays "Li").
State
    From the title (a nationality, a state's name, "Russia's", "of Russia", a
    capital or a seat of government, close misspellings found with
    rapidfuzz), else from the person's other mentions, else from a short list
    of well-known office holders (:data:`~unsc.coverage.lexicon.PEOPLE`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from unsc import members
from unsc.coverage import lexicon
from unsc.coverage.text import find_countries, sentences

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.\u00C0-\u024F/-]*|[,;:]")
_PARTICLES = frozenset({"al", "al-", "bin", "ibn", "de", "del", "der", "den", "di", "das", "van", "von",
                        "da", "la", "le",
                        "el", "el-", "abu", "abdul", "dos", "du"})
_FUNCTION = frozenset(
    "the a an and but or on in at after before when while both this that these those his her "
    "its their our we they he she it i as by for from with of to if meanwhile however still "
    "yet earlier later separately also so then there here what which who whom whose where "
    "because since although though until unless".split()
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
    # the abbreviations a dateline uses ("Sept 15 (Reuters)"); not "Jan", "Mar" or "Jun" (names:
    # "Zhang Jun"; a month before its day is still no name word, see _people_in_sentence)
    + "feb apr jul aug sep sept oct nov dec".split()
    # a day named by its distance ("Yesterday the Times reported"): no name word either
    + "yesterday today tonight tomorrow".split()
)
_DETERMINERS = re.compile(r"^(?:the|a|an|his|her|its|their|our)\s+", re.I)
#: Words that make a run of capitalised words an organisation ("Amnesty International").
_ORG_NAME = frozenset("international national united watch foundation institute association "
                      "federation union court party front movement network centre center "
                      "crisis group campaign".split())
#: Plural heads naming people who speak together or unnamed ("Western diplomats said").
_GROUP_NOUNS = frozenset(
    "officials diplomats sources analysts experts observers delegates representatives "
    "spokesmen leaders ministers envoys ambassadors members critics residents witnesses "
    "lawmakers legislators activists rebels authorities people negotiators investigators "
    "monitors campaigners groups".split()
    # the generic plurals of bodies and states: "Member States", "States Parties", "Western powers"
    # are many speakers, never one person's name
    + "states countries parties governments powers".split()
)
#: Lower-case words a speaker phrase may hold besides titles, organisations and media.
_MODIFIERS = frozenset(
    "the a an of to for at in on and state state-run state-owned official top senior former "
    "acting then some several other two three four his her its their our own first second "
    "foreign permanent new outgoing incoming interim western".split()
    # quantifiers: "Many diplomats" is a group, "Many" or "Others" alone is no one's name
    + "many most few all both each every another others any everyone someone anyone nobody "
    "everybody somebody".split()
)
_PREPOSITIONS = frozenset("of to for at in on and".split())
#: Pronouns and words that open a clause: a phrase with one is a clause, not a description.
_CLAUSE_WORDS = frozenset("he she it they we i who which that when while after before because since "
                          "although though until unless if what whom whose where there here then "
                          "also so is was are were has have had will would".split())
#: Roles of one kind: a description with one of them fits a person with another.
_ROLE_KINDS: tuple[frozenset[str], ...] = (
    frozenset("ambassador envoy representative diplomat delegate emissary counsellor "
              "counselor".split()),
    frozenset("spokesman spokeswoman spokesperson".split()),
    frozenset("minister secretary".split()),
    frozenset("president leader premier".split()),
)
_ROLE_HEADS = frozenset(w for kind in _ROLE_KINDS for w in kind) | frozenset(
    "official chief head commissioner rapporteur chancellor king queen emir prince sheikh "
    "governor mayor chairman chairwoman chair director coordinator adviser advisor aide observer "
    "negotiator secretary-general under-secretary-general general ceo founder".split()
    # the jobs of the press: "newspaper editor Ana Ruiz" is a person, not the newspaper
    + "editor correspondent reporter journalist presenter anchor columnist commentator".split())
#: A journalist's job before a name ("BBC correspondent Ana Ruiz"): a person who speaks, not the outlet.
_PRESS_JOBS = frozenset("editor correspondent reporter journalist presenter anchor columnist "
                        "commentator".split())
_RANKS = frozenset("deputy vice former acting assistant junior".split())
#: Words for a document: "the statement" alone names what was said, not who said it.
_DOCUMENTS = frozenset("statement communique communiqué report letter document".split())
_BODY_ONLY = frozenset({"u.n.", "un", "u.n", "united nations", "the un", "the u.n."})


def _name_case(words: list[str]) -> list[str]:
    """A name written in capitals ("ANA RUIZ", a page's heading style) in the usual case ("Ana Ruiz").

    Only a name all of whose words are capitals: an acronym among other words stays as written.
    """
    if not words or not all(w.isupper() and len(w) > 1 for w in words):
        return words
    return ["-".join(part.capitalize() for part in w.split("-")) for w in words]


def _bare(token: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", token).rstrip(".,")


#: A name word with a lower-case particle joined by a hyphen ("al-Kidwa", "el-Baradei").
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|az|bin|ibn|abu|ben|ould|de|di|da|van|von)-[A-Z]")


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name: a capital first, or a particle joined to one."""
    return word[:1].isupper() or bool(_PARTICLE_NAME.match(word))


@lru_cache(maxsize=4096)
def _is_name_token(token: str) -> bool:
    word = _bare(token)
    if not word or not _capitalised(word):
        return False
    low = word.lower()
    if low in lexicon.ROLE_WORDS or low in lexicon.ORG_WORDS or low in _FUNCTION or low in _GROUP_NOUNS:
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
    #: ``(paragraph index, offset)`` of each mention: in full, or later by one part of the name.
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def tokens(self) -> set[str]:
        words = {t for t in self.name.split() if t.lower() not in _PARTICLES}
        # "al-Kidwa" is also written "Kidwa" in later mentions
        return words | {t.partition("-")[2] for t in words if _PARTICLE_NAME.match(t)}


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: ``kind`` is ``person``, ``media``, ``org`` or ``group``.

    ``named`` is false for a person the article leaves unnamed ("a UN diplomat",
    "the official", when no one named in the article fits): ``name`` is then the
    description, which is no one's name, so the ``statements`` table gives the
    description as the role and no speaker.
    """

    name: str
    role: str | None
    country: str | None
    kind: str
    venue: str | None = None
    named: bool = True


# -- the state of a title ----------------------------------------------------
@cache
def _state_words() -> dict[str, str]:
    """Names and nationalities of states, for near matches ("Phillipine" → ``PHL``)."""
    import pycountry

    words: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("common_name", "name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                words.setdefault(value, c.alpha_3)
    for row in members.table().itertuples():
        words.setdefault(str(row.name), str(row.member))
    for word, code in lexicon.DEMONYMS.items():
        if code:
            words.setdefault(word, code)
    return words


def _fuzzy_state(word: str) -> str | None:
    """A state for a capitalised word one or two letters off a name or nationality."""
    if len(word) < 6 or not word[0].isupper():
        return None
    from rapidfuzz import fuzz, process

    found = process.extractOne(word, list(_state_words()), scorer=fuzz.ratio, score_cutoff=88)
    return _state_words()[found[0]] if found else None


def _places(text: str) -> list:  # noqa: ANN001 - text.Place
    return [p for p in find_countries(text) if p.kind != "place"]


def role_and_country(descriptor: str) -> tuple[str | None, str | None]:
    """Split a title into its role and state: "Chinese Foreign Ministry spokesman" → role, ``CHN``.

    The state words are taken out of the role; "to the United Nations" and
    other words after the job stay in it ("ambassador to the United Nations").
    """
    text = descriptor.strip(" ,-")
    places = _places(text)
    codes = {p.code for p in places}
    country = places[0].code if len(codes) == 1 else None
    for p in sorted(places, key=lambda p: -p.start):
        tail = re.sub(r"^(?:'s|’s)", "", text[p.end:])
        head = text[: p.start]
        if re.search(r"\b(?:of|from)\s+(?:the\s+)?$", head) and (
                not tail.strip(" ,") or re.match(r"\s+(?:to|at|in)\s", tail)):
            head = re.sub(r"\s*\b(?:of|from)\s+(?:the\s+)?$", "", head)  # "envoy of Syria"
        text = head + tail
    if country is None and not codes:
        for word in re.findall(r"[A-Z][a-z\u00C0-\u024F]+", text):
            code = _fuzzy_state(word) if word.lower() not in lexicon.ROLE_WORDS else None
            if code:
                country = code
                text = re.sub(rf"\b{re.escape(word)}(?:'s|’s)?\s*", "", text, count=1)
                break
    text = re.sub(r"\s+", " ", text).strip(" ,")
    for _ in range(2):
        text = _DETERMINERS.sub("", text).strip(" ,")
        text = "" if text.lower() in ("the", "a", "an") else text  # "The Israelis": no role left
        text = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Mme|Sir)\.?(?:\s+|$)", "", text).strip(" ,")  # courtesy
        # what the state's words left dangling: "spokeswoman at the [British]", "[Palestinian]
        # leader's", "ambassador for [Russia]"
        text = re.sub(r"(?:['’]s|\s+(?:at|for|of|from|to|in|with|on)(?:\s+the)?|\s+the)$", "",
                      text).strip(" ,")
    return (text or None), country


def _known_country(name: str) -> tuple[bool, str | None]:
    if name in lexicon.PEOPLE:
        return True, lexicon.PEOPLE[name]
    return False, None


def _known_by_part(token: str) -> str | None:
    """The one well-known person with this name word ("Ban" → Ban Ki-moon; "Li" fits several: none)."""
    names = [full for full in lexicon.PEOPLE if token in full.split() or token in
             {p.split("-")[-1] for p in full.split()}]
    surnames = {n.split()[-1].replace("al-", "") for n in names}  # spellings of one person
    return names[0] if names and len(surnames) == 1 else None


def role_kind(role: str | None) -> str | None:
    """The kind of a role ("Ambassador to the UN" → ``ambassador``), for matching descriptions."""
    if not role:
        return None
    words = [w.lower().strip(".,") for w in re.split(r"[\s/]+", role)]
    # a deputy or a former ambassador is not the ambassador: the rank is part of the kind
    rank = " ".join(w for w in words if w in _RANKS)
    for w in reversed([w for w in words if w in _ROLE_HEADS]):
        for kind in _ROLE_KINDS:
            if w in kind:
                return f"{rank} {min(kind)}".strip()
        return f"{rank} {w}".strip()
    return None


class Registry:
    """The people an article names in full, found by any part of their name."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        #: The people by each word of their name: a partial name is looked up, not searched for.
        self._by_token: dict[str, list[Person]] = {}

    def add(self, name: str, role: str | None, country: str | None, where: tuple[int, int]) -> Person:
        """Record a full mention; the first role and state given are kept."""
        person = self.people.get(name)
        if person is None:
            known, known_country = _known_country(name)
            person = self.people[name] = Person(name, country=known_country if known else None)
            for token in person.tokens:
                self._by_token.setdefault(token, []).append(person)
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
        first = self._by_token.get(next(iter(wanted)), []) if wanted else []
        matches = [p for p in first if wanted <= p.tokens]
        if not matches:
            return None

        def last_before(p: Person) -> tuple[int, int]:
            before = [m for m in p.mentions if where is None or m <= where]
            return max(before) if before else (-1, -1)

        return max(matches, key=last_before)

    def last_person_before(
        self, where: tuple[int, int], skip: Callable[[tuple[int, int]], bool] | None = None,
    ) -> tuple[Person, tuple[int, int]] | tuple[None, None]:
        """The person named last before ``where`` (mentions for which ``skip`` is true left out)."""
        best, best_at = None, (-1, -1)
        for p in self.people.values():
            for m in p.mentions:
                if best_at < m <= where and not (skip and skip(m)):
                    best, best_at = p, m
        return (best, best_at) if best else (None, None)

    def described(self, role: str | None, country: str | None,
                  where: tuple[int, int]) -> Person | None:
        """The one person a definite description fits ("the Russian ambassador"), else ``None``."""
        kind = role_kind(role)
        if kind is None:
            return None
        fits = [p for p in self.people.values() if role_kind(p.role) == kind
                and (country is None or p.country == country)]
        if country is not None:
            return fits[0] if len(fits) == 1 else None
        before = [(max(m for m in p.mentions if m <= where), p) for p in fits
                  if any(m <= where for m in p.mentions)]
        if before:
            return max(before, key=lambda t: t[0])[1]
        # '"...," the envoy said. Ana Ruiz, Spain's ambassador, spoke after the vote.': no one before
        # fits, and the paragraph names the one who does after the description
        later = [p for p in fits if any(m[0] == where[0] and m > where for m in p.mentions)]
        return later[0] if len(later) == 1 else None


#: A name run into the "said" after it by a lost space ("Ana Ruizsaid the text"): five letters or
#: more before "said", so that a name ending in those letters ("Abusaid") is left whole.
_GLUED_SAID = re.compile(r"[A-Z][a-z\u00C0-\u024F]{4,}(?=said$)")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for tok in toks:
        glued = _GLUED_SAID.match(tok[2])
        if glued and out and _is_name_token(out[-1][2]) and text[tok[1] : tok[1] + 1] == " ":
            # (only after another name word: "Ibrahim Ruizsaid"; a lone word keeps its letters)
            out.append((tok[0], tok[0] + glued.end(), glued.group()))
            out.append((tok[0] + glued.end(), tok[1], "said"))
            continue
        if out and out[-1][2][-1:] in "'’" and out[-1][2][:1].isupper() and tok[0] == out[-1][1] + 1 \
                and re.fullmatch(r"[a-z]{1,3}", tok[2]):
            # "Ra’ ad": a name broken after its apostrophe by a stray space is one word ("Ra’ad")
            out[-1] = (out[-1][0], tok[1], out[-1][2] + tok[2])
            continue
        out.append(tok)
    return out


@lru_cache(maxsize=4096)
def _title_word(word: str) -> bool:
    """Whether a word can be part of a title written before a name."""
    low = _bare(word).lower()
    return (low in lexicon.ROLE_WORDS or low in lexicon.ORG_WORDS or low == "counterpart"
            or "/" in word or bool(find_countries(_bare(word)) or find_countries(word.rstrip(",")))
            or low in _ROLE_HEADS)


def people_in(paragraphs: tuple[str, ...] | list[str]) -> Registry:
    """Collect everyone named in full (two to four name words) with a title or known to us."""
    registry = Registry()
    for pi, para in enumerate(paragraphs):
        for s_start, s_end in sentences(para):
            _people_in_sentence(registry, pi, s_start, para[s_start:s_end])
    _later_mentions(registry, paragraphs)
    return registry


def _later_mentions(registry: Registry, paragraphs: tuple[str, ...] | list[str]) -> None:
    """Add each later mention by one part of a name ("Haley said") to the person's mentions.

    A pronoun goes to the person mentioned last, and a writer mentions a person
    by the surname after the first time: "Ana Ruiz ... Dario Vega ... Ruiz
    suggested it. She said ..." is Ruiz speaking, not Vega. A name word two
    people share is no one's mention. One pass over the words of the text.
    """
    owners: dict[str, set[str]] = {}
    for person in registry.people.values():
        for token in person.tokens:
            if len(token) > 2:
                owners.setdefault(token, set()).add(person.name)
    if not owners:
        return
    # a full mention is recorded at its first word; its other words are no new mention
    full: dict[tuple[str, int], list[int]] = {}
    for p in registry.people.values():
        for pi, off in sorted(p.mentions):
            full.setdefault((p.name, pi), []).append(off)
    for pi, para in enumerate(paragraphs):
        for m in _TOKEN.finditer(para):
            word = _bare(m.group())
            who = owners.get(_name_case([word])[0] if len(word) > 2 else word)
            if not who or len(who) != 1:
                continue
            person = registry.people[next(iter(who))]
            offs = full.get((person.name, pi), [])
            k = bisect.bisect_right(offs, m.start()) - 1  # the full mention starting at or before it
            if k < 0 or m.start() >= offs[k] + len(person.name):
                person.mentions.append((pi, m.start()))
    for person in registry.people.values():
        person.mentions.sort()


def _split_title_name(tok: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """"Secretary-Abdel" (a title joined to a name by a hyphen) as two tokens."""
    start, end, word = tok
    left, sep, right = word.partition("-")
    if sep and right[:1].isupper() and left.lower() in lexicon.ROLE_WORDS \
            and _bare(right).lower() not in lexicon.ROLE_WORDS:
        return [(start, start + len(left), left), (start + len(left) + 1, end, right)]
    return [tok]


def _people_in_sentence(registry: Registry, pi: int, s_start: int, sent: str) -> None:
    toks = [t for tok in _tokens(sent) for t in _split_title_name(tok)]
    persons: list[Person] = []
    i = 0
    while i < len(toks):
        if not _is_name_token(toks[i][2]):
            i += 1
            continue
        j = i
        run = []
        while j < len(toks) and not re.match(r"\s+\d", sent[toks[j][1] : toks[j][1] + 3]) and (
                _is_name_token(toks[j][2]) or (
                toks[j][2].lower() in _PARTICLES and j + 1 < len(toks)
                and _is_name_token(toks[j + 1][2]))):
            run.append(toks[j])
            if toks[j][2].endswith(("'s", "’s")):
                j += 1
                break
            j += 1
        if len(run) == 3 and i > 1 and toks[i - 1][2] in ("in", "at") \
                and any(_bare(t[2]).lower() in _ROLE_HEADS for t in toks[max(0, i - 24) : i - 1]):
            # "Representative ... to the UN in Geneva Ana Ruiz": the seat of the office, then the name
            run = run[1:]
            i += 1
            seat = i - 2  # the title ends at "in": it holds the seat ("ambassador to the UN in Geneva")
        else:
            seat = None
        names = _name_case([_bare(t[2]) for t in run])
        # a title before the name vouches for a long one ("President Sheikha Haya Rashed Al Khalifa")
        longest = 6 if 4 < len(names) <= 6 and _title_before(sent, toks, i) else 4
        if not 2 <= len(names) <= longest or any(n.lower() in _ORG_NAME for n in names) \
                or any(len(n) == 1 for n in (names[0], names[-1])):
            i = max(j, i + 1)
            continue
        name = " ".join(names)
        fuller = registry.resolve(names) if name not in registry.people else None
        if fuller is not None and len(fuller.tokens) > len(set(names)):
            # a shorter form of a name given in full before ("Sheikha Haya" after "Sheikha Haya
            # Rashed Al Khalifa") is a mention of that person, not a new one
            fuller.mentions.append((pi, s_start + run[0][0]))
            persons.append(fuller)
            i = j
            continue
        descriptor = _title_before(sent, toks, i)
        if not descriptor and seat is not None and _title_before(sent, toks, seat):
            descriptor = sent[toks[seat][0] - len(_title_before(sent, toks, seat)) : toks[i][0]]
        after = sent[run[-1][1]:]
        # or an apposition after it: "Liu Weimin, a Foreign Ministry spokesman,"
        # (a full stop inside it is an abbreviation's: "the chief U.S. delegate")
        # (the comma closing it may be lost before the verb: "Ana Ruiz, the UN envoy spoke of")
        # (a relative clause is none: ", who met President X," holds a title that is not theirs)
        appos = re.match(r"^,\s+(?!(?:who|whom|whose|which)\b)"
                         r"((?:(?:a|an|the|his|her)\s+)?(?:[^,.;]|(?<=\b[A-Z])\.){2,60}?)"
                         r"(?:,|\s+(?:said|spoke|told|stated|added|warned|argued)\b)", after)
        if not descriptor and appos and any(
                _bare(w).lower() in _ROLE_HEADS | lexicon.ROLE_WORDS for w in appos.group(1).split()):
            descriptor = appos.group(1)
        known, _ = _known_country(name)
        speaks = _speaks().match(after)
        if not (descriptor or known or speaks) or (names[-1].lower() in _PAPER_HEADS and not descriptor):
            # ("The New York Times reported": a newspaper speaks, no person)
            i = j
            continue
        role, country = role_and_country(descriptor) if descriptor else (None, None)
        if role and re.search(r"\bcounterpart\b", role, re.I):
            role = persons[-1].role if persons else None
        persons.append(registry.add(name, role, country, (pi, s_start + run[0][0])))
        i = j


@cache
def _speaks() -> re.Pattern[str]:
    return re.compile(r"^\s+(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b")


#: Honorifics written before a name, which hold no title of their own.
_HONORIFICS = frozenset("dr mr mrs ms prof professor sir dame".split())


def _title_before(sent: str, toks: list[tuple[int, int, str]], i: int) -> str:
    """The title written before the name starting at token ``i`` ("the U.S. ambassador to the UN,")."""
    k = i - 1
    # "the UN envoy, Dr Ana Ruiz": an honorific before the name, then the title before it
    stop = i
    while k > 0 and _bare(toks[k][2]).lower() in _HONORIFICS and toks[k - 1][2] == ",":
        stop = k
        k -= 1
    if k >= 0 and toks[k][2] == ",":
        k -= 1
    d_start = None
    has_title = False
    while k >= 0:
        word = toks[k][2]
        low = _bare(word).lower()
        if _title_word(word) and not (word.endswith(",") and d_start is None):
            has_title = has_title or low in lexicon.ROLE_WORDS or low in _ROLE_HEADS
            d_start = toks[k][0]
            k -= 1
            continue
        if low in ("first", "second", "third") and d_start is not None:
            d_start = toks[k][0]  # "First Secretary"
            k -= 1
            continue
        if low in ("for", "of", "to", "the", "at", "on") and d_start is not None and k > 0:
            # "high commissioner for human rights", "ambassador to the United Nations"
            back = k - 1
            while back >= 0 and _bare(toks[back][2]).lower() in ("the", "for", "of", "to", "at", "on"):
                back -= 1
            if back >= 0 and _title_word(toks[back][2]):
                k = back
                continue
        break
    if d_start is None or not has_title:
        return ""
    return sent[d_start : toks[i][0]] if stop == i else sent[d_start : toks[stop][0]].rstrip(" ,")


# -- speaker phrases ---------------------------------------------------------
def clean_phrase(phrase: str) -> str:
    """A speaker phrase without leading article, surrounding punctuation or a trailing date."""
    text = re.sub(r"\s+", " ", phrase).strip(" ,;:—–-")
    # a title joined to the name by a hyphen: "First Secretary-Abdel Shalut"
    text = re.sub(r"\b([A-Za-z]+)-([A-Z][a-z]+)",
                  lambda m: m.group(1) + (" " if m.group(1).lower() in lexicon.ROLE_WORDS
                                          and m.group(2).lower() not in lexicon.ROLE_WORDS else "-")
                  + m.group(2), text)
    text = re.sub(r"^(?:But|And|Meanwhile|However|Still|Yet|So|Then)\b,?\s+", "", text)
    return _DETERMINERS.sub("", text) if re.match(r"^(?:the|a|an)\s", text, re.I) else text


#: Who speaks for someone else named after them: "a spokesman for President Ana Ruiz".
_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson aide adviser advisor assistant".split())


def _word_class(word: str, in_state: bool) -> str:
    """``name``, ``role``, ``org``, ``media``, ``group``, ``state``, ``mod``, ``initial`` or ``bad``."""
    if in_state:
        return "state"
    bare = _bare(word)
    low = bare.lower()
    if not bare:
        return "bad"
    if re.fullmatch(r"[A-Z]\.?", bare) or re.fullmatch(r"(?:[A-Z]\.){1,3}", word.rstrip(",")):
        return "initial"
    if low in _GROUP_NOUNS:
        return "group"
    if low in lexicon.MEDIA_WORDS:
        return "media"
    if low in lexicon.ORG_WORDS or low in lexicon.NAMED_GROUPS:
        return "org"
    if low in lexicon.ROLE_WORDS or low in _ROLE_HEADS or "/" in bare:
        return "role"
    if low in _MODIFIERS:
        return "mod"
    if _capitalised(bare) and low not in _FUNCTION and low not in _CALENDAR:
        return "name"
    if low in _PARTICLES:
        return "particle"  # a name word only before a name ("Nasser al Kidwa"): see _read_one
    return "bad"


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase read by the grammar: its name words and its title."""

    text: str
    #: The person's name words ("Susan Rice"), empty for a description or an organisation.
    name: tuple[str, ...]
    #: The words that are not the name ("U.S. Ambassador").
    descriptor: str
    #: ``pronoun``, ``person``, ``description``, ``state``, ``org``, ``media`` or ``group``.
    kind: str
    definite: bool = False
    #: A lone name word only the article's people can vouch for ("Iran's Khazaee").
    weak: bool = False


def _conjuncts(text: str) -> list[str]:
    """The parts of "Putin and Hu" (an "and" inside "of Russia and China" is kept)."""
    # ("the UN Office and other international organisations" is one institution, not two)
    # (nor is the "and" of a state's name: "the UN envoy for Bosnia and Herzegovina")
    held = [(p.start, p.end) for p in _places(text) if " and " in p.text]
    parts, at = [], 0
    for m in re.finditer(r"\s+and\s+(?!other\b)", text):
        if not any(a <= m.start() < b for a, b in held):
            parts.append(text[at : m.start()])
            at = m.end()
    parts.append(text[at:])
    if len(parts) == 1:
        return parts
    out: list[str] = []
    for part in parts:
        if out and re.search(r"\b(?:of|for|to)\s+(?:the\s+)?\S+$", out[-1]) and _places(part):
            out[-1] = f"{out[-1]} and {part}"  # "leaders of Russia and China": one phrase
        else:
            out.append(part)
    return out


_NAME_SUFFIX = re.compile(r",\s+(Jr\.?|Sr\.?|II|III|IV)(?=,|\s|$)")
_SUFFIX_FIRST = re.compile(r"(?:Jr|Sr|II|III|IV)\b\.?(?:,|\s|$)")


@lru_cache(maxsize=4096)
def read_phrase(phrase: str) -> Phrase | None:
    """A speaker phrase read by the grammar above, or ``None`` when it is no speaker."""
    # "Richard Mills, Jr., deputy ambassador": a name's suffix set off by commas is the name's; a phrase
    # opening with one ("Jr., deputy ambassador") is the tail of a name cut off, no speaker
    text = _NAME_SUFFIX.sub(r" \1", clean_phrase(phrase))
    if _SUFFIX_FIRST.match(text):
        return None
    low = text.lower()
    # (a formal title may be long: "Permanent Representative of Belarus to the United Nations Office
    # and other International Organizations in Geneva Yury Ambrazevich" has twenty words)
    longest = 24 if text[:1].isupper() and _word_class(text.split()[0], False) == "role" else 14
    if not text or len(text.split()) > longest or re.search(r"[\"“”«»0-9]", text):
        return None
    if low in lexicon.PRONOUNS:
        return Phrase(text, (), "", "pronoun")
    if low in _BODY_ONLY:
        return None
    definite = bool(re.match(r"^(?:the\s|[A-Z][\w.]*(?:'s|’s)\s)", phrase.strip(" ,"), re.I))
    parts = _conjuncts(text)
    if len(parts) > 1:
        read = [read_phrase(p) for p in parts]
        if len(read) == 2 and read[1] is not None and read[1].kind == "person" and read[1].name and \
                read[1].descriptor and read[0] is not None and not read[0].name and \
                read[0].kind in ("description", "org") and _bare(parts[0].split()[-1]).lower() in _ROLE_HEADS:
            # "the group's CEO and executive vice president Robert Singer": two titles of one person
            return Phrase(text, read[1].name, f"{parts[0]} and {read[1].descriptor}", "person", definite)
        if any(r is None or r.kind == "pronoun" for r in read):
            return None
        return Phrase(text, (), text, "group", definite)
    read = _read_one(text, definite)
    if read is not None and read.kind == "person" and not read.descriptor \
            and re.match(r"^the\s", phrase.strip(" ,"), re.I):
        # "The Hindu reported", "the Kremlin": a name after "the" alone is a title or an
        # institution's, never a person's ("the Ana Ruiz" is not written)
        return Phrase(f"{phrase.strip(' ,')[:3]} {text}", (), text, "org", definite)
    return read


#: The cities of the UN's offices, named after an envoy's title ("ambassador to the UN in Geneva").
_UN_SEAT = re.compile(r"(?:Geneva|Vienna|Nairobi|New\s+York|The\s+Hague|Bangkok|Addis\s+Ababa)\b")


def _read_one(text: str, definite: bool) -> Phrase | None:
    if "," in text:
        left, _, right = (s.strip() for s in text.partition(","))
        if "," in right or not left or not right:
            return None
        a, b = _read_one(left, definite), _read_one(_DETERMINERS.sub("", right), False)
        if a is not None and a.name and (b is None or b.kind in ("org", "media")) \
                and _free_apposition(right):
            # "Ana Ruiz, an expert at the Lima Institute of Peace": an apposition with an article
            # describes the person named before it, whatever words it uses (her institute is
            # not the speaker)
            return Phrase(text, a.name, _DETERMINERS.sub("", right), "person", definite)
        if a is not None and a.name and b is not None and b.kind == "org" and not b.name \
                and _bare(right.split()[0]).lower() in lexicon.ROLE_WORDS | _ROLE_HEADS:
            # "Tom Lee, head of the Peace Campaign": a title at an organisation describes the person
            # named before it (the organisation is not the speaker)
            return Phrase(text, a.name, right, "person", definite)
        if a is None or b is None:
            return None
        # an apposition: one side names the person, the other describes them
        if a.name and not b.name and b.kind in ("description", "person"):
            return Phrase(text, a.name, b.descriptor, "person", definite)
        if b.name and not a.name and a.kind in ("description", "person"):
            return Phrase(text, b.name, a.descriptor, "person", definite)
        return None
    states = _places(text)
    of_state = re.search(r"\s+(?:of|from)\s+(?P<the>the\s+)?(\S.*)$", text)
    # the state may hold its article ("of the UAE" is read as "the UAE")
    if of_state and any(p.start in (of_state.start(2), of_state.start("the")) and p.end == len(text)
                        for p in states):
        # "Foreign Minister Ana Ruiz of Spain", "the ambassador from the United Kingdom": the state
        # after the name or the title belongs to the title
        head = _read_one(text[: of_state.start()], definite)
        if head is None or head.kind not in ("person", "description"):
            return None
        return Phrase(text, head.name, f"{head.descriptor} {of_state.group()}".strip(), head.kind,
                      definite)
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
    classes = []
    for start, end, word in words:
        in_state = any(p.start <= start and end <= p.end + 2 for p in states)
        classes.append(_word_class(word, in_state))
    for k in range(len(classes) - 1, -1, -1):  # from the right: "de la Vega" is one name
        if classes[k] == "particle":
            classes[k] = "name" if k + 1 < len(classes) and classes[k + 1] == "name" else "bad"
    if "bad" in classes:
        return None
    first, last = _bare(words[0][2]).lower(), classes[-1]
    if first in _PREPOSITIONS or _bare(words[-1][2]).lower() in _MODIFIERS - {"state", "official"}:
        return None
    if all(c == "initial" for c in classes):
        return None
    # the name: the last run of name words, unless a preposition puts it in a place ("in Geneva")
    k = len(words)
    # (a possessive ends what comes before the name: "Amnesty International's Ana Ruiz")
    while k > 0 and not (k < len(words) and re.search(r"['’]s$", words[k - 1][2])) and (
            classes[k - 1] == "name" or (
            classes[k - 1] == "initial" and k < len(words) and k - 1 > 0 and classes[k - 2] == "name")
            # a first initial opens the name: "L. Bennett Graham", "said J. Smith" (one letter, so
            # that "U.N." before a name stays a title)
            or (classes[k - 1] == "initial" and k < len(words) and re.fullmatch(r"[A-Z]\.", words[k - 1][2])
                and (k - 1 == 0 or classes[k - 2] != "initial"))
            or (words[k - 1][2].lower() in _PARTICLES and k < len(words))):
        k -= 1
    for j in range(max(0, k - 2), min(k + 1, len(words))):
        # "... to the UN in Geneva Ana Ruiz", "... in New York Aharon Leshno Yaar": the seat of the
        # office, then the name ("New" may be read as a modifier, before the run of names)
        if j > 0 and words[j - 1][2].lower() in ("in", "at") and "role" in classes[: j - 1]:
            seat = _UN_SEAT.match(" ".join(w for _, _, w in words[j:]))
            if seat and 2 <= len(words) - j - len(seat.group().split()) <= 3:
                k = j + len(seat.group().split())
                break
    for j in range(k - 2, 0, -1):
        if words[j][2].lower() in ("for", "to", "of") and \
                _bare(words[j - 1][2]).lower() in _SPEAKS_FOR and classes[k - 1] == "role" and \
                all(_bare(w).lower() not in ("the", "a", "an") for _, _, w in words[j + 1: k]):
            # "a spokesman for Palestinian President Ana Ruiz": the name is whom the spokesman
            # speaks for, inside the prepositional phrase, never the speaker ("Representative of
            # China to the UN Zhang Jun" names the representative)
            k = len(words)
            break
    name = tuple(_bare(w) for _, _, w in words[k:])
    before = words[k - 1][2].lower() if k > 0 else ""
    heads = set(classes[:k])
    # (a name with a particle may be long: "Tamim bin Hamad Al Thani")
    longest = 6 if any(n.lower() in _PARTICLES for n in name[1:-1]) else 4
    if name and (before in _PREPOSITIONS | {"the", "a", "an"} or len(name) > longest
                 or any(n.lower() in _ORG_NAME for n in name)):
        # "in Geneva", "the Arab League": a place or an organisation, not a person's name
        if any(n.lower() in _ORG_NAME for n in name) and before not in _PREPOSITIONS:
            return Phrase(text, (), text, "org", definite)
        if not heads & {"role", "org", "media", "group"}:
            return None
        name = ()
        k = len(words)
    descriptor = " ".join(w for _, _, w in words[:k])
    if name:
        if all(len(n) == 1 for n in name):
            return None  # initials only
        if len(name) == 1 and k == 0 and len(name[0]) > 1 and name[0].isupper():
            return Phrase(text, (), text, "org", definite)  # "EFE reported": an acronym is no one's name
        if len(name) == 1 and k == 1 and classes[0] == "state" and re.search(r"['’]s$", words[0][2]):
            # "Iran's Khazaee": a surname after the state's possessive, the wire's way; a person only
            # when the article names someone so ("Russia's Gazprom" is a company): see describe
            return Phrase(text, name, descriptor, "person", definite, weak=True)
        if len(name) == 1 and k > 0 and classes[k - 1] == "state":
            return None  # "The Washington Post": one capitalised word after a state is no name
        return Phrase(text, name, descriptor, "person", definite)
    found_heads = [c for c in classes if c in ("role", "org", "media", "group")]
    first_prep = next((i for i, (_, _, w) in enumerate(words) if i and w.lower() in _PREPOSITIONS - {"and"}),
                      None)
    if first_prep is not None and any(c in ("role", "org", "media", "group") for c in classes[:first_prep]):
        # the head comes before a prepositional phrase: "spokesman for the mission" is a person,
        # "Ministry of Foreign Affairs" an organisation
        found_heads = [c for c in classes[:first_prep] if c in ("role", "org", "media", "group")]
    if states and all(c in ("state", "mod") for c in classes):
        return Phrase(text, (), "", "state", definite)
    if not found_heads:
        return None
    if [_bare(w).lower() for _, _, w in words] == ["observer"] and text[:1].isupper():
        return Phrase(text, (), text, "org", definite)  # "The Observer reported": a newspaper
    head = found_heads[-1]
    if last == "role" and all(c in ("role",) for c in classes) and text[:1].isupper() \
            and len(words) <= 2 and not definite:
        return None  # a bare title ("President", "Foreign Minister"): the name was cut off
    kind = {"role": "description", "org": "org", "media": "media", "group": "group"}[head]
    if kind == "description" and not any(_bare(w).lower() in _ROLE_HEADS for _, _, w in words):
        kind = "org"  # "the UN human rights office" has no job in it
    return Phrase(text, (), descriptor, kind, definite)


def _free_apposition(text: str) -> bool:
    """Whether ``text`` reads as a free description after a name ("a professor at the X institute").

    It opens with an article, has at most ten words and no verb-like word (a
    word ending in -ed, or one of the speech verbs), so that a clause ("a day
    after he said") is not taken for a description.
    """
    words = text.split()
    if not re.match(r"^(?:a|an|the)\s", text) or len(words) > 10:
        return False
    return not any(w.lower().endswith("ed") or w.lower() in _CLAUSE_WORDS
                   or w.lower() in lexicon.SPEECH_VERBS for w in words[1:])


def plausible_speaker(phrase: str) -> bool:
    """Whether a phrase can name a speaker (see the grammar in the module docstring)."""
    return read_phrase(phrase) is not None


def _outlet(text: str) -> tuple[str, tuple[str | None, bool]] | None:
    for name, info in lexicon.OUTLETS.items():
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            return name, info
    return None


#: The last word of a title that names a news outlet ("CBS News", "Radio Free Europe", "Channel 4").
_OUTLET_HEADS = frozenset("news television tv radio newspaper daily channel".split())


#: The last word of a newspaper's name ("The New York Times", "the Washington Post").
_PAPER_HEADS = frozenset("times post journal herald tribune gazette observer chronicle telegraph guardian "
                         "independent standard express mail globe monitor courier examiner inquirer "
                         "dispatch".split())


def _proper_title(descriptor: str) -> bool:
    """Whether the words before a name are more of a proper name: capitalised, no title, no state alone.

    "New" (of "The New York Times") is; "Chilean ambassador", "U.S. Ambassador" and "Chilean" are not.
    """
    words = [w.strip(",.") for w in descriptor.split()]
    if not words or any(w[:1].islower() or w.lower() in lexicon.ROLE_WORDS for w in words):
        return False
    return any(not _places(w) for w in words)


def _outlet_name(descriptor: str) -> bool:
    """Whether the title before a name is only a news outlet's name ("CBS News'", "Reuters'").

    A job after the outlet ("Fox News host") makes it a person's title instead.
    """
    text = re.sub(r"(?:'s|’s|'|’)$", "", descriptor.strip(" ,"))
    if not text or not text[:1].isupper():
        return False
    if any(text == name for name in lexicon.OUTLETS):
        return True
    words = text.split()
    return len(words) >= 2 and words[-1].lower() in _OUTLET_HEADS and all(w[:1].isupper() for w in words)


#: What an outlet is, written just before its name ("the daily Haaretz", "state broadcaster CCTV").
_MEDIA_KINDS = frozenset("daily newspaper paper weekly tabloid magazine broadcaster television tv radio "
                         "channel agency outlet website portal".split())


def _media_kind(descriptor: str) -> bool:
    """Whether the words before a name end in the kind of an outlet ("Israeli daily", "news agency")."""
    words = descriptor.strip(" ,").split()
    return bool(words) and words[-1].lower() in _MEDIA_KINDS


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


def describe(
    phrase: str,
    registry: Registry,
    where: tuple[int, int],
    previous: list[Speaker] | None = None,
    *,
    last_person: tuple[Speaker, tuple[int, int]] | None = None,
    skip: Callable[[tuple[int, int]], bool] | None = None,
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
        Speakers of earlier statements, latest last, for "they" and "it".
    last_person
        The person quoted last and where, for "he" and "she" (a person named
        since is preferred).
    skip
        Mentions to pass over for pronouns (those inside quotations).

    Returns
    -------
    Speaker or None
        ``None`` when the phrase is no speaker or a pronoun has no one to refer to.
    """
    read = read_phrase(phrase)
    if read is None:
        return None
    text = read.text
    if read.kind == "pronoun":
        return _pronoun(text.lower(), registry, where, previous or [], last_person, skip)
    if read.kind == "state":
        # a state speaking through its government: "The United States said"
        return Speaker(text, None, _places(text)[0].code, "org")
    words = {w.lower().strip(",.") for w in text.split()}
    outlet = _outlet(text)
    if read.name and read.descriptor and read.descriptor.split()[-1].lower() in _PRESS_JOBS:
        return _named(read, registry, where)  # "said CNN correspondent Ana Ruiz": the journalist speaks
    if outlet or (read.kind in ("media", "org") and words & lexicon.MEDIA_WORDS):
        channel, country = role_and_country(text)
        state_media = bool(words & {"state", "state-run", "official", "state-owned"})
        if outlet:
            country = country or outlet[1][0]
            state_media = state_media or outlet[1][1]
            channel = outlet[0]  # "the New York Times": the outlet's name, not what its state words leave
        return Speaker(text, _media_role(words, state_media), country, "media", channel or text)
    if read.name and _media_kind(read.descriptor):
        # "the Norwegian daily Aftenposten reported": the name after an outlet's kind is the outlet's
        channel = " ".join(read.name)
        kind_words = {w.lower() for w in read.descriptor.split()}
        state_media = bool(kind_words & {"state", "state-run", "state-owned"})
        return Speaker(channel, _media_role(kind_words, state_media), role_and_country(read.descriptor)[1],
                       "media", channel)
    if read.name and _outlet_name(read.descriptor):
        # "CBS News' Ana Ruiz reports": an outlet's reporter tells what the outlet reports; the
        # words quoted are someone else's (often a document's), so the outlet is the source
        channel = read.descriptor.strip(" ,")
        channel = re.sub(r"(?:'s|’s|'|’)$", "", channel)
        outlet = _outlet(channel)
        country = role_and_country(channel)[1] or (outlet[1][0] if outlet else None)
        return Speaker(text, "media", country, "media", channel)
    if read.name and read.definite and read.name[-1].lower() in _PAPER_HEADS and \
            (_proper_title(read.descriptor) or re.fullmatch(r"of\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?",
                                                           read.descriptor.strip())):
        # ("The Guardian of London reported": the paper and its city)
        # "The New York Times reported": "the" before capitalised words with no title among them,
        # ending in a newspaper's word, names a newspaper ("the ambassador Ana Ruiz" has a title;
        # "The Reverend Ana Ruiz" ends in no newspaper's word)
        return Speaker(text, "newspaper", None, "media", text)
    if read.name and read.weak and registry.resolve(list(read.name), where) is None \
            and not _known_by_part(read.name[0]):
        return None  # "Russia's Gazprom said": no one of the article bears the name
    if read.name:
        return _named(read, registry, where)
    role, country = role_and_country(text)
    if read.kind == "description":
        person = registry.described(role, country, where) if read.definite else None
        if person is not None:
            return Speaker(person.name, person.role or role, person.country or country, "person")
        # "a diplomat, speaking under condition of anonymity": someone, but no one's name
        return Speaker(text, role or text, country, "person", named=False)
    if read.kind == "org" and read.definite and country is None and len(text.split()) <= 2:
        # "the office said" after "the prime minister's office said": the institution named before
        head = _bare(text.split()[-1]).lower()
        for sp in reversed(previous or []):
            if sp.kind == "org" and head in {_bare(w).lower() for w in sp.name.split()}:
                return sp
    if read.kind == "org" and country is None and {_bare(w).lower() for w in text.split()} <= _DOCUMENTS:
        return None  # "The statement said": a document whose issuer the words do not name is no speaker
    for name, code in lexicon.INSTITUTIONS.items():
        if name in text:
            country = country or code
    return Speaker(text, role if read.kind == "org" and country else None, country,
                   "group" if read.kind == "group" else "org")


def _named(read: Phrase, registry: Registry, where: tuple[int, int]) -> Speaker:
    names = _name_case(list(read.name))
    person = registry.resolve(names, where)
    if person is None:
        full = " ".join(names) if len(names) > 1 else (_known_by_part(names[0]) or names[0])
        person = Person(full)
        known, known_country = _known_country(full)
        if known:
            person.country = known_country
    role, country = role_and_country(read.descriptor) if read.descriptor else (None, None)
    return Speaker(person.name, role or person.role, country or person.country, "person")


def _pronoun(
    low: str, registry: Registry, where: tuple[int, int], previous: list[Speaker],
    last_person: tuple[Speaker, tuple[int, int]] | None,
    skip: Callable[[tuple[int, int]], bool] | None,
) -> Speaker | None:
    wanted = lexicon.PRONOUNS[low]
    if wanted == "person":
        named, named_at = registry.last_person_before(where, skip)
        if named is not None and (last_person is None or named_at > last_person[1]) \
                and not (last_person and last_person[0].name == named.name):
            return Speaker(named.name, named.role, named.country, "person")
        return last_person[0] if last_person else None
    for sp in reversed(previous):
        if sp.kind == wanted or (wanted == "group" and sp.kind in ("org", "group", "media")) \
                or (wanted == "org" and sp.kind in ("org", "media")):
            return sp
    return None
