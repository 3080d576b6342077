"""Extract stage, vote claims: what an article says about recorded votes, one mention per sentence.

A sentence is a mention when it reports positions ("Russia, China and Cuba
voted against", "India abstained", "vetoed", "blocked"/"stymied" with a
veto or the council), a tally ("41-3", "by 13 votes to 2", "unanimously"),
an adoption or rejection of a resolution by a named body, a decision a named
body took as one ("the Council unanimously decided", "agreed by consensus",
"established by the Council, unanimously"), a precedent (a
"UN-authorized operation", a "no-fly zone") or a resolution number
("resolution 1973"). Each group of members sharing one position is one
mention row; a sentence without positions gives one row.

What a sentence is read for:

- clauses: each position takes the members named since the position before it
  ("A, B and C voted against, while D and E abstained"; "..., with A and B
  voting nay, and C abstaining"), members in parentheses and appositions
  included ("A, B (which have veto power) and non-permanent members C ...");
  objects ("reluctant to oppose Russia"), subjects ("a resolution on Syria")
  and sponsors ("drafted by France") are not voters, nor is a member owning a
  group of others ("Iran's usual supporters such as A and B"); nor are members set apart
  ("Unlike Chile", "other than Peru") or named after "aside from", "apart from",
  "besides", which may mean "except" ("Aside from A and B, C is the only ...")
  unless the clause adds to them ("Besides A, B also voted against"); a nationality word
  with a delegation noun or title is its state ("the Chinese envoy", "Russian
  Ambassador X", "the Iranian, Syrian and North Korean delegations"), and one that
  is also the name is the name in a list of names ("Canada, New Zealand and the
  US"); "it" after a clause break is the member opening the sentence when no other
  is named before it ("The US was isolated when it blocked the text"); "once
  again" is no clause break; a veto named with its owner ("Russia's sixth veto",
  "the veto by Russia") is the owner's alone; groups ("Western powers") stay unnamed;
- negation: a denied position ("did not vote against", "never vetoed") says nothing, and
  keeps its members from the next clause ("A did not vote against, and B abstained": B alone;
  "A did not vote against, but abstained": A);
  so does one that did not happen: a counterfactual ("if they had cast a negative
  vote"), one others wanted ("failed to induce Russia to at least abstain"), a
  group's ("all those who did not take part"), and a "which/who" aside's when
  the sentence states its own ("India, which backed the 2012 text, abstained");
- members after their position ("Among those voting against were A and B",
  "Opponents of the resolution, which also included A, B and C"), a list going
  on past one item read as no state; "the U.S.-drafted text" names a sponsor,
  not a subject; a body the vote sends the matter to ("to have the General
  Assembly take up ...") is not the voting body; a sentence naming no body, in a
  story that has named one, is that body's;
- counts, in digits or words (:data:`~unsc.coverage.annotate.NUMBER`):
  "41-3-2", "by thirteen votes to none", "nine of the Council's 15 members
  voted in favour", a count after its side ("won the approval of 19 nations", "was
  rejected by 16", which is no outcome), "83 countries refrained from voting" (an
  abstention, also for named members), "Seven nations -- including the U.S. -- voted against"
  (asides blanked, :func:`~unsc.coverage.annotate.mask_asides`), "11 'yes' votes",
  "These five are A, B, ..." naming a count of the sentence before, and each count's
  own members after "from" or "by" ("two 'no' votes from A and B, and two abstentions
  by C and D"); a count a text needed ("needed nine votes") or one referring back to a
  group ("the four countries abstained") is no tally;
- roll calls written as lists: a heading paragraph ("Countries that voted
  against:", "**Against (9):**", or a bare line naming no state followed by
  nothing but a list) and its list in the next paragraph (or one item a
  paragraph, or one a line), or inline ("Against (11): A, B, ...");
  list items by name variant (:func:`~unsc.coverage.annotate.read_list`), also
  numbered ("1. Argentina 2. Armenia") or bulleted with dashes ("• YES – A – B").
  The headings and lists of one roll call are one mention;
- members named after a group's position ("Those that abstained were A, B",
  "And those who voted against: A, B", "A and B were among those that voted
  against", "Among those in opposition was A"), a count's members ("Seven
  countries, including A and B, were against", "one vote, from A, against",
  "over opposition from five countries, including A and B"), dissenters ("A and B were the two
  dissenters", "the only one of 47 nations to oppose"), "voting with X" (X's
  stated position, or for the text when X drafted it), and run-on lists whose
  items only a name variant reads ("Antigua-Barbuda", "Papua",
  "Bolivia (Plurinational State of)");
- a sentence telling of votes on two days ("... on October 16 and then ...
  on October 18") is one mention per dated clause;
- counted groups and their names: "together with seven African states (A, B, ...)",
  "two abstentions — the UK and Switzerland —", "33 countries voted for the text, including A
  and B" ("such as", "most notably", "primarily"), "the countries that supported it were 32, and
  include A, B", "two votes against: one was A and the other was B", "A and B were among them" or
  "Among them are A and B" after a sentence giving one count, "with six abstentions -A, B" (a dash
  typed as a hyphen glued to the first name), "The three veto-wielding members had backed ..." after
  a sentence naming three members with one position (those three), "one of the 53 nations that
  abstained" (a count of 53); a member set apart with its own position at the end ("all members
  except A, which abstained");
- "went along with the resolution" is a vote for it (not when the sentence abstains); "the
  Sudanese government rejected the text" is a reaction, no vote; a state's name in scare
  quotes is read, and so is a position word ("changed their position to \"abstain\""); "X said
  it regretted ... but opposed the text" is X's vote; "A and B voted to extend the mandate" is a
  vote for the text; an opening participle's members ("Angered by A's ties with B, C vetoed")
  are no voters;
- more shapes: "A and B were among those to support the text"; a list going on past a word for its
  items' kind ("..., Ethiopia and the Pacific islands of Nauru, Palau and Tonga"); a hyphen typed
  beside a dash ("-–") as one dash; "12-0-3 (A, B, C)" (the list of the one part as long as it);
  "41 countries voted in its favour", "supported by 11 of the 15 members" (not in a sentence citing
  two texts), "22 members out of 47" (22); "These included A, B; C from the region" after a sentence
  with one count; "All four voted yes" (the four actors the sentence before named); a roll call's
  last item "countries such as A, B, and others"; "Voted against A, B and C." (a sentence opening
  with its side); "went along", "the document was supported by A" and "remained neutral" after a
  sentence about the vote in the same paragraph; "got support from its ally A", "won the support
  of A" (not a seat's or a bid's); "the first veto cast by A"; a special rapporteur's mandate
  renewed is the Human Rights Council's; the second of two bodies a report goes to is no actor.

Columns of the ``mentions`` table (key ``mention_id, decision_id``):

``mention_id``   ``<article slug>:m<n>``.
``article``      the article's key (its URL, else its file).
``source``       outlet and URL.
``paragraph``    1-based paragraph.
``kind``         ``vote``, ``veto`` or ``precedent``.
``body``         ``SC``, ``HRC``, ``GA`` as named ("the 47-member Human Rights
                 Council"), referred back to ("the council"), or implied (a veto
                 or a "UN-authorized operation" is the Security Council).
``date``         the day, when the text gives one ("On Friday" → the Friday
                 on or before the article's date).
``date_from``, ``date_to``  the window the text allows ("In 2011"); an
                 undated mention is anything up to the article's date.
``date_text``    the words the date was read from.
``members``      codes of the members named with this position (``CHN;CUB;RUS``).
``position``     ``yes``, ``no``, ``abstain``, ``absent`` (also "declined to vote", "did not take
                 part", "were not present during the vote") or ``veto``.
``others``       the clause says members it does not name took that position too ("the
                 United States and five European countries opposing", "among those
                 voting against were", "including"): the names are not all of them.
``permanent``    the sentence speaks of permanent members.
``committee``    the vote told of is one of the Assembly's Main Committees' ("the Third
                 Committee voted ..."), not the plenary's.
``outside``      the voting body outside the UN's three whose vote the sentence tells of
                 ("the IAEA Board of Governors passed it 19-3", "the OAS adopted ..."; then
                 "the board" and sentences naming no body just after): no UN record holds it.
``permanent_members`` the states it calls permanent members, each named with the phrase
                 ("permanent member China", "Russia, a permanent member"), ``;``-joined.
``size``         the body's size as written ("47-member").
``tally``        ``yes-no-abstain`` as written (``41-3-2``; ``?`` for a part not given).
``unanimous``    the text says the vote was unanimous.
``outcome``      ``adopted``, ``vetoed`` or ``failed`` as the text says.
``subjects``     places and states the decision is about (``Houla;Syria``).
``topics``       their codes (``SYR``).
``cited``        resolution numbers or symbols written in the text.
``cited_before`` the one text the sentence before (in the paragraph, or ending the one before)
                 cites as its subject, when this sentence, undated and citing none, speaks of
                 "the resolution" or "the draft": "The first, resolution S/10784, expressed concern.
                 The US was the only country to veto the resolution."
``plural``       the text refers to several decisions ("have stymied efforts").
``evidence``     the sentence (the clause, the headings and lists of a roll call).
``decision_id``  the decision it is linked to (see :mod:`unsc.coverage.link`).
``score``        how well that decision fits, 0 to 1 (see :func:`link`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

import numpy as np
import pandas as pd

from unsc.coverage import lexicon
from unsc.coverage.annotate import (
    NUMBER,
    DateExpr,
    find_countries,
    find_dates,
    mask_asides,
    members_in_item,
    number_value,
    read_list,
    sentences,
    short_name,
)
from unsc.coverage.article import Article
from unsc.coverage.link import COMMISSION, _split
from unsc.coverage.people import Registry, people_in
from unsc.coverage.statements import quoted_spans

MENTION_COLUMNS: dict[str, object] = {
    "mention_id": "string",
    "article": "string",
    "source": "string",
    "paragraph": "Int64",
    "kind": "string",
    "body": "string",
    "date": "datetime64[ns]",
    "date_from": "datetime64[ns]",
    "date_to": "datetime64[ns]",
    "date_text": "string",
    "members": "string",
    "position": "string",
    "others": "bool",
    "permanent": "bool",
    "permanent_members": "string",
    "committee": "bool",
    "outside": "string",
    "size": "Int64",
    "tally": "string",
    "unanimous": "bool",
    "outcome": "string",
    "subjects": "string",
    "topics": "string",
    "cited": "string",
    "cited_before": "string",
    "plural": "bool",
    "evidence": "string",
    "decision_id": "string",
    "score": "float64",
    "status": "string",
    "reason": "string",
}

_NUM = NUMBER
#: "voted on Thursday against", "voted again in favour": a day or an adverb between the verb and the side.
_WHEN = (r"(?:(?:(?:on|last|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|"
         r"yesterday|again|also|overwhelmingly|unanimously)\s+")
_POSITIONS: list[tuple[str, str]] = [
    # "voted \"no,\"": the answer may be quoted; "voted in the negative" is no
    # (not "voting against its will": an idiom, no side taken)
    # ("Russia and Bolivia voted down the draft": members voting it down voted against)
    ("no", r"vot(?:ed|ing)\s+down(?=\s+(?:the|a|this|that|its)\s+(?:[\w-]+\s+){0,3}?(?:draft|resolution|text|"
           r"proposal|motion|amendment)s?\b)|"
           r"vot(?:ed|es|ing|e)\s+(?:" + _WHEN + r")?(?:[\"“‘'«]?against"
           r"(?!\s+(?:its|their|his|her|our|the)\s+(?:own\s+)?(?:will|wishes|interests?)\b)|"
           r"[\"“‘']?(?:no|nay)|in\s+the\s+negative)|"
           # "cast a negative vote", "cast the lone 'no' vote", "was the only no vote"
           r"(?:cast\s+(?:a\s+|the\s+|their\s+|its\s+)?|(?:only|lone|sole)\s+)(?:(?:only|lone|sole)\s+)?"
           r"[\"“‘']?(?:no|negative)[\"”’']?\s+(?:votes?|ballots?)|opposed|opposing|rejected|"
           # a report's present tense: "12 members support the text, A and B oppose it, and C abstains"
           # (not "to oppose it", a plan)
           r"(?<!\bto\s)oppose(?=\s+(?:it|the\s+(?:resolution|draft|text|measure))\b)|"
           # "A and B were the two dissenters", "the lone dissenting vote", "the only one of the 47
           # nations to oppose the motion" (to oppose alone is a plan or a wish: "pledged to oppose")
           r"dissent(?:ed|ers?|ing\s+votes?)|(?:only|sole|lone)\s+(?:[\w-]+\s+){0,5}?to\s+oppose|"
           r"(?:^\W*|\bthose\s+|(?:;|\bwhile|\bwhereas)\s+)against(?=\s+(?:were|was|included|include)\b)|"
           # "The no votes were: A and B" (as "The yes votes were")
           r"(?<![\w-])no\s+votes(?=\s+(?:were|came\s+from|included)\b)|"
           # "Among those in opposition was the US": the members named after
           r"\bthose\s+in\s+opposition(?=\s+(?:were|was|included|include)\b)|"
           # "with A joining B and C in the opposition": the side joined (only after "join", see _groups)
           r"(?<=\sin\s)(?:the\s+)?opposition(?=\s*(?:[.;,]|$))|"
           # "A, B and C were among those against it": the members named before
           r"(?<=\bamong\s)those\s+against(?=\s+(?:it|the\s+(?:[\w-]+\s+){0,3}?(?:resolution|draft|text|"
           r"motion|measure)s?)\b|\s*[.;]|\s*$)|"
           # "Seven countries, including A and B, were against.": read only after a count (see _groups)
           r"(?:were|was)\s+against(?=\s*(?:[.;]|$))|"
           # "A and B were among those to oppose the text" (as "among those to support" for a yes)
           r"(?<=\bamong\s)those\s+to\s+(?:oppose|reject|vote\s+against)\b|"
           # "The votes of A, B and C were negative." (the sentence opens with whose votes they were)
           r"(?<=\bwere\s)negative(?=\s*(?:[.;]|$))"),
    # 'voted "for"', 'voted "against"': the side may be quoted; "voted in the affirmative" is yes
    ("yes", r"vot(?:ed|es|ing|e)\s+(?:" + _WHEN
            + r")?(?:[\"“‘'«]?for|[\"“‘']?yes|in\s+the\s+affirmative|"
              r"[\"“‘'«]?in\s+(?:its\s+|their\s+)?favou?r(?:\s+of)?|"
              r"in\s+support(?:\s+of)?)|"
            r"backed|"
            # "A and B voted to extend the mandate": a vote for the text doing so (not "to reject it")
            r"vot(?:ed|ing|e)\s+(?:" + _WHEN + r")?to\s+(?:extend|renew|prolong|establish|create|set\s+up)\b|"
            # "Eighteen including A and B voted to support it": the text as the object
            r"vot(?:ed|ing|e)\s+to\s+(?:support|back|endorse)(?=\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:resolution|"
            r"draft|text|measure|motion|proposal))\b)|"
            # "those voting to recommend it included A and B": members voting for the text's aim, named
            # after it ("the other 13 voted to approve the draft" names none: "Beyond Russia" is not one)
            r"those\s+vot(?:ed|ing)\s+to\s+(?:recommend|approve|adopt|endorse|pass)\s+(?:it|the\s+\w+)|"
            r"supported|supporting|endorsed|"
            # "Russia only got support from its ally China": those it got the support of voted for it
            r"(?:won|received|got|gained|drew|secured|garnered|obtained)\s+(?:the\s+)?(?:support|backing)"
            r"(?=\s+(?:of|from)\s)|"
            # "Russia went along with the resolution", "Even Syria went along": it voted for it
            r"went\s+along(?=\s+with\s+(?:the|this|that|a|an)\s+(?:[\w.'’-]+\s+){0,3}?"
            r"(?:resolution|draft|text|measure|motion)s?\b|\s*[.;]|\s*$)|"
            # "The yes votes were: A, B and C": the votes' answer, its members after
            r"(?<![\w-])yes\s+votes(?=\s+(?:were|came\s+from|included)\b)|"
            # "In favour were A and B", "Those in favour included C": a roll call written as a sentence
            r"(?:^\W*|\bthose\s+|(?:;|\bwhile|\bwhereas)\s+)in\s+favou?r(?=\s+(?:were|was|included|include)\b)|"
            # "A and B were among those in favour of it"
            r"(?<=\bamong\s)those\s+in\s+favou?r(?=\s+of\s+(?:it|the\s+(?:[\w-]+\s+){0,3}?(?:resolution|draft|"
            r"text|motion|measure)s?)\b|\s*[.;]|\s*$)|"
            # "A and B were among those to support the text": the infinitive after "among those" tells
            # what they did, not what they meant to do
            r"(?<=\bamong\s)those\s+to\s+(?:support|back|endorse|vote\s+(?:for|in\s+favou?r\s+of))\b"),
    # "83 countries refrained from voting": the Assembly's word for an abstention (not "urged to refrain")
    ("abstain", r"abstain(?:ed|ing|s|ers?)?|abstentions?|refrain(?:ed|ing)\s+from\s+(?:voting|the\s+vote)|"
                # "32 countries including Pakistan remained neutral.": an abstention, said so only of a
                # vote (see _groups: the sentence or the one before speaks of it)
                r"remain(?:ed|s)?\s+neutral(?=\s*(?:[.;,]|$)|\s+(?:in|during|on)\s+the\s+(?:vote|ballot|"
                r"resolution|draft|text)\b)"),
    # "the US was the only country to veto the resolution" (as "the only one to oppose it")
    # ("Again, the US was the only veto": the one member that vetoed)
    ("veto", r"(?:only|sole|lone)\s+(?:[\w-]+\s+){0,5}?to\s+veto\b|"
             r"(?<=\bthe\s)(?:only|sole|lone)\s+veto(?=\s*[.;,]|\s*$|\s+(?:cast|against|on)\b)|"
             r"vetoe?(?:d|s|ing)?|blocked|blocking|stymied|thwarted|torpedoed|"
             # a timeline's present tense, "on October 4, 2011 block a proposed UN resolution" (see
             # _VETO_ACT: only with a year told, never after "to" or a condition)
             r"(?<!\bto\s)block(?=\s+(?:a|an|the)\s+(?:[\w\"“”'’-]+\s+){0,4}?(?:resolution|draft|text|"
             r"proposal)\b)"),
    ("absent", r"(?:was|were)\s+absent|"
               r"did\s+not\s+(?:vote(?!\s+(?:against|for|in\s+favou?r|yes|no|to)\b)|"
               r"take\s+part|participate)|not\s+participating|took\s+no\s+part|"
               # "Britain, France and three others declined to vote", "were not present during the vote"
               r"(?:declin|refus)(?:ed|es|ing)\s+to\s+(?:vote|take\s+part)|"
               # "chose not to vote", "opted not to take part in the vote"
               r"(?:chose|opted|elected)\s+not\s+to\s+(?:vote|take\s+part|participate)|"
               r"(?:was|were)\s+not\s+present\s+(?:for|during|at)\s+the\s+vote|"
               # "with China absent, and the ten elected members": the absolute clause's member took no
               # part (not the side of the main verb); "absent from the vote" likewise
               r"absent(?=\s*(?:[,;.)]|$)|\s+(?:and|but|while)\b|\s+from\s+(?:the\s+)?(?:vote|voting|ballot|"
               r"meeting)\b)"),
]
#: "Opponents of the resolution, which also included A, B and C, said ...": a noun for those who took
#: a position, its members after "included"/"were" (read by _passive_agents).
_NOUN_TAIL = (r"\s+of\s+the\s+(?:[\w.-]+\s+){0,2}?(?:resolution|draft|text|measure),?"
              r"(?:\s+which)?(?:\s+also)?(?=\s+(?:included|were)\b)")
_NOUNS = {"no": "|opponents" + _NOUN_TAIL, "yes": "|supporters" + _NOUN_TAIL}
#: A count and its side with no verb, as tallies are written: "12 in favour, including France",
#: "one against from the US". Only where the count ends its phrase (a comma, a dash, a colon, "from",
#: "and", "with" follows): "one against the draft" is no tally.
#: ("none against" names nobody: no count of members there.)
_COUNTED_SIDES = {side: r"(?<![\d/-])(?!none\b|no\s+one\b)" + _NUM
                  # ("two (A and B) against", "two — A and B — against": the count's members between)
                  + r"(?:\s*\([^()]{1,200}\)|\s+[—–]\s[^—–]{1,200}?\s[—–]|\s+-{1,2}\s[^-]{1,200}?\s-{1,2})?"
                  + r"\s+(?:votes?\s+)?" + words
                  # ("five against — A, B and C —", "five against: A, B": its members in a dashed aside or
                  # after a colon)
                  + r"(?=\s*[,;.):(—–]|\s*$|\s+-{1,2}\s|\s+(?:from|and|with|to|while|including)\b)"
                  for side, words in (("no", "against"), ("yes", r"in\s+favou?r"))}
_POSITIONS = [(name, pattern + _NOUNS.get(name, "") + (
    "|" + _COUNTED_SIDES[name] if name in _COUNTED_SIDES else "")) for name, pattern in _POSITIONS]
_POSITION_RE = re.compile(
    "|".join(f"(?P<{name}>\\b(?:{pattern})\\b)" for name, pattern in _POSITIONS), re.I)
_VOTE_CONTEXT = re.compile(r"\b(?:vot\w*|resolutions?|drafts?|texts?|motions?|measures?|"
                           r"efforts?|ballots?)\b", re.I)
_NEEDS_CONTEXT = {"opposed", "opposing", "rejected", "dissented", "dissenter", "dissenters", "dissenting",
                  "only", "sole", "lone", "backed", "supported", "supporting",
                  "endorsed", "went", "blocked",
                  "blocking", "stymied", "thwarted", "torpedoed"}
_VETO_ACT = re.compile(r"\b(?:vetoed|vetoing|vetoes|the\s+veto\s+(?:(?:cast|issued|exercised)\s+)?by(?=\s)|"
                       # "the first veto cast by the US in six years", "a veto cast by Russia"
                       r"(?:the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                       r"latest|lone|only)|a)\s+veto\s+(?:cast|issued|exercised)\s+by(?=\s)|"
                       r"joined\s+[\w ,]{2,60}?\s+(?:to|in)\s+veto(?:ing)?|"
                       # "the US was the only country to veto the resolution" (a fact told in the past,
                       # not "is likely to be the only one to veto")
                       r"\b(?:was|were)\s+the\s+(?:only|sole|lone)\s+(?:[\w-]+\s+){0,5}?to\s+veto\b|"
                       r"\b(?:was|were)\s+the\s+(?:only|sole|lone)\s+veto(?=\s*[.;,]|\s*$|\s+(?:cast|against|on)\b)|"
                       # "decided to veto", "decided to use its right ... and veto": a decision taken
                       r"decided\s+to\s+(?:[^.;]{0,80}?\s+and\s+)?veto|"
                       # "used its power of veto", "invoked its veto power"; not "has not used
                       # its veto since 1989"
                       r"(?<!\bnot\s)(?<!\bnever\s)(?:cast|used|wielded|exercised|invoked|invokes)\s+(?:\w+\s+)"
                       r"{0,3}(?:(?:power|right)\s+of\s+)?vetoe?s?|"
                       # as translations put it: "put its veto on the draft", "imposed a veto", "applied its
                       # veto to" (not "put the veto threat aside")
                       r"(?<!\bnot\s)(?<!\bnever\s)(?:put|puts|imposed|imposes|applied|applies|"
                       r"placed)\s+(?:its|their|a|the)\s+(?:[\w-]+\s+){0,2}?vetoe?s?\b"
                       r"(?!\s+(?:power|powers|right|rights|threat|threats|privilege)\b)(?!-)|"
                       r"blocked|blocking|stymied|thwarted|torpedoed|"
                       # a timeline's present tense: "Russia and China again veto a resolution on February
                       # 4, 2012", "Russia and China on October 4, 2011 block a proposed UN resolution" (a
                       # text as object: not "veto power", "the veto a right"; "to veto" is an intent)
                       r"(?<!\bto\s)(?<!\bnot\s)(?<!\bn't\s)(?<!\bthe\s)(?<!\ba\s)(?:veto|block)"
                       r"(?=\s+(?:a|an|the)\s+(?:[\w\"“”'’-]+\s+){0,4}?(?:resolution|draft|text|proposal)\b)|"
                       # "Russia's veto killed the draft", "Russia's veto of the text", "after China's veto":
                       # the veto cast, not the right ("Russia's veto power"), a threat ("Russia's veto
                       # would") or a forecast ("Russia's veto was a certainty")
                       r"['’]s\s+veto(?=\s+(?:of|on|against|killed|kills|blocked|blocks|sank|sinks|doomed|"
                       r"scuttled|ended|stopped|prevented)\b)|"
                       r"(?:after|following|despite)\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?[\w.]+['’]s\s+veto(?![\w-])"
                       r"(?!\s+(?:power|powers|right|rights|privilege|threat|threats)\b))", re.I)
#: "secure votes for", "won enough votes for", "lobbied for votes against": "votes" a noun, the votes a
#: member seeks or gets (a seat, a bid), not how it voted itself ("cast their votes for" is a vote).
_VOTES_SOUGHT = re.compile(r"\b(?:secur(?:e|es|ed|ing)|win|wins|winning|won|gain(?:s|ed|ing)?|garner\w*|"
                           r"seek\w*|sought|collect\w*|attract\w*|muster\w*|rally\w*|canvass\w*|court\w*|"
                           r"get|gets|getting|got|lobb\w*\s+for|drum\w*\s+up|enough|more|fewer)\s+"
                           r"(?:(?:enough|more|the|sufficient|needed)\s+)?$", re.I)
_VETO_WORD = re.compile(r"\bveto(?:es|ed|ing|s)?\b", re.I)
_VETO_CONTEXT = re.compile(r"\bveto|Security Council|permanent members?", re.I)


def _veto_context(sent: str, context: _Context) -> bool:
    """Whether a word that can mean a veto ("blocked", "stymied", "vetoed") is one in ``sent``.

    Only the Security Council has a veto: the word says so itself ("veto"), or the
    sentence names the Council or its permanent members, or "the council" it names is
    the Security Council. "The Human Rights Council passed the text, but attempts to
    amend it were blocked" tells of an amendment voted down, no veto.
    """
    if _VETO_CONTEXT.search(sent):
        return True
    named = {b for _, b in _bodies(sent, context)}
    if named:
        return "SC" in named
    if context.last_body in (None, "SC") and 0 <= context.paragraph - context.veto_paragraph <= 2:
        # "Russia has used its veto on Syria many times. ... Russia and China blocked a draft on
        # sanctions": the story of vetoes goes on
        return True
    return bool(re.search(r"\bcouncil\b", sent, re.I)) and context.last_body in (None, "SC")


#: A veto holder named as one: "veto-wielding Russia", "China, a veto-holding member".
_VETO_HOLDER = re.compile(r"\bveto-(?:wielding|holding|yielding)\b", re.I)
_ADOPTED = re.compile(r"\b(?:passed|adopted|approved)\b|"
                      # "the council did unanimously adopt a resolution"
                      r"\bdid\s+(?:\w+ly\s+)?(?:adopt|pass|approve)\b", re.I)
_FAILED = re.compile(r"\b(?:defeated|failed\s+to\s+(?:pass|adopt|win)|voted\s+down|"
                     # "failed to get enough votes", "failed to secure the required number of votes"
                     r"failed\s+to\s+(?:get|secure|garner|receive|obtain|muster|gain|attract|draw)\s+"
                     r"(?:[\w-]+\s+){0,4}?votes\b|"
                     # "was rejected by 16": the count against (:data:`_SIDE_AFTER`), not the outcome
                     rf"(?:was|were)\s+rejected(?!\s+by\s+{_NUM}\b(?!\s+(?:votes?\s+)?to\b))|"
                     r"(?:was|were|is|been)\s+not\s+(?:passed|adopted|approved)|"
                     # "the Council did not approve on Saturday the Russia-drafted resolution"
                     r"(?:did\s+not|didn['’]t|failed\s+to)\s+(?:approve|adopt|pass)|"
                     r"(?:wasn['’]t|weren['’]t)\s+(?:passed|adopted|approved))\b", re.I)
#: "the resolution was not passed", "never adopted": an outcome denied is none of "adopted".
_DENIED = re.compile(r"\b(?:not|never|n['’]t)\s+(?:(?:yet|been|be)\s+)?$", re.I)
#: An outcome someone is working towards, not one that came about: "would try again to get a
#: resolution approved", "hoped to have the text adopted", "sought to pass it".
_INTENT = re.compile(r"\b(?:tr(?:y|ies|ied|ying)|seek\w*|sought|hop(?:e|es|ed|ing)|aim\w*|want\w*|"
                     r"push\w*|work(?:s|ed|ing)?|striv\w*|in\s+order)\s+(?:\w+\s+){0,2}?to\s+"
                     r"(?:[\w-]+\s+){0,5}$", re.I)


#: An outcome word used as an adjective of a text already told of: "similar to the defeated Security
#: Council resolution", "the adopted text": it names the text; the sentence reports no outcome.
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their)\s+(?:(?-i:[a-z]+ly)\s+)?$",
                                 re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!by\b|on\b|in\b|at\b|with\b|after\b|unanimously\b|last\b)"
                                r"(?:[\w.'’-]+\s+){0,3}?(?:resolutions?|drafts?|texts?|motions?|measures?|"
                                r"proposals?)\b", re.I)


def _attributive(sent: str, m: re.Match[str]) -> bool:
    """Whether the outcome word ``m`` is an adjective before a text noun ("the defeated resolution")."""
    return bool(_ATTRIBUTIVE_BEFORE.search(sent[max(0, m.start() - 20): m.start()])
                and _ATTRIBUTIVE_AFTER.match(sent, m.end()))


#: A condition just before an outcome word: "if", "unless" with at most a short subject between.
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|once|until)\s+(?:(?:[\w'’-]+\s+){0,4}?"
                               r"(?:is|was|were|has\s+been|had\s+been|be)\s+)?(?:not\s+)?$", re.I)


#: A count of members as the subject right before a verb: "14 of the 15 members of the UN Security
#: Council", "Thirteen members".
_MEMBERS_DID = re.compile(rf"\b{_NUM}\s+(?:(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:[\w.'’-]+\s+){{0,3}}?)?"
                          r"(?:council\s+)?members\s+(?:of\s+the\s+(?:[\w.'’-]+\s+){0,4}?)?(?:\w+ly\s+)?$",
                          re.I)


def _happened(pattern: re.Pattern[str], sent: str) -> bool:
    """Whether ``sent`` says an outcome ``pattern`` names came about (not would, not was sought)."""
    return any(not _NOT_DONE.search(sent[max(0, m.start() - 60): m.start()])
               and not _attributive(sent, m)
               and not (pattern is _ADOPTED and _DENIED.search(sent[max(0, m.start() - 20): m.start()]))
               # "14 of the 15 members of the Security Council approved the text": members voting for
               # it, not the text adopted (the US then vetoed it)
               and not (pattern is _ADOPTED and _MEMBERS_DID.search(sent[max(0, m.start() - 100): m.start()]))
               and not _INTENT.search(sent[max(0, m.start() - 80): m.start()])
               and not _COUNTERFACTUAL.search(sent[max(0, m.start() - 80): m.start()])
               # "If adopted, the draft would have ...", "flights banned if the flight was not approved
               # by the committee": a condition, not an outcome
               and not _CONDITION_BEFORE.search(sent[max(0, m.start() - 50): m.start()])
               for m in pattern.finditer(sent))


#: A vote told by its noun, as a fact of the story: "with the passage of Resolution 2510", "welcomed the
#: adoption of resolution 2334" (not "called for the adoption of", not "since the passage of" a past one).
_PASSAGE_OF = re.compile(r"\b(?:with|welcom\w*|hail\w*)\s+the\s+(?:passage|adoption)\s+of\s+"
                         r"(?:[\w.]+\s+){0,4}?resolution\s+\d", re.I)


#: "A second draft ... also failed": the outcome of another text in the story just told, whose body
#: is the one named just before (see _mentions_in).
_ALSO_FAILED = re.compile(r"\balso\s+(?:failed(?:\s+to\s+(?:pass|be\s+adopted|win\s+adoption))?|fell|"
                          r"was\s+defeated|went\s+down)\b(?!\s+to\b)", re.I)
#: A text, the subject, that passed: "a motion to extend the mandate for one year passed".
_TEXT_PASSED = re.compile(r"^(?:[\w’'-]+,?\s+){0,4}?(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?"
                          r"(?:resolution|motion|text|draft|document)\b[^.;,]{0,80}?\b"
                          r"(?:passed|was\s+(?:adopted|approved|passed))\b", re.I)
#: A text or a bid, the subject, that failed: "A French bid to impose the ban in 2016 failed to get enough
#: votes", "the draft ... was defeated" (the verb is :data:`_FAILED`'s).
_TEXT_FAILED = re.compile(r"^(?:[\w’'-]+,?\s+){0,4}?(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?"
                          r"(?:resolution|motion|text|draft|bid|attempt|proposal)\b[^.;]{0,120}?"
                          r"\b(?:failed|was\s+defeated|was\s+voted\s+down)\b", re.I)
_RESOLUTION_WORD = re.compile(r"\b(?:resolutions?|drafts?|texts?|motions?|measures?)\b", re.I)
#: A body's size: "the 15-member council", "47 member body"; "143 Member States voted" is a count, not a
#: size, and neither is part of a bigger number ("the 1,500-member force") nor the size of anything but a
#: voting body ("a 12-member panel of experts", "the 27-nation European Union").
_SIZE = re.compile(rf"(?<![\d,.])\b(?P<n>{_NUM})[- ](?:member|nation|country|state|seat)\b"
                   r"(?!\s+(?:states|countries|nations|governments)\b)"
                   r"(?!\s+(?:[\w-]+\s+)?(?:force|forces|mission|contingent|troops|army|team|panel|staff|"
                   r"delegation|commission|committee|group|board|coalition|alliance|bloc|union|league)s?\b)",
                   re.I)
#: "13 of the council's 15 members", "9 of its 15 members": the body's size, given with a count.
_SIZE_OF = re.compile(rf"\b{_NUM}\s+(?:out\s+)?of\s+(?:the\s+|its\s+)(?:[\w.]+['’]s\s+)?(?P<n>{_NUM})"
                      # ("Twelve of the 15 council members": the body's word before its members)
                      r"\s+(?:council\s+|assembly\s+)?members\b", re.I)
_BODY_BY_SIZE = {15: "SC", 11: "SC", 47: "HRC", 193: "GA", 192: "GA", 191: "GA"}
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+)?dissent", re.I)
#: "The less than unanimous vote", "not unanimous", "near-unanimous": no claim of unanimity.
#: What was expected, hoped, sought or needed, not what happened: "diplomats expected the text to
#: get unanimous support", "hoping for a unanimous vote", "would be adopted unanimously", "a
#: statement, which requires the council's unanimous approval".
_UNANIMOUS_HOPED = re.compile(
    r"\b(?:expect\w*|hop(?:e|es|ed|ing)|sought|seek\w*|want\w*|aim\w*|push\w*|lobb\w*|predict\w*|"
    r"anticipat\w*|would|could|should|might|will|likely|wish\w*|intend\w*|plan\w*|"
    r"requir\w*|need\w*|must)\b[^.;,]{0,60}$", re.I)
#: A vote word ("voted", "adopted", "passed", "approved", "approval") ...
_VOTE_WORD = re.compile(r"\bvot|\badopt|\bpass|\bapprov", re.I)
#: ... within this many characters of "unanimous(ly)", so that the word is said of the vote.
_UNANIMOUS_NEAR = 80
_NOT_UNANIMOUS = re.compile(r"(?:less\s+than|not|short\s+of|far\s+from|nearly|almost|virtually|near)[\s-]*$",
                            re.I)
#: A decision a body took as one ("the Council unanimously decided", "the Assembly agreed by
#: consensus", "was set up by the Council, unanimously"): all members for it, or no roll call at
#: all; either way a vote mention (see :func:`_body_decided`).
_AS_ONE = r"(?:unanimously|by\s+consensus|by\s+acclamation|without\s+a\s+vote)"
_DECIDED = (r"(?:decided|adopted|agreed|called|sought|approved|endorsed|established|extended|renewed|"
            r"authori[sz]ed|imposed|set\s+up|voted|passed|recommended|requested|elected)")
_BODY_DECIDED = re.compile(
    rf"^[\w ,’'-]{{0,30}}?(?:(?:has|have|had)\s+)?(?:{_AS_ONE},?\s+{_DECIDED}\b|{_DECIDED}\b[^.;]{{0,80}}?"
    rf"\b{_AS_ONE}\b)", re.I)
_HEDGED = re.compile(r"\b(?:would|could|will|might|may|should|must|expected|likely|not|never|if)\b", re.I)
_BACKREF = re.compile(r"(?:the|this|that)\s+(?:council|assembly)\b", re.I)
_BY_BODY_AS_ONE = re.compile(rf"\b{_DECIDED}\s+by\s+(?:the\s+)?(?:[\w]+\s+){{0,4}}$", re.I)
_TALLY_DASH = re.compile(r"(?<![\d/-])(?P<y>\d{1,3})\s*[-–]\s*(?P<n>\d{1,3})"
                         r"(?:\s*[-–]\s*(?P<a>\d{1,3}))?(?![\d/-]|\s*[-–]?\s*(?:member|nation|"
                         r"country|state|year|day|month|seat))")
#: A dashed tally and a list in parentheses after it: "by 12-0-3 (France, Germany, Syria)".
_TALLY_DASH_LIST = re.compile(r"(?<![\d/-])(?P<y>\d{1,3})\s*[-–]\s*(?P<n>\d{1,3})"
                              r"(?:\s*[-–]\s*(?P<a>\d{1,3}))?\s*\((?P<list>[^()\d]{2,400})\)")
#: The last outcome told before a count: a rejection ("rejected", "voted down", "defeated", "turned
#: down") puts the count against first; an adoption or a veto the count for.
_OUTCOME_VERB = re.compile(r"\b(?:(?P<down>rejected|voted\s+down|defeated|turned\s+down)|adopted|passed|"
                           r"approved|endorsed|carried|vetoe?d|blocked|backed|supported|"
                           r"voted(?!\s+down))\b", re.I)
#: "by 12 votes to 2", "by 136 to 12", "by a vote of 14 to 1", "The vote was 138 to 9", "voted 9 to 2"
#: (a count of years, members or seats is no tally: "from 10 to 15 members").
_TALLY_TO = re.compile(rf"\b(?:by|was|were|voted|(?<=voted\s)down|defeated|"
                       # "voted down the draft 21 to 18", "adopted the resolution 120 to 30"
                       r"(?:adopted|passed|approved|rejected|defeated|(?<=voted\s)down)\s+(?:the|a|an|its)\s+"
                       r"(?:[\w'’-]+\s+){0,3}?(?:draft|text|resolution|motion|amendment|measure)(?=\s+\d)|resulted(?:\s+in)?|vote\s+of|margin\s+of|tally\s+of|with)\s+"
                       rf"(?:a\s+(?:recorded\s+)?(?:vote|margin|tally)\s+of\s+)?(?P<y>{_NUM})\s+(?:votes?\s+)?"
                       # ("approved with 41 votes against three": the count for, then the one against)
                       rf"(?:to|(?<=votes\s)against)\s+(?P<n>{_NUM})\b(?!\s*[-–]?\s*(?:members?|nations|countries|states|years?|days?|"
                       r"months?|seats?|percent|per\s*cent|%))", re.I)
#: Who a count is of: "11", "13 of the 15 members", "21 out of the 47", "Seven nations", "nine of the
#: Council's 15 members", "14 members of the Security Council" (asides are blanked first, see mask_asides).
#: A subgroup is no count of the vote: "two permanent members voted against", "three African states".
_SUBGROUP = (r"(?:permanent|non-?permanent|elected|western|european|african|arab|asian|latin|nordic|eu|"
             r"nato|gulf|muslim|islamic|developing|rotating|veto-\w+)\b")
_COUNT = (rf"\b(?<!out\sof\s)(?P<v>{_NUM})(?![-–])"
          rf"(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:[\w.]+['’]s\s+)?{_NUM}"
          r"(?:[- ](?:member|nation|seat)\s+(?:council|body|assembly))?)?"
          r"(?:\s+(?:other|remaining|more))?"
          # ("14 other Security Council members": two words of the body's name before the noun)
          rf"(?:\s+(?:(?!{_SUBGROUP})[\w-]+\s+){{0,2}}(?:member\s+states|members?|countries|states|nations|"
          r"delegations|votes?))?"
          # "22 members out of 47 voted in favour": the share after its noun (47 is the body, no count)
          rf"(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?{_NUM})?"
          r"(?:\s+of\s+the(?:\s+[\w.'’-]+){1,4}?)?"
          # "Eleven countries, among them A and B, opposed it": some of the count's members, named
          r"(?:,\s+(?:including|among\s+(?:them|whom|which)|notably|such\s+as)\s+[^;()]{1,120}?,)?\s+"
          # "There were seven who refrained from voting": the count's own clause
          r"(?:(?:who|that)\s+)?")
#: When, between "voted" and its side: "Nine countries voted late Tuesday in favour", "voted on Monday
#: against".
_WHEN_VOTED = (r"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|"
               r"today)(?:\s+(?:night|morning|evening|afternoon))?\s+")
_TALLY_PARTS = {
    # "11 "yes" votes", "two negative votes": the answer, perhaps quoted, as the votes' adjective
    # ("41 countries voted in its favour": the text's favour, as the position's words read it)
    "y": re.compile(_COUNT + r"(?:(?:(?:voted|voting|vote)\s+(?:" + _WHEN_VOTED + r")?)?"
                    r"(?:in\s+(?:(?<=voted\sin\s)its\s+)?favou?r|"
                    r"yes)\b|"
                    r"[\"“‘']?(?:yes|affirmative|concurring)[\"”’']?\s+votes?\b|"
                    # "141 votes were cast in favour of a resolution"
                    r"(?:(?:were|was)\s+)?cast\s+(?:in\s+favou?r|for)\b|"
                    r"(?:voted|voting)\s+[\"“‘']?(?:for|to\s+support|in\s+support\s+of)\b|"
                    r"for\b(?!\s+(?:a|an|the|their|its|his|her)\b)|"
                    # "13 for the ceasefire, the US against": the text (or its aim) after "for the"
                    r"for\s+the\s+(?:[\w-]+\s+)?(?:resolution|draft|text|measure|motion|proposal|ceasefire|"
                    r"cease-fire)\b(?=\s*,)|"
                    # "120 nations backed the text": the count's stance on the text is its vote
                    r"(?:backed|supported)(?=\s+(?:it|the\s+(?:resolution|draft|text|measure|motion))\b))",
                    re.I),
    "n": re.compile(_COUNT + r"(?:(?:(?:voted|voting|vote)\s+(?:" + _WHEN_VOTED + r")?)?[\"“‘']?against\b|"
                    r"(?:voted|voting)\s+(?:no|nay)\b|"
                    r"[\"“‘']?(?:no|nay|negative|contrary)[\"”’']?\s+votes?\b|"
                    r"(?:(?:were|was)\s+)?cast\s+against\b|"
                    r"opposed(?=\s+(?:it|the\s+(?:resolution|draft|text|measure|motion))\b|\s*[,;.]|\s+and\b))",
                    re.I),
    "a": re.compile(_COUNT + r"(?:abstentions?\b|(?:(?:voted|chose)\s+to\s+)?abstain(?:ed|ing)?\b|"
                    r"refrained\s+from\s+(?:voting|the\s+vote)\b)", re.I),
}
_CITED = re.compile(
    r"\b(?P<sym>S/RES/\d+\s*\(\d{4}\)|S/\d{4}/\d+|A/RES/[\w-]+/\d+|A/HRC/RES/[\w-]+/\d+"
    # the Council's drafts before 1994 ("S/10784", "S/14832/Rev.1")
    r"|S/(?:\d{5}|(?!19\d\d|20\d\d)\d{4})(?:/Rev\.\d+)?(?![/\d])"
    # draft symbols of the Assembly and the Council ("A/HRC/51/L.6", "A/ES-11/L.5")
    r"|A/(?:HRC/)?(?:ES-|S-)?\d{1,2}/L\.\d+(?:/Rev\.\d+)?)"
    # "resolution 60/251", "The next resolution (71/205)": a session's number, perhaps in parentheses
    # ("Resolution No. 1441", "resolution number 60/251", "Resolution #2334": the same numbers)
    r"|\b[Rr]esolution\s+(?:(?:No|Nr|Num)\.?\s*|number\s+|#\s*)?\(?(?P<session>(?:ES-|S-)?\d{1,2})/(?P<n>\d{1,3})\b"
    # "resolution 2216 (2015)", "Resolution (2216)": a Council number, perhaps in parentheses itself
    # (not one that reads as a year: "the resolution (2015)")
    r"|\b[Rr]esolution\s+(?:(?:No|Nr|Num)\.?\s*|number\s+|#\s*)?(?:(?P<num>\d{2,4})(?![\d/])(?:\s*\((?P<year>\d{4})\))?"
    r"|\((?!(?:19[4-9]|20[0-4])\d\))(?P<pnum>\d{2,4})\))"
)
#: A count of earlier texts by a pronoun: "three previous ones", "several earlier ones".
_SEVERAL_ONES = (r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|numerous)\s+"
                 r"(?:(?:previous|earlier|prior|past|other|similar)\s+)?ones")
_PLURAL = re.compile(
    # "efforts" counts only as several attempts: "two Western efforts", not "global efforts to end it"
    r"\b(?:vetoes|resolutions|drafts|(?:two|three|four|five|several|previous|earlier|past|repeated)\s+"
    r"(?:[\w-]+\s+)?efforts|repeatedly|twice|three times|"
    r"four times|several times|multiple|each time|every time|(?:for|on)\s+each\s+of|"
    # "has cast a veto 76 times", "vetoed five times"
    r"(?:\d{1,3}|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+times|"
    # "it had vetoed three previous ones", "to block measures that its ally opposes"
    + _SEVERAL_ONES + r"|(?:block|blocking|blocked|veto|vetoing|vetoed)\s+measures|"
    # "used its veto power with more restraint", "wields its veto sparingly": how often, not one vote
    r"(?:used|uses|use|wielded|wields|exercised|exercises)\s+(?:its|their|the)\s+veto(?:\s+(?:power|right))?"
    r"\s+(?:more|less|most|sparingly|frequently|often|rarely|seldom|freely|with\s+(?:more|less|greater|some))"
    r")\b", re.I)
#: Earlier texts a decision recalls: "set out in previous resolutions", "its earlier resolutions".
_RECALLED_TEXTS = re.compile(r"\b(?:previous|earlier|past|prior|preceding|relevant|its|all\s+its)\s+"
                             r"(?:(?:own|previous|earlier|relevant)\s+)?resolutions\b", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:have|has)\s+(?:\w+\s+)?(?:vetoed|blocked|stymied|thwarted)\b|"
                              # "has long used its veto power to ...": a habit, not one vote
                              r"\b(?:have|has)\s+(?:long|often|frequently|repeatedly|regularly)\s+"
                              r"(?:used|wielded|exercised)\s+(?:its|their)\s+veto", re.I)
_SUBJECT_BEFORE = re.compile(
    r"\b(?:condemning|condemn|condemned|on|against|about|over|in|to|for|criticizing|"
    r"criticising|concerning|targeting|toward|towards|into|of|oust|topple|remove|removal of|"
    r"regarding|upgrad(?:e|es|ed|ing)|admit(?:s|ted|ting)?|recogni[sz](?:e|es|ed|ing)|suspend(?:s|ed|ing)?|"
    # "in war-torn Yemen", "on conflict-hit Sudan": a hyphenated epithet between the word and the state
    r"expel(?:s|led|ling)?)\s+(?:the\s+)?(?:(?-i:[a-z]+(?:-[a-z]+)+)\s+)?$|"
    # "the status of the observer State of Palestine": what a text grants or settles for a state
    r"\b(?:status|membership|admission|rights|situation|question|occupation|independence|sovereignty|"
    r"recognition)\s+(?:of|for)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}$|"
    # "condemning abuses by Ruritania's army", "the invasion of Ruritania": the state whose acts the
    # text is about, not a voter
    r"\b(?:abuses|violations|crimes|atrocities|attacks|killings|violence|aggression|repression|invasion|"
    r"annexation|bombing|bombardment|shelling|strikes|conduct|actions|excesses)\s+"
    r"(?:(?:committed|perpetrated|carried\s+out)\s+)?(?:by|of)\s+(?:the\s+)?$|"
    # "a resolution to make Peru a state", "a draft that would have given Chile a seat": the state the
    # text's own verb acts on is what the text is about (the verb is lower case: no "to which", no name)
    r"\b(?:resolutions?|drafts?|texts?|measures?|motions?|bids?|proposals?)\s+"
    r"(?:to|that\s+would(?:\s+have)?|which\s+would(?:\s+have)?)\s+(?!which\b|whom\b)(?-i:[a-z]+)\s+"
    r"(?:the\s+)?$|"
    # "the withdrawal of Soviet troops from Iran": the state the troops are to leave ("troops from
    # Kenya" alone names a contributor, not what the text is about)
    r"\b(?:withdraw\w*|pull(?:s|ed|ing)?(?:\s+out)?|pull-?out|removal|evacuat\w*|expulsion)\s+(?:of\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:troops|forces|soldiers|personnel|contingents?)\s+from\s+(?:the\s+)?$", re.I)
#: After a body's name, the body voting for a text: "voted in support of a resolution on Crimea".
_BODY_FOR_TEXT = re.compile(r"\s+(?:(?:\w+ly|on\s+\w+day)\s+)?voted\s+in\s+(?:support|favou?r)\s+of\s+"
                            r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:resolution|text|draft)\b", re.I)
#: The body named as the venue of what the sentence tells: "at a General Assembly meeting".
_VENUE_BEFORE = re.compile(r"\b(?:at|before)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: A state said to be outside the body: "which is not a member of the council", "a non-member".
_NOT_MEMBER = re.compile(r"\b(?:is|was|are|were)\s+not\s+(?:a\s+)?members?\b|"
                         r"\bnon-?members?\b(?!\s+observer)", re.I)
#: "the objections of Saudi Arabia", "at the request of France": the state after "of" is who objected or
#: asked, not what the text is about.
_AGENT_OF = re.compile(r"\b(?:objections?|opposition|protests?|support|backing|request|behalf|insistence|"
                       r"urging|pressure|lobbying|initiative|efforts?)\s+of\s+(?:the\s+)?$", re.I)
_PERMANENT = re.compile(r"(?<!non-)(?<!non )\bpermanent\s+(?:members?|five|council\s+members?)\b|\bP5\b",
                        re.I)
#: A vote in one of the Assembly's Main Committees, which no source here holds (the tables hold
#: plenary votes); the plenary adopting or endorsing a committee's text is the Assembly's vote.
_COMMITTEE = re.compile(r"\b(?:First|Second|Third|Fourth|Fifth|Sixth|Main|Special\s+Political\s+and\s+"
                        r"Decoloni[sz]ation)\s+Committee\b|"
                        # "the General Assembly's disarmament and international security committee",
                        # "a General Assembly committee": a committee named by its remit
                        r"\bGeneral\s+Assembly(?:['’]s)?\s+(?:(?:disarmament|international|security|human|"
                        r"rights|social|humanitarian|cultural|legal|economic|financial|budgetary|"
                        r"administrative|political|special|decoloni[sz]ation|and|,)\s*){0,6}committee\b",
                        re.I)
_PLENARY = re.compile(r"\bplenary\b|\bendors\w*|\bfull\s+(?:General\s+)?Assembly\b|"
                      r"\b(?:the\s+)?Assembly\s+(?:itself|then|later)\b", re.I)
#: Voting bodies outside the Security Council, the General Assembly and the Human Rights Council,
#: whose votes no table here holds (the agency boards, assemblies and parliaments that news of UN
#: matters tells of): "the IAEA Board of Governors passed it 19-3", "the OAS Permanent Council
#: approved", "UNESCO's executive board adopted", "the European Parliament adopted by 369 votes".
_OUTSIDE_BODY = re.compile(r"\b(?:International\s+Atomic\s+Energy\s+Agency|(?-i:IAEA)|nuclear\s+watchdog|"
                           r"Board\s+of\s+Governors|(?-i:UNESCO)|World\s+Heritage\s+Committee|"
                           r"World\s+Health\s+(?:Assembly|Organi[sz]ation)|(?-i:WHA|WHO)|"
                           r"Organi[sz]ation\s+of\s+American\s+States|(?-i:OAS)|European\s+Parliament|"
                           r"(?-i:MEPs))\b", re.I)
#: The same body referred back to a sentence or two on: "the board", "the 35-nation board", "the agency".
_OUTSIDE_BACKREF = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:board|agency|watchdog|organi[sz]ation)\b", re.I)
#: What joins the states a "permanent member(s)" phrase names: "permanent members China and Russia".
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$", re.I)
#: Between a state and the phrase in apposition after it: "China, a permanent member",
#: "Russia and China, both veto-wielding permanent members", "Russia (a permanent member)".
_PERMANENT_APPOSITION = re.compile(
    r"^\s*[,(]\s*(?:which\s+(?:is|are)\s+|who\s+(?:is|are)\s+)?(?:a|an|one|the|both|two|three|all)?\s*"
    r"(?:of\s+the\s+)?(?:(?:five|council['’]s|security\s+council['’]?s?|veto-(?:wielding|holding))\s+)*$",
    re.I)
#: "moved from abstaining to voting against", "switched its vote from yes to no": the position
#: left behind is an earlier vote's, not this one's.
_CHANGED_FROM = re.compile(r"\b(?:mov|switch|shift|chang|swung|swing|went|turn)\w*\s+"
                           r"(?:(?:its|their|his|her)\s+(?:votes?|positions?|stances?)\s+)?"
                           r"from\s+(?:(?!to\b)\w+\s+){0,2}$|"
                           # "changed their abstention to a vote against": the old vote, named as theirs
                           r"\b(?:chang|switch|shift|turn)\w*\s+(?:its|their|his|her)\s+(?:earlier\s+|previous\s+)?$",
                           re.I)
#: "In addition to Russia, Bolivia voted against": the member named first shares the position.
_ALSO_BEFORE = re.compile(r"\b(?:in\s+addition\s+to|besides|beyond|apart\s+from|along\s+with|"
                          r"together\s+with|like)\s+(?:the\s+)?$", re.I)
#: "the southern African nation of Mozambique joined Russia": the state itself, named after its kind
#: (not "the people of", "the situation of": what a text is about); "the abstentions of" names voters.
_NATION_OF = re.compile(r"\b(?:nation|country|state|kingdom|republic|emirate|island)s?\s+of\s+$|"
                        r"\babstentions?\s+of\s+(?:the\s+)?$|"  # "the abstentions of China and Peru"
                        # "Delegations of Armenia and Chile abstained": a state's delegates vote for it
                        r"\b(?:delegations?|representatives|delegates|governments?)\s+of\s+(?:the\s+)?$|"
                        # "The votes of A, B and C were negative": whose votes the sentence gives
                        r"^\W*(?:the\s+)?votes?\s+of\s+(?:the\s+)?$", re.I)
#: A sentence opening with whose votes it gives: "The votes of A, B and C were negative".
_VOTES_OF_OPENING = re.compile(r"\W*(?:the\s+)?votes?\s+of\s", re.I)
#: "drafted by France and Britain": sponsors, not voters (the member lists after "by").
#: An adverb may come before "by" ("penned jointly by"); the list ends with its "and" item: in
#: "written by the US and Ecuador, Russia and China abstained" Russia is no sponsor.
_SPONSOR_BEFORE = re.compile(r"\b(?:drafted|sponsored|co-sponsored|proposed|penned|put\s+forward|submitted|"
                             r"tabled|authored|introduced|circulated|presented|drawn\s+up|championed|written|"
                             r"prepared|crafted|advanced|(?:^|(?<=[,(—–-]\s))(?:[Bb]acked|[Ss]upported|[Ll]ed)|"
                             # "the proposal by Albania had received 107 votes": its mover, no voter
                             r"(?:proposal|motion|initiative|request)s?)"
                             r"(?:\s+[a-z]+ly)?\s+by\s+(?:the\s+)?(?:[A-Z][\w.]*(?:,\s+(?:the\s+)?|\s+))*?"
                             r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,?\s+and\s+(?:the\s+)?)?$")
#: Sentences about how voting works or what might have been, not about a vote:
#: "a veto by any of the five permanent members means ...", "Had the draft been adopted, ...".
_GENERIC = re.compile(
    r"\b(?:any|one)\s+of\s+the\s+(?:\w+['’]s\s+)?(?:five\s+)?permanent\s+members\b|"
    r"\bcannot\s+be\s+(?:adopted|passed)\b|"
    # "a resolution can be adopted by the council if nine members back it": the rule, not a vote
    r"\b(?:can|could|may)\s+(?:only\s+)?be\s+(?:adopted|passed|approved)\b|"
    # "Chapter 7 allows the council to authorize ...": what the Charter lets the Council do
    r"\b(?:allows?|permits?|enables?|empowers?)\s+(?:the\s+)?(?:council|assembly|body|it)\s+to\b|"
    r"\b(?:can|could|may|might)\s+authori[sz]e\b|\b(?:needs?|requires?|must\s+(?:get|win|receive|have))\s+"
    r"(?:at\s+least\s+|a\s+minimum\s+of\s+|a\s+majority\s+of\s+)?\w+\s+(?:yes\s+|affirmative\s+)?votes\b|^\W*Had\s+the\b|\bwould\s+have\s+been\s+"
    r"(?:adopted|passed|approved|vetoed)\b|\bif\s+(?:it|the\s+\w+)\s+(?:is|was|were)\s+"
    r"(?:adopted|passed|vetoed)\b", re.I)
#: A dateline with the filing date: "New York, 18 October 2023 (TDI): ", "GENEVA, May 3 -- ".
_DATED_LINE = re.compile(r"^[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,3},\s+[\w ,.]{3,25}?\d[\w ,.]{0,20}?\s*"
                         r"(?:\([\w ]+\))?\s*(?:—|–|--|:)\s+")
#: A dateline opening a paragraph ("UNITED NATIONS, United States --", "New Delhi:"):
#: the places in it are where the story was filed, not voters.
_DATELINE = re.compile(r"^(?:[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,4})\s*(?:\([\w .]+\)\s*){0,2}"
                       r"(?:—|–|--|-|:)\s+|"
                       # "Geneva, Switzerland–Twenty members ...": a city and its country, the dash glued
                       r"^[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?,\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?[—–](?=[A-Z])|"
                       # "Amman, The UN Security Council on Friday ...": a city and a comma, then the
                       # sentence's capitalised "The"
                       r"^[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?,\s+(?=The\s)")

#: Words before a vote or veto verb that make it a threat, a plan or a hope, not a vote.
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|might|may|shall|'ll|threaten(?:s|ed|ing)?\s+to|vow(?:s|ed)?\s+to|"
    r"promis(?:es|ed)\s+to|likely\s+to|expected\s+to|set\s+to|ready\s+to|prepared\s+to|"
    r"plans?\s+to|planned\s+to|intends?\s+to|going\s+to|about\s+to|not\s+to|"
    r"refus(?:e|es|ed)\s+to|unwilling(?:ness)?\s+to|reluctan(?:t|ce)\s+to|call(?:s|ed)?\s+for\s+a)\s+(?:(?:\w+ly|not|be|have|also|again|well|still|even)\s+){0,3}"
    # "none of them could exercise their vetoes", "would use its veto": the power, not a veto cast
    r"(?:(?:exercise|use|cast|wield)\s+(?:its|their|his|her|a|the)\s+(?:own\s+)?)?$",
    re.I)
#: A gloss on what was just said: ", meaning they refused to vote", ", which means ...", ", i.e. ...".
_GLOSS = re.compile(r",\s+(?:meaning|which\s+mean[st]?|which\s+meant|in\s+effect|that\s+is(?:\s+to\s+say)?,?|"
                    r"i\.\s?e\.,?)\s[^;:.]*$", re.I)
#: A vote someone was told, asked or urged to cast ("directed its envoy to vote against", "urged that
#: the country abstain"), which says nothing of the vote cast.
_BIDDEN = re.compile(r"\b(?:directed|instructed|ordered|asked|urged|told|advised|called\s+on|pressed|"
                     r"pressured|lobbied|encouraged|persuaded)\s+(?!(?:it|them|him|her)\s+to\s+\w+ly\b)"
                     r"(?:[^.;:\"“”]|\.(?=\S)|(?<=\b[A-Z])\.){1,70}?\bto\s+(?:\w+ly\s+)?(?:vote\s+(?:\w+ly\s+)?)?$|"
                     r"\b(?:favou?red|recommended|proposed|suggested|urged|demanded|insisted|asked|requested)"
                     r"\s+that\s+[^.;:\"“”]{1,50}?\s$", re.I)
#: The second of two acts not done: "their unwillingness to support the draft, or abstain".
_NOT_DONE_EITHER = re.compile(r"\b(?:unwilling(?:ness)?|reluctan(?:t|ce)|refus(?:al|e|es|ed)|"
                              r"declin(?:e|es|ed))\s+to\s+[^.;]{1,50}?,?\s+(?:or|nor)\s+(?:even\s+)?(?:to\s+)?$",
                              re.I)
#: A position in a condition contrary to fact: "If they had cast a negative vote, or a veto, the text
#: would have failed" tells what did not happen.
_COUNTERFACTUAL = re.compile(r"\bif\b[^.;:]{0,60}?\bhad\b[^.;:]{0,60}$|^\W*had\s+(?:\w+\s+){1,4}$", re.I)
#: A position whose subject is a group named by a pronoun and a relative clause ("all those who
#: abstained"); "nine countries that backed it" keeps the members named before it.
#: Words before a position that make it a habit of earlier votes ("had always voted against", "in the
#: past abstained"), with no break or contrast after them.
_HABITUAL = re.compile(r"\b(?:always|usually|traditionally|routinely|habitually|invariably|consistently|"
                       r"customarily|typically|normally|previously|formerly|in\s+the\s+past|in\s+previous\s+years|"
                       r"for\s+(?:years|decades))\b(?![^;:]*?\b(?:but|while|whereas|yet|until|this\s+(?:time|year))\b)"
                       r"[^;:]*$", re.I)
#: "has long opposed", "had long backed": a stance held for years, not a vote cast.
_LONG_HELD = re.compile(r"\b(?:has|have|had)\s+(?:long|always)\s+$", re.I)
_GROUP_SUBJECT = re.compile(r"\b(?:those|others|anyone)(?:\s+(?:states|countries|members|nations|delegations|"
                            r"governments))?\s+(?:who|that|which)\s+(?:\w+\s+){0,2}$", re.I)
#: "Seven countries, including A and B, were against": a count of voters as the clause's subject.
_COUNTED_SUBJECT = re.compile(rf"^\W*(?:only\s+)?{_NUM}\s+(?:other\s+)?(?:member\s+)?"
                              r"(?:countries|states|nations|members|delegations)\b[^.;:]*$", re.I)
#: "The countries that supported the proposal were 32, and include A, B": the counted group of a
#: position, its members named after; no vote word is needed to tell it from a stance.
_COUNTED_GROUP_BEFORE = re.compile(
    r"\b(?:countries|states|nations|members|delegations)\s+(?:that|which|who)\s+$", re.I)
_COUNTED_GROUP_AFTER = re.compile(rf"(?:\s+(?:[\w.-]+\s+){{0,4}}?)?\s*(?:were|are)\s+{_NUM},?\s+(?:and\s+)?"
                                  r"(?:include|included|including)\b", re.I)
#: "The 14 countries who opposed are A, B and C": the group's members named right after (a list, no
#: stance word's object), which makes the word a vote's side as a count would (see _groups).
_GROUP_NAMED_AFTER = re.compile(r"(?:\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:resolution|draft|text|proposal|"
                                r"measure|motion)))?\s+(?:were|are|included|include)\s*:?\s+(?:the\s+)?"
                                r"(?=[A-Z])")
#: "A and B were among those that voted against": the members before are of that group (some of it).
_AMONG_GROUP = re.compile(r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:all\s+)?$", re.I)
#: A position others wanted of a member, not one it took: "failed to induce Russia to at least
#: abstain", "urged China to vote in favour", "tried to persuade India to back the text".
_WANTED = re.compile(
    r"\b(?:induc\w*|persuad\w*|convinc\w*|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|pressur\w*|"
    r"lobb(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|want(?:s|ed|ing)?|wish(?:es|ed)?|hop(?:e|es|ed|ing)|"
    r"tr(?:y|ies|ied|ying)|attempt\w*|encourag\w*|appeal\w*|call(?:s|ed|ing)?\s+(?:on|upon)|"
    r"get|got|seek\w*|sought)\b[^.;:]{0,60}?\bto\s+(?:(?:\w+ly|at\s+least|at\s+most|even|also|not)\s+){0,2}$",
    re.I)
#: A count of members as a clause's subject: "The three veto-wielding council members", "these five states".
_THE_N_MEMBERS = re.compile(rf"(?:^|[,;]\s+)\W*(?:the|these|those|all)\s+(?P<n>{_NUM})\s+"
                            r"(?:[\w-]+\s+){0,2}?"
                            r"(?:members|countries|nations|states|powers|delegations)\s+"
                            r"(?:(?:had|have|has|also|all|then|\w+ly)\s+){0,2}$", re.I)
#: A state right after these is what was done or said about, no one the next sentence counts ("the war
#: against Iraq"); "the refusal of Russia" names an actor.
_ACTED_ON = re.compile(r"\b(?:against|on|over|about|in|into|toward|towards|condemning|targeting|with)\s+"
                       r"(?:the\s+)?$", re.I)
#: "All four voted yes": a count opening the sentence with no noun of a kind ("All four permanent
#: members" is a group of its own).
_ALL_N = re.compile(rf"\W*all\s+(?P<n>{_NUM})(?:\s+of\s+them|\s+(?:countries|nations|states|members))?\s+"
                    r"(?:(?:had|have|also|then|\w+ly)\s+){0,2}", re.I)
_BOTH = re.compile(r"\b(?:both\s+countries|the\s+two\s+countries|both\s+nations|"
                   r"the\s+two\s+nations|both\s+states|the\s+two\s+powers)\b|"
                   # "A and B lay down the law! Both voted no.": the clause is "Both" and its verb
                   r"^\W*both(?:\s+of\s+them)?\s+$", re.I)


def _number(text: str) -> int:
    return number_value(text)


def _concepts(text: str, which: int) -> set[str]:
    return {name for name, pats in lexicon.CONCEPTS.items() if re.search(pats[which], text, re.I)}


#: How many paragraphs on a story of a Main Committee's vote goes on without naming the committee.
_COMMITTEE_RUNS = 3
_YET_TO_COME = re.compile(r"\b(?:will|would|shall|expected|due|next)\b", re.I)


def _goes_on_in_committee(row: dict) -> bool:
    """Whether a mention after a sentence about a Main Committee's vote still tells of that vote.

    "The Third Committee voted on Tuesday for the draft. It won 111 votes ... China and Russia
    were among the 19 against": the later sentences name no committee, yet their vote is the
    committee's, which the data do not hold; linked by date to a plenary vote of that week they
    would be false contradictions. A sentence with a date, symbol or body of its own, one naming
    the plenary, or one counting several votes tells of another vote.
    """
    said = row.get("date_text")
    own_date = isinstance(said, str) and bool(said) and not said.endswith("(as before)")
    return not (own_date or row.get("body") not in (None, "GA") or row.get("cited") or row.get("plural")
                or _PLENARY.search(str(row.get("evidence"))))


def _outside_body(sent: str, pi: int, context: _Context) -> tuple[str | None, bool]:
    """The outside body (:data:`_OUTSIDE_BODY`) whose vote ``sent`` tells of, and whether it names one.

    It names one before any UN body it names, and no UN body's name is followed by a vote act ("the
    Security Council voted" is the Council's, whatever report of the agency it cites); a sentence
    naming no body at all a few paragraphs after one such goes on about the same vote.
    """
    named = list(_OUTSIDE_BODY.finditer(sent))
    going_on = context.outside is not None and pi - context.outside[0] <= _COMMITTEE_RUNS
    refs = named + (list(_OUTSIDE_BACKREF.finditer(sent)) if going_on else [])
    un = list(_BODY_NAME_RE.finditer(sent))
    if any(_BODY_ACTS.match(sent, u.end()) for u in un):
        return None, bool(named)
    if refs:
        first = min(refs, key=lambda m: m.start())
        if un and un[0].start() < first.start():
            return None, bool(named)
        name = named[0].group() if named and named[0].start() == first.start() else \
            (context.outside[1] if going_on else first.group())
        return name, bool(named)
    if going_on and not un:
        return context.outside[1], False
    return None, False


@dataclass
class _Context:
    last_body: str | None = None
    body_paragraph: int | None = None
    recent: list[str] = field(default_factory=list)
    #: (paragraph, body, date) of the last vote dated to the day, for "The council adopted ...".
    event: tuple[int, str | None, DateExpr] | None = None
    #: The paragraph of the last sentence telling of a body outside the UN's three and its name
    #: (:data:`_OUTSIDE_BODY`): the story goes on about that body's vote.
    outside: tuple[int, str] | None = None
    #: The paragraph of the last sentence telling of a Main Committee's vote (:data:`_COMMITTEE`).
    committee: int | None = None
    #: Members named with a position in the last sentence that named any ("they vetoed").
    voters: list[str] = field(default_factory=list)
    #: Whether those members were named with one position (all abstained, say).
    voters_one_side: bool = False
    #: Each of those members' position there: "A, B and C abstained. A opposed the text because ...".
    stated: dict[str, str] = field(default_factory=dict)
    #: Every body the article has named so far, its headline included: when it is one, a vote
    #: sentence naming none is that body's ("While Western countries backed the resolution, China
    #: abstained" far down a story about the General Assembly).
    named_bodies: set[str] = field(default_factory=set)
    #: The paragraph of the sentence being read, and (paragraph, names) of the sentence before it:
    #: "... the refusal of Russia, China and France. All three voted yes."
    paragraph: int = -1
    just_named: tuple[int, list[str]] = (-1, [])
    #: The paragraph of the sentence before, when it spoke of a vote ("... the unanimity of the vote.
    #: Even Chile went along."), else -1.
    vote_before: int = -1
    #: (paragraph, symbol) of the one text the sentence before cites as its subject (see ``cited_before``).
    cited_text: tuple[int, str] | None = None
    #: The paragraph of the last sentence that spoke of a veto (the headline is paragraph 0).
    veto_paragraph: int = -10
    #: The day of the timeline section being read: a paragraph that is only a day ("4 October 2011")
    #: heads the paragraphs after it, in an article with two or more such headings.
    section: DateExpr | None = None
    #: The date a timeline entry opens with ("→ 1992: ...", "- October 16, 2023: ..."), in an article
    #: with two or more such entries: it dates the entry's sentences that tell no date of their own.
    label: DateExpr | None = None
    #: (paragraph, date) of a sentence telling of a text and its date but no vote ("In 2014, the second
    #: resolution was co-sponsored by 50 states."), for "It was passed with ..." right after it.
    told_text: tuple[int, DateExpr] | None = None


_BODY_NAME_RE = re.compile(
    "(?<!\\w)(?:" + "|".join(re.escape(n) for n in sorted(lexicon.BODY_NAMES, key=len, reverse=True))
    + ")(?!\\w)")


def _body_decided(sent: str, bodies: list[tuple[int, str]]) -> str | None:
    """Whether a body the sentence names took a decision "unanimously", "by consensus" or "without a vote".

    The body is the subject ("The Council unanimously decided ...", "the Assembly adopted
    the text without a vote") or the agent ("set up by the Council, unanimously"); a
    decision it would, could or is expected to take, or did not take, is none.
    Returns ``"unanimous"`` (every member for it) or ``"no vote"`` (by consensus, without
    a vote: no roll call), else ``None``.
    """
    for at, _ in bodies:
        head = _BODY_NAME_RE.match(sent, at) or _BACKREF.match(sent, at)
        after = sent[head.end() if head else at:]
        found = _BODY_DECIDED.match(after)
        hedged = found is not None and (bool(_HEDGED.search(after[: found.end()]))
                                        or bool(_NOT_DONE.search(sent[max(0, at - 60):at])))
        if found and not hedged:
            return "unanimous" if re.search(r"unanimous", found.group(), re.I) else "no vote"
        if _ADOPTION_AT.search(sent[:at]) and not _ADOPTION_SOUGHT.search(sent[:at]):
            # "hailed the adoption of the climate resolution at the General Assembly (UNGA) by
            # consensus": the body named as where the text was adopted, as one
            found = re.match(rf"\s*(?:\([^()]{{1,20}}\)\s*)?,?\s*(?:on\s+\w+\s+)?{_AS_ONE}\b", after, re.I)
            if found:
                return "unanimous" if re.search(r"unanimous", found.group(), re.I) else "no vote"
        if _BY_BODY_AS_ONE.search(sent[:at]):
            found = re.match(rf"[^.;]{{0,40}}?\b{_AS_ONE}\b", after, re.I)
            if found:
                return "unanimous" if re.search(r"unanimous", found.group(), re.I) else "no vote"
    return None


#: "the adoption of the climate justice resolution at the ": a text's adoption, the body named next
#: as where it happened (:func:`_body_decided`); one called for, urged or hoped for has not happened.
_ADOPTION_AT = re.compile(r"\badoption\s+of\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,6}?"
                          r"(?:resolution|text|draft)\s+(?:at|in|by)\s+(?:the\s+)?$", re.I)
_ADOPTION_SOUGHT = re.compile(r"\b(?:call\w*\s+for|urg\w+|seek\w*|sought|push\w*|hope\w*|aim\w*|await\w*|"
                              r"expect\w*|would|could|will|may|might|should|ahead\s+of|before|prevent\w*|"
                              r"block\w*|oppos\w+|not)\b", re.I)


#: Words before a body named as where a matter is sent, not as who votes.
#: A body's name (where :func:`_bodies` found it) acting on a mandate by agreement: "Security Council
#: later agreed to extend" (the gap is checked for a negation).
_COUNCIL_AGREED = re.compile(
    r"(?:U\.N\.\s+)?(?P<gap>[\w -]{0,40}?)\bagreed\s+to\s+(?:extend|renew|prolong)\b", re.I)


#: The Security Council's name right before it imposing sanctions: "the Security Council on Wednesday
#: approved a fourth round of sanctions on Iran", "the Council imposed new sanctions" (it does so only by
#: a resolution put to a vote). Not a statement, plan or call about sanctions ("adopted a statement
#: calling for sanctions"), checked on what lies between the verb and the word.
_COUNCIL_SANCTIONED = re.compile(
    r"(?:U\.N\.\s+)?(?P<gap>[\w -]{0,40}?)\b(?:approved|imposed|adopted|passed|slapped|tightened|"
    r"toughened|expanded|broadened)\b(?P<object>[^.;:!?]{0,60}?)\bsanctions\b", re.I)
_NOT_SANCTIONING = re.compile(r"\b(?:statements?|calls?|calling|urg\w+|threat\w*|reports?|plans?|propos\w+|"
                              r"consider\w*|discuss\w*|lift\w*|eas\w+|end\w*|review\w*|not|no|without|"
                              r"exemptions?|against\s+(?:the\s+)?(?:sanctions|imposing))\b", re.I)


#: A body's name (where :func:`_bodies` found it) voting a text down: "Council rejected a Russia-proposed
#: amendment", "the Assembly voted down the draft" (the gap is checked for a negation or a hedge).
_BODY_REJECTED = re.compile(
    r"(?:U\.N\.\s+)?(?P<gap>[\w -]{0,40}?)\b(?:rejected|voted\s+down|turned\s+down)\s+(?:an?|the|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:amendments?|drafts?|resolutions?|texts?)\b", re.I)


_BODY_OBJECT = re.compile(r"\b(?:to\s+have|asking|ask(?:s|ed)?|call(?:s|ed|ing)?\s+(?:on|for)|"
                          r"refer\w*\s+(?:\w+\s+)?to|convene|convening|summon\w*)\s+(?:the\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", re.I)


_BODY_WHERE = re.compile(r"\b(?:in|on|from|of|into)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?$",
                         re.I)


_BODY_EARLIER = re.compile(r"\b(?:in\s+the\s+wake\s+of|after|following|since|despite|amid)\s+(?:the\s+)?"
                          r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?$", re.I)


#: A Council seat written as a member's description ("the only permanent member of the Security
#: Council to endorse it"), which names no body voting.
_MEMBER_OF_COUNCIL = re.compile(r"\bpermanent\s+members?\s+of\s+(?:the\s+)?"
                                r"(?:U\.?N\.?\s+|United\s+Nations\s+)?Security\s+Council\b|"
                                # "Permanent Security Council members China and Russia voted against"
                                r"\bpermanent\s+(?:U\.?N\.?\s+)?Security\s+Council\s+members?\b", re.I)
#: A body's name after a member's description: "the only permanent member of the Security Council".
_MEMBER_OF_BODY = re.compile(r"\b(?:permanent|non-?permanent|elected|veto-wielding)\s+members?\s+of\s+"
                             r"(?:the\s+)?$", re.I)
#: ... or before it: "Permanent Security Council members China and Russia".
_MEMBER_BEFORE_BODY = re.compile(r"\b(?:permanent|non-?permanent|elected|veto-wielding)\s+"
                                 r"(?:UN\s+|U\.N\.\s+)?$", re.I)


def _bodies(sent: str, context: _Context) -> list[tuple[int, str]]:
    """The bodies a sentence names, in order: by name, or "the council" for the one named before.

    A back-reference ahead of a name counts first: in "The Council extended the
    mandate ... and asked for a report to the General Assembly", the Council voted.
    """
    found = [(m.start(), lexicon.BODY_NAMES[m.group()]) for m in _BODY_NAME_RE.finditer(sent)]
    # "the General Assembly suspended Russia's rights in the Human Rights Council": a body named
    # after the acting one as where (in, from, of) is what the decision is about, not who decided
    if len({b for _, b in found}) > 1 and not _BODY_WHERE.search(sent[: found[0][0]]):
        first = found[0][1]
        found = [(a, b) for a, b in found if b == first or not _BODY_WHERE.search(sent[:a])]
    if len({b for _, b in found}) > 1:
        # "In the wake of the Security Council deadlock, the General Assembly adopted ...": a body
        # named in an earlier event's phrase is not the one voting now
        earlier = [(a, b) for a, b in found if _BODY_EARLIER.search(sent[max(0, a - 40): a])]
        if earlier and len({b for a, b in found if (a, b) not in earlier}) == 1:
            found = [f for f in found if f not in earlier]
    if context.last_body is not None and found:
        # "Britain was the only permanent member of the Security Council to endorse it", in a story
        # of an Assembly vote: a body named to describe a member is not the one voting
        found = [(a, b) for a, b in found if b == context.last_body
                 or not (_MEMBER_OF_BODY.search(sent[max(0, a - 40): a]) or (
                     _MEMBER_BEFORE_BODY.search(sent[max(0, a - 25): a])
                     and re.match(r"Security\s+Council\s+members?\b", sent[a:])))]
    if context.last_body is not None:
        # "a procedural vote to have the General Assembly take up the crisis": the body a vote of
        # the body just told of sends the matter to is not the one voting
        objects = [(a, b) for a, b in found if b != context.last_body and _BODY_OBJECT.search(sent[:a])]
        if objects and len(objects) == len(found):
            found = [(objects[0][0], context.last_body)]
    named = [(a, a + len(n)) for a, n in ((m.start(), m.group()) for m in _BODY_NAME_RE.finditer(sent))]
    # ("the 193-nation assembly", "the 47-member council", "the full assembly")
    for m in re.finditer(r"\b(?:the|this|that)\s+(?:\d+[- ](?:nation|member|country|state)\s+|full\s+|"
                         r"world\s+)?(council|assembly)\b", sent, re.I):
        allowed = lexicon.BODY_BACKREFS[m.group(1).lower()]
        inside = any(a <= m.start(1) < b for a, b in named)  # "the Security Council" is a name
        if context.last_body in allowed and not inside and (not found or m.start() < found[0][0]):
            found.append((m.start(), context.last_body))
    return sorted(found)


#: A vote act right after a body's name: the body that name belongs to is the one deciding.
_BODY_ACTS = re.compile(r"\s*(?:(?:has|have|had|also|then|later|on\s+\w+|\w+ly)\s+){0,3}"
                        r"(?:adopted|voted|passed|approved|endorsed|rejected)\b", re.I)


def _acting_body(sent: str, bodies: list[tuple[int, str]], veto: bool) -> str | None:
    """The body whose vote a sentence naming ``bodies`` tells of (the first named, unless told otherwise).

    A veto is the Security Council's alone, so a sentence telling of one that names the Council
    is its vote ("went to the General Assembly after the US vetoed a Security Council
    resolution"). Otherwise, when one body alone is named just before a vote act ("In the wake of
    the Council's deadlock, the General Assembly adopted ..."), that body voted; else the first.
    """
    if veto and any(lexicon.BODY_NAMES[m.group()] == "SC" for m in _BODY_NAME_RE.finditer(sent)):
        return "SC"  # named anywhere: "the Assembly met after the veto cast by X in the Security Council"
    if not bodies:
        return None
    named = {b for _, b in bodies}
    if len(named) == 1:
        return bodies[0][1]
    acting = set()
    for at, b in bodies:
        head = _BODY_NAME_RE.match(sent, at) or _BACKREF.match(sent, at)
        if head is not None and _BODY_ACTS.match(sent, head.end()):
            acting.add(b)
    return next(iter(acting)) if len(acting) == 1 else bodies[0][1]


#: "the resolution", "the draft", "the text": a sentence speaking back of one text.
_BACK_TO_TEXT = re.compile(r"\b(?:the|this|that)\s+(?:draft\s+)?(?:resolution|draft|text|measure|vote)"
                           r"\b(?!s)", re.I)
#: A veto told of the text just cited, naming no text of its own: "The US, again, was the only veto.",
#: "Washington vetoed it."
_VETO_OF_IT = re.compile(r"\b(?:was|were)\s+the\s+(?:only|sole|lone)\s+veto\b|\bvetoed\s+it\b|"
                         r"\bit\s+was\s+vetoed\b", re.I)
#: A text cited as the sentence's subject: "The first, resolution S/10784, expressed", "Resolution 1973
#: authorised"; a cited symbol in a background phrase ("under resolution 242") is no subject.
_SUBJECT_CITE = re.compile(r"^\W*(?:(?:the\s+)?(?:first|second|third|next|last|latest|earliest)\s*,\s*)?"
                           # ("In 1975, when civil war broke out in Lebanon, resolution S/11898 called on")
                           r"(?:(?:in|by)\s+(?:19|20)\d\d\s*,\s*(?:(?:when|as|after|the\s+year)\s+[^,;:]{1,80},\s*)?)?"
                           r"(?:(?:security\s+council\s+)?(?:draft\s+)?resolution\s+|draft\s+)?"
                           r"(?P<sym>S/\d{4}/\d{1,4}|S/RES/\d{1,4}\(\d{4}\)|S/\d{4,5}(?:/Rev\.\d)?(?![/\d]))",
                           re.I)


def _subject_cite(sent: str, pi: int, before: tuple[int, str] | None, backed: bool) -> tuple[int, str] | None:
    """The (paragraph, symbol) of the text the next sentence may speak back of (see ``cited_before``).

    A sentence citing one text as its subject sets it; one citing another text, or the story
    moving on past the next paragraph, drops it; a sentence speaking back of it (``backed``)
    carries it on.
    """
    m = _SUBJECT_CITE.match(sent)
    if m and len({c.group() for c in _CITED.finditer(sent)}) <= 1:
        return pi, re.sub(r"\s+", "", m.group("sym"))
    if _CITED.search(sent) or before is None or pi - before[0] > 1:
        return None  # another text cited, or the story moved on
    if backed:
        return pi, before[1]
    return before if before[0] == pi else None


def _pick_date(dates: list[DateExpr], anchor: int) -> DateExpr | None:
    if not dates:
        return None
    initial = [d for d in dates if d.start <= 3]
    if initial:
        return initial[0]
    days = [d for d in dates if d.precision == "day"] or dates
    return min(days, key=lambda d: abs(d.start - anchor))


#: A number given as a bound or an estimate: "more than 40", "nearly 100", "at least nine".
_ABOUT = re.compile(r"\b(?:(?:more|fewer|less)\s+than|over|under|nearly|almost|about|around|roughly|some|"
                    r"at\s+least|at\s+most|up\s+to|approximately|close\s+to|well\s+over)\s+$", re.I)


#: A position verb right after "but", with no subject of its own: "A welcomed the talks but abstained".
_BARE_BUT = re.compile(r"\s(?:but|yet)\s+(?:(?:also|still|then|later|again|(?-i:[a-z]+ly))\s+)?$", re.I)
#: A count opening the clause of a position, as its subject: "A stood alone as 14 nations voted for
#: the text", "..., when 13 members backed it" (not "A, B and 11 other nations voted for it").
_COUNT_OPENS_CLAUSE = re.compile(rf"(?:^|[,;:]\s*|\b(?:as|when|while|whereas|after)\s+)(?:only\s+)?{_NUM}\s+"
                                 r"(?:countries|nations|states|members|delegations)\s+(?:\w+ly\s+)?$", re.I)
#: A count compared with another vote's: "one more vote in favour", "two fewer abstentions".
_MORE_THAN_BEFORE = re.compile(r"\s+(?:more|fewer|less|additional|extra)\b", re.I)
#: "nine more countries abstained" (after others were named, with no "than" to compare): the rest
#: of the members, counted, not a difference from another vote.
_MORE_OF_THE_REST = re.compile(r"\s+more\s+(?:countries|nations|states|members|delegations)\b"
                               r"(?![^.;]*\bthan\b)", re.I)
#: A count a text needed, not one it got: "needed nine 'yes' votes", "requires at least nine votes".
_NEEDED = re.compile(r"\b(?:need(?:s|ed|ing)?|requir(?:e|es|ed|ing)|must\s+(?:get|win|receive|have|gain)|"
                     r"short\s+of|(?:fell|falling|falls)\s+short\s+of|"
                     # "failed to muster the minimum nine votes": the bar missed, not the count got
                     r"fail(?:s|ed|ing)?\s+to\s+(?:muster|win|get|gain|secure|garner|attract|obtain|receive|reach|"
                     r"draw|collect))\s+(?:only\s+|just\s+|even\s+)?(?:the\s+)?"
                     r"(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?|required\s+|necessary\s+)?$",
                     re.I)
#: A count that refers back to a group already named ("the four countries", "these three states",
#: "both nations"): some of the members, not the vote's count; "the other 14", "the remaining 13"
#: "the 13 other members", "all 15 members" and "the 15 members" do count the rest or the whole.
_BACK_GROUP = re.compile(r"\b(?:the|these|those|its|their|our|both)\s+$", re.I)
#: "Kenya is among the 35 countries that abstained": the group of every member of that side.
_AMONG_ALL = re.compile(r"\b(?:is|was|are|were)\s+(?:one\s+)?among\s+the\s+$", re.I)
_GROUP_NOUN = re.compile(r"\s+(?:(?!other\b|remaining\b|more\b|council\b)[\w-]+\s+)?"
                         r"(?:member\s+states|members?|countries|states|nations|delegations|governments|"
                         r"powers|allies|co-?sponsors|sponsors)\b", re.I)
#: "the 15 members", "the 47 members": a whole body's seats, not a group within it.
_WHOLE_BODY = {15, 47, 193}


#: A parenthesis of words and no digits: a list of members beside a count.
_NAME_LIST_ASIDE = re.compile(r"\s*\((?=[^()]*[A-Za-z])[^()\d]{2,2000}\)")
#: A dashed aside that is the vote's tally, not a group of members: "adopted -- with 121 votes in favour --".
_TALLY_ASIDE = re.compile(rf"\s(?:--|—|–)\s+with\s+{_NUM}\s+votes?\s+(?:in\s+favou?r|for|against)\b"
                          r"[^—–]{0,120}?\s(?:--|—|–)(?=\s)", re.I)


#: A count after the words of its side: "won the approval of 19 nations", "received support from 93
#: countries" (yes); "was rejected by 16", "opposed by 12 members" (no). Not a count of sponsors
#: ("backed by 40 co-sponsors"), nor a tally ("rejected by 7 votes to 4", read by :data:`_TALLY_TO`).
_GROUP_AFTER = r"(?:\s+(?:member\s+states|members|countries|states|nations|delegations|votes))?\b"
_SIDE_AFTER = {
    "y": re.compile(rf"\b(?:received|receiving|won|winning|garnered|garnering|got|gained|drew|secured|"
                    rf"obtained)\s+(?:the\s+)?(?:support|approval|backing|votes?)\s+(?:of|from)\s+"
                    rf"(?P<v>{_NUM}){_GROUP_AFTER}(?![\w-]|\s*(?:%|per\s*cent|co-?sponsors|sponsors))|"
                    # "resolution 2662, supported by 11 of the 15 members": a share of the body, or votes
                    # (not "backed by 60 countries", who may be its sponsors)
                    rf"\b(?:supported|backed|approved|endorsed)\s+by\s+(?:(?P<w>{_NUM})\s+(?:out\s+)?of\s+"
                    rf"(?:the\s+|its\s+)?{_NUM}(?:[- ](?:member|nation)\s+(?:council|body|assembly))?"
                    rf"{_GROUP_AFTER}|"
                    rf"(?P<x>{_NUM})\s+votes\b)(?![\w-]|\s*(?:%|per\s*cent))|"
                    # "which passed with 12 votes" (no count against told after it)
                    rf"\b(?:passed|adopted|approved|carried)\s+with\s+(?:only\s+|just\s+)?(?P<u>{_NUM})\s+votes\b"
                    r"(?!\s+(?:to|against|in\s+favou?r)\b|\s*(?:%|per\s*cent))", re.I),
    # (not "opposed by two other nuclear powers ... plus A and B": some of that side, not its count)
    "n": re.compile(rf"\b(?:rejected|opposed)\s+by\s+(?P<v>{_NUM}){_GROUP_AFTER}"
                    r"(?![\w-]|\s*(?:%|per\s*cent|co-?sponsors|sponsors|(?:votes?\s+)?to\b)|"
                    r"\s+(?:other|more|further|additional)\b)", re.I),
}

#: "Fourteen of the UN Security Council's 15 members adopted the resolution": a count of the body's
#: members (its size written) said to have adopted, backed or supported the text is its yes count.
_OF_BODY_BACKED = re.compile(rf"\b(?P<v>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+|its\s+)(?:(?:[\w.]+\s+){{0,2}}"
                             rf"[\w.]+['’]s\s+)?(?P<size>15|47|193|fifteen|forty-seven)\s+members\s+"
                             # ("14 of the 15 members of the UN Security Council approved a resolution")
                             r"(?:of\s+the\s+(?:[\w.'’-]+\s+){1,4}?)?"
                             r"(?:\w+ly\s+)?(?:adopted|approved|backed|supported|endorsed)\s+(?:the|a|an|its)\b",
                             re.I)

_TEXT_WHICH = re.compile(r"\b(?:resolution|draft|text|measure|motion|proposal)(?:\s+(?:on|about|for|against)"
                         r"(?:\s+[\w'’-]+){1,4})?,\s+which\s+(?:\w+ly\s+)?$", re.I)


#: "veto power", "veto rights": the right to veto; cast where it was used ("used its veto power").
_VETO_RIGHT = re.compile(r"\s+(?:powers?|rights?|holders?|privileges?|wielders?)\b", re.I)
_VETO_USED = re.compile(r"\b(?:us(?:e|es|ed|ing)|exercis(?:e|es|ed|ing)|wield(?:s|ed|ing)?|"
                        r"invok(?:e|es|ed|ing))\s+(?:its|their|his|her|the)\s+$", re.I)
#: "with A joining B and C in (the opposition)": who joined whom, before the side.
_JOINED_IN = re.compile(r"\bjoin(?:s|ed|ing)?\s+[^.;:]{1,80}\s+in\s+$", re.I)
#: A text as the subject of a stance verb: "Resolution 2231 that endorsed the deal", "the text, which backed".
_TEXT_ACTS = re.compile(r"\b(?:resolutions?|drafts?|texts?|measures?|decisions?)(?:\s+(?:No\.\s*)?[\d/()]+)?"
                        r",?\s+(?:that|which)\s+(?:(?:also|had|has|\w+ly)\s+)?$", re.I)


_ONE_OF_GROUP = re.compile(rf"(?:one|1)\s+of\s+(?:the\s+)?(?P<n>{_NUM})\s+(?:[\w-]+\s+)?"
                           r"(?:countries|states|nations|members|delegations)\s+(?:that|who|which)\s", re.I)


#: A day written as a cited text's own ("its resolution 5/1 of 18 June 2007", "resolution 1044 (1996)
#: dated 31 January").
_CITED_DAY = re.compile(r"\b(?:resolutions?|decisions?)\s+(?:No\.\s*)?[\w/.-]*\d[\w/.-]*(?:\s*\(\d{4}\))?,?"
                        r"\s+(?:of|dated)\s+(?:the\s+)?$", re.I)
#: Counts of a group smaller than any voting body: "Out of 54 nations on the African continent, 28
#: voted in favour", "Of the 27 EU members, 20 backed it" (15, 47 and the Assembly's 100 or more are
#: the bodies themselves; 11 the Council before 1966). Not "a number of 83 countries" nor "the
#: approval of 19 nations": those count the vote.
_OUT_OF_GROUP = re.compile(r"(?:\bout\s+of\s+(?:the\s+|its\s+)?|(?:^|[,;:]\s*)of\s+(?:the\s+|its\s+)?|"
                           rf"\bof\s+the\s+)(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,3}}?"
                           # ("one of the 40 states that abstained" counts the vote's own side)
                           r"(?:nations|countries|states|members|governments)\b"
                           r"(?!\s+(?:that|who|which)\b)", re.I)


#: "The number of abstentions was 77", "the number of abstentions - 77 states": a side's count after it.
_NUMBER_OF_SIDE = re.compile(r"\bnumber\s+of\s+(?:(?P<a>abstentions)|(?P<n>(?:votes\s+)?against|no\s+votes)|"
                             r"(?P<y>votes\s+in\s+favou?r|yes\s+votes))\s*(?:was|were|stood\s+at|reached|"
                             rf"(?:—|–|--|-|:))\s*(?P<v>{_NUM})\b(?!\s*(?:%|per\s*cent))", re.I)


#: Each side's word, then its count, in a list: "in favor, 59; against, three; abstentions, 71",
#: "In favour: 88, against: 4, abstentions: 57", "votes in favour 88, against 4" (two sides at least).
_SIDE_FIRST_LIST = re.compile(
    rf"(?<![\w-])(?:votes\s+)?(?:in\s+favou?r|yes)\s*[,:]?\s*(?P<y>{_NUM})\s*[;,]\s*"
    rf"(?:and\s+)?(?:against|no)\s*[,:]?\s*(?P<n>{_NUM})"
    rf"(?:\s*[;,]\s*(?:and\s+)?(?:abstentions?|abstaining|abstained)\s*[,:]?\s*(?P<a>{_NUM}))?"
    r"(?![\w-])", re.I)


def _tally(sent: str) -> str | None:
    # (an abstention is a vote's word of its own: "There were 77 abstentions.")
    # ("Last year's tally was 188-2": a tally is one too)
    if not re.search(r"\bvot\w*|\bresolution|\badopted|\bpassed|\bapproved|\bfavou?r|\babstentions?\b|"
                     r"\babstain(?:ed|ing)\b|\b(?:drafts?|texts?|motions?|measures?)\b|"
                     r"\btall(?:y|ies)\b", sent, re.I):
        return None
    group = _OUT_OF_GROUP.search(sent)
    size = (_number(group.group("n")) or 0) if group else 0
    if group and size not in (11, 15, 47) and size < 100:
        return None  # the counts are of a region's or a bloc's members, not of the vote
    parts: dict[str, int | None] = {"y": None, "n": None, "a": None}
    # "by 11 votes (Chile, Peru, ...) to 0": a list of names in parentheses is read without them
    m = _TALLY_DASH.search(sent) or _TALLY_TO.search(_NAME_LIST_ASIDE.sub("", sent)) or \
        _SIDE_FIRST_LIST.search(sent)
    if m:
        parts["y"], parts["n"] = _number(m.group("y")), _number(m.group("n"))
        if "a" in m.groupdict() and m.group("a"):
            parts["a"] = _number(m.group("a"))
    masked = mask_asides(sent)
    for a in _TALLY_ASIDE.finditer(sent):  # "adopted on Oct. 28 -- with 121 votes in favour --": the tally
        masked = masked[: a.start()] + sent[a.start(): a.end()] + masked[a.end():]
    for key, pattern in _TALLY_PARTS.items():
        p = pattern.search(masked)
        if p and parts[key] is None:
            if re.search(r"\b(?:other|remaining)\s+$", masked[: p.start()], re.I) and re.match(
                    r"\s+(?:[\w-]+\s+)?(?:members?|countries|states|nations)?\s*(?:[–—(]|--)",
                    sent[p.end("v"):]):
                continue  # "the other three members – the US, Britain and France –": a group, not the tally
            if _ABOUT.search(masked[max(0, p.start() - 25): p.start()]):
                continue  # "more than 40 countries abstained": a bound, not the count
            if _NEEDED.search(masked[max(0, p.start() - 40): p.start()]):
                continue  # "the motion needed nine 'yes' votes": what it took, not what it got
            if _MORE_THAN_BEFORE.match(masked, p.end("v")) and \
                    not _MORE_OF_THE_REST.match(masked, p.end("v")):
                continue  # "gained one more vote in favour than last time": a difference, not the count
            if _BACK_GROUP.search(masked[max(0, p.start() - 25): p.start()]) and \
                    _GROUP_NOUN.match(masked, p.end("v")) and _number(p.group("v")) not in _WHOLE_BODY \
                    and not _AMONG_ALL.search(masked[max(0, p.start() - 25): p.start()]):
                continue  # "the four countries abstained": a group already named, not the vote's count
            if key in ("y", "n") and _state_object(masked, p.end()):
                continue  # "130 countries voted against Myanmar": which side of the text is not said
            if re.match(r"\s+other\b", masked[p.end("v"):]) and re.search(
                    r"\b(?:among|with|joined|joining|and|plus)\s+(?:the\s+)?$", masked[: p.start("v")], re.I):
                continue  # "Pakistan was among the 72 other countries that abstained": the rest, not all
            one_of = _ONE_OF_GROUP.match(masked, p.start("v"))
            # "France was one of the 53 nations that abstained": the group's count, not France's one
            parts[key] = _number(one_of.group("n") if one_of else p.group("v"))
    for key, pattern in _SIDE_AFTER.items():
        # "The resolution, which garnered the approval of 19 nations, ...": an aside about the text
        # itself gives its count (another aside may tell of another vote)
        p = pattern.search(masked) or next((q for q in pattern.finditer(sent)
                                            if _TEXT_WHICH.search(sent, 0, q.start())), None)
        v = next((g for g in ("v", "w", "x", "u") if p and p.groupdict().get(g)), None)
        if v in ("w", "x", "u") and len({c.group() for c in _CITED.finditer(sent)}) > 1:
            # "Supported by 11 of the 15 members, Resolution 2624 condemns what Resolution 2216 set up": a
            # participle's count in a sentence citing two texts is not told which text's
            continue
        if p and v and parts[key] is None and not _ABOUT.search(sent[max(0, p.start(v) - 25): p.start(v)]):
            parts[key] = _number(p.group(v))
    for p in _NUMBER_OF_SIDE.finditer(masked):
        key = next(k for k in ("y", "n", "a") if p.group(k))
        if parts[key] is None:
            parts[key] = _number(p.group("v"))
    if parts["y"] is None:
        p = _OF_BODY_BACKED.search(masked)
        if p and not _ABOUT.search(masked[max(0, p.start() - 25): p.start()]):
            parts["y"] = _number(p.group("v"))
    if all(v is None for v in parts.values()):
        return None
    return "-".join("?" if parts[k] is None else str(parts[k]) for k in ("y", "n", "a"))


def _against_first(sent: str, tally: str | None) -> bool:
    """Whether ``tally``'s first two parts, read as for and against, follow a rejection with the
    bigger first: "rejected the draft by 19 votes to 17", "was voted down 21 to 18", where the
    winning side, the count against, comes first ("rejected by a vote of 17 to 19" keeps its order)."""
    parts = (tally or "").split("-")
    if len(parts) != 3 or not (parts[0].isdigit() and parts[1].isdigit()) or int(parts[0]) <= int(parts[1]):
        return False
    plain = _NAME_LIST_ASIDE.sub("", sent)
    m = _TALLY_DASH.search(sent) or _TALLY_TO.search(plain)
    if m is None:
        return False
    verbs = list(_OUTCOME_VERB.finditer((sent if m.re is _TALLY_DASH else plain)[: m.start("y")]))
    return bool(verbs) and verbs[-1].group("down") is not None


def _state_object(sent: str, end: int) -> bool:
    """Whether the side a vote word ending at ``end`` takes is a state's, not a text's.

    "voted against Myanmar", "voted in favour of Israel": such a text is usually *about* the
    state, so the vote against it was for the text, but the sentence does not say so, and a
    side read as said would be wrong. A state naming a text ("voted for the Russian draft",
    "China's draft", "the US-drafted text") is no such object.
    """
    rest = sent[end: end + 60]
    lead = re.match(r"\s+(?:the\s+)?", rest)
    if lead is None:
        return False
    found = find_countries(rest[lead.end():])
    if not found or found[0].start != 0 or found[0].kind != "name":
        return False
    after = rest[lead.end() + found[0].end:]
    return not (re.match(r"['’]s?\b|\s*-|\s*\(", after) or _MODIFIER_AFTER.match(after))


#: Words that make a use of force the Council's: authorised, mandated, a no-fly zone it set up.
_AUTHORISED = re.compile(r"authori[sz]|mandat|sanction|backed|approv|no-fly|all necessary measures|"
                         r"resolution\s+\d", re.I)
#: ... denied: "without the Council's authorization", "not authorised by", "unauthorized" (not the
#: "UN-" of "a UN-authorized operation").
_NOT_AUTHORISED = re.compile(r"(?:\b(?:without|no|not|never|lack(?:s|ed|ing)?(?:\s+of)?|absence\s+of)\b"
                             r"[^.;,]{0,30}|\b(?-i:[Uu]n))$", re.I)
#: "voted for the U.S.-drafted text": the member drafted the text, the text is not about it.
_SPONSOR_AFTER = re.compile(r"-(?:drafted|sponsored|backed|led|proposed|authored|penned|written)\b", re.I)


#: "a US-backed, Russia-vetoed draft": the member glued to the adjective sponsored the text; its vote
#: is no claim of the sentence (the position word itself is skipped in :func:`_groups`)
_GLUED_SPONSOR = re.compile(r" ?-(?:backed|supported|endorsed|sponsored|drafted|led|proposed|authored)\b",
                            re.I)


#: "the Sri Lanka resolution", "the Iran sanctions text": a state naming the text (after an article,
#: before the noun) is what the text is about, not a voter; "a US bid", "the French plan": its sponsor.
_MODIFIER_AFTER = re.compile(r"(?:\s+\([A-Z]{2,6}\))?"  # ("a Central African Republic (CAR) arms embargo")
                             r"\s+(?:(?:arms|weapons|oil|travel)\s+)?(?:resolution|draft|text|motion|measure|bill|"
                             r"sanctions?|embargo|question|"
                             r"issue|file|mission|report|inquiry|investigation|probe|"
                             # "a US bid to impose the embargo failed to get enough votes in favour"
                             r"bid|proposal|plan|initiative|attempt|push)s?\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+$", re.I)


#: "the consequences of US freezing the assets": the member after "of" acts (its gerund follows); it is
#: not what the text is about. ("the question of Palestine, including ..." keeps its subject.)
_ACTOR_OF_GERUND = re.compile(r"\bof\s+(?:the\s+)?\S+(?:\s+[A-Z]\w*)*\s+"
                              r"(?!including\b|concerning\b|regarding\b|following\b|according\b|during\b)"
                              r"[a-z]+ing\b")


#: A state naming a kind of votes, several and other than the one told of: "often backs it on Syria-related
#: votes".
_KIND_OF_VOTES = re.compile(r"-related\s+(?:[\w-]+\s+)?(?:votes|resolutions|drafts|texts|issues|matters)\b",
                            re.I)


#: "a major blow to U.S. efforts", "a setback for Britain": who the vote hurt or helped, not what the
#: text is about.
_AFFECTED_BEFORE = re.compile(r"\b(?:blow|setback|boost|rebuke|snub|defeat|victory|win|embarrassment|"
                              r"humiliation|triumph|success)\s+(?:for|to)\s+(?:the\s+)?$", re.I)


#: A nationality's land after it: "Ukrainian regions", "Syrian territory", "Lebanese soil".
_LAND_AFTER = re.compile(r"\s+(?:regions?|territor(?:y|ies)|provinces?|oblasts?|soil|land|cities|towns|"
                         r"villages|border|borders|airspace|waters)\b")


def _subjects(sent: str, places, registry: Registry, voters: set[str]):  # noqa: ANN001, ANN202
    names: list[str] = []
    codes: list[str] = []
    for p in places:
        if p.kind == "place":
            canonical, code = lexicon.PLACES[p.text]
            names.append(canonical)
            codes.append(code)
        elif p.kind == "name" and ((
                _SUBJECT_BEFORE.search(sent[: p.start]) and not _AGENT_OF.search(sent[: p.start])
                and not _ACTOR_OF_GERUND.search(sent[max(0, p.start - 8): p.end + 30])) or (
                _MODIFIER_AFTER.match(sent[p.end:]) and _DETERMINER_BEFORE.search(sent[: p.start]))) \
                and p.code not in voters \
                and not _AFFECTED_BEFORE.search(sent[max(0, p.start - 40): p.start]) \
                and not _SPONSOR_AFTER.match(sent[p.end:]) and not _KIND_OF_VOTES.match(sent, p.end):
            names.append(short_name(p.code) if p.text.isupper() else p.text)
            codes.append(p.code)
        elif p.kind == "demonym" and _LAND_AFTER.match(sent, p.end) and p.code not in voters:
            # "the attempted annexation of four Ukrainian regions": the land of a state is the subject
            names.append(short_name(p.code))
            codes.append(p.code)
    for person in registry.people.values():
        if not person.country or person.country in voters:
            continue
        for token in person.name.split()[-1:]:  # the surname: "International" is no person's
            for m in re.finditer(rf"\b{re.escape(token)}\b", sent):
                if _SUBJECT_BEFORE.search(sent[: m.start()]) or re.search(
                        r"\b(?:oust|topple|remove|removal\s+of)\s+(?:\w+\s+)?$", sent[: m.start()]):
                    names.append(short_name(person.country))
                    codes.append(person.country)
    seen: set[str] = set()
    out_names = [n for n in names if not (n in seen or seen.add(n))]
    seen_codes: set[str] = set()
    out_codes = [c for c in codes if not (c in seen_codes or seen_codes.add(c))]
    return out_names, out_codes


#: Between two names of a list, one capitalised item read as no state: ", Bosnja, ".
_UNKNOWN_ITEM = re.compile(r",\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?\s*,\s*(?:and\s+)?(?:the\s+)?")


def _permanent_named(sent: str, places) -> list[str]:  # noqa: ANN001
    """The states a "permanent member(s)" phrase names: after it, or in apposition before it.

    "permanent member China, as well as non-permanent members Ethiopia and
    Kazakhstan" calls China alone a permanent member: the phrase claims the
    seat only of the states it names, never of every state in the sentence.
    """
    states = sorted((p for p in places if p.kind in ("name", "capital", "demonym")), key=lambda p: p.start)
    named: list[str] = []
    for m in _PERMANENT.finditer(sent):
        after = [p for p in states if p.start >= m.end()]
        if after and re.fullmatch(r"\s*(?:,\s*)?(?:the\s+)?", sent[m.end(): after[0].start]):
            run = [after[0]]
            for p in after[1:]:
                if not _LIST_GAP.match(sent[run[-1].end: p.start]):
                    break
                run.append(p)
            named += [p.code for p in run]
        before = [p for p in states if p.end <= m.start()]
        if before and _PERMANENT_APPOSITION.match(sent[before[-1].end: m.start()]):
            run = [before[-1]]
            for p in reversed(before[:-1]):
                if not _LIST_GAP.match(sent[p.end: run[-1].start]):
                    break
                run.append(p)
            named += [p.code for p in run]
    return list(dict.fromkeys(named))


def _leading_subject(sent: str, voters, lo: int, hi: int) -> list[str]:  # noqa: ANN001
    """The states opening the clause ``sent[lo:hi]`` ("China and Russia ..."), or none."""
    inside = sorted((p for p in voters if lo <= p.start < hi), key=lambda p: p.start)
    if not inside or not re.fullmatch(r"\W*(?:the\s+)?", sent[lo: inside[0].start]):
        return []
    run = [inside[0]]
    for p in inside[1:]:
        if not _LIST_GAP.match(sent[run[-1].end: p.start]):
            break
        run.append(p)
    return [p.code for p in run]


#: The clause of another event before a date: "since the war began on", "after the attack of"; or
#: the end of what a text sets up: "to extend the ban through May next year", "a withdrawal by the
#: end of 2017" (a deadline, not the day of the vote).
_OTHER_EVENT = re.compile(r"\b(?:since|after|before|following|until|till|through|by\s+the\s+end(?:\s+of)?|"
                          r"ahead\s+of|prior\s+to)\b[^,;.()]{0,70}$|"
                          # "the plane crash over Ukraine on July 17, 2014": the day of the event the text
                          # is about, named right after it
                          r"\b(?:crash|downing|shooting\s+down|attacks?|massacre|killings?|bombings?|explosion|"
                          r"elections?|referendum|coup|invasion|earthquake|assassination|shelling)\b"
                          r"[^,;.()]{0,40}?\s(?:on|in)\s+$|"
                          # "winding down the mission, started in 2013 to ...": when what the text acts on
                          # began, told in a participle after a comma
                          r",\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:started|launched|set\s+up|created|"
                          r"established|deployed|founded|begun|formed)\s+(?:back\s+)?(?:in|on)\s+$|"
                          # "ahead of the holy month, which begins on Sunday", "the mandate, which expires
                          # in May": the day of what the clause's noun names, told in the present tense
                          r",\s*(?:which|that)\s+(?:begins|starts|ends|expires|lapses|falls|opens|closes|runs\s+"
                          r"(?:out|until|through)|takes\s+place|is\s+held|comes\s+into\s+force)\s+(?:on\s+|in\s+)?$",
                          re.I)
#: A reporting verb right before a day: the day something was said or reported ("the daily reported on
#: Thursday", "told AFP on Monday"), not the day of the vote.
_REPORTED_ON = re.compile(r"\b(?:reported|told\s+(?:[A-Z][\w.]*\s+){1,3}|wrote|quoted)\s+"
                          r"(?:late\s+|early\s+)?(?:on\s+)?$")
#: A day written as an adjective of a noun of another event: "rescind its Dec. 6 declaration", "the
#: June 3 announcement" (not "the Dec. 21 vote", "its March 17 resolution": the vote's own day).
_OWN_DATE_BEFORE = re.compile(r"\b(?:its|their|his|her|our|the|a|an)\s+$", re.I)
_OTHER_NOUN_AFTER = re.compile(r"\s+(?!(?:votes?|voting|ballots?|resolutions?|drafts?|texts?|sessions?|"
                               r"meetings?|sittings?|vetoe?s?|motions?|adoption|decisions?)\b)[a-z]{3,}\b")
#: One text named with its article: "a United Nations Security Council resolution", "the draft".
_ONE_TEXT = re.compile(r"\b(?:an?|the|this|that)\s+"
                       r"(?:(?!resolutions?\b|drafts?\b|texts?\b)[\w.'’-]+\s+){0,6}?"
                       r"(?:draft\s+)?(?:resolution|draft|text)\b(?!s)", re.I)
#: A passive auxiliary just before the position: "was blocked by", "were rejected by", "had been vetoed by".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+ly\s+)?$", re.I)


#: "opposed by the major nuclear powers, including A and B", "backed by several states, among them C":
#: a group of that side, some of its members named.
_BY_GROUP = (r"(?:\s+(?:the\s+)?(?:(?:several|many|some|other|most)\s+)?(?:[\w-]+\s+){0,3}?"
             r"(?:powers|countries|states|nations|members|governments|delegations),?\s+"
             r"(?:including|such\s+as|among\s+them|notably))?")
#: A veto holder's adjective before its name in a list: "including veto-wielding Russia, China".
_HOLDER_WORD = re.compile(r"veto-(?:wielding|holding)\s+", re.I)
#: "abstained, as did China", "..., as did other member states including A and B": more of that side.
_AS_DID = (r"as\s+did(?:\s+(?:several\s+|many\s+|some\s+)?(?:other\s+)?(?:member\s+states|members|countries|"
           r"states|nations|delegations),?\s+(?:including|such\s+as|among\s+them))?")


def _passive_agents(sent: str, end: int, voters) -> tuple[list[str], int]:  # noqa: ANN001
    """Members after "... vetoed by": "by Russia and China" (a list and nothing else)."""
    given = end
    if sent[end:end + 1] in ("\"", "”", "’", "'"):
        end += 1  # 'Voting "no" were A and B': the answer quoted, its closing mark before the names
    # "the veto issued by the United States": the act's agents after its participle
    by = re.match(r",?\s+(?:(?:cast|issued|exercised)\s+by|by" + _BY_GROUP + r"|along\s+with|together\s+with|"
                  r"as\s+well\s+as|"
                  r"joined\s+by|" + _AS_DID + r")\s+"
                  r"(?:the\s+)?|\s*[(:—–]\s*(?:from\s+)?(?:the\s+)?|"
                  # "with six abstentions - A, B and C": a spaced hyphen for a dash (no compound word)
                  r"\s+-{1,2}\s*(?=[A-Z])(?:the\s+)?|,?\s+(?:from(?!\s+(?:the\s+)?(?:voting|vote|ballot)\b)|"
                  r"including|namely)\s+(?:the\s+)?|"
                  # "..., including key US allies: the UK, France and Japan": a few words naming them first
                  r",?\s+including\s+(?:[\w.-]+\s+){0,3}?[\w.-]+:\s+(?:the\s+)?|"
                  # "33 countries voted for the resolution, including A and B", "..., most notably A":
                  # some of the members of that position, named after the text voted on
                  # ("21 countries voted against the Dutch resolution including A and B": the comma left out)
                  r"(?:\s+(?:of\s+|on\s+|for\s+)?(?:the|this|that|a|an)\s+(?:[\w.'’-]+\s+){0,3}?"
                  r"(?:draft|resolution|text|measure|motion|proposal)s?\s+(?:including|among\s+them)\s+"
                  r"(?:(?:[\w.-]+\s+){0,3}?[\w.-]+:\s+(?:the\s+)?|(?=[A-Z])(?:the\s+)?))|"
                  r"(?:\s+(?:of\s+|on\s+|for\s+)?(?:the|this|that|a|an)\s+(?:[\w.'’-]+\s+){0,3}?"
                  r"(?:draft|resolution|text|measure|motion|proposal)s?)?"
                  r",\s+(?:including|such\s+as|(?:most\s+)?notably|among\s+them|primarily|chiefly|mainly|"
                  # "Russia voted against the draft, as did China": more members of that position
                  # ("35 abstained, which also included A and B")
                  # ("voted against the resolution, as well as A, B and C": more of that side)
                  r"principally|particularly|especially|as\s+well\s+as|along\s+with|together\s+with|"
                  + _AS_DID +
                  r"|which\s+(?:also\s+)?included)\s+(?:the\s+)?|"
                  # the position first, its members after: "Among those voting against were A, B and C",
                  # "Those abstaining included A and B", "The three abstaining countries were A, B and C"
                  r"(?:\s+(?:countries|members|states|nations|delegations))?"
                  # ("The nations voting for passage of the resolution were A and B"; "Others that
                  # voted against it included A and B")
                  r"(?:\s+(?:it|them)(?=\s+(?:were|are|included|include)\b)|"
                  r"\s+(?:on\s+)?(?:(?:passage|adoption|approval)\s+of\s+)?"
                  # ("The countries voting against Thursday's resolution were A and B")
                  r"(?:(?:the|this|that|these|those|both|all\s+(?:the\s+)?(?:\w+\s+)?)\s*|[A-Z][\w.-]*['’]s\s+)"
                  r"(?:[\w.-]+\s+){0,3}?(?:draft|resolution|text|measure|initiative|proposal|motion)s?"
                  # "Countries that backed the text, which the government opposed, include A and B"
                  r"(?:,\s+which\s+[^,;:.()]{1,120},)?)?"
                  # "The countries that supported it were 32, and include A, B": a count before the names
                  rf"(?:\s+(?:were|are)\s+{_NUM},?(?:\s+and)?(?=\s+includ))?"
                  # "The four abstentions during the vote were from A, B and C", "... came from A and B"
                  r"(?:\s+(?:during|in|at|on)\s+the\s+(?:vote|ballot))?"
                  # "Among the countries that abstained from voting were A and B"
                  r"(?:\s+from\s+(?:the\s+)?(?:voting|vote|ballot))?"
                  r"\s+(?:(?:were|was|came)\s+from|were|was|are|included|include)\s*:?\s+(?:the\s+)?",
                  sent[end:])
    opening = not by and _OPENING_SIDE.fullmatch(sent[:end])
    if opening:
        # "Voted against UK, USA and France.", "Abstained from voting Chile and Peru.": a roll call
        # in a sentence of its own, the side first; only a list running to the sentence's end
        by = re.match(r"(?:\s+from\s+(?:voting|the\s+vote))?\s*:?\s*(?:the\s+)?(?=[A-Z])", sent[end:])
    if not by and re.search(r"\b(?:support|backing)$", sent[:end], re.I):
        by = re.match(r"\s+of\s+(?:the\s+)?", sent[end:])  # "won the support of Chile and Peru"
    if not by and re.search(r"\babstentions?$", sent[:end], re.I):
        # "with the abstentions of A and B", "with the abstention of five countries: A, B, ..."
        by = re.match(rf"\s+of\s+(?:the\s+)?(?:{_NUM}\s+(?:countries|members|states|nations|delegations)"
                      r"\s*(?:[:(]|[—–]|--)\s*(?:the\s+)?)?", sent[end:])
    if not by and re.search(r"(?:dissenters?|abstentions|abstainers|opponents|supporters)$",
                                  sent[:end], re.I):
        # "The two dissenters, A and B, said", "the abstentions in the vote, A and B, ..."
        by = re.match(r"(?:\s+(?:in|during|at|on)\s+the\s+(?:vote|ballot))?,\s+(?:namely\s+)?(?:the\s+)?",
                      sent[end:])
    if not by:
        return [], given
    pos = end + by.end()
    # "Abstaining were Europeans Britain, France and Norway", "... were fellow members A and B":
    # a word for the group before its names
    group = _GROUP_WORDS.match(sent, pos)
    if group and group.end() > pos:
        pos = group.end()
    holder = _HOLDER_WORD.match(sent, pos)
    if holder:  # "including veto-wielding Russia, China and Algeria"
        pos = holder.end()
    named: list[str] = []
    for p in sorted(voters, key=lambda p: p.start):
        if p.end <= pos:
            continue
        gap = sent[pos : max(pos, p.start)]  # "by the United States": the name holds the "the" read
        items = _gap_items(gap) if named else None
        if items is not None:
            named += items  # a name variant ("Antigua-Barbuda") between two names: the list goes on
        elif named and _UNKNOWN_ITEM.fullmatch(gap):
            pass  # a list item no name was read in (a typo, an unlisted short name): the list goes on
        elif named and _KIND_OF_ITEMS.fullmatch(gap):
            pass  # "A, B and the Pacific islands of C, D and E": the rest of the list, named by its kind
        elif (not named and gap.strip()) or (named and not re.fullmatch(r",?\s*(?:and\s+)?(?:the\s+)?", gap)):
            break
        if named and re.match(r"['’]s\b", sent[p.end:]):
            break  # "was the US, Israel's closest ally": an apposition about the item, no item of its own
        named.append(p.code)
        pos = p.end
    if named:  # the list's last item may be a short name only a variant reads ("..., Palau and Papua.")
        rest = sent[pos:]
        stop = _LIST_END.search(rest)
        tail = _gap_items(rest[: stop.start()] if stop else rest, closed=False)
        if tail:
            named += tail
            pos += stop.start() if stop else len(rest)
    if opening and not re.fullmatch(r"\W*", sent[pos:]):
        return [], given
    return named, (pos if named else end)


#: A sentence opening with its side and no subject: "Voted against", "Abstained from voting".
_OPENING_SIDE = re.compile(r"\W*(?:voted\s+(?:against|for|in\s+favou?r)|abstained(?:\s+from\s+voting)?|"
                           r"abstaining)", re.I)


#: A word or two for a group before its members' names: "Europeans", "fellow council members",
#: "the non-permanent members", "Western powers", "African states".
_GROUP_WORDS = re.compile(
    r"(?:(?:its|their)\s+(?:\w+\s+)?(?:ally|allies|partners?)\s+)?"  # "from its ally China"
    # ("were many European Union members, A, B and C": a quantifier, and a comma before the names)
    r"(?:(?:the\s+)?(?:(?:many|several|some|most|numerous)\s+)?(?:fellow\s+|other\s+)?"
    r"(?:(?:non-?permanent|permanent|elected|western|european(?:\s+union)?|eu|african|"
    r"arab|asian|latin(?:[- ]american)?|nordic|gulf|council)\s+){0,2}(?:members?|countries|states|nations|"
    r"powers|allies|europeans|africans|arabs|asians|latin\s+americans|westerners|nordics)\s*,?\s+)?", re.I)
#: Inside a list of members, a word for the kind of the items that follow: "..., Ethiopia and the Pacific
#: islands of Nauru, Palau and Tonga", "and the African nations of Chad and Niger".
_KIND_OF_ITEMS = re.compile(r",?\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:island\s+|small\s+)?"
                            r"(?:islands|nations|states|countries)\s+of\s+(?:the\s+)?")
#: Where a list of members after its position ends: the sentence's or the clause's end.
_LIST_END = re.compile(r"[.;:)]|\s[—–]\s|\s--\s|,?\s+(?:while|whereas|but|with)\s+", re.I)
#: The rest of a state's UN name in parentheses, as roll calls copied from UN pages write it.
_QUALIFIER = re.compile(r"\s*\((?:the\s+)?[A-Z][\w'’ -]{0,40}\)")
_ITEM_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)


def _gap_items(gap: str, *, closed: bool = True) -> list[str] | None:
    """The members of the list items between two names of a list (", Antigua-Barbuda, "), else ``None``.

    ``gap`` must be separators (commas, "and") around items each read as states by
    :func:`~unsc.coverage.annotate.members_in_item` (name variants, a name's first word);
    ``closed``: it ends with a separator (the next name follows), else it ends the list.
    Plain separators give ``[]``; anything else (a word that is no state) gives ``None``.
    """
    gap = _QUALIFIER.sub(" ", gap)  # "Bolivia (Plurinational State of), Iran (Islamic Republic of)"
    if not gap.strip():
        return None if closed and gap else []
    seps = list(_ITEM_SEP.finditer(gap))
    if not seps or seps[0].start() != 0 or (closed and seps[-1].end() != len(gap)):
        return None
    bounds = [m.span() for m in seps]
    pieces = [gap[a_end:b_start] for (_, a_end), (b_start, _) in zip(bounds, bounds[1:] + [(len(gap), 0)],
                                                                          strict=True)]
    found: list[str] = []
    for piece in pieces:
        if not piece.strip():
            continue
        codes = members_in_item(piece)
        if not codes:
            return None
        found += codes
    return found


#: A member right after these is the object of what others did ("reluctant to oppose Russia",
#: "rounded on China"), not one who voted.
_OBJECT_BEFORE = re.compile(r"\b(?:oppose|opposing|protect(?:s|ing|ed)?|shield(?:s|ing|ed)?|criticis\w*|"
                            r"criticiz\w*|accus\w*|blam\w*|rounded\s+on|turned\s+on|call(?:s|ed|ing)?\s+on|"
                            r"urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|"
                            # "China often backs Russia at the council": the ally a member stands by
                            r"backs|supports|"
                            # "a draft that would have demanded Israel halt": whom the text addressed
                            r"demand(?:s|ed|ing)?|requir(?:e|es|ed|ing)|order(?:s|ed|ing)?|"
                            # "a historical relationship with the Kremlin": a partner, not a voter
                            r"(?:relationship|relations|ties|links|alliance|friendship|partnership)"
                            r"(?:\s+\w+){0,2}?\s+with)\s+(?:the\s+)?$", re.I)
#: "nine votes and no vetoes", "passed without a veto": a veto named only to say there was none.
_NO_VETO = re.compile(r"\b(?:no|without\s+(?:a|any)|nor\s+(?:a|any))\s+$", re.I)
#: "a procedure adopted to circumvent vetoes by the Soviet Union": vetoes as what a rule gets around.
_VETO_AVOIDED = re.compile(r"\b(?:circumvent\w*|bypass\w*|overr(?:ide|ode|iding)\w*|overcom\w*|sidestep\w*|"
                           r"get\s+around|getting\s+around)\s+(?:the\s+|a\s+|any\s+)?$", re.I)
#: The side of a position denied ("did not vote against"): it names its clause's members, none of them
#: with it.
_DENIED_SIDE = "denied"
#: "did not vote against", "has never vetoed", "didn't abstain": the position is denied.
_NEGATED = re.compile(r"\b(?:(?:did|does|do|had|has|have|was|were|is|are)\s+not|"
                      r"(?:did|does|do|had|has|have|was|were|is|are)n['’]t|never|not)\s+(?:\w+ly\s+)?$", re.I)
#: A nationality word standing for its state's delegation ("the Chinese envoy", "Russian and
#: Chinese diplomats vetoed"); the nouns are what speaks for a state in a vote, not its people.
_DEMONYM_ACTOR = re.compile(
    # "the Iranian, Syrian and North Korean delegations", "Russian Ambassador Sergey Lavrov"
    r"(?:\s*(?:,|and)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*\s+(?:UN\s+|U\.N\.\s+)?(?:envoys?|ambassadors?|"
    r"delegations?|delegates?|representatives?|governments?|diplomats?|side|missions?|"
    r"Ambassadors?|Envoys?|Permanent\s+Representatives?)\b")
#: What follows a member's name as a list item or a clause's subject ("Canada, New Zealand and the
#: US voted"): a demonym written so ("New Zealand") is the name there, not an adjective.
_NAME_ITEM_NEXT = re.compile(r"\s*(?:[,;.)]|[—–]|--|$)|\s+(?:and|or|voted|abstained|were|was|had|have|cast|"
                             r"backed|supported|opposed|rejected|joined|vetoed)\b")
_ITEM_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


#: A state named as the owner of something other than its delegation or its vote: "who have supported
#: Myanmar's military leaders" names Myanmar's rulers, no voter ("Russia's envoy voted against", "China's
#: abstention" are the state's own).
_POSSESSED = re.compile(r"['’]s?\s+(?!(?:UN\s+|U\.N\.\s+|own\s+)?(?:envoys?|ambassadors?|delegations?|"
                        r"delegates?|representatives?|government|governments|diplomats?|missions?|permanent|foreign|deputy|"
                        r"top|chief|vetoe?s?|votes?|voting|abstentions?|support|backing|opposition|decision|"
                        r"position|stance|no|yes)\b)[a-z]")
#: A state that sends a reaction, not a vote: "a warning from the USA for voting against", "pressure
#: from Washington to abstain".
_SENDER_BEFORE = re.compile(r"\b(?:warnings?|criticism|rebukes?|pressure|praise|thanks|letters?|calls?|"
                            r"demands?|threats?|messages?|reprimands?|complaints?|protests?|backlash)\s+"
                            r"(?:\w+\s+)?from\s+(?:the\s+)?$", re.I)
#: What follows a people named for its state, as a subject or a list item ("the Russians and Chinese
#: again voted against", "the French, British and Americans voted yes").
_PEOPLE_NEXT = re.compile(r"\s*,|\s+(?:and|or)\s|\s+(?:(?:again|also|both|all|then|too|\w+ly)\s+)?"
                          r"(?:voted|abstained|vetoed|cast|backed|supported|opposed|rejected|blocked)\b")
#: A people's name that is its adjective too: "the Chinese", "the French", "the British", "the Swiss".
_PEOPLE_AS_ADJECTIVE = re.compile(r"(?:ese|ch|sh|ss)$")


def _people_for_state(sent: str, p, places) -> bool:  # noqa: ANN001
    """Whether demonym ``p`` names a people standing for its state: "the Russians and Chinese again
    voted against" (a plural, "Russians", or "the" and an "-ese"/"-ch"/"-sh" word, or one listed
    after such a people), with a verb or a list after it. "Russian troops" is an adjective."""
    if not _PEOPLE_NEXT.match(sent[p.end:]):
        return False
    word = p.text
    if word.endswith("s") and not word.endswith("ss") and word[:1].isupper():
        return True  # "Russians", "Americans": the adjective has no plural
    if not _PEOPLE_AS_ADJECTIVE.search(word):
        return False
    if re.search(r"\bthe\s+$", sent[max(0, p.start - 5): p.start], re.I):
        return True
    before = [q for q in places if q.kind == "demonym" and q.end <= p.start
              and re.fullmatch(r"\s*(?:,|,?\s+and)\s+", sent[q.end: p.start])]
    return bool(before) and _people_for_state(sent, before[-1], places)


@cache
def _names_also_demonyms() -> frozenset[str]:
    """Demonyms written as a country's name ("New Zealand"): the name in a list of names."""
    import pycountry

    from unsc import members

    names = set(members.table().name.astype(str))
    for c in pycountry.countries:
        names |= {getattr(c, a, None) or "" for a in ("common_name", "name")}
    return frozenset(s for s in lexicon.DEMONYMS if s in names)


def _listed_as_name(sent: str, p, places) -> bool:  # noqa: ANN001
    """Whether demonym ``p`` is an item of a list of member names ("Canada, New Zealand and the US").

    Only a demonym that is also the country's name: "French, British and US troops" lists adjectives.
    """
    if p.text not in _names_also_demonyms() or not _NAME_ITEM_NEXT.match(sent[p.end:]):
        return False
    near = [q for q in places if q is not p and q.kind in ("name", "capital")
            and (_ITEM_GAP.fullmatch(sent[q.end:p.start]) if q.end <= p.start else
                 _ITEM_GAP.fullmatch(sent[p.end:q.start]) if p.end <= q.start else False)]
    return bool(near)


#: A count with its members in parentheses, as UN press releases write a recorded vote:
#: "by 120 in favour to 3 against (A, B, C), with 4 abstentions (D, E, F, G)".
_COUNTED_LIST = re.compile(rf"\b{_NUM}\s+(?:votes?\s+|"
                           r"(?:(?:countries|states|nations|members|delegations)\s+)?"
                           # '6 voted "against" (A, B, ...)', "four abstained (C, D, ...)"
                           r"(?:voted\s+)?)?[\"“”‘’']?(?P<pos>in\s+favou?r|against|abstentions?|abstaining|"
                           # "14 opposed (including A, B and C)": the count of votes against
                           r"abstained|absent|opposed)[\"“”‘’']?"
                           # "14 countries voted against the motion (A, B, ...)": the text named between
                           r"(?:\s+(?:it|the\s+(?:[\w-]+\s+)?(?:resolution|draft|text|motion|measure|proposal)))?"
                           r"\s*\((?P<some>(?:among\s+(?:them|those|which|whom)|including|incl\.|notably|"
                           r"such\s+as)[:,]?\s+)?(?P<list>[^()]{2,2000})\)", re.I)
#: "passed with support from 25 countries (A, B, ...)": the yes count's members in parentheses.
_SUPPORT_LIST = re.compile(rf"\b(?P<pos>support|backing)\s+(?:from|of)\s+{_NUM}\s+"
                           r"(?:countries|states|nations|members|delegations)\s*\((?P<some>(?:among\s+(?:them|"
                           r"those|which|whom)|including|incl\.|notably|such\s+as)[:,]?\s+)?(?P<list>[^()]{2,2000})\)",
                           re.I)
#: "two (A and B) against", "two — A and B — against", "three - C, D and E - abstained": a count, its
#: members in parentheses or between dashes, then its side.
_COUNTED_BEFORE_LIST = re.compile(
    rf"(?<![\d/-])\b(?P<n>{_NUM})\s*(?:\((?P<list>[^()]{{2,600}})\)|[—–]\s*(?P<dlist>[^—–]{{2,600}}?)\s*[—–]|"
    r"\s-{1,2}\s(?P<hlist>[^-]{2,600}?)\s-{1,2})"
    r"\s*(?:voted\s+)?(?P<pos>in\s+favou?r|against|abstained|abstaining|abstentions?)"
    r"(?=\s*(?:[,;.]|$)|\s+(?:and|while|whereas|with)\b)", re.I)
#: "approved, by 11 votes (Chile, Peru, ...) to 0": the yes count's members in parentheses before "to".
_COUNTED_TO_LIST = re.compile(rf"\bby\s+(?:a\s+vote\s+of\s+)?{_NUM}\s+(?:votes?\s+)?"
                              rf"\((?P<list>[^()]{{2,2000}})\)\s+to\s+{_NUM}\b", re.I)
#: "14 votes in favour and one vote, from Indonesia, against": the members of a count between commas,
#: its position after them.
_COUNTED_ASIDE = re.compile(rf"\b{_NUM}\s+votes?,\s+(?:from|by|cast\s+by)\s+(?:the\s+)?"
                            r"(?P<list>[^;:()]{2,120}?),"
                            r"\s+(?P<pos>in\s+favou?r|against)(?=\s*(?:[.;,]|$)|\s+(?:it|the\s+(?:resolution|draft|"
                            r"text|measure|motion))\b)", re.I)
#: "adopted over opposition from five countries, including A and B": a count of votes against and
#: some of its members (a stance without a count, "opposition from key members", is no vote).
_COUNTED_OPPOSITION = re.compile(rf"\bopposition\s+(?:from|of|by)\s+(?P<pos>){_NUM}\s+(?:other\s+)?"
                                 r"(?:countries|states|nations|members|delegations),\s+(?P<some>including|among\s+them)"
                                 r"\s+(?P<list>[^.;:()]{2,200}?)(?=\s*(?:[.;:]|$)|,\s+(?:while|whereas|and|but)\b)",
                                 re.I)
#: "opposed by 12 countries including A and B", "backed by 120 states, among them C": a counted side and
#: some of its members, named after the count of those who voted so.
_COUNTED_BY = re.compile(rf"\b(?P<pos>opposed|backed|supported)\s+by\s+(?:only\s+)?{_NUM}\s+(?:other\s+)?"
                         r"(?:countries|states|nations|members|delegations),?\s+(?P<some>including|among\s+them)"
                         r"\s+(?P<list>[^.;:()]{2,200}?)(?=\s*(?:[.;:]|$)|,\s+(?:while|whereas|and|but|with)\b)",
                         re.I)
#: "despite this opposition from A", "over the objections of B": a stance told as the vote's background;
#: the members it names are no voters of the clause that follows ("..., 27 members voted in favour").
_STANCE_FROM = re.compile(r"\b(?:despite|over|amid|notwithstanding)\s+(?:(?:the|this|that|their|its|strong|"
                          r"fierce|stiff)\s+)*(?:opposition|objections?|resistance|protests?)\s+(?:from|of|by)\s+"
                          r"(?P<list>[^,;.()]{2,120}?)(?=\s*[,;.]|$)", re.I)
#: A count of two told one by one after a colon: "there were only two votes against the text: one was
#: A and the other was B", "two abstentions: one from A, the other from B".
_COUNTED_PAIR = re.compile(r"\b(?:two|2)\s+(?:votes?\s+)?(?P<pos>in\s+favou?r|against|abstentions)\b"
                           r"[^.;:]{0,80}:\s+"
                           r"one\s+(?:was|from|by|being)\s+(?:the\s+)?(?P<a>[^.;:,]{2,60}?)(?:,\s+|\s+and\s+)"
                           r"the\s+other\s+(?:was|from|by|being)\s+(?:the\s+)?(?P<b>[^.;:,]{2,60}?)(?=\s*(?:[.;]|$))",
                           re.I)
_COUNTED_POSITIONS = {"": "no", "in fa": "yes", "again": "no", "abste": "abstain", "absta": "abstain",
                      "absen": "absent", "oppos": "no", "backe": "yes", "suppo": "yes",
                      "backi": "yes"}
#: A count of one position with its members after "from", "by" or "cast by": "two 'no' votes from A
#: and B", "three abstentions by C, D and E", "12 votes in favour, from ...", "two votes against, cast
#: by A and B". Each count takes its own list (read by :func:`_passive_agents`), never the next one's.
_Q = r"[\"“”‘’']?"
_COUNTED_FROM = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:(?P<yes>{_Q}(?:yes|affirmative|concurring){_Q}\s+votes?|(?:votes?\s+)?in\s+favou?r)|"
    rf"(?P<no>{_Q}(?:no|nay|negative|contrary){_Q}\s+votes?|(?:votes?\s+)?against)|(?P<abstain>abstentions?))"
    # "2 contrary votes (A and B)": the count's members in parentheses
    r"(?:,?\s+(?:(?:were|was)\s+)?cast)?(?=,?\s+(?:by|from)\s|\s*\()", re.I)


#: ", which supported the texts of 2012," : a relative clause; its position is background when the
#: sentence states another. The relative pronoun may be left out before a time of its own: "A and
#: B, earlier opposed to holding the debate, now abstained".
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:which|who)\s+|(?=(?:earlier|previously|initially|originally|"
                             # (a parenthesis inside it may hold commas of its own)
                             r"formerly|at\s+first)\b))(?:[^,()]|\([^()]{0,120}\)){0,120},", re.I)
#: What an aside says of other times: "which has opposed force in the past", "who usually abstains".
_HABIT = re.compile(r"\b(?:has|have|had)\b|\bin\s+the\s+past\b|\bpreviously\b|\bbefore\b|\busually\b|"
                    r"\btraditionally\b|\boften\b|\balways\b|\brepeatedly\b|\bsince\b|\bearlier\b|"
                    r"\binitially\b|\boriginally\b|\bformerly\b|\bat\s+first\b", re.I)
#: A closing "since" clause of another event: "..., a divide since NATO launched strikes in Libya".
_SINCE_TAIL = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:launched|began|started|used|"
                         r"invaded|took|came|was|were|had|voted|adopted|passed|intervened)\b[^;:]*$", re.I)
#: A closing concession about what a member does as a rule: ", although the country usually abstains
#: or votes against such resolutions", ", though it often opposes ...".
_HABIT_TAIL = re.compile(r",\s+(?:although|though|even\s+though|whereas)\s+[^;:]*?\b(?:usually|often|"
                         r"generally|typically|traditionally|normally|always|tends?\s+to)\b[^;:]*$", re.I)
#: A closing phrase counting the vote among earlier ones: ", marking the 49th time ...", ", the fourth
#: time Russia has ...", ", its 16th veto on ...", ", making it the third such veto".
_COUNT_TAIL = re.compile(r",\s+(?:(?:marking|making|becoming|which\s+(?:was|is|marked|made)|"
                         r"in\s+what\s+was)\s+(?:it\s+)?)?(?:the|its|their|his|her)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|"
                         r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+ieth|"
                         r"\w+-\w+(?:st|nd|rd|th))\s+(?:such\s+)?(?:time|veto|use)\b[^;:]*$", re.I)
#: A state's office answering a vote, not casting it: "Chile's foreign ministry rejected the text in a
#: statement", "Peru's government condemned the resolution". A delegate votes for the state
#: ("Chile's ambassador voted against"), so only verbs other than voting ones are set aside. The
#: state may be named by its adjective: "the Chilean government swiftly rejected the text".
_REACTION_SUBJECT = re.compile(
    r"(?:['’]s?|\b(?-i:[A-Z][a-z]+))\s+(?:(?:foreign|interior|defen[cs]e|external\s+affairs|information)\s+)?(?:ministry|office|"
    r"government|cabinet|presidency|president|prime\s+minister|chancellor|spokes(?:man|woman|person)|"
    r"parliament|embassy|foreign\s+minister)\s+(?:(?:\w+ly|also|quickly|swiftly|later)\s+){0,2}$", re.I)
#: A present-tense stance rather than a vote: "which is backed by the US", "remains opposed to".
#: What "rejected" or "opposed" takes when it is no vote on the text: "rejected U.S. attempts to amend the
#: resolution", "opposed calls for a vote" (the text is named only inside the object).
_NOT_TEXT_OBJECT = re.compile(r"\s+(?:(?:the|an?|any|all|their|its|his|her)\s+)?(?:[\w.'’-]+\s+){0,2}?"
                              r"(?:attempts?|calls?|demands?|amendments?|suggestions?|claims?|accusations?|"
                              r"allegations?|criticism|charges?|requests?|appeals?|offers?|pressure|"
                              # a part or an aim of the text, not the text: "opposed sanctions and several
                              # other provisions", "endorsed the humanitarian objectives of the resolution"
                              r"sanctions|provisions?|objectives?|aims?|goals?|elements?|clauses?|paragraphs?|"
                              r"language|wording|parts?|aspects?)\b"
                              r"(?!\s+(?:resolutions?|drafts?|texts?|bills?|measures?|package)\b)", re.I)
_STANCE_BEFORE = re.compile(r"\b(?:is|are|remains?|stays?)\s+(?:\w+ly\s+)?$", re.I)
#: ", criticized by Israel and the United States,": a participle other than a vote's, and its agents;
#: also opening the sentence (after a dateline): "Angered by Guatemala's ties with Taiwan, China vetoed".
_PARTICIPLE_ASIDE = re.compile(
    r"(?:,\s+|^\W*|(?:—|–|--)\s*)"
    r"(?!(?i:vetoe?d|opposed|backed|supported|endorsed|rejected|blocked|adopted|approved|joined|headed|led)\b)"
    r"(?:[a-z]+|[A-Z][a-z]+)ed\s+by\s+[^,;]{1,80},")

#: "Angered by A's ties with B, China vetoed ...": a sentence opening with another verb's participle
#: names its agents or causes, not voters (after a dateline's dash, if any).
#: A relative aside listing members: ", which also included A, B and C,".
_LISTING_ASIDE = re.compile(r",\s+(?:which|who)\s+(?:also\s+)?(?:includ(?:ed|es|e)|were|are)\b", re.I)
#: An aside between dashes or commas telling what is usual: "-- often along with China --".
_HABIT_ASIDE = re.compile(r"(?:\s--\s|\s[—–]\s|,\s)(?:[^,;—–]{0,40}?\s)?(?:often|usually|typically|"
                          r"traditionally|frequently|sometimes|mostly|routinely|always)\b[^,;—–]{0,60}?"
                          r"(?:\s--\s|\s[—–]\s|,)")
#: A sentence opening with who drafted the text: "Drafted by A, B and C, ...".
_SPONSORS_OPENING = re.compile(r"^\W*(?:drafted|sponsored|co-sponsored|proposed|tabled|written|presented|"
                               r"submitted|introduced|put\s+forward|authored|penned)\s+(?:\w+ly\s+)?by\s",
                               re.I)
_PARTICIPLE_OPENING = re.compile(
    r"(?:^|\s[—–]\s|\s--\s)\W*(?!(?:vetoe?d|opposed|backed|supported|endorsed|rejected|blocked|adopted|approved|"
    r"joined)\b)(?-i:[A-Z])[a-z]+ed\s+(?:by|at|over|with|about)\s+[^,;—–]{1,120},", re.I)


#: In a sentence right after one telling of a vote, another member abstaining makes a stance word a side
#: of that vote: "The vote ended 13 to 1. Russia opposed the renewal and China chose to abstain."
_ABSTAINED_TOO = re.compile(r"\b(?:abstained|abstaining|(?:chose|decided|opted)\s+to\s+abstain)\b", re.I)
#: "... with 26 abstentions", "with one abstention": a count added to the vote told of, not the
#: position of the members named before it.
_WITH_COUNT = re.compile(rf"\bwith\s+(?:(?:a|an|{_NUM})\s+)?$", re.I)
#: A side told by a stance word, not a vote word, of the text just voted on: "opposed the resolution",
#: "backed it" ("backed a draft for a longer mandate" is another text).
_STANCE_WORD = re.compile(r"(?:opposed|opposing|backed|backing|supported|supporting|rejected|rejecting)\s+"
                          r"(?:it\b|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:resolution|text|draft|measure|"
                          r"motion)\b)", re.I)
#: A count of votes right before its side: "adopted with 110 votes in favour", "with 12 against".
_WITH_VOTES = re.compile(rf"\bwith\s+(?:only\s+|just\s+)?{_NUM}\s+(?:(?:votes?|ballots)\s+)?$", re.I)
#: Between two members named before a side, a verb of the first one's own clause and the "and" that
#: opens the second's: "A sought praise for itself and ", "A was seeking praise and the ".
_CLAUSE_AND = re.compile(r"^\s+(?:\w+ly\s+)?(?:was|were|is|are|had|has|have|did|does|would|could|wanted|"
                         r"tried|sought|wrote|formulated|drafted|said|made|took|gave|sent|led|held|spoke|"
                         # any verb of the past ("Russia criticised the text and China abstained"; "opposed
                         # the extension and China chose to abstain"): the members before it have a
                         # clause and a verb of their own
                         r"(?-i:[a-z]{3,}ed))\b[^,;]*?,?\s+and\s+(?:the\s+)?$", re.I)


def _own_clause(sent: str, voters, lo: int, hi: int, named: list[str]) -> list[str]:  # noqa: ANN001
    """``named`` less the members of a clause of their own that an "and" ends before the side's subject.

    "Cuba was seeking praise and Denmark voted against it": the verb after Cuba makes
    its words a clause, so only the members after the last such "and" took the side.
    """
    inside = sorted((p for p in voters if lo <= p.start < hi), key=lambda p: p.start)
    cut = None
    for a, b in zip(inside, inside[1:], strict=False):
        if _CLAUSE_AND.match(sent[a.end:b.start]):
            cut = b.start
    if cut is None:
        return named
    kept = {p.code for p in inside if p.start >= cut}
    return [c for c in named if c in kept]


#: Where one clause's positions end and the next clause's members begin: "A vetoed the draft, while
#: B abstained", "..., whereas B ...", "...; B ...", "A vetoed it, with B abstaining".
_POSITION_BREAK = re.compile(r",?\s+(?:while|whereas)\s+|;\s+|,\s+with\s+|"
                             # a clause of its own: '... said, "...", after Russia cast its veto'
                             # (a gerund keeps the subject: "China ... after abstaining"; "once
                             # again", "once more" is an adverb: "the US once again blocked it")
                             r",?\s+(?:after|before|when|because|once(?!\s+(?:again|more)\b)|until)\s+"
                             r"(?!\w+ing\b)|"
                             # "Moscow made sure that the UAE abstained": who saw to it did not abstain
                             r"\b(?:ensur(?:e|es|ed|ing)|(?:make|makes|made|making)\s+sure)\s+"
                             r"(?:that\s+)?", re.I)


#: A verb of saying and its "that": what follows is a clause of its own.
_REPORTED = re.compile(r"\b(?:" + "|".join(lexicon.REPORTING_VERBS) + r")\b(?:\s+(?:reporters|journalists))?"
                       r"\s+(?:that\s+)?", re.I)


#: A clause that counts or hints at members with its position that it does not name: "the United
#: States and five European countries opposing", "among those voting against were", "including",
#: "A, B and three other members", "among others". Its names are some of that position's, not all.
_UNNAMED_OTHERS = re.compile(
    rf"\b(?:and|plus|with|as\s+well\s+as|along\s+with|joined\s+by|as\s+did)\s+(?:some\s+|many\s+|several\s+|"
    rf"a\s+few\s+|{_NUM}\s+)?(?:other\s+|more\s+)?(?:[\w-]+\s+){{0,2}}?(?:countr(?:y|ies)|nations?|"
    rf"states?|members?|delegations?|others|allies|partners)\b|\b{_NUM}\s+others\b|"
    rf"\bamong\s+(?:others|them|those|the|{_NUM})\b|\b(?:including|included|include|includes|such\s+as|"
    r"notably)\b|,\s+(?:primarily|chiefly|mainly|principally|particularly|especially)\s+"
    r"(?!(?-i:[a-z]))(?!the\s+[a-z])", re.I)


#: What may come before a sentence's subject: a dateline ("OTTAWA—", "GENEVA, Jan. 12 --") and "the".
_OPENING = re.compile(r"^\W*(?:[A-Z][A-Z.]+(?:[ ,]+[\w.]+){0,3}\s*(?:—|–|--|-|:)\s*)?(?:the\s+)?$")


#: A member set apart from those who took the position: "Unlike Chile, Peru abstained", "all members
#: except Chile", "everyone but Chile", "Peru, not Chile, abstained", "rather than Chile".
_EXCEPT_BEFORE = re.compile(r"\b(?:unlike|except(?:\s+for)?|excepting|excluding|save\s+for|but\s+for|"
                            r"other\s+than|rather\s+than|instead\s+of|with\s+the\s+exception\s+of|"
                            r"(?:every\w*|all|anyone|anybody)\s+but|not)\s+(?:the\s+)?$", re.I)
#: "Apart from Chile, all members voted in favour": the member named first is the exception when the
#: clause's subject is everyone else. Otherwise the words may mean "except" or "in addition to"
#: ("Aside from Chile and Peru, Kenya is the only African member, and it voted for ..."): the members
#: named with them take no position, unless the clause says it adds to them ("Besides Peru, Chile also
#: voted against"; "In addition to Russia, Bolivia voted against" always shares it).
_APART_BEFORE = re.compile(r"\b(?:apart\s+from|aside\s+from|besides|beyond)\s+(?:the\s+)?$", re.I)
_ADDED_TO = re.compile(r"^[^.;:]{0,100}?\b(?:also|too|as\s+well|likewise)\b", re.I)
_ONLY = re.compile(r"^[^.;:]{0,100}?\b(?:only|sole|lone|alone)\b", re.I)
_EVERYONE_ELSE = re.compile(r"^[^.;]{0,60}?,\s+(?:all|every\w*|each|the\s+rest|the\s+other|the\s+remaining|"
                            r"(?:\w+\s+)?others)\b", re.I)
_EXCEPT_GAP = re.compile(r",?\s*(?:and\s+|or\s+)?(?:the\s+)?")


def _requalified(sent: str, place):  # noqa: ANN001, ANN202
    """``place`` read with the UN qualifier after it: "Korea (Democratic People's Republic of)" is ``PRK``."""
    after = _QUALIFIER.match(sent, place.end)
    if not after or not place.kind == "name":
        return place
    codes = members_in_item(sent[place.start: after.end()])
    return replace(place, code=codes[0]) if len(codes) == 1 else place


#: A member set apart, then given its own position: "backed by all members except Russia, which abstained".
_OWN_POSITION_AFTER = re.compile(r",\s+(?:which|who)\s+(?:(?:\w+ly|also|instead)\s+)?(?:abstained|voted\s+"
                                 r"(?:against|no)|vetoed|was\s+absent|did\s+not\s+vote)\b"
                                 r"(?:\s+(?:it|the\s+(?:text|draft|resolution|measure)))?", re.I)


def _not_excepted(sent: str, voters):  # noqa: ANN001, ANN202
    """``voters`` without the members a sentence sets apart (:data:`_EXCEPT_BEFORE`), with their lists.

    The list goes on over commas and "and" ("all members except Chile, Peru and Kenya"); set
    before the clause it qualifies ("Unlike Chile, Peru abstained"), it ends at the comma that
    closes it: the member after that comma is the clause's own.
    """
    ordered = sorted(voters, key=lambda p: p.start)
    dropped: set[int] = set()
    i = 0
    while i < len(ordered):
        p = ordered[i]
        before = sent[max(0, p.start - 40): p.start]
        after = sent[p.end:]
        marker = _EXCEPT_BEFORE.search(before) or (
            _APART_BEFORE.search(before) if _EVERYONE_ELSE.match(after) or _ONLY.match(after)
            or not _ADDED_TO.match(after) else None)
        if not marker:
            i += 1
            continue
        chain = [i]
        closed = False  # a list ends with its "and X": "other than A and B, C and D voted no" sets apart A, B
        while chain[-1] + 1 < len(ordered):
            gap = sent[ordered[chain[-1]].end: ordered[chain[-1] + 1].start]
            if not _EXCEPT_GAP.fullmatch(gap) or closed and "," in gap:
                break
            closed = closed or bool(re.search(r"\b(?:and|or)\b", gap))
            chain.append(chain[-1] + 1)
        opening = not sent[: max(0, p.start - 40) + marker.start()].strip(" \"“'")
        if opening and len(chain) > 1 and not re.match(r"\s*,", sent[ordered[chain[-1]].end:]) and \
                re.fullmatch(r",\s*", sent[ordered[chain[-2]].end: ordered[chain[-1]].start]):
            chain = chain[:-1]  # "Unlike Chile, Peru abstained": Peru is the clause's subject
        own = _OWN_POSITION_AFTER.match(sent, ordered[chain[-1]].end)
        if not (own and re.fullmatch(r"[\s.;\"”’')]*", sent[own.end():])):
            # not "backed by all members except Russia and China, which abstained.": their own
            # position ends the sentence, so they stay its voters (an aside closed by a comma may
            # be followed by a position that is not theirs)
            dropped.update(chain)
        i = chain[-1] + 1
    return [p for k, p in enumerate(ordered) if k not in dropped]


#: "Iran's usual supporters such as A and B voted against", "Russia's allies abstained": the member
#: owns the group of others; it is none of them.
_PATRON = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:all(?:y|ies)|supporters?|friends?|partners?|backers?|"
                     r"opponents?|critics?|rivals?|neighbou?rs?|enem(?:y|ies)|adversar(?:y|ies)|detractors?|"
                     r"defenders?|prox(?:y|ies)|clients?|satellites?|patrons?|protectors?)\b", re.I)
#: "close U.S. ally Britain", "Russian partner Belarus": the state before "ally" is whose ally the next
#: one is, not a voter (the ally named after it is).
_PATRON_BEFORE = re.compile(r"\s+(?:ally|allies|partner|partners|backer|backers|client|proxy)\b", re.I)
_IT_SUBJECT = re.compile(r"\s*it\s+(?:(?:also|then|again|once\s+again|once\s+more|\w+ly)\s+){0,2}", re.I)


#: A reported clause whose subject "it" takes a second verb after "but": "... said it regretted X but".
_IT_BUT = re.compile(r"\s*it\s+[^,;:.]{1,80}?\s+but\s+(?:(?:also|still|then|\w+ly)\s+)?", re.I)


def _opening_subject(sent: str, voters, places, hi: int) -> list[str]:  # noqa: ANN001
    """The member opening ``sent`` as its subject, when no other member is named before ``hi`` (or []).

    A member named only as a possessor ("Trump's decision to recognise Jerusalem as Israel's
    capital") is no rival for what "it" stands for; any other member named is.
    """
    before = sorted((p for p in voters if p.start < hi), key=lambda p: p.start)
    if not before or not _OPENING.match(re.sub(r"The\s+$", "the ", sent[: before[0].start])):
        return []
    first = before[0]
    rivals = [p for p in places if first.end <= p.start < hi and p.code != first.code
              and not re.match(r"['’]s\b", sent[p.end:])]
    return [] if rivals else [first.code]


def _named_between(sent: str, voters, places, lo: int, hi: int) -> list[str]:  # noqa: ANN001
    """The voters named in ``sent[lo:hi]``, with list items between two of them only a name variant reads.

    "Australia, Antigua-Barbuda, Argentina ... abstained": an item of a run-on list that is
    no name as written ("Antigua-Barbuda", "Papua") is read by :func:`_gap_items` when it
    stands between two voters; an item next to a place that is no voter (a subject) is not.
    """
    inside = [p for p in voters if lo <= p.start < hi]
    named = [p.code for p in inside]
    ordered = sorted((p for p in places if lo <= p.start < hi), key=lambda p: p.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a in inside and b in inside:
            named += _gap_items(sent[a.end:b.start]) or []
    if ordered and ordered[-1] in inside:  # "..., Kenya and Trinidad-Tobago abstained"
        named += _gap_items(sent[ordered[-1].end:hi].rstrip(), closed=False) or []
    return named


#: "Voting with Washington were A and B", "A and B voted with the United States": they took its position.
_WITH_BEFORE = re.compile(r"\b(?:vot(?:ed|ing|es|e)|sid(?:ed|ing|es))\s+(?:along\s+)?with\s+(?:the\s+)?$",
                          re.I)
#: The position a "voting with" group is given until :func:`_resolve_with` reads the member's own.
WITH = "with:"


#: Members said to take the position just told of with its subject: "A voted against, alongside B and C".
_ALONGSIDE = re.compile(r",?\s*\b(?:alongside|along\s+with|together\s+with)\s+", re.I)
#: A count of the members listed after "alongside" and the mark opening their names: "seven African
#: states (", "five others: ".
_ALONGSIDE_COUNT = re.compile(rf"{_NUM}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s*(?:\(|:|\s[—–]|\s--)\s*(?:the\s+)?",
                              re.I)
#: The noun for the members listed after "along with": "along with the remaining non-permanent council
#: members A, B and C" (the names follow it with no mark).
_ALONGSIDE_NOUN = re.compile(r"(?:the\s+)?(?:other\s+|remaining\s+)?(?:non-?permanent\s+|permanent\s+|"
                             r"elected\s+)?(?:council\s+)?(?:members|countries|states|nations)\s+(?=[A-Z])|"
                             # "along with fellow Pacific island nations A and B"
                             r"fellow\s+(?:[\w-]+\s+){0,3}?(?:members?|countr(?:y|ies)|states?|nations?)\s+"
                             r"(?=[A-Z])", re.I)
_LIST_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?(?:the\s+)?$", re.I)
_CLAUSE_SUBJECT = re.compile(r"^\s+(?:\w+ly\s+|also\s+|then\s+)?(?:vot|abstain|veto|back|support|oppos|"
                             r"reject|cast|was\b|were\b|did\b|had\b|has\b|joined|sided)", re.I)


def _alongside(sent: str, voters, spans, groups):  # noqa: ANN001, ANN202
    """``groups`` with the members listed after "alongside" given the position told just before it.

    "The US was one of four to vote against the text, alongside Israel, Palau and Nauru, against
    170 in favour": the list shares the position before it; read as the subject of the next
    position ("in favour") it would be the opposite of what the sentence says.
    """
    for m in _ALONGSIDE.finditer(sent):
        before = [sp for sp in spans if sp[1] <= m.start()]
        if not before:
            continue
        position, at = before[-1][2], m.end()
        counted = _ALONGSIDE_COUNT.match(sent, at) or _ALONGSIDE_NOUN.match(sent, at)
        if counted:  # "together with seven African states (A, B, ...)": the count's list
            at = counted.end()
        listed: list[str] = []
        for p in sorted((v for v in voters if v.start >= m.end()), key=lambda v: v.start):
            if not _LIST_JOIN.match(sent[at:p.start]) or _CLAUSE_SUBJECT.match(sent[p.end:]):
                break  # "... along with Peru, and Kenya voted in favour": Kenya opens a clause of its own
            listed.append(p.code)
            at = p.end
        if not listed:
            continue
        moved = [(pos, [c for c in named if c not in listed], where, others)
                 for pos, named, where, others in groups]
        groups = [g for g in moved if g[1] or g[0] == position]
        same = [i for i, g in enumerate(groups) if g[0] == position]
        if same:
            g = groups[same[0]]
            groups[same[0]] = (position, g[1] + listed, g[2], g[3])
        else:
            groups.append((position, listed, before[-1][0], False))
    return groups


def _voting_with(sent: str, voters, breaks: list[int]) -> list[tuple[str, list[str], int, bool]]:  # noqa: ANN001
    """Groups of members said to vote as another did, as position ``with:<code>`` (see :func:`_resolve_with`).

    "Voting with Washington were Britain and France" (the members after), "Britain and
    France voted with Washington" (the members of its clause before).
    """
    out = []
    for x in voters:
        verb = _WITH_BEFORE.search(sent[max(0, x.start - 40): x.start])
        if not verb:
            continue
        at = max(0, x.start - 40) + verb.start()
        if not sent[:at].strip(" \"“'"):
            named, _ = _passive_agents(sent, x.end, voters)  # "Voting with X were A, B"
        else:
            lo = max([0] + [b for b in breaks if b <= at])
            named = [p.code for p in voters if lo <= p.start < at]
        named = [c for c in dict.fromkeys(named) if c != x.code]
        # "A voted with B and C against the resolution": the side said after the list is theirs all
        listed, end = [x.code], x.end
        for p in sorted((v for v in voters if v.start >= x.end), key=lambda v: v.start):
            if not _LIST_JOIN.match(sent[end:p.start]):
                break
            listed.append(p.code)
            end = p.end
        side = _SIDE_AFTER_WITH.match(sent, end)
        if named and side:
            position = "no" if side.group("side").lower() == "against" else "yes"
            out.append((position, [*named, *(c for c in listed if c not in named)], at, False))
        elif named:
            out.append((WITH + x.code, named, at, False))
    return out


#: The side said after a "voted with" list: "voted with B and C against the resolution".
_SIDE_AFTER_WITH = re.compile(r"\s+(?P<side>against|in\s+favou?r\s+of|for)\s+"
                              r"(?=(?:it|them|(?:the|this|that)\s+(?:[\w.'’-]+\s+){0,3}?(?:resolution|draft|text|motion|measure|proposal)s?)\b)",
                              re.I)


def _drafted_by(article: Article, code: str) -> bool:
    """Whether ``article`` says ``code`` drafted the text ("the US-drafted text", "drafted by France")."""
    for para in article.paragraphs:
        for p in find_countries(para):
            if p.code == code and (
                    re.match(r"[- ](?:drafted|sponsored|authored|proposed|penned)\b", para[p.end:])
                    or _SPONSOR_BEFORE.search(para[max(0, p.start - 40): p.start])):
                return True
    return False


def _resolve_with(rows: list[dict], article: Article) -> list[dict]:
    """Rows of "voting with X" groups given X's position, or dropped when the article gives none.

    X's position is the one its own mention, else the last mention before, states for it
    (a veto: voting with X is voting against); else, when the article says X drafted the
    text, voting with X is voting for it. Otherwise the group says nothing and is dropped.
    """
    out = []
    for i, row in enumerate(rows):
        position = row.get("position")
        if not (isinstance(position, str) and position.startswith(WITH)):
            out.append(row)
            continue
        code = position[len(WITH):]
        own = [r for r in rows if r["mention_id"] == row["mention_id"]] + rows[:i][::-1]
        stated = next((r["position"] for r in own if isinstance(r.get("position"), str)
                       and not r["position"].startswith(WITH) and code in _split(r.get("members"))), None)
        if stated in ("veto", "no", "yes", "abstain"):
            out.append(row | {"position": "no" if stated == "veto" else stated, "kind": "vote"})
        elif stated is None and _drafted_by(article, code):
            out.append(row | {"position": "yes", "kind": "vote"})
    return out


#: A side written after a member with the verb said once for the sentence: "Thirteen voted in favour,
#: Russia against and China abstained" (the member is an item of a list: a comma, ";" or "and" before).
_GAPPED_SIDE = re.compile(r"\s+(?P<side>against|in\s+favou?r)"
                          r"(?=\s*(?:[,;.)]|$)|\s+(?:and|with|while|whereas)\b)", re.I)
_GAPPED_BEFORE = re.compile(r"(?:[,;]|\band)\s+(?:the\s+)?$", re.I)


#: What a side is taken on when it is an act the text was about, not the text: "voted against the
#: reimposition of sanctions", "voted for the lifting of the embargo".
_ACT_OBJECT = re.compile(r"\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:[a-z]+(?:tion|sion|ment|al)|lifting|"
                         r"return|snapback|end)\s+of\b", re.I)
#: The text itself as what a side is taken on: "opposed the resolution", "voted against it".
_TEXT_OBJECT = re.compile(r"\s+(?:it|them|(?:the|this|that)\s+(?:[\w.'’-]+\s+){0,3}?"
                          r"(?:resolution|draft|text|motion|measure|proposal)s?)\b", re.I)
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:while|whereas|but)\s", re.I)
_LIKEWISE = re.compile(r"\b(?:also|too|likewise|similarly|as\s+well)\b", re.I)


def _contrasted_objects(sent: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` without a side taken on an act when a contrasted clause takes the same side on the text.

    "A and B voted against the reimposition of sanctions, while nine members opposed the
    resolution": set against each other, the two "against"s are opposite sides of one vote;
    the first is against what the text would stop, so A and B's side on the text is not "no".
    """
    out = []
    for a, b, position in spans:
        if position in ("yes", "no") and _ACT_OBJECT.match(sent, b):
            later = [(c, d) for c, d, p in spans if p == position and c > b and _TEXT_OBJECT.match(sent, d)]
            if any((turn := _CONTRAST.search(sent, b, c)) is not None
                   and not _LIKEWISE.search(sent, turn.end(), c) for c, _ in later):
                continue
        out.append((a, b, position))
    return out


def _groups(sent: str, places, context: _Context) -> list[tuple[str, list[str], int, bool]]:  # noqa: ANN001
    """(position, member codes, position offset, others) for each group of members sharing a position.

    ``others`` is true when the clause says members it does not name took the
    position too (:data:`_UNNAMED_OTHERS`): its names make no claim to be all of them.
    """
    opening = _OPENING_SIDE.match(sent)  # "Voted against Chile, Peru and Kenya."
    voters = [p for p in places if (p.kind in ("name", "capital", "institution") or (
                  p.kind == "demonym" and (_DEMONYM_ACTOR.match(sent[p.end:])
                                           or _listed_as_name(sent, p, places)
                                           or _people_for_state(sent, p, places))))
              and (not _SUBJECT_BEFORE.search(sent[: p.start]) or _ALSO_BEFORE.search(sent[: p.start])
                   or _NATION_OF.search(sent[max(0, p.start - 30): p.start])
                   or re.search(r"\b(?:support|backing)\s+of\s+(?:the\s+)?$",
                                sent[max(0, p.start - 20): p.start])
                   or (opening is not None and re.fullmatch(r"(?:\s+from\s+voting)?\s*:?\s*(?:the\s+)?",
                                                            sent[opening.end(): p.start])))
              and not _SENDER_BEFORE.search(sent[max(0, p.start - 40): p.start])
              and not _POSSESSED.match(sent, p.end)
              and not _SPONSOR_BEFORE.search(sent[max(0, p.start - 90): p.start])
              and not _OBJECT_BEFORE.search(sent[max(0, p.start - 30): p.start])
              and not _GLUED_SPONSOR.match(sent[p.end:])
              and not _PATRON.match(sent[p.end:])
              and not _PATRON_BEFORE.match(sent[p.end:])
              and not (_MODIFIER_AFTER.match(sent[p.end:]) and _DETERMINER_BEFORE.search(sent[: p.start]))]
    voters = _not_excepted(sent, [_requalified(sent, p) for p in voters])
    # "The resolution, criticized by Israel and the US, received 120 votes in favour": agents of
    # another verb, not voters
    for a in [*_PARTICIPLE_ASIDE.finditer(sent), *_PARTICIPLE_OPENING.finditer(sent)]:
        voters = [p for p in voters if not a.start() <= p.start < a.end()]
    for a in _HABIT_ASIDE.finditer(sent):
        # "the eighth time Russia has used its veto -- often along with China -- to torpedo a draft":
        # who usually joins it is no voter of this vote
        voters = [p for p in voters if not a.start() <= p.start < a.end()]
    sponsored = _SPONSORS_OPENING.match(sent)
    if sponsored:
        # "Drafted by Guinea, the former Yugoslavia, and Somalia, the US was the only one to veto it":
        # the sponsors run to the last comma before the first vote word; the subject comes after it
        first = _POSITION_RE.search(sent, sponsored.end())
        cut = sent.rfind(",", sponsored.end(), first.start()) if first else -1
        if cut > 0:
            voters = [p for p in voters if not sponsored.start() <= p.start < cut]
    relative = [(a.start(), a.end()) for a in _RELATIVE_ASIDE.finditer(sent)]
    # "South Africa, which is mediating Zimbabwe's crisis, Libya and Vietnam voted against": a state an
    # aside with no vote of its own speaks of is no voter
    # (one listing members, "Opponents of the draft, which also included A and B, said", keeps them)
    voters = [p for p in voters if not any(a < p.start < b and not _POSITION_RE.search(sent, a, b)
                                           and not _LISTING_ASIDE.match(sent, a) for a, b in relative)]
    spans = []
    dead: list[int] = []  # ends of vote words whose side is not said of the text
    for m in _POSITION_RE.finditer(sent):
        position = m.lastgroup
        word = m.group().lower().split()[0]
        if word in _NEEDS_CONTEXT and not _VOTE_CONTEXT.search(sent) and \
                not (position == "veto" and "veto" in m.group().lower()) and \
                not (word == "went" and context.vote_before == context.paragraph) and \
                not (word in ("opposed", "supported", "backed") and context.vote_before == context.paragraph
                     and _ABSTAINED_TOO.search(sent)) and \
                not (word in ("supported", "backed") and re.match(r"\s+by\s", sent[m.end():])
                     and _PASSIVE_BEFORE.search(sent[max(0, m.start() - 12): m.start()])
                     and context.vote_before == context.paragraph) and \
                not (position == "veto" and _VETO_HOLDER.search(sent)) and not (
                _COUNTED_GROUP_BEFORE.search(sent[max(0, m.start() - 40): m.start()])
                and (_COUNTED_GROUP_AFTER.match(sent, m.end()) or _GROUP_NAMED_AFTER.match(sent, m.end()))):
            continue  # ("veto-wielding Russia blocked a proposal": a veto holder's block is a veto)
        if word == "votes" and _VOTES_SOUGHT.search(sent[max(0, m.start() - 40): m.start()]) and \
                not _passive_agents(sent, m.end(), voters)[0]:
            # "to secure votes for the council", "won votes for its bid": votes sought, not cast (those
            # who cast them named after, "won votes in favour from A and B", voted so)
            continue
        if position == "no" and word in ("opposition", "the") and not _JOINED_IN.search(
                sent[max(0, m.start() - 100): m.start()]):
            continue  # "in opposition" alone may be a stance; "joining B in the opposition" is B's vote
        if word in ("remained", "remains", "remain") and not _VOTE_CONTEXT.search(sent) and \
                context.vote_before != context.paragraph:
            continue  # "India remained neutral.": a stance, unless said of the vote just told of
        if word in ("won", "received", "got", "gained", "drew", "secured", "garnered", "obtained") and \
                re.search(r"\b(?:bids?|candidac\w*|seats?|elections?|campaigns?|membership|post|job)\b", sent,
                          re.I):
            continue  # "Kenya's bid for a seat won the support of Chile": an election's support, no text's
        if word == "negative" and not _VOTES_OF_OPENING.match(sent):
            continue  # "Russia's comments were negative": a judgement, no vote
        if word == "went" and re.search(r"\babstain|\babstention", sent, re.I):
            continue  # "China went along, abstaining rather than vetoing": it let the text pass, no yes
        if position == "no" and word in ("were", "was") and not _COUNTED_SUBJECT.search(sent[: m.start()]):
            continue  # "Russia was against.": a stance, unless the subject is a count of voters
        if word in ("supporting", "backing") and re.search(r"\b(?:to|at|in|of|on|towards?)\s+$",
                                                           sent[max(0, m.start() - 12): m.start()]) \
                and not _STANCE_WORD.match(sent, m.start()):
            continue  # "stressed its commitment to supporting the envoy": an aim or a task, not a text's vote
        if word in ("rejected", "opposed", "opposing", "endorsed", "backed", "supported") and \
                _NOT_TEXT_OBJECT.match(sent, m.end()):
            continue  # "rejected U.S. attempts to amend the resolution": no vote on the text
        if position in ("yes", "no") and _state_object(sent, m.end()) and not (
                _OPENING_SIDE.fullmatch(sent[: m.end()])
                and len(_passive_agents(sent, m.end(), voters)[0]) > 1):
            # ("Voted against Chile and Peru.": a roll call's list, the sentence naming nothing else)
            # "China voted for Myanmar, India abstained": for or against a state, not said of the text;
            # the members before it are that clause's, no one else's
            dead.append(m.end())
            continue
        if word in ("endorsed", "backed", "supported", "opposed") and re.match(r"\s+by\b", sent[m.end():]) \
                and not _passive_agents(sent, m.end(), voters)[0]:
            continue  # "Russia, backed by some other members, hoped for a vote": the one backed, no vote
        if word in ("endorsed", "backed", "supported", "opposed", "rejected") and \
                _TEXT_ACTS.search(sent[max(0, m.start() - 60): m.start()]):
            continue  # "Resolution 2231 that endorsed the deal": what a text did, no member's vote
        if word in _NEEDS_CONTEXT and sent[m.start() - 1: m.start()] == "-":
            continue  # "the Arab-backed draft", "a Western-supported text": who sponsored it, not a vote
        if position == "veto" and sent[m.end(): m.end() + 1] == "-":
            continue  # "China, a veto-holding member, abstained": the right to veto, no veto cast
        if position == "veto" and _VETO_RIGHT.match(sent, m.end()) and \
                not _VETO_USED.search(sent[max(0, m.start() - 30): m.start()]):
            # "China, Russia (which have veto power) and India abstained": the right, no veto cast
            # ("used its veto power to block" casts one)
            continue
        if position == "veto" and word in _NEEDS_CONTEXT and not _veto_context(sent, context):
            continue
        if _NOT_DONE.search(sent[max(0, m.start() - 60): m.start()]) or \
                _NOT_DONE_EITHER.search(sent[max(0, m.start() - 80): m.start()]):
            continue  # "will veto", "threatened to veto", "is likely to be vetoed": not a vote
        if _GLOSS.search(sent[max(0, m.start() - 80): m.start()]):
            continue  # "..., and A and B abstained, meaning they refused to vote": the writer's gloss
        if _BIDDEN.search(sent[max(0, m.start() - 100): m.start()]):
            # "the ministry directed its envoy to vote against the resolution", "officials favoured that
            # Lebanon abstain": what one was told or urged to do, not the vote cast
            continue
        if _CHANGED_FROM.search(sent[max(0, m.start() - 60): m.start()]):
            continue  # "moved from abstaining to voting against": only the vote moved to is this one
        habit = _HABITUAL.search(window := sent[max(0, m.start() - 60): m.start()])
        if (habit and not _POSITION_RE.search(window, habit.end()) and
                not re.search(r",\s*(?:which|who)\b", window)) or _LONG_HELD.search(window):
            # (an aside's habit is read as an aside; but "membership, which Israel has long opposed"
            # is a stance held for years, in an aside or not)
            # "Previously, the United States always voted against the resolution": a habit of earlier
            # votes, not a position in this one; its members are its clause's all the same
            spans.append((m.start(), m.end(), _DENIED_SIDE))
            continue
        if _NEGATED.search(sent[max(0, m.start() - 30): m.start()]):
            # "did not vote against", "never vetoed": a position not taken says nothing here, but its
            # members are its clause's ("A did not vote against, and B abstained": A did not abstain)
            spans.append((m.start(), m.end(), _DENIED_SIDE))
            continue
        if position == "veto" and (_NO_VETO.search(sent[max(0, m.start() - 15): m.start()])
                                   or _VETO_AVOIDED.search(sent[max(0, m.start() - 25): m.start()])):
            continue  # "it needed nine votes and no vetoes": the rule, no veto cast
        group = _GROUP_SUBJECT.search(sent[max(0, m.start() - 40): m.start()])
        if group and not _AMONG_GROUP.search(sent[: max(0, m.start() - 40) + group.start()]) and \
                not _passive_agents(sent, m.end(), voters)[0]:
            # "thanked all those who did not take part": the voters are an unnamed group, unless
            # the sentence names them after ("Those that abstained were A, B and C")
            continue
        if _COUNTERFACTUAL.search(sent[max(0, m.start() - 80): m.start()]) or \
                _WANTED.search(sent[max(0, m.start() - 80): m.start()]):
            continue  # "if they had vetoed it", "urged them to abstain": what did not happen
        if position in ("yes", "no") and _STANCE_BEFORE.search(sent[max(0, m.start() - 25): m.start()]):
            continue  # "the plan, which is backed by the US", "Russia is opposed to it": a stance, no vote
        if _REACTION_SUBJECT.search(sent[max(0, m.start() - 60): m.start()]) and \
                not re.match(r"vot|abst|veto|cast", word):
            continue  # "Israel's foreign ministry rejected the resolution": an answer to the vote
        spans.append((m.start(), m.end(), position))
    if any(sp[2] != _DENIED_SIDE for sp in spans):
        # the sentence tells of a vote: a side after a list item is that member's ("Russia against")
        for p in voters:
            gapped = _GAPPED_SIDE.match(sent, p.end)
            if gapped and _GAPPED_BEFORE.search(sent[: p.start]) and \
                    not any(a <= gapped.start("side") < b for a, b, _ in spans):
                side = "no" if gapped.group("side").lower() == "against" else "yes"
                spans.append((gapped.start("side"), gapped.end("side"), side))
        spans.sort()
    spans = _contrasted_objects(sent, spans)
    # "Russia, which has opposed force in the past, went along with the text": an aside's own past
    # positions are background, never this vote's
    relative_past = [(a, b) for a, b in relative if _HABIT.search(sent[a:b])]
    spans = [sp for sp in spans if not any(a <= sp[0] < b for a, b in relative_past)]
    outside = [sp for sp in spans if not any(a <= sp[0] < b for a, b in relative)]
    # "India, which backed the texts of 2012 and 2013, abstained": the aside is background
    if any(sp[2] != _DENIED_SIDE for sp in outside):
        spans = outside
    groups: list[tuple[str, list[str], int, bool]] = []
    counted = []
    for a in _STANCE_FROM.finditer(sent):
        voters = [p for p in voters if not a.start("list") <= p.start < a.end("list")]
    for c in [*_COUNTED_LIST.finditer(sent), *_COUNTED_ASIDE.finditer(sent),
              *_COUNTED_OPPOSITION.finditer(sent), *_COUNTED_BY.finditer(sent),
              *_SUPPORT_LIST.finditer(sent)]:
        # "12 against (A, B, C)", "one vote, from A, against": the list is that count's
        listed = read_list(c.group("list"), least=1)
        if listed:
            counted.append((_COUNTED_POSITIONS[c.group("pos").lower()[:5]], listed, c.start(),
                            bool(c.groupdict().get("some"))))
            voters = [p for p in voters if not c.start("list") <= p.start < c.end("list")]
    for c in _COUNTED_BEFORE_LIST.finditer(sent):  # "two (A and B) against": the list is that count's
        which = next(g for g in ("list", "dlist", "hlist") if c.group(g) is not None)
        listed = read_list(c.group(which), least=1)
        if listed and len(set(listed)) <= _number(c.group("n")):
            counted.append((_COUNTED_POSITIONS[c.group("pos").lower()[:5]], listed, c.start(),
                            len(set(listed)) < _number(c.group("n"))))
            voters = [p for p in voters if not c.start(which) <= p.start < c.end(which)]
    for c in _COUNTED_TO_LIST.finditer(sent):  # "by 11 votes (A, B, ...) to 0": the yes count's list
        listed = read_list(c.group("list"), least=1)
        if listed:
            counted.append(("yes", listed, c.start(), False))
            voters = [p for p in voters if not c.start("list") <= p.start < c.end("list")]
    for c in _TALLY_DASH_LIST.finditer(sent):
        # "adopted 12-0-3 (A, B, C)": a list in parentheses right after a tally, as long as its one
        # part other than the yes that it can be, is that part's (abstentions, else the noes)
        listed = read_list(c.group("list"), least=1)
        n, a = int(c.group("n")), int(c.group("a") or 0)
        side = "abstain" if listed and a and len(listed) == a and len(listed) != n else \
            "no" if listed and not a and len(listed) == n else None
        if side:
            counted.append((side, listed, c.start(), False))
            voters = [p for p in voters if not c.start("list") <= p.start < c.end("list")]
    for c in _COUNTED_PAIR.finditer(sent):  # "only two votes against it: one was A and the other was B"
        listed = [code for item in (c.group("a"), c.group("b")) for code in (read_list(item, least=1) or [])]
        if len(listed) == 2:
            counted.append((_COUNTED_POSITIONS[c.group("pos").lower()[:5]], listed, c.start(), False))
            voters = [p for p in voters if not c.start("a") <= p.start < c.end("b")]
    for c in _COUNTED_FROM.finditer(sent):  # "two 'no' votes from A and B, and two abstentions by C and D"
        listed, stop = _passive_agents(sent, c.end(), voters)
        n = _number(c.group("n"))
        if listed and len(set(listed)) <= n:  # more names than the count: not that count's list
            counted.append((c.lastgroup, listed, c.start(), len(set(listed)) < n))
            voters = [p for p in voters if not c.end() <= p.start < stop]
    previous_end = 0
    breaks = sorted([m.end() for m in _POSITION_BREAK.finditer(sent)] +
                    # "Chile said (that) Peru voted against": the speaker is no voter of the reported clause;
                    # a verb inside an aside ("China, which said the text was unfair, abstained") cuts nothing
                    [m.end() for m in _REPORTED.finditer(mask_asides(sent))] + dead)
    # names blanked, so that "and the United States" is no count of unnamed "states"
    unnamed = _blank(sent, [(p.start, p.end) for p in places])
    denied: tuple[set[str], int] | None = None  # the members of a denied position, and where it ends
    for k, (start, end, position) in enumerate(spans):
        # members before a clause break are that clause's, even when its verb was not read as a
        # position ("Russia blocked the draft, while China abstained": Russia did not abstain)
        lo = max([previous_end] + [b for b in breaks if b <= start])
        named = _named_between(sent, voters, places, lo, start)
        if position == _DENIED_SIDE:
            denied = ({p.code for p in voters if lo <= p.start < start}, end)
            continue
        if denied and any(denied[1] <= p.start < start for p in voters):
            # "A did not vote against the text, and B abstained": B's clause names its own member, so A
            # is the denied position's alone; "A did not vote against, but abstained" is A's
            later = {p.code for p in voters if denied[1] <= p.start < start}
            named = [c for c in named if c not in denied[0] or c in later]
        denied = None
        if named and re.search(r",\s*$", sent[lo:start]) and re.match(r"\w+ing\b", sent[start:end]):
            # "China struck back at Macedonia for its ties with Taiwan, vetoing the draft": a participle
            # after a comma is the clause subject's act, not that of every state named before it
            named = _leading_subject(sent, voters, lo, start)
        if len(named) > 1 and _BARE_BUT.search(sent[lo:start]):
            # "India welcomed Russia and Ukraine's talks but abstained": the verb after "but" has the
            # clause's subject; the states in the first verb's object are not its voters
            lead = _leading_subject(sent, voters, lo, start)
            if lead and len(lead) < len(named):
                named = lead
        if named and _WITH_COUNT.search(sent[lo:start]) and sent[start:end].lower().startswith("abstention"):
            named = []  # "Chile's motion passed 75-72 with 26 abstentions": the count names no one before it
        if named and (_WITH_VOTES.search(sent[lo:start]) or (
                re.search(r"\bwith\s+(?:only\s+|just\s+)?$", sent[lo:start], re.I)
                and re.match(rf"{_NUM}\s", sent[start:end], re.I))):
            # "A tried to strike the clause, but the text was adopted with 110 votes in favour": a count
            # of votes cast so is no clause of the members named before it
            named = []
        if len(named) > 1:
            # "B said that A sought praise for itself and C voted against it": "and" opens a clause of
            # its own subject; the member of the clause before it did not take its position
            named = _own_clause(sent, voters, lo, start, named)
        if named and _COUNT_OPENS_CLAUSE.search(sent[lo:start]):
            named = []  # "A stands alone as 14 nations vote for it": the count is the verb's subject, not A
        after = end
        more, after = _passive_agents(sent, end, voters)
        if more and _PASSIVE_BEFORE.search(sent[lo:start]):
            named = []  # "the text, backed by France, was blocked by Russia": only the agents after "by"
        if re.fullmatch(r"abstentions?", sent[start:end], re.I) and re.match(r"\s+of\s", sent[end:]):
            named = []  # "Iraq balked, and the abstentions of three members ...": those after "of" abstained
        if re.match(r"(?:won|received|got|gained|drew|secured|garnered|obtained)\s", sent[start:end], re.I):
            named = []  # "Russia got the support of China": the supporters voted so; the draft's owner unsaid
        if more and sent[start:end].lower() == "veto":
            named = []  # "the US called the veto by Russia a cynical act": the veto's agents only
        owner = [p for p in places if p.kind in ("name", "capital")
                 and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,2}", sent[p.end:start])]
        if owner and sent[start:end].lower() in ("veto", "vetoes"):
            named = [owner[0].code]  # "A reminded the council of Russia's sixth veto": the owner's veto
        named += more
        if not named and sent[start:end].split()[0].lower() in ("only", "sole", "lone"):
            # "Canada stood alone before the council, the only one of 47 nations to oppose the text":
            # the apposition's member is the sentence's subject, the one voter named before it
            before = [p for p in voters if p.start < start]
            if len(before) == 1 and _OPENING.match(sent[: before[0].start]):
                named = [before[0].code]
        if not named and _BOTH.search(sent[lo:start]):
            named = context.recent[:2]
        all_n = _ALL_N.fullmatch(sent[lo:start]) if not named and lo == 0 else None
        if all_n and context.just_named[0] == context.paragraph and \
                len(context.just_named[1]) == _number(all_n.group("n")) >= 2:
            # "... on the part of Russia, China and France. All three voted yes.": as many members as
            # the sentence just before named, and only those
            named = list(context.just_named[1])
        back = _THE_N_MEMBERS.search(sent[lo:start]) if not named and context.voters_one_side else None
        if back and _number(back.group("n")) == len(context.voters):
            # "The vote was 12-0, with A, B and C abstaining. The three veto-wielding members had backed
            # another draft": the members of the one position just named, as many as the count
            named = list(context.voters)
        # "they vetoed it": the members just named; not "they reflect world opinion by supporting"
        if not named and re.search(r"\bthey\s+(?:(?:have|had|all|both|also|then|\w+ly)\s+){0,2}$",
                                   sent[lo:start], re.I):
            # members the sentence itself names before "they" are what it stands for ("A. It was the
            # first veto by B and C since 2007, when they vetoed ...": B and C, not A)
            here = list(dict.fromkeys(p.code for p in voters if p.start < lo))
            named = here or list(context.voters)
        if not named and position == "veto" and len(context.voters) == 1 and \
                re.fullmatch(r"\W*(?:and\s+)?(?:in|by)\s+(?:19|20)\d\d,?\s+it\s+(?:(?:also|then|again|\w+ly)\s+){0,2}",
                             sent[lo:start], re.I):
            # "In 2007, China vetoed a draft on Burma, and in 2008 it vetoed one on Zimbabwe": a veto
            # is a state's, so "it" after a year is the one member just named (a dated clause read on
            # its own)
            named = list(context.voters)
        if not named and lo > 0 and _IT_SUBJECT.fullmatch(sent[lo:start]):
            # "The US was isolated on Monday when it blocked the call": "it" after a clause break is
            # the sentence's subject, a member opening it with no other member named since
            named = _opening_subject(sent, voters, places, lo)
        if not named and lo > 0 and _IT_BUT.fullmatch(sent[lo:start]) and \
                _REPORTED.search(sent[max(0, lo - 30): lo]):
            # "The US said it was disturbed by the killings but opposed the text": the speaker's own
            # "it", whose second verb is the vote
            named = _opening_subject(sent, voters, places, lo)
        # the clause runs on to the next break or position: "A voted against, as did three others"
        tail = min([b for b in breaks if b > after] + [s[0] for s in spans[k + 1:]] + [len(sent)])
        others = bool(named) and bool(_UNNAMED_OTHERS.search(unnamed[lo:max(tail, after)]))
        previous_end = after
        if groups and groups[-1][0] == position and not named:
            continue
        if groups and groups[-1][0] == position:
            groups[-1] = (position, groups[-1][1] + named, groups[-1][2], groups[-1][3] or others)
            continue
        groups.append((position, named, start, others))
    groups = [g for g in groups if g[0] != _DENIED_SIDE]
    spans = [sp for sp in spans if sp[2] != _DENIED_SIDE]
    for position, listed, at, some in counted:
        # a counted list is all of that count, nobody left unnamed, unless it says it names some of
        # them: "6 against (among them Israel and the US)"
        same = [i for i, g in enumerate(groups) if g[0] == position]
        if same:
            i = same[0]
            groups[i] = (position, groups[i][1] + listed, groups[i][2], some)
        else:
            groups.append((position, listed, at, some))
    groups += _voting_with(sent, voters, breaks)
    groups = _alongside(sent, voters, spans, groups)
    if context.stated:
        # "China, Russia and Bolivia abstained. Russia opposed the resolution because ...": a stance word
        # after the sentence that gave the member its vote tells why it voted so, not a second vote
        groups = [(p, [c for c in n if context.stated.get(c, p) == p], at, o) if _STANCE_WORD.match(sent, at)
                  else (p, n, at, o) for p, n, at, o in groups]
        groups = [g for g in groups if g[1] or not _STANCE_WORD.match(sent, g[2])]
    groups.sort(key=lambda g: g[2])
    return [(p, list(dict.fromkeys(n)), at, others) for p, n, at, others in groups]


#: The position a roll-call heading gives its list ("Countries that voted against:",
#: "In favour (100):", "Abstaining:"), most specific first: "did not vote" before "vote".
_HEAD_POSITIONS: list[tuple[str, re.Pattern[str]]] = [
    ("absent", re.compile(r"\b(?:absent|absences?|non-?voting|not\s+voting|did\s+not\s+(?:vote|take\s+part|"
                          r"participate)|not\s+participating)\b", re.I)),
    ("abstain", re.compile(r"\babstain\w*|\babstentions?\b", re.I)),
    # ("No - 9", "Yes (138)": the bare answer with its count)
    ("no", re.compile(r"\bagainst\b|\bvot\w*\s+(?:no|nay)\b|^\W*(?:no|nays?|noes)\W*(?:\d{1,3}\W*)?$|"
                      r"\bopposed\b", re.I)),
    ("yes", re.compile(r"\bin\s+favou?r\b|\bvot\w*\s+(?:for|yes)\b|"
                       r"^\W*(?:yes|yeas?|ayes|for)\W*(?:\d{1,3}\W*)?$|"
                       r"\b(?:supported|backed)\b", re.I)),
]
#: A heading's count: "In favour (100):", "Against 9:"; "the 15-nation council" is the body's size.
_HEAD_COUNT = re.compile(r"\((?P<n>\d{1,3})\)|"
                         r"\b(?P<m>\d{1,3})\b(?![-–]\s*(?:member|nation|seat|country|state))")
_INLINE_ROLL = re.compile(r"^\W*(?P<head>[^:.]{1,80}?)\s*:[*_]*\s+(?P<rest>\S.*)$|"
                          # a bullet's short heading and a dash: "YES – United States – France"
                          r"^\W*(?P<dhead>\w+(?:\s+\w+){0,3})\s+[–—-]\s+(?P<drest>\S.*)$", re.S)
#: A paragraph that is one item of a bulleted or numbered list ("- Chile", "3. Peru").
#: An index letter before a list's items: "B: The Bahamas, Belarus".
#: Every line of a block may carry one, its space after the colon dropped ("M:Madagascar"), and
#: lines joined into one paragraph keep theirs mid-text ("Austria, Azerbaijan B: Bahrain").
_LETTER_INDEX = re.compile(r"^[ \t]*[A-Z][ \t]*:[ \t]*(?=[A-Z])", re.M)
_LETTER_INDEX_INSIDE = re.compile(r"(?<=[\w)])\s+[A-Z]\s*:\s*(?=[A-Z])")


def _unlettered(para: str) -> str:
    """A list set out under index letters as one list ("A: Chile, Cuba B: Peru" → "Chile, Cuba, Peru")."""
    return _LETTER_INDEX_INSIDE.sub(", ", _LETTER_INDEX.sub("", para))
_LIST_ITEM_PARA = re.compile(r"^\s*(?:\d{1,3}[.)]|[•·▪*–—-])\s+[^,;]{1,60}$")
#: List items run into one paragraph ("• YES – A – B • NO – C"): each bullet is read as a sentence.
_BULLET = re.compile(r"\s*[•·▪]\s+")


def _head_position(head: str) -> tuple[str, int | None] | None:
    """The position and count a roll-call heading states, or ``None`` (no position, or more than one)."""
    found = [name for name, pattern in _HEAD_POSITIONS if pattern.search(head)]
    if len(found) != 1 or len(head) > 150:
        return None
    counts = list(_HEAD_COUNT.finditer(head))
    if len(counts) > 1:
        # "adopted by a vote of 10 to zero, with 5 abstentions:": of several numbers, the one beside
        # the position's word is its count ("5 abstentions", "Abstentions (5)"), else none is
        word = dict(_HEAD_POSITIONS)[found[0]].search(head)
        before = [c for c in counts if c.end() <= word.start()
                  and re.fullmatch(r"\s*(?:[\w-]+\s+)?", head[c.end(): word.start()])]
        after = [c for c in counts if c.start() >= word.end()
                 and re.fullmatch(r"[\s:(–—-]*", head[word.end(): c.start()])]
        counts = before + after
    count = counts[0] if len(counts) == 1 else None
    return found[0], (int(count.group("n") or count.group("m")) if count else None)


#: Emphasis around a heading as Markdown writes it: "**Against (9):**", "__Abstaining__".
_EMPHASIS = re.compile(r"^[*_#\s]+|[*_\s]+$")


def _roll_heading(para: str, *, bare: bool = False) -> tuple[str, int | None] | None:
    """A paragraph that heads a list of members in the next one ("Countries that abstained:").

    The heading ends with a colon, emphasis aside ("**Against (9):**"); with ``bare``, a
    short line of a few words without any closing punctuation heads a list too
    ("Countries that voted against"), as long as the next paragraph is nothing but a list.
    """
    text = _EMPHASIS.sub("", para.strip())
    if "\n" in text:
        return None
    if text.endswith(":"):
        return _head_position(text[:-1])
    if bare and text and len(text.split()) <= 10 and not re.search(r"[.!?;:,]", text) \
            and not find_countries(text):  # "Chile and Peru abstained" is a sentence, not a heading
        return _head_position(text)
    return None


def _roll_headings(para: str) -> list[tuple[str, int]] | None:
    """A table's headings flattened into one line, each counted, their lists in the paragraphs after.

    "Voted in favour (29): Voted against (12): Abstained (6):" heads three lists, in that
    order; each count must be given, for a list is taken as its heading's only when its
    length is that count (:func:`extract_mentions`).
    """
    text = _EMPHASIS.sub("", para.strip())
    if "\n" in text or not text.endswith(":"):
        return None
    heads = [h.strip() for h in re.split(r"\s*:\s*", text[:-1])]
    if len(heads) < 2:
        return None
    found = [_head_position(h) for h in heads]
    if any(f is None or f[1] is None for f in found):
        return None
    return [(f[0], f[1]) for f in found]  # type: ignore[index, misc]


def _roll_inline(sent: str) -> tuple[str, list[str], int | None] | None:
    """A sentence that is a heading and its list ("Against (11): Armenia, Belarus, ...")."""
    m = _INLINE_ROLL.match(sent)
    if not m:
        return None
    head = _head_position(m.group("head") or m.group("dhead"))
    listed = read_list(m.group("rest") or m.group("drest"), least=1) if head else None
    if not listed:
        return None
    return head[0], listed, head[1]


#: The last item of a roll call set out one a line, naming some members and others unnamed:
#: "countries such as Chad, Mali and others.", "other states like Peru, Chile, etc."
_ROLL_LAST_ITEM = re.compile(r"^\W*(?:(?:and\s+)?(?:other\s+)?(?:countries|states|nations)\s+"
                             r"(?:such\s+as|like|including)\s+)(?P<list>[^.;:()]+?),?\s+"
                             r"(?:and\s+(?:many\s+|several\s+|some\s+)?others|etc)\W*$", re.I)


@dataclass
class _RollCall:
    """A roll call written as lists under headings: one mention, one group per heading."""

    groups: list[tuple[str, list[str], int, bool]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)
    paragraph: int = 0
    #: (position, count, heading text) of a heading whose list is the next paragraph.
    pending: tuple[str, int | None, str] | None = None
    #: (position, count) of headings written on one line, whose lists follow in order.
    queue: list[tuple[str, int]] = field(default_factory=list)

    def add(self, position: str, listed: list[str], count: int | None, text: str) -> None:
        if self.groups and self.groups[-1][0] == position:  # the next item of the same heading's list
            self.groups[-1] = (position, self.groups[-1][1] + listed, 0, False)
        else:
            self.groups.append((position, listed, 0, False))  # a heading's list is all of its position
        if count is not None:
            self.counts[position] = count
        self.parts.append(text)

    def text(self) -> str:
        return " ".join(self.parts)

    def tally(self) -> str | None:
        if not any(k in self.counts for k in ("yes", "no", "abstain")):
            return None
        return "-".join(str(self.counts.get(k, "?")) for k in ("yes", "no", "abstain"))

    def reset(self) -> None:
        self.groups, self.counts, self.parts, self.pending, self.queue = [], {}, [], None, []


#: "These five are Russia, Belarus and Syria.": who a count in the sentence before was ("These
#: countries are ...": the one count it gave).
_THESE = re.compile(rf"^\W*(?:These|Those)\s+(?:(?P<n>{_NUM})(?:\s+(?:countries|states|nations|members))?|"
                    r"(?:countries|states|nations|members))"
                    r"\s+(?:are|were|being)\s*:?\s+(?P<list>[^.]+)\.?\s*$|"
                    rf"^\W*The\s+(?P<m>{_NUM})(?:\s+(?:countries|states|nations|members))?"
                    r"\s+(?:are|were|being)\s*:?\s+(?P<tail>[^.]+)\.?\s*$", re.I)


#: "Another 32 abstained. A, B, C and much of Africa were among them.": some of the one count the
#: sentence before gave; a vague last item ("much of Africa", "others") names no state.
_AMONG_THEM = re.compile(r"^\W*(?P<list>[^.;:]+?)(?:,?\s+and\s+(?:(?:much|most|many|parts|some)\s+of\s+"
                         r"[^.;:]+|"
                         r"(?:several|many|a\s+few|some)?\s*others))?\s+(?:were|are)\s+(?:also\s+)?among\s+"
                         r"(?:them|those)\.?\s*$|"
                         # "Among them are A, B and C.": the same, the list after
                         r"^\W*among\s+them\s+(?:were|are)\s*:?\s+(?P<after>[^.;:]+?)\.?\s*$|"
                         # "These included A, B and C.", "They include A and B."
                         r"^\W*(?:these|they|those)\s+(?:also\s+)?includ(?:ed|e)\s*:?\s+(?P<these>[^.:]+?)\.?\s*$",
                         re.I)
#: The items of a list that may describe its members ("European members Britain and France; Chad from
#: the region"): each item between commas, semicolons and "and" must name one member.
_LOOSE_ITEM = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)\s*", re.I)


#: What may stand before a member's name in such an item: words for its kind ("European Union member
#: countries", "fellow members", "Gulf states").
_ITEM_KIND = re.compile(r"\s*(?:the\s+)?(?:(?:[A-Z][\w-]*|members?|countries|states|nations|council|fellow|"
                        r"permanent|non-permanent|elected)\s+)*")


def _described_list(text: str) -> list[str] | None:
    """The members of a list whose items may carry words about them, or ``None``.

    Each item (between commas, semicolons, "and") names exactly one state by its name, not
    as an owner ("from India's region" names no member): "EU members Britain, France and Germany;
    China, Pakistan and Maldives from India's region and Russia". An item naming none ends the reading
    with ``None`` (no guess about what it holds).
    """
    found: list[str] = []
    for item in _LOOSE_ITEM.split(text):
        if not item.strip():
            continue
        names = [p for p in find_countries(item)
                 if p.kind == "name" and not re.match(r"['’]s\b", item[p.end:])]
        if len(names) != 1 or not _ITEM_KIND.fullmatch(item[: names[0].start]):
            return None  # ("the allies of Kenya": Kenya owns the item, it is none)
        found.append(names[0].code)
    return found or None


def _name_the_count(sent: str, pi: int, rows: list[dict]) -> bool:
    """Add the members a sentence names for a count of the mention just before, in the same paragraph.

    The count must be one part of that mention's tally, once ("33 abstained, five voted
    against. These five are ..."), and the list as long as the count; the rows join that
    mention (one vote, one mention) and its evidence gains the sentence. "A and B were among
    them" names some of a count when the sentence before gave only that one.
    """
    if not rows or rows[-1]["paragraph"] != pi + 1 or not isinstance(rows[-1].get("tally"), str):
        return False
    parts = dict(zip(("yes", "no", "abstain"), rows[-1]["tally"].split("-"), strict=True))
    among = _AMONG_THEM.match(sent)
    m = _THESE.match(sent)
    if among and not m:
        which = [k for k, v in parts.items() if v.isdigit()]
        if among.group("these"):
            listed = read_list(among.group("these"), least=1) or _described_list(among.group("these"))
        else:
            listed = read_list(among.group("list") or among.group("after"), least=1)
        if len(which) != 1 or not listed or len(listed) > int(parts[which[0]]):
            return False
        same_mention = [r for r in rows if r["mention_id"] == rows[-1]["mention_id"]]
        if rows[-1].get("position") is not None and (
                not among.group("these")
                or any(r.get("position") == which[0] or set(_split(r.get("members"))) & set(listed)
                       for r in same_mention)):
            # "A abstained as 41 voted for it. These included B, C": the count's own members, when the
            # sentence before named none of that side and none of them with another
            return False
        some = True
    elif m:
        given = [int(v) for v in parts.values() if v.isdigit()]
        counted = m.group("n") or m.group("m")
        if counted is None and len(given) != 1:
            return False  # "These countries are ...": of a sentence giving one count only
        n = _number(counted) if counted is not None else given[0]
        which = [k for k, v in parts.items() if v.isdigit() and int(v) == n]
        listed = read_list(m.group("list") or m.group("tail"), least=1)
        if len(which) != 1 or not listed or len(listed) != n:
            return False
        some = False
    else:
        return False
    last = rows[-1]
    same = [r for r in rows if r["mention_id"] == last["mention_id"]]
    evidence = f"{last['evidence']} {sent.strip()}"
    for r in same:
        r["evidence"] = evidence
    if last.get("members") is None and last.get("position") is None:
        last.update(members=";".join(sorted(listed)), position=which[0], others=some)
    else:  # as many names as the count: all of them
        rows.append(last | {"members": ";".join(sorted(listed)), "position": which[0], "others": some,
                            "kind": "vote"})
    return True


#: ... and a verb setting one decision after another: "Tuesday's resolution follows on from the 11
#: February resolution", "builds on", "came after" (each side its own day, or the sentence stays whole).
_CLAUSE_BREAK = re.compile(r"\s[—–]\s|\s--\s|;\s+|,?\s+and\s+then\s+|,\s+then\s+|,\s+(?:while|whereas)\s+|"
                           r"\s+(?:follows|followed|comes|came)\s+(?:on\s+)?(?:from|after)\s+|\s+builds?\s+on\s+")


def _dated_clauses(sent: str, today: pd.Timestamp) -> list[tuple[int, int]] | None:
    """Spans of the clauses of a sentence that tells of several votes, each on its own day, or ``None``.

    "Only five members backed the first draft on Monday, and then the US vetoed the
    second on Wednesday" is two votes: each clause between breaks (dashes,
    semicolons, "and then", "while") that holds exactly one day is one; a clause
    without a day joins the one before it, and a lead-in before the first dated
    clause ("The council voted twice last week —") is left out. A sentence with
    fewer than two such clauses, or two clauses on the same day, stays whole.
    """
    found = find_dates(sent, today)
    days = [d for d in found if d.precision == "day"]
    breaks = _CLAUSE_BREAK
    if not days:
        # "In 2007, China vetoed a draft on Burma, and in 2008 it vetoed one on Zimbabwe": clauses
        # each of its own year, each with its own vote told, are votes of their own
        days = [d for d in found if d.precision == "year"]
        breaks = _YEAR_CLAUSE_BREAK
        if len(days) < 2:
            return None
        spans = _dated_spans(sent, days, breaks)
        if spans is None or not all(_POSITION_RE.search(sent, lo, hi) for lo, hi in spans):
            return None
        return spans
    if len(days) < 2:
        return None
    return _dated_spans(sent, days, breaks)


#: Where a clause of its own year begins: ", and in 2008 ...", "; in 2011 ...", ", while in 2012 ...".
_YEAR_CLAUSE_BREAK = re.compile(r"\s[—–]\s|\s--\s|;\s+|,\s+(?:and\s+|while\s+|but\s+|then\s+)?"
                                r"(?=(?:in|by)\s+(?:19|20)\d\d\b)")


def _dated_spans(sent: str, days: list[DateExpr], breaks: re.Pattern) -> list[tuple[int, int]] | None:
    """The clauses between ``breaks`` each holding exactly one of ``days`` (see :func:`_dated_clauses`)."""
    cuts = [0] + [m.end() for m in breaks.finditer(sent)] + [len(sent)]
    spans: list[list[int]] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        inside = [d for d in days if lo <= d.start < hi]
        if len(inside) > 1:
            return None
        if inside:
            spans.append([lo, hi, 1])
        elif spans:
            spans[-1][1] = hi
    dated = {str(d.date_from) for d in days}
    if len(spans) < 2 or len(dated) < len(spans):
        return None
    return [(lo, hi) for lo, hi, _ in spans]


#: "South Africa also voted \"no,\"", 'six voted "against"': a quoted answer after "voted" is the
#: writer's report of the vote.
_QUOTED_ANSWER = re.compile(r"[\"“‘'«]\s*(?:yes|no|nay|for|against|in\s+favou?r)[,.]?\s*[\"”’'»]", re.I)

#: "changed their position to \"abstain\"": a position word alone in quotation marks is the writer's.
_QUOTED_SIDE = re.compile(r"[\"“‘']\s*(?:abstain(?:ed|ing)?|abstentions?|against|in\s+favou?r)[,.]?\s*"
                          r"[\"”’']", re.I)


def _scare_quoted(quote: str) -> bool:
    """Whether ``quote`` is a state's name alone in quotation marks ("“Israel” voted against"):
    the writer's distance from the name, no one's words."""
    inner = quote.strip(" \"“”‘’'")
    if not inner or len(inner) > 40:
        return False
    found = find_countries(inner)
    return len(found) == 1 and found[0].kind == "name" and found[0].start == 0 and found[0].end == len(inner)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by as many spaces (offsets unchanged)."""
    if not spans:
        return text
    chars = list(text)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _bulleted(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each sentence cut at its bullets ("• YES – A – B • NO – C" is two items)."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        cuts = [m for m in _BULLET.finditer(para, lo, hi)]
        if not cuts:
            out.append((lo, hi))
            continue
        starts = [lo] + [m.end() for m in cuts]
        ends = [m.start() for m in cuts] + [hi]
        out += [(a, b) for a, b in zip(starts, ends, strict=True) if para[a:b].strip()]
    return out


#: A member's vote on a text named by its sponsor: "vetoed a Brazilian-drafted resolution",
#: "voted against the US draft", "abstained on France's text".
_SPONSORED_ACT = re.compile(
    r"\b(?:vetoed|voted\s+(?:against|for|in\s+favou?r\s+of)|abstained\s+(?:on|from\s+voting\s+on))\s+"
    r"(?:a|an|the)\s+(?:(?!resolutions?\b|drafts?\b|texts?\b)[\w.'’-]+\s+){0,3}?(?:draft\s+)?"
    r"(?:resolution|draft|text|proposal|measure)\b(?!s)", re.I)
#: Where one clause of a sentence ends and the next begins: a comma, "and", "but", "while".
_NEXT_CLAUSE = re.compile(r",\s+(?:(?:and|but|while|whereas|then)\s+)?|\s+(?:and|but|while|whereas)\s+|;\s+")


def _sponsored_clauses(sent: str) -> list[tuple[int, int]] | None:
    """Spans of the clauses of a sentence that tells of votes on several texts, each named by its sponsor.

    "Britain vetoed a Ruritanian-drafted text and Ruritania vetoed a British-drafted one" is
    two votes: each clause holds its own vote act on a text named by a sponsor
    (:data:`_SPONSORED_ACT`), and the sponsors differ. A clause runs from the first break
    after the act before it (:data:`_NEXT_CLAUSE`) to the end of its own text's words; a
    lead-in before the first act that counts several votes of its own ("X tried twice,
    then ...") is a clause apart (it stays a mention of several). ``None`` when fewer
    than two such acts, or two with the same sponsor or none: the sentence stays whole.
    """
    from unsc.coverage.link import sponsors_in

    acts = list(_SPONSORED_ACT.finditer(sent))
    if len(acts) < 2:
        return None
    sponsors = [sponsors_in(a.group()) for a in acts]
    if any(not sp for sp in sponsors) or len(set(sponsors)) < len(sponsors):
        return None
    starts, ends = [0], []
    for prev, nxt in zip(acts, acts[1:], strict=False):
        cut = _NEXT_CLAUSE.search(sent, prev.end(), nxt.start())
        if cut is None:
            return None
        starts.append(cut.end())
        ends.append(cut.start())
    spans = list(zip(starts, [*ends, len(sent)], strict=True))
    lead = [c for c in _NEXT_CLAUSE.finditer(sent, 0, acts[0].start()) if c.group().startswith(",")]
    if lead and _PLURAL.search(sent[: lead[-1].start()]):
        spans = [(0, lead[-1].start()), (lead[-1].end(), spans[0][1]), *spans[1:]]
    return spans


#: Before a body's name, what makes it the second of two bodies something is sent to: "a report to the
#: UNHRC and the UN General Assembly" (not "referred the matter to the Security Council", whose vote
#: may come next).
_BODY_ADDRESSED = re.compile(r"\b(?:to|before)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?[\w.]+"
                             r"(?:\s+[A-Z][\w.]*){0,3}\s+(?:and|&)\s+(?:the\s+)?"
                             r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?$|"
                             # "the Assembly urged the Security Council to refer ...": the body asked to act
                             r"\b(?:urged|urging|asked|asking|called\s+on|calling\s+on|requested|requesting|"
                             r"encouraged|invited)\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?$")
#: The Assembly's yearly session named as a gathering ("in New York for the annual UN General Assembly",
#: "on the sidelines of the high-level week of the General Assembly" is not matched: only a qualifier
#: of the session itself right before the name).
_BODY_GATHERING = re.compile(r"\b(?:for|at|attend(?:s|ed|ing)?|during|ahead\s+of|sidelines\s+of)\s+"
                             r"(?:the\s+|this\s+year['’]s\s+)?"
                             r"(?:annual|yearly|high-level|upcoming|\d+(?:st|nd|rd|th))\s+(?:session\s+of\s+the\s+)?"
                             r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?$", re.I)
#: Renewing a special rapporteur's or an independent expert's mandate: the Human Rights Council's act
#: (its special procedures), whatever body the story named last.
_SPECIAL_PROCEDURE = re.compile(
    r"\b(?:extend|renew|prolong)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:mandate\s+of\s+(?:the\s+|its\s+|a\s+)?(?:UN\s+)?"
    r"(?:special\s+rapporteur|independent\s+expert)|(?:special\s+rapporteur|independent\s+expert)['’]s\s+mandate)",
    re.I)
#: A hyphen glued to an en or em dash ("-–", "—-"), typed as one dash: read as a space and the dash
#: (same length, so offsets stay).
_MIXED_DASH = re.compile(r"-[–—]|[–—]-")


def extract_mentions(article: Article, *, registry: Registry | None = None) -> pd.DataFrame:
    """Vote mentions in ``article``, not yet linked (``decision_id`` empty).

    Parameters
    ----------
    article
        From :func:`~unsc.coverage.read_article`.
    registry
        The article's people; built when not given.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`MENTION_COLUMNS`, one row per claim; empty when the
        article mentions no vote.
    """
    registry = registry or people_in(article.paragraphs)
    context = _Context()
    _, headline_topics = _subjects(article.headline, find_countries(article.headline),
                                   registry, set())
    headline_bodies = _bodies(article.headline, context)
    context.named_bodies.update(b for _, b in headline_bodies)
    if _VETO_WORD.search(article.headline or ""):
        context.veto_paragraph = 0
    outside, _ = _outside_body(article.headline, 0, context)
    if outside:  # "OAS Permanent Council accepts ...": the story is of that body's vote
        context.outside = (0, outside)
    rows: list[dict] = []
    counter = [0]

    def emit(found: list[dict]) -> None:
        if found:  # one sentence (or one roll call) is one mention: its groups share the id
            counter[0] += 1
            for row in found:
                row["mention_id"] = f"{article.slug}:m{counter[0]}"
            rows.extend(found)
            voters = [c for row in found for c in _split(row.get("members"))]
            if voters:
                context.voters = list(dict.fromkeys(voters))
                context.voters_one_side = len({row.get("position") for row in found
                                               if _split(row.get("members"))}) == 1
                context.stated = {c: str(row.get("position")) for row in found
                                  for c in _split(row.get("members"))}

    roll = _RollCall()

    labels: dict[int, DateExpr] = {}

    def close_roll() -> None:
        if roll.groups:
            body = context.last_body or (headline_bodies[0][1] if headline_bodies else None)
            context.label = labels.get(roll.paragraph)  # (closed at the next paragraph: its own entry's)
            emit(_mentions_in(roll.text(), roll.paragraph, article, [], [(0, body)] if body else [],
                              context, registry, headline_topics, given=roll))
        roll.reset()

    quoted = quoted_spans(article.paragraphs)
    sections = {pi: d for pi, para in enumerate(article.paragraphs)
                if (d := _section_day(para, article.date)) is not None}
    if len(sections) < 2:
        sections = {}  # one date alone on its line is a byline's or a dateline's, not a timeline's
    labels.update({pi: d for pi, para in enumerate(article.paragraphs)
                   if (d := _entry_label(para, article.date)) is not None})
    if len(labels) < 2:
        labels.clear()
    for pi, para in enumerate(article.paragraphs):
        if pi in sections:
            close_roll()
            context.section = sections[pi]
            continue
        # a vote told inside a quotation ("'We voted against it,' he said") is its speaker's
        # claim, kept in the statements table, not the article's: its words are blanked (same
        # offsets, so sentences and evidence keep their places)
        original = para
        para = _blank(para, [(lo, hi) for lo, hi in quoted[pi] if (not _QUOTED_ANSWER.fullmatch(para[lo:hi])
                             or not re.search(r"\bvot\w*\s+$", para[:lo], re.I))
                             and not _scare_quoted(para[lo:hi]) and not _QUOTED_SIDE.fullmatch(para[lo:hi])])
        # "with 3 abstentions -– A, B and C -– expressed": a hyphen typed next to a dash is one dash
        para = _MIXED_DASH.sub(lambda m: " " + m.group().strip("-"), para)
        if roll.queue:
            listed = read_list(para, least=1)
            if listed and len(listed) == roll.queue[0][1]:  # the list is its heading's only when counted so
                position, count = roll.queue.pop(0)
                roll.add(position, listed, count, para.strip())
                continue
            roll.queue = []
        headings = _roll_headings(para)
        if headings is not None:
            roll.queue = headings
            roll.paragraph = pi if not roll.groups else roll.paragraph
            continue
        heading = _roll_heading(para)
        if heading is None and pi + 1 < len(article.paragraphs):
            # "Countries that voted against", then nothing but its list
            heading = _roll_heading(para, bare=True)
            if heading is not None and not read_list(_unlettered(article.paragraphs[pi + 1]),
                                                     least=2):
                heading = None
        if heading is not None:  # "Countries that voted against:" with its list in the next paragraph
            roll.pending = (heading[0], heading[1], para.strip())
            roll.paragraph = pi if not roll.groups else roll.paragraph
            continue
        if roll.pending is not None:
            # a list set out under index letters ("B: The Bahamas, Belarus", "C: China, Cuba") goes on
            # letter by letter
            lettered = bool(_LETTER_INDEX.match(para))
            listed = read_list(_unlettered(para), least=1)  # one name under a heading is a list
            last = _ROLL_LAST_ITEM.match(para) if not listed and roll.groups else None
            if last:
                # "- countries such as A, B and others.": the list's last item names some members
                listed = read_list(last.group("list"), least=1)
                if listed:
                    roll.add(roll.pending[0], listed, roll.pending[1], para.strip())
                    roll.pending = None
                    continue
            if listed:
                head = roll.pending[2]
                roll.add(roll.pending[0], listed, roll.pending[1], f"{head} {para.strip()}" if head else
                         para.strip())
                # a list set out one item a paragraph ("- Chile", "- Peru") goes on under its heading
                roll.pending = (roll.pending[0], roll.pending[1], "") \
                    if _LIST_ITEM_PARA.match(para) or lettered else None
                continue
            roll.pending = None
        for s_start, s_end in _bulleted(para, sentences(para)):
            sent = para[s_start:s_end]
            inline = _roll_inline(sent)
            if inline is not None:  # "Against (11): Armenia, Belarus, ..."
                if not roll.groups:
                    roll.paragraph = pi
                roll.add(*inline, sent.strip())
                # "adopted by a vote of 10 to zero, with 5 abstentions: A, B, ...": a heading that is
                # a sentence gives the other parts of the count too
                head = sent.split(":", 1)[0]
                parts = (_tally(head) or "?-?-?").split("-")
                for key, part in zip(("yes", "no", "abstain"), parts, strict=True):
                    if part.isdigit() and key not in roll.counts:
                        roll.counts[key] = int(part)
                continue
            close_roll()
            context.label = labels.get(pi)
            places = find_countries(sent)
            context.paragraph = pi
            dateline = _DATELINE.match(sent) if s_start == 0 else None
            if dateline:
                places = [p for p in places if p.start >= dateline.end()]
            bodies = _bodies(sent, context)
            if _GENERIC.search(sent):
                continue
            if _name_the_count(sent, pi, rows):
                continue
            outside, names_outside = _outside_body(sent, pi, context)
            clauses = _dated_clauses(sent, article.date) or _sponsored_clauses(sent)
            voted: list[str] = []  # the bodies whose votes the sentence told of
            backed = False  # whether the sentence spoke back of the text the one before cites
            for c_start, c_end in clauses or [(0, len(sent))]:
                # one vote per dated clause ("... on June 1 and then ... on June 3"), else the sentence
                part = sent[c_start:c_end]
                part_places = [replace(p, start=p.start - c_start, end=p.end - c_start) for p in places
                               if c_start <= p.start and p.end <= c_end]
                found = _mentions_in(part, pi, article, part_places, _bodies(part, context) or bodies,
                                     context, registry, headline_topics)
                for row in found:  # the evidence is the sentence as written, quotations included
                    row["evidence"] = original[s_start + c_start : s_start + c_end].strip()
                    if context.committee is not None and pi - context.committee <= _COMMITTEE_RUNS and \
                            _goes_on_in_committee(row):
                        row["committee"] = True
                    if row["committee"]:
                        context.committee = pi  # the committee's story goes on
                    if outside and row.get("kind") == "vote" and not row.get("cited"):
                        # another body's vote (a veto, or a text cited by its symbol, stays the UN's)
                        row["outside"] = outside
                voted += [str(r["body"]) for r in found if isinstance(r.get("body"), str) and r["body"]]
                if context.cited_text is not None and pi - context.cited_text[0] <= 1 and (
                        _BACK_TO_TEXT.search(part)
                        or (pi == context.cited_text[0] and _VETO_OF_IT.search(part))):
                    for row in found:
                        if not row.get("cited") and pd.isna(row.get("date")) and \
                                pd.isna(row.get("date_from")):
                            row["cited_before"] = context.cited_text[1]
                            backed = True
                emit(found)
            context.cited_text = _subject_cite(sent, pi, context.cited_text, backed)
            if outside and (names_outside or context.outside is not None):
                context.outside = (pi, outside)
            elif _BODY_NAME_RE.search(sent):
                context.outside = None  # a UN body's story again
            if _COMMITTEE.search(sent) and not _PLENARY.search(sent):
                context.committee = pi
            elif _PLENARY.search(sent) and not _YET_TO_COME.search(sent):
                context.committee = None  # the plenary's vote, not "it will go to the plenary next month"
            if bodies and not voted and all(_BODY_GATHERING.search(sent[max(0, a - 60): a])
                                            for a, _ in bodies):
                # "as leaders gather in New York for the annual UN General Assembly": the yearly meeting
                # is where the story's people are, not a vote; "they voted" next is still the Council's
                pass
            elif bodies:
                # "the council" next refers to the body that voted, not to one the vote was about
                # ("The Human Rights Council adopted a text urging the Security Council to act. The
                # Council approved it 30-6": the Human Rights Council); else to the one named last
                named_here = {b for _, b in bodies}
                # ... not to one the sentence sends something to ("appointed a rapporteur to report to the
                # Council and the General Assembly": the Council acted)
                acting = [(a, b) for a, b in bodies
                          if not _BODY_ADDRESSED.search(sent[max(0, a - 60): a])] or bodies
                context.last_body = voted[-1] if voted and voted[-1] in named_here else acting[-1][1]
                context.body_paragraph = pi
                context.named_bodies.update(b for _, b in bodies)
            named = [p.code for p in places if p.kind in ("name", "capital")]
            # (not the states a text is about, nor a sponsor glued to its act: "the US-led war on Iraq")
            context.vote_before = pi if _VOTE_CONTEXT.search(sent) else -1
            if _VETO_WORD.search(sent):
                context.veto_paragraph = pi
            context.just_named = (pi, list(dict.fromkeys(
                p.code for p in places if p.kind in ("name", "capital")
                and not _ACTED_ON.search(sent[max(0, p.start - 20): p.start])
                and not _GLUED_SPONSOR.match(sent[p.end:]))))
            context.recent = list(dict.fromkeys(reversed(named))) + [
                c for c in context.recent if c not in named]
    close_roll()
    rows = _resolve_with(rows, article)
    return conform_mentions(pd.DataFrame(rows) if rows else pd.DataFrame())


#: A year told ("on February 4, 2012", "in 1972"); a condition or a question before a verb.
_YEAR_TOLD = re.compile(r"\b(?:19[4-9]\d|20\d\d)\b")
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether|when|should|once|lest)\b", re.I)


#: A vote told as long past with no day: "in the past", "once vetoed", "previously voted".
#: ("the killings 20 years ago" dates what the text is about, not the vote: no "years ago" here)
_UNDATED_PAST = re.compile(r"\bin\s+the\s+(?:distant\s+)?past\b|\bin\s+earlier\s+years\b|"
                           r"\b(?:once|previously)\s+(?=vetoed|voted|abstained|blocked|rejected)", re.I)
#: The UN's first day (the Charter in force): no vote is older.
_FIRST_DAY = pd.Timestamp("1945-10-24")
#: The Human Rights Council's first session (A/RES/60/251 set it up on 15 March 2006).
_HRC_FIRST_SESSION = pd.Timestamp("2006-06-19")
#: The Human Rights Council's forerunner, "the UN Human Rights Commission in Geneva".
_COMMISSION = re.compile(r"\b(?:Commission\s+on\s+Human\s+Rights|Human\s+Rights\s+Commission)\b", re.I)
_ESTABLISHING = re.compile(r"\b(?:establish\w*|creat(?:e|es|ed|ing|ion)|set(?:ting)?\s+up|replac\w+)\b", re.I)
#: A label naming a vote's vetoers: "Vetoes: China, Russia", "Vetoed by: the US".
_VETOES_LABEL = re.compile(r"^\W*(?:vetoes|vetoed\s+by|veto(?:es)?\s+cast\s+by)\s*:\s*\w", re.I)
#: Markup around a heading: "**4 October 2011**", "## 4 October 2011:", "- 4 October 2011 -".
_HEADING_MARKS = re.compile(r"^[\s#*_\-–—•]+|[\s*_:\-–—•]+$")


#: A timeline entry's opening label: a date (a year, a month or a day) and a colon or a dash, perhaps
#: after a bullet or an arrow ("→ 1992: ...", "- October 16, 2023: ...", "**1995** – ...").
_ENTRY_LABEL = re.compile(r"^[\s#*_\-–—•→►>]*(?P<date>[^:–—.;]{4,30}?)[\s*_]*(?::|\s[–—-])\s")


#: A sentence opening with the vote of the text just told of: "It was passed with ...", "The text was
#: adopted by ...".
_IT_WAS_VOTED = re.compile(r"\s*(?:It|The\s+(?:resolution|text|draft|measure))\s+(?:was|had\s+been)\s+"
                           r"(?:\w+ly\s+)?(?:passed|adopted|approved|rejected|carried|defeated)\b")


def _entry_label(para: str, today: pd.Timestamp | None) -> DateExpr | None:
    """The date a paragraph opens with as a timeline entry's label, else ``None``."""
    m = _ENTRY_LABEL.match(para)
    if m is None or not _YEAR_TOLD.search(m.group("date")):
        return None
    text = m.group("date")
    year = re.fullmatch(r"[\s*_]*(19[4-9]\d|20\d\d)[\s*_]*", text)
    if year:  # a year alone ("→ 1992:"), which a sentence would write "in 1992"
        y = int(year.group(1))
        return DateExpr(m.start("date") + year.start(1), m.start("date") + year.end(1), year.group(1), None,
                        pd.Timestamp(y, 1, 1), pd.Timestamp(y, 12, 31), "year")
    found = find_dates(text, today if today is not None else pd.Timestamp.now().normalize())
    if len(found) != 1 or found[0].end - found[0].start < len(text.strip(" *_")) - 1:
        return None  # the label is the date and nothing else
    return found[0]


def _section_day(para: str, today: pd.Timestamp | None) -> DateExpr | None:
    """The day a paragraph is made of alone ("4 October 2011", "**October 4, 2011**"), else ``None``."""
    text = _HEADING_MARKS.sub("", para)
    if not text or len(text) > 30 or not _YEAR_TOLD.search(text):
        return None
    found = find_dates(text, today if today is not None else pd.Timestamp.now().normalize())
    if len(found) != 1 or found[0].precision != "day" or found[0].end - found[0].start < len(text) - 1:
        return None
    return found[0]


def _told_as_past(sent: str, at: int) -> bool:
    """Whether a present-tense "veto"/"block" at ``at`` tells a past act, as a timeline does.

    "Russia and China again veto a resolution on February 4, 2012": a year is told and no condition
    comes before ("If the two veto the draft, ..." is none; "will veto" is caught by _NOT_DONE).
    """
    return bool(_YEAR_TOLD.search(sent)) and not _CONDITION_BEFORE.search(sent[:at])


def _mentions_in(sent, pi, article, places, bodies, context, registry,  # noqa: ANN001, ANN202
                 headline_topics, given: _RollCall | None = None):
    if given is not None:  # a roll call in lists: its groups and counts are read already
        groups, veto_act, vetoed_only, tally = list(given.groups), False, False, given.tally()
    else:
        groups = _groups(sent, places, context)
        veto_act = any(not _NOT_DONE.search(sent[max(0, v.start() - 60): v.start()])
                       and not _NO_VETO.search(sent[max(0, v.start() - 15): v.start()])
                       and not _VETO_AVOIDED.search(sent[max(0, v.start() - 25): v.start()])
                       and (v.group().lower() not in ("veto", "block") or _told_as_past(sent, v.start()))
                       for v in _VETO_ACT.finditer(sent)) and _veto_context(sent, context)
        groups = [g for g in groups if g[1] and (g[0] != "veto" or veto_act)
                  # "Israel, which is not a member of the council, did not take part": a state outside
                  # the body cannot be absent from its vote
                  and not (g[0] == "absent" and _NOT_MEMBER.search(sent))]
        vetoers = {c for g in groups if g[0] == "veto" for c in g[1]}
        if vetoers and any(g[0] == "yes" and vetoers & set(g[1]) for g in groups):
            # "The US voted for war when it vetoed the draft": a member that vetoed a text did not vote
            # for it in the same breath; the "for" is of something else, and only the veto is read
            groups = [g if g[0] != "yes" else (g[0], [c for c in g[1] if c not in vetoers], *g[2:])
                      for g in groups]
            groups = [g for g in groups if g[1]]
        vetoed_only = veto_act and not groups and bool(_RESOLUTION_WORD.search(sent))
        tally = _tally(sent)
    unanimous = any(not _NOT_UNANIMOUS.search(sent[max(0, u.start() - 20): u.start()])
                    and not _UNANIMOUS_HOPED.search(sent[max(0, u.start() - 70): u.start()])
                    # the vote word near it: "voiced approval of a plan ..., which the council
                    # supports unanimously" says nothing of how a vote went
                    and _VOTE_WORD.search(sent, max(0, u.start() - _UNANIMOUS_NEAR),
                                          u.end() + _UNANIMOUS_NEAR)
                    for u in _UNANIMOUS.finditer(sent))
    as_one = _body_decided(sent, bodies)  # "the Council unanimously decided", "adopted without a vote"
    unanimous = unanimous or as_one == "unanimous"
    cited = []
    cited_at = None
    for m in _CITED.finditer(sent):
        cited_at = m.start() if cited_at is None else cited_at
        if m.group("sym"):
            cited.append(re.sub(r"\s+", "", m.group("sym")))
        elif m.group("session"):
            # "resolution 60/251" numbers a session: the Assembly's or the Human Rights Council's,
            # never a Security Council resolution; the body named says which, else both are tried
            number = f"{m.group('session')}/{m.group('n')}"
            named = {b for _, b in bodies}
            cited += [f"A/RES/{number}"] * ("HRC" not in named or "GA" in named) + \
                [f"A/HRC/RES/{number}"] * ("GA" not in named or "HRC" in named)
        else:
            number = m.group("num") or m.group("pnum")
            cited.append(f"S/RES/{number}" + (f"({m.group('year')})" if m.group("year") else ""))
    concepts = _concepts(sent, 0)
    # force the record authorised: "the draft demands Israel stop the use of force" is no precedent
    # ("the use of force without the Council's authorization" is what a draft condemns, not a precedent)
    authorised = [a for a in _AUTHORISED.finditer(sent)
                  if not _NOT_AUTHORISED.search(sent[max(0, a.start() - 40): a.start()])]
    precedent = "force" in concepts and bool(authorised)
    adopted = _happened(_ADOPTED, sent) and bool(_RESOLUTION_WORD.search(sent))
    failed = _happened(_FAILED, sent) and bool(_RESOLUTION_WORD.search(sent))
    # (the name may open with "U.N.": "the U.N. General Assembly voted to condemn ...")
    body_voted = any(re.match(r"^(?:U\.N\.\s+)?[\w -]{0,40}?\bvoted\s+(?:\w+\s+){0,3}?to\s+[a-z]", sent[at:])
                     for at, _ in bodies
                     # "13 members of the council voted to approve": members voting, not an outcome
                     if not re.search(r"\bmembers?\s+of\s+(?:the\s+)?$", sent[:at], re.I)) \
        and not any(g[0] == "no" for g in groups)
    # "the UN General Assembly voted in support of a resolution on Crimea": the body itself, its name the
    # subject, voting for a text passed it ("Eleven Security Council nations voted in favour" did not)
    body_voted = body_voted or any(
        (head := _BODY_NAME_RE.match(sent, at) or _BACKREF.match(sent, at)) is not None
        and _BODY_FOR_TEXT.match(sent, head.end()) is not None
        # ("All other countries of the 15-member UNSC voted in favour": members, not the body)
        and not re.search(r"\b(?:members?|nations|states|countries)\s+of\s+(?:the\s+)?(?:[\w-]+-member\s+)?$",
                          sent[:at], re.I)
        and not re.search(rf"\b{_NUM}\s+of\s+(?:the\s+|its\s+)?(?:{_NUM}\s+)?$", sent[:at], re.I)
        for at, _ in bodies) and not any(g[0] == "no" for g in groups)
    # "The Security Council later agreed to extend the mission's mandate": the Council extends a mandate
    # only by a resolution put to a vote (the Assembly and the Rights Council agree to texts without one)
    body_voted = body_voted or any(
        b == "SC" and (agreed := _COUNCIL_AGREED.match(sent, at)) is not None
        and not re.search(r"\b(?:not|never)\b|n['’]t\b", agreed.group("gap"), re.I)
        for at, b in bodies)
    # "The UN Security Council on Wednesday approved new sanctions against Iran": so, too, the Council
    # imposing sanctions
    body_voted = body_voted or any(
        b == "SC" and (sanctioned := _COUNCIL_SANCTIONED.match(sent, at)) is not None
        and not re.search(r"\b(?:not|never)\b|n['’]t\b", sanctioned.group("gap"), re.I)
        and not _HEDGED.search(sanctioned.group("gap"))
        and not _NOT_SANCTIONING.search(sanctioned.group("object"))
        for at, b in bodies)
    adopted = adopted or body_voted or as_one is not None  # "the council voted on Friday to open an inquiry"
    adopted = adopted or bool(_PASSAGE_OF.search(sent))
    # "The Council rejected a Russia-proposed amendment": the body, its subject, voting a text down
    failed = failed or any(
        (down := _BODY_REJECTED.match(sent, at)) is not None
        and not re.search(r"\b(?:not|never)\b|n['’]t\b", down.group("gap"), re.I)
        and not _HEDGED.search(down.group("gap"))
        for at, _ in bodies)
    also_failed = bool(_ALSO_FAILED.search(sent)) and bool(_RESOLUTION_WORD.search(sent)) and \
        context.body_paragraph is not None and pi - context.body_paragraph <= 1
    failed = failed or also_failed
    # "Following the rejection, a European Union-backed motion to extend the mandate passed": a text,
    # the subject, passed in a story about one body, which names it no more
    story_passed = adopted and not bodies and len(context.named_bodies) == 1 and \
        bool(_TEXT_PASSED.search(sent)) and not _HEDGED.search(sent)
    # "A US bid to impose the measure in 2016 failed to get enough votes": so of a text that failed
    story_failed = failed and not adopted and not bodies and len(context.named_bodies) == 1 and \
        bool(_TEXT_FAILED.search(sent)) and \
        not _HEDGED.search(re.sub(r"(?<=\s)May\b", "", sent))  # ("in May 2016" is the month, no hedge)
    outcome_only = (adopted or failed) and (bool(bodies) or also_failed or story_passed or story_failed)
    if not (groups or tally or unanimous or cited or precedent or outcome_only or vetoed_only):
        if _RESOLUTION_WORD.search(sent):
            # "In 2014, the second resolution was co-sponsored by 50 states.": no vote, but the day of a
            # text the next sentence may tell the vote of ("It was passed with 25 in favour")
            told = find_dates(sent, article.date)
            context.told_text = (pi, told[0]) if len(told) == 1 else None
        return []
    positions = {g[0] for g in groups} | ({"veto"} if vetoed_only else set())
    body = _acting_body(sent, bodies, "veto" in positions)
    if body is None and ("veto" in positions or precedent or (_PERMANENT.search(sent) and not (
            context.last_body not in (None, "SC") and _MEMBER_OF_COUNCIL.search(sent)))):
        # (not "Britain was the only permanent member of the Security Council to endorse it" in a
        # story of an Assembly vote: the seat describes the member)
        body = "SC"
    if positions == {"veto"} and body in ("GA", "HRC") and _VENUE_BEFORE.search(sent[: bodies[0][0]]):
        # only the Security Council has a veto: "China and Russia defended their vetoes at a General
        # Assembly meeting" tells of Council vetoes, the Assembly being where they were defended (a
        # story going on to the Assembly, "went to the Assembly after the veto", keeps its own vote)
        body = "SC"
    if body in ("GA", "HRC") and failed and not adopted and _VETO_WORD.search(sent) and \
            any(lexicon.BODY_NAMES[b.group()] == "SC" for b in _BODY_NAME_RE.finditer(sent)):
        # only the Security Council has a veto: "Action in the Assembly comes days after the Security
        # Council failed to adopt a draft, with A and B using their veto", "similar to one defeated in
        # the Security Council by a veto" tell of the Council's failed vote, the Assembly being the scene
        body = "SC"
    if body is None and _SPECIAL_PROCEDURE.search(sent):
        body = "HRC"  # "voted to extend the special rapporteur's mandate": only that Council renews them
    # ("1 country absenting itself" counts a member: no body has fewer than the Council's first 11 seats)
    size = next((x for x in _SIZE.finditer(sent) if (_number(x.group("n")) or 0) >= 11), None) or \
        _SIZE_OF.search(sent)
    if body is None and size:
        body = _BODY_BY_SIZE.get(_number(size.group("n")))
    counted = sum(int(x) for x in (tally or "").split("-") if x.isdigit())
    if body is None and counted > 47:  # more votes than the Human Rights Council has members
        body = "GA"
    biggest = max((int(x) for x in (tally or "").split("-") if x.isdigit()), default=0)
    if body == "SC" and "veto" not in positions and biggest > 15:
        # "The assembly approved the resolution, which condemned the Security Council ..., with 133 votes
        # in favor": more votes than the Council has seats are another body's (a size may be of another
        # body the sentence names: "asked the 193-member General Assembly to take up the crisis")
        body = "GA" if biggest > 47 else None
    if body is None and context.body_paragraph is not None and pi - context.body_paragraph <= 1 and not (
            counted > 15 and context.last_body == "SC"):
        body = context.last_body  # the story goes on about the body just named
    if body is None and len(context.named_bodies) == 1 and given is None:
        body = next(iter(context.named_bodies))  # the one body the whole story is about
    if _against_first(sent, tally):
        # "rejected the draft by 19 votes to 17": the count against it first. Not so in the Security
        # Council, where a draft fails with more votes for it than against (a veto's "defeated 13-2",
        # or short of nine, "rejected 8-2"), nor where the body is not known: which side is which is
        # then not told
        y, n, a = tally.split("-")
        tally = f"{n}-{y}-{a}" if body in ("GA", "HRC") and not _VETO_WORD.search(sent) else \
            (None if a == "?" else f"?-?-{a}")
    # the date nearest the first position, or else the first text cited: "the Council imposed the embargo
    # in 2011 and later adopted resolution 2292 in 2016" dates the resolution to 2016
    anchor = groups[0][2] if groups else cited_at if cited_at is not None else 0
    # a relative clause beside a position of the main clause is background ("India, which backed
    # the resolutions of 2012 and 2013, abstained"): its dates and plurals are not this vote's
    core = _RELATIVE_ASIDE.sub(lambda a: " " * len(a.group()), sent)
    # ... unless the positions read are the aside's own ("Russia, which abstained in the vote last year,
    # did not veto it": the main clause's "veto" is denied, so the aside's year is its abstention's)
    asides = [(a.start(), a.end()) for a in _RELATIVE_ASIDE.finditer(sent)] if groups else []
    in_aside = bool(asides) and all(any(a <= g[2] < b for a, b in asides) for g in groups)
    if not (groups and given is None and _POSITION_RE.search(core)) or in_aside:
        core = sent
    # "passed since the conflict escalated on October 7": a date another event's clause holds is
    # that event's, not the vote's
    found = [d for d in find_dates(core, article.date)
             if not _OTHER_EVENT.search(core[max(0, d.start - 85): d.start])
             and not (d.precision == "day" and _OWN_DATE_BEFORE.search(core[max(0, d.start - 8): d.start])
                      and _OTHER_NOUN_AFTER.match(core, d.end))
             # "..., An Nahar newspaper reported on Thursday": the day of the report, not of the vote
             and not _REPORTED_ON.search(core[max(0, d.start - 30): d.start])]
    # "New York, 18 October 2023 (TDI): ... on October 16": the dateline's date is the filing's
    filed = _DATED_LINE.match(core)
    if filed and any(d.start >= filed.end() for d in found):
        found = [d for d in found if d.start >= filed.end()]
    date = _pick_date(found, anchor)
    inherited = None
    if date is None and context.event is not None:
        last_para, last_body, last_date = context.event
        near = pi - last_para <= 1 or given is not None  # a roll call lists the article's vote
        if near and body in (None, last_body) and not precedent and not cited:
            inherited = last_date
    if date is None and inherited is None and context.told_text is not None and context.told_text[0] == pi \
            and _IT_WAS_VOTED.match(sent) and not precedent:
        inherited = replace(context.told_text[1], text=f"{context.told_text[1].text}, of the text the "
                            "sentence before tells of")
    if date is None and inherited is None and context.label is not None and not precedent:
        inherited = replace(context.label, text=f"{context.label.text}, the timeline entry's label")
    if date is None and inherited is None and context.section is not None and not precedent:
        inherited = replace(context.section, text=f"{context.section.text}, the section's heading")
    when = (date or inherited).date_to if (date or inherited) is not None else article.date
    commission = False  # a vote of the Human Rights Council's forerunner (no table holds it)
    if body == "HRC" and when is not None and pd.notna(when) and when < _HRC_FIRST_SESSION:
        # "The resolution establishing the Human Rights Council was adopted on 15 March 2006": the
        # Council met first on 19 June 2006, so a vote before is the Assembly's that set it up (or, on
        # no such word, a body not known)
        body = "GA" if _ESTABLISHING.search(sent) else None
        commission = body is None and bool(_COMMISSION.search(sent))
    outcome = ("vetoed" if "veto" in positions else "adopted" if adopted or precedent
               else "failed" if failed else None)
    voters = {c for g in groups for c in g[1]}
    # (the places of a closing "since" clause are another event's: "..., a divide since NATO launched
    # strikes in Libya")
    since = _SINCE_TAIL.search(sent) if groups else None
    told = [p for p in places if since is None or since.start() <= groups[-1][2] or p.start < since.start()]
    subjects, topics = _subjects(sent, told, registry, voters)
    if not topics:
        topics = [c for c in headline_topics if c not in voters]
    # "..., although it usually abstains on such resolutions": the habit a closing concession tells
    # of counts other votes, not this one's
    plain = _HABIT_TAIL.sub(lambda a: " " * len(a.group()), core)
    # "..., marking the 49th time the US has used its veto against such drafts": the count a closing
    # phrase keeps is of earlier votes, the main clause's one vote is this one
    plain = _COUNT_TAIL.sub(lambda a: " " * len(a.group()), plain)
    # "A and B abstained, reaffirming a divide since NATO used U.N. resolutions to justify strikes": the
    # texts of an event a closing "since" clause tells of are not this vote's
    if groups:
        plain = _SINCE_TAIL.sub(lambda a: " " * len(a.group()) if a.start() > groups[-1][2] else a.group(),
                                plain)
    if len(set(cited)) == 1 and (groups or tally):
        # "Adopting resolution 1591 by 12 votes ..., the demands set out in previous resolutions": the
        # one text cited with its vote is the one; the earlier ones are what it recalls
        plain = _RECALLED_TEXTS.sub(lambda a: " " * len(a.group()), plain)
    # "Vetoes: China, Russia" under a timeline's day: one veto each, of the section's one draft
    plural = bool(_PLURAL.search(plain)) and not _VETOES_LABEL.match(sent)
    perfect = bool(_PRESENT_PERFECT.search(core))
    # "has vetoed a United Nations Security Council resolution": one text, whatever the tense (a
    # count of several, "has used its veto several times", stays several)
    one_text = bool(_ONE_TEXT.search(sent)) and \
        not re.search(r"\b(?:resolutions|drafts)\b", sent, re.I)
    if one_text and not (plural and re.search(rf"\btimes\b|\bseveral\b|\btwice\b|{_SEVERAL_ONES}", core,
                                              re.I)):
        plural = False
    elif perfect:
        plural = True
    kind = "veto" if vetoed_only else (
        "vote" if groups or tally or unanimous or outcome_only else "precedent")
    base = {
        "article": article.key,
        "source": article.source,
        "paragraph": pi + 1,
        "kind": kind,
        "body": body,
        "date": date.date if date else pd.NaT,
        "date_from": date.date_from if date else pd.NaT,
        "date_to": date.date_to if date else article.date,
        "date_text": date.text if date else None,
        **({"date": inherited.date, "date_from": inherited.date_from,
            "date_to": inherited.date_to, "date_text": f"{inherited.text} (as before)"}
           if inherited is not None else {}),
        # "Russia has also vetoed a resolution in the past that ...": any day before the article's
        **({"date_from": _FIRST_DAY, "date_to": article.date - pd.Timedelta(days=1),
            "date_text": past.group()}
           if date is None and inherited is None and article.date is not None and pd.notna(article.date)
           and (past := _UNDATED_PAST.search(core)) is not None else {}),
        "permanent": bool(_PERMANENT.search(sent)),
        "committee": bool(_COMMITTEE.search(sent)) and not _PLENARY.search(sent),
        "permanent_members": ";".join(sorted(_permanent_named(sent, places))) or None,
        "size": _number(size.group("n")) if size else None,
        "tally": tally,
        "unanimous": unanimous,
        "outcome": outcome,
        "subjects": ";".join(subjects) or None,
        "topics": ";".join(topics) or None,
        "cited": ";".join(cited) or None,
        "plural": plural,
        "evidence": sent.strip(),
        **({"outside": COMMISSION} if commission else {}),
    }
    # ("in accordance with its resolution 5/1 of 18 June 2007": the day written as a cited text's own,
    # with no vote or outcome told, is that text's, not a day the story's next roll call goes on from)
    if date is not None and date.precision == "day" and not (
            cited and _CITED_DAY.search(core[: date.start]) and not groups and not tally and not unanimous
            and outcome is None):
        context.event = (pi, body, date)
    if not groups:
        return [base | {"members": None, "position": None}]
    return [base | {"members": ";".join(sorted(named)) or None, "position": position, "others": others,
                    "kind": "veto" if position == "veto" else "vote"}
            for position, named, _, others in groups]


def conform_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with exactly the :data:`MENTION_COLUMNS`, in order, with their dtypes."""
    out = {}
    for col, dtype in MENTION_COLUMNS.items():
        values = frame[col] if col in frame.columns else pd.Series(pd.NA, index=frame.index)
        values = values.reset_index(drop=True)
        if str(dtype).startswith("datetime64"):
            out[col] = pd.to_datetime(values).astype(dtype)
        elif dtype == "float64":
            out[col] = pd.to_numeric(values.astype(object).where(values.notna(), np.nan),
                                     errors="coerce").astype("float64")
        elif dtype == "bool":
            out[col] = values.astype("boolean").fillna(False).astype(bool)
        else:
            out[col] = values.astype(dtype)
    return pd.DataFrame(out, index=pd.RangeIndex(len(frame)))


from unsc.coverage.link import link  # noqa: E402, F401 - the next stage, kept importable here
