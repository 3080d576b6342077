"""Statements from the test articles in fixtures/articles (one pattern each)."""

from __future__ import annotations

import pandas as pd
import pytest
from coverage_text import inline_article

from unsc.coverage import extract_statements, read_article
from unsc.coverage.article import Article
from unsc.coverage.people import Registry, describe, read_phrase
from unsc.coverage.statements import Statement, find_quotes, find_statements
from unsc.model import STATEMENT_COLUMNS


@pytest.fixture
def articles(fixtures):
    return fixtures / "articles"


def _by_speaker(frame: pd.DataFrame, speaker: str) -> pd.DataFrame:
    return frame[frame.speaker == speaker]


def _article(*paragraphs: str, date: str = "2012-06-05", headline: str = "") -> Article:
    return inline_article(*paragraphs, date=date, headline=headline)


def test_schema_and_ids(articles):
    s = extract_statements(read_article(articles / "speakers.md"))
    assert list(s.columns) == list(STATEMENT_COLUMNS)
    assert s.statement_id.is_unique
    assert s.statement_id.str.fullmatch(r"speakers-[0-9a-f]{6}:[qr]\d+").all()
    assert (s.source == "The Example Gazette").all()


def test_speaker_after_the_quote_and_surname_back_reference(articles):
    s = extract_statements(read_article(articles / "speakers.md"), reported=False)
    kessler = _by_speaker(s, "Anna Kessler")
    # the quote says only "Kessler said": name, role and state come from paragraph 1
    assert len(kessler) == 1
    row = kessler.iloc[0]
    assert (row.role, row.country, row.paragraph) == ("Foreign Minister", "DEU", 2)
    assert row.summary == "We cannot wait for another massacre"


def test_speaker_before_the_quote_two_sentences_one_statement(articles):
    s = extract_statements(read_article(articles / "speakers.md"))
    row = _by_speaker(s, "Paulo Ferraz").iloc[0]
    assert (row.role, row.country, row.venue) == ("Ambassador", "BRA", "reporters")
    assert row.summary == "Dialogue remains the only path. We will keep talking to every side."
    assert row.date == pd.Timestamp("2012-03-15")


def test_verb_first_pronoun_and_quote_across_paragraphs(articles):
    s = extract_statements(read_article(articles / "speakers.md"))
    okafor = _by_speaker(s, "Grace Okafor").reset_index(drop=True)
    assert len(okafor) == 2
    assert okafor.role.tolist() == ["envoy", "envoy"]
    assert okafor.country.tolist() == ["NGA", "NGA"]
    assert okafor.venue[0] == "news conference in Geneva"
    # "she added" resolves to Okafor; the quotation runs on into paragraph 6
    assert okafor.paragraph[1] == 5
    assert okafor.summary[1].startswith("Our position has not changed. We want")
    assert okafor.summary[1].endswith("Any solution imposed from outside will fail.")


def test_reported_speech_with_a_weekday(articles):
    s = extract_statements(read_article(articles / "speakers.md"))
    reported = s[s.statement_id.str.contains(":r")]
    row = reported.iloc[0]
    assert (row.speaker, row.role, row.country) == ("Anna Kessler", "Foreign Minister", "DEU")
    assert row.date == pd.Timestamp("2012-03-14")  # "said on Wednesday", article Thursday 15th
    assert row.summary.startswith("the council must act")
    assert extract_statements(read_article(articles / "speakers.md"), reported=False) \
        .statement_id.str.contains(":q").all()


def test_weekday_across_a_month_boundary(articles):
    s = extract_statements(read_article(articles / "month-boundary.md"))
    row = _by_speaker(s, "Marc Dubois").iloc[0]
    assert (row.role, row.country) == ("Ambassador", "FRA")
    assert row.date == pd.Timestamp("2011-02-27")  # "said Sunday", article Tuesday 1 March


def test_trailing_attribution_is_reported_speech(articles):
    s = extract_statements(read_article(articles / "month-boundary.md"))
    row = _by_speaker(s, "officials").iloc[0]
    assert row.summary.startswith("Foreign ministers of the region will meet")
    assert row.date == pd.Timestamp("2011-03-01")  # said on the article's day, not "Friday"


def test_plain_text_single_quotes(articles):
    s = extract_statements(read_article(articles / "plain.txt", date="2012-02-01"))
    assert set(s.speaker) == {"Edward Hale"}
    assert set(s.role) == {"Foreign Secretary"} and set(s.country) == {"GBR"}
    quote = s[s.statement_id.str.contains(":q")].iloc[0]
    assert quote.summary == "We will not stand by while civilians are shelled"
    reported = s[s.statement_id.str.contains(":r")].iloc[0]
    assert reported.date == pd.Timestamp("2012-01-30")  # Monday before Wednesday 1 February


def test_no_quotations_empty_table(articles):
    s = extract_statements(read_article(articles / "no-quotes.md"))
    assert s.empty and list(s.columns) == list(STATEMENT_COLUMNS)
    assert s.dtypes.to_dict() == extract_statements(read_article(articles / "speakers.md")) \
        .dtypes.to_dict()


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role", "country"),
    [
        ('"We oppose the draft," Russian Foreign Minister Sergei Lavrov said.',
         "Sergei Lavrov", "Foreign Minister", "RUS"),
        ("\u201cWe oppose the draft,\u201d said Lavrov, Russia's foreign minister.",
         "Sergei Lavrov", "foreign minister", "RUS"),
        ('Li Baodong, China\'s ambassador, said: "We oppose the draft."',
         "Li Baodong", "ambassador", "CHN"),
        ('"We oppose the draft," the Kremlin said.', "Kremlin", None, "RUS"),
        # an unnamed official: the role, no speaker
        ('"We oppose the draft," Xinhua quoted a ministry official as saying.',
         None, "ministry official", None),
        ('According to Syrian state television, "the draft is a conspiracy."',
         "Syrian state television", "state broadcaster", "SYR"),
    ],
)
def test_attribution_forms(paragraph, speaker, role, country):
    s = extract_statements(_article(paragraph), reported=False)
    assert len(s) == 1
    row = s.iloc[0]
    assert (None if pd.isna(row.speaker) else row.speaker) == speaker
    assert (None if pd.isna(row.role) else row.role) == role
    assert (None if pd.isna(row.country) else row.country) == country


def test_quoted_by_gives_the_venue():
    s = extract_statements(_article(
        '"We oppose the draft," Xinhua quoted Foreign Minister Yang Jiechi as saying.'))
    row = s.iloc[0]
    assert (row.speaker, row.role, row.country, row.venue) == (
        "Yang Jiechi", "Foreign Minister", "CHN", "Xinhua")


def test_scare_quotes_are_not_statements():
    s = extract_statements(_article('Critics call it a "roadmap" to nowhere.'), reported=False)
    assert s.empty


def test_quote_across_a_broken_line():
    quotes = find_quotes(['"The council must support the envoy and the', 'monitoring mission," '
                          'the minister said.'])
    assert len(quotes) == 1
    assert quotes[0].text == "The council must support the envoy and the monitoring mission,"
    assert (quotes[0].para, quotes[0].end_para) == (0, 1)


def test_an_opening_mark_misprinted_for_the_closing_one_ends_the_quotation():
    # the second opening mark, after a full stop, closes the first quotation; the writer's words follow,
    # and a quotation opened and closed later is read on its own
    para = ("“The ceasefire must hold,” Ana Ruiz told the council. “We need the guns to fall silent. "
            "“Ruritania, which became independent in 2011, has been at war since 2013. Chile's envoy "
            "Dario Vega said the region believes “this is not the moment for sanctions.”")
    quotes = find_quotes([para])
    assert [q.text for q in quotes] == ["The ceasefire must hold,", "We need the guns to fall silent.",
                                        "this is not the moment for sanctions."]
    # an opening mark inside a quotation, not after a sentence's end, is no closing mark
    quotes = find_quotes(["“We call it “the harbour plan” now,” Ana Ruiz said."])
    assert quotes[0].text.startswith("We call it")


def test_unterminated_quote_stops_at_the_paragraph():
    quotes = find_quotes(['"We will act. Soon.', "The vote was delayed.", '"Later," he said.'])
    assert [q.text for q in quotes] == ["We will act. Soon.", "Later,"]
    assert not quotes[0].closed


def test_partial_quotes_in_one_sentence_are_one_statement():
    s = extract_statements(_article(
        "Russia\u2019s envoy, Alexey Borodavkin, said the text was \u2018unbalanced\u2019 and "
        "accused western states of \u2018exploiting the tragedy\u2019."))
    row = s.iloc[0]
    assert len(s) == 1
    assert (row.speaker, row.role, row.country) == ("Alexey Borodavkin", "envoy", "RUS")
    assert row.summary == "unbalanced … exploiting the tragedy"


def test_title_before_and_after_the_name():
    s = extract_statements(_article(
        "On Wednesday, the UN high commissioner for human rights, Navi Pillay, had warned that "
        'the killings "may amount to crimes against humanity".',
        '"The council has responded to a desperate plea," said Susan Rice, the U.S. ambassador.',
        date="2012-06-02"))
    pillay, rice = s.iloc[0], s.iloc[1]
    assert (pillay.speaker, pillay.role, pillay.date) == (
        "Navi Pillay", "UN high commissioner for human rights", pd.Timestamp("2012-05-30"))
    assert pd.isna(pillay.country)  # a UN official speaks for no state
    assert (rice.speaker, rice.role, rice.country) == ("Susan Rice", "ambassador", "USA")


def test_title_with_initials_then_the_name():
    # our own words: the speaker's title holds "U.S." and the name follows after a comma
    a = _article("\u201cWe expect a vote before the weekend,\u201d said the U.S. envoy, Jane Harlow.",
                 "The United Kingdom said the text was balanced.",
                 "\u201cIt is a fair text,\u201d Mr. Osei said.", date="2013-05-02")
    s = extract_statements(a)
    rows = dict(zip(s.speaker, zip(s.role, s.country, strict=True), strict=True))
    assert rows["Jane Harlow"] == ("envoy", "USA")
    assert rows["United Kingdom"][1] == "GBR"
    assert not any(len(sp) <= 2 for sp in s.speaker)  # no initials as speakers
    assert "Osei" in " ".join(s.speaker) and "Mr." not in set(s.role.dropna())


# -- speakers: the grammar, carry-over, institutions, dates (fixtures in our own words) ---------
def test_council_article_speakers(articles):
    s = extract_statements(read_article(articles / "speakers-council.md"))
    rows = [(r.speaker, r.role, r.country, r.date.strftime("%Y-%m-%d"), r.paragraph)
            for r in s.itertuples()]
    assert rows == [
        # '," said Russian Ambassador to the United Nations Oleg Marchenko, who chaired ...'
        ("Oleg Marchenko", "Ambassador to the United Nations", "RUS", "2014-03-15", 2),
        # reported speech "told reporters on Friday that": Friday before Saturday 15 March
        ("Ama Boateng", "envoy to the UN", "GHA", "2014-03-14", 3),
        # "the Ghanaian diplomat said": the description is the envoy named before
        ("Ama Boateng", "envoy to the UN", "GHA", "2014-03-14", 3),
        # two apostrophes typed for a double quote
        ("Carla Dent", "Ambassador", "USA", "2014-03-15", 4),
        # an institution kept as such
        ("China's Foreign Ministry", "Foreign Ministry", "CHN", "2014-03-15", 5),
        # 'on Thursday dismissed the Western draft as a "publicity exercise"'
        ("Oleg Marchenko", "Ambassador to the United Nations", "RUS", "2014-03-13", 6),
        # a quotation continued into the next paragraph
        ("Ama Boateng", "envoy to the UN", "GHA", "2014-03-15", 8),
    ]
    first = s.iloc[0]
    # "He called the vote '...'": narrative between the pieces, so they are joined with an ellipsis
    assert first.summary == "The text was written to fail … a staged confrontation."
    assert s.summary.iloc[-1].endswith("No one wins if this turns violent.")
    # the vetoing sentence, the quoted terms ("its 'final' offer", "a 'frozen' process") and
    # "As reported by ..., U officials" give no statement
    assert not s.summary.str.contains("final|frozen|vetoed|officials met").any()
    assert not s.speaker.str.fullmatch(r"(?:U|U\.N\.|As|Russia.*that)").any()


@pytest.mark.parametrize("phrase", [
    "Russia on Saturday vetoed a draft Security Council resolution that",
    "U", "U.N.", "UN", "As", "president subsequently", "Zelensky and President", "President",
    "Geneva diplomat to the United Nations in", "China's abstention comes just weeks after Beijing",
    "The Washington Post", "the resolution", "It was the fourth time",
])
def test_fragments_are_no_speakers(phrase):
    assert read_phrase(phrase) is None
    assert extract_statements(_article(f'"We will see," {phrase} said.')).empty


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("U.S. Ambassador Susan Rice", "person", ("Susan", "Rice")),
    ("the Russian diplomat", "description", ()),
    ("China's Foreign Ministry", "org", ()),
    ("Amnesty International", "org", ()),
    ("Western diplomats", "group", ()),
    ("leaders of Russia and China", "group", ()),
    ("a Libyan diplomat to the United Nations in Geneva", "description", ()),
    ("First Secretary-Omar Haddad", "person", ("Omar", "Haddad")),
    ("Lina Park, the South Korean envoy to the UN", "person", ("Lina", "Park")),
    ("United Nations Secretary-General Mara Lind", "person", ("Mara", "Lind")),
    ("The United States", "state", ()),
])
def test_speaker_phrases(phrase, kind, name):
    read = read_phrase(phrase)
    assert (read.kind, read.name) == (kind, name)


def test_pronoun_goes_to_the_person_named_since_the_last_quote():
    s = extract_statements(_article(
        '"The draft is one-sided," said Russian envoy Pavel Orlov.',
        "Applause followed after Ukraine's envoy to the UN, Olena Marko, asked for a minute's silence.",
        '"We remember every victim," she said.'), reported=False)
    assert s.speaker.tolist() == ["Pavel Orlov", "Olena Marko"]
    assert s.country.tolist() == ["RUS", "UKR"]


def test_pronoun_skips_people_named_inside_quotations():
    s = extract_statements(_article(
        "U.S. Ambassador Jane Harlow spoke after the vote.",
        '"Tonight President Orlov has chosen war," she said.'), reported=False)
    assert s.speaker.tolist() == ["Jane Harlow"] and s.country.tolist() == ["USA"]


def test_description_with_two_candidates_stays_a_description():
    s = extract_statements(_article(
        "Russian Ambassador Pavel Orlov and Russian Ambassador Ivan Sokol arrived together.",
        '"We object," the Russian ambassador said.'), reported=False)
    row = s.iloc[0]
    # neither is named by the description: it stays a role, with no speaker
    assert pd.isna(row.speaker)
    assert (row.role, row.country) == ("ambassador", "RUS")


def test_relative_clause_between_the_name_and_the_verb():
    s = extract_statements(_article(
        "The Russian ambassador, Pavel Orlov, who chairs the council this month, said: "
        '"The meeting is closed."'), reported=False)
    row = s.iloc[0]
    assert (row.speaker, row.role, row.country) == ("Pavel Orlov", "ambassador", "RUS")


def test_a_close_misspelling_of_a_nationality_gives_the_state():
    s = extract_statements(_article('"We abstain," said Phillipine Ambassador Rosa Cruz.'))
    assert (s.speaker.iloc[0], s.country.iloc[0]) == ("Rosa Cruz", "PHL")


def test_statement_day_is_read_beside_the_verb_only():
    # a Saturday story: "on Friday" is the day before; "Sunday's referendum" is not when it was said
    s = extract_statements(_article(
        '"The vote is illegal," Foreign Minister Ana Ruiz of Spain said on Friday.',
        '"It changes nothing," Swedish envoy Lars Berg said of Sunday\'s referendum.',
        date="2014-03-15"))
    assert s.date.dt.strftime("%Y-%m-%d").tolist() == ["2014-03-14", "2014-03-15"]
    assert s.country.tolist() == ["ESP", "SWE"]
    assert s.role.tolist() == ["Foreign Minister", "envoy"]


def test_quoted_terms_are_no_statements():
    s = extract_statements(_article(
        'The minister announced the "joining" of the regions and a "borderless" partnership, '
        'condemning its "brutal" campaign.',
        'Foreign Minister Ana Ruiz said it was a "historic day" for the council.'))
    assert s.summary.tolist() == ["historic day"]


def test_reported_act_is_no_reported_speech():
    s = extract_statements(_article(
        "The president announced his resignation on Monday.",
        "The rebels announced the arrest of two ministers."))
    assert s.empty


def test_find_statements_gives_typed_rows():
    found = find_statements(_article('"We object," said Russian envoy Pavel Orlov on Monday.'))
    assert len(found) == 1 and isinstance(found[0], Statement)
    st = found[0]
    assert (st.kind, st.para, st.speaker.name, st.speaker.country, st.date_stated) == (
        "q", 0, "Pavel Orlov", "RUS", True)
    assert st.date == pd.Timestamp("2012-06-04")


def test_quote_in_the_sentence_after_reported_speech_is_the_same_speaker():
    s = extract_statements(_article(
        'Talks must go on, Foreign Ministry spokesman Chen Bo said. "There is no other way forward."',
        "Delegates left the chamber."))
    assert s.speaker.tolist() == ["Chen Bo", "Chen Bo"]
    assert s.statement_id.str.extract(r":([qr])\d", expand=False).tolist() == ["r", "q"]
    assert s.summary.tolist() == ["Talks must go on", "There is no other way forward."]


def test_a_surname_shared_by_several_known_people_is_not_guessed():
    s = extract_statements(_article('"We object," said Li.', '"So do we," said Ban.'))
    assert s.speaker.tolist() == ["Li", "Ban Ki-moon"]
    assert pd.isna(s.country.iloc[0])


def test_abbreviated_title_and_a_bare_un_title():
    s = extract_statements(_article('"We object," said Sen. John Doe.', '"We agree," the UN chief said.'))
    assert s.speaker.iloc[0] == "John Doe"
    assert pd.isna(s.speaker.iloc[1])  # the UN chief is not named
    assert s.role.tolist() == ["Sen.", "UN chief"]


def test_a_deputy_is_not_the_ambassador_named_before():
    s = extract_statements(_article(
        "Russian Ambassador Pavel Orlov left early.",
        '"We object," Russia\'s deputy ambassador said.'), reported=False)
    row = s.iloc[0]
    assert pd.isna(row.speaker)
    assert (row.role, row.country) == ("deputy ambassador", "RUS")


# -- quoted fragments, verb-first relatives, appositions, unnamed speakers (issue 12) -----------
def test_quoted_fragments_after_a_present_tense_verb_and_a_free_apposition():
    s = extract_statements(_article(
        "Dario Vega, a lecturer at the Lisbon School of Affairs, admits that the deal makes "
        '"a common front" a "distant hope," even if it means "going it alone" for now.'), reported=False)
    assert len(s) == 1
    row = s.iloc[0]
    assert (row.speaker, row.role) == ("Dario Vega", "lecturer at the Lisbon School of Affairs")
    assert row.summary == "a common front … distant hope … going it alone"


def test_verb_first_then_a_relative_clause_before_the_quotation():
    s = extract_statements(_article(
        "The plan will not survive the week, said Marta Kell, a historian at the Oslo Peace "
        'Institute, who called it "a paper tiger with no teeth."'), reported=False)
    assert s.speaker.tolist() == ["Marta Kell"]
    assert s.summary.tolist() == ["a paper tiger with no teeth."]


def test_a_verb_that_names_the_quotation_without_as():
    s = extract_statements(_article(
        'Foreign Minister Ivo Brandt deemed the proposal "unworkable and premature."',
        'Brandt called the ruling the "end of a long road," while his deputy stayed silent.',
        'The rebels called for an "open dialogue" with the capital.',
        'A militia called "the Night Watch of the Hills" claimed the attack.'), reported=False)
    assert s.speaker.tolist() == ["Ivo Brandt", "Ivo Brandt"]  # "called for" asks; "called 'X'" names
    assert s.paragraph.tolist() == [1, 2]
    assert s.summary.tolist() == ["unworkable and premature.", "end of a long road"]


def test_her_words_in_the_next_sentence_are_a_piece_of_her_statement():
    s = extract_statements(_article(
        '"We will not move," said Ambassador Nadia Farouk. She called the draft "a dead letter."'),
        reported=False)
    assert s.speaker.tolist() == ["Nadia Farouk"]
    assert s.summary.tolist() == ["We will not move … a dead letter."]


def test_a_participle_between_the_speaker_and_the_verb():
    s = extract_statements(_article(
        "Defence Minister Lena Ort, standing beside the president in the capital, said the "
        'treaty still had "a long future ahead of it".'), reported=False)
    assert (s.speaker.tolist(), s.role.tolist()) == (["Lena Ort"], ["Defence Minister"])


def test_an_unnamed_person_has_a_role_and_no_speaker():
    s = extract_statements(_article(
        '"The meeting will be closed," said a council diplomat, who asked not to be named.',
        '"Talks go on," said a spokesman for the Dutch mission.',
        '"We regret the vote," the Ministry of Foreign Affairs said.'), reported=False)
    assert s.speaker.isna().tolist() == [True, True, False]
    assert s.role.tolist()[:2] == ["council diplomat", "spokesman for the mission"]
    assert s.country.tolist()[1] == "NLD"
    # the head before "of" is the ministry: an institution, named by itself
    assert s.speaker.iloc[2] == "Ministry of Foreign Affairs"


def test_according_to_opening_the_sentence():
    s = extract_statements(_article(
        'According to the interior ministry, the camps are "far beyond capacity."'), reported=False)
    assert s.speaker.tolist() == ["interior ministry"]


def test_a_pronoun_goes_to_the_person_mentioned_last_by_surname():
    s = extract_statements(_article(
        "Spanish Ambassador Ana Ruiz spoke first.",
        "Italian Foreign Minister Dario Vega followed her to the podium.",
        "Ruiz later hinted that the text could change. She said the vote could wait a week."))
    said = s[s.summary.str.contains("vote could wait")]
    assert said.speaker.tolist() == ["Ana Ruiz"]
    assert said.country.tolist() == ["ESP"]


def test_a_parenthetical_attribution_inside_the_sentence():
    s = extract_statements(_article(
        'The draft, said Ambassador Tomas Lind, is "dead on arrival."',
        'The strike, according to the defence ministry, was "limited and precise."',
        'The vote, said Lind, and the minister called the text "a relic."'), reported=False)
    # the third: another subject after "and" says it, so it is not Lind's (and not guessed)
    assert s.speaker.tolist() == ["Tomas Lind", "defence ministry"]
    assert s.summary.tolist() == ["dead on arrival.", "limited and precise."]


def test_a_quantifier_or_an_unknown_single_word_is_no_speaker():
    s = extract_statements(_article(
        'Many said "the vote was long overdue."',
        '"It will end badly for all," warned Others.',
        'Villagers called the ruling "a betrayal of the victims."',
        'Many diplomats said "the text is dead."'), reported=False)
    # "Villagers" could be a surname as far as the grammar knows: a phrase quoted inside narrative
    # needs a name the article gives in full; "Many diplomats" is a group
    assert s.speaker.tolist() == ["Many diplomats"]


def test_passive_quoted_as_saying_and_a_relative_clause_after_the_quotation():
    s = extract_statements(_article(
        "Foreign Minister Ivo Brandt of Austria arrived late.",
        '"It is a grave mistake," Brandt was quoted as saying by the Example Wire.',
        '"We will not move," Brandt, who leads the delegation, told reporters.'), reported=False)
    assert s.speaker.tolist() == ["Ivo Brandt", "Ivo Brandt"]
    assert s.venue.tolist() == ["Example Wire", "reporters"]


def test_a_named_person_before_a_colon_opens_a_quotation():
    s = extract_statements(_article(
        "Finance Minister Lea Holm met the press.",
        'Holm: "The budget stays as it is."',
        'Update: "The vote is delayed again."',
        'Weekly News: "The vote is delayed."'), reported=False)
    # a heading ("Update:", "Weekly News:") before a colon is no speaker
    assert s.speaker.tolist() == ["Lea Holm"]


def test_a_lost_opening_mark_before_an_attribution():
    paragraphs = ["Trade Minister Omar Saleh spoke at the summit.",
                  'We have waited long enough," Saleh said. "The talks are over."',
                  'The vote passed." The delegates then left.']
    # the last has no attribution after its mark: it opens a quotation (left open), as before
    assert [q.text for q in find_quotes(paragraphs)] == [
        "We have waited long enough,", "The talks are over.", "The delegates then left."]
    s = extract_statements(_article(*paragraphs), reported=False)
    assert s.speaker.tolist() == ["Omar Saleh"]
    assert s.summary.tolist() == ["We have waited long enough. The talks are over."]


def test_the_institution_named_before_is_the_one_a_short_description_means():
    s = extract_statements(_article(
        '"The talks are suspended," the Finnish Foreign Ministry said in a statement.',
        '"They will resume when the guns fall silent," the ministry said.',
        '"We regret it," the office said.'), reported=False)
    # "the office" fits no institution named before: it stays as written
    assert s.speaker.tolist() == ["Finnish Foreign Ministry", "Finnish Foreign Ministry", "office"]
    assert s.country.tolist()[:2] == ["FIN", "FIN"]
    # kept as an institution, not taken for a person
    assert s.speaker_kind.tolist() == ["org", "org", "org"]


def test_a_person_and_an_unnamed_one_are_persons():
    s = extract_statements(_article(
        '"We will not accept it," said Ana Ruiz, Spain\'s ambassador.',
        '"It is over," a Western diplomat said.'), reported=False)
    assert s.speaker.tolist()[:1] == ["Ana Ruiz"] and pd.isna(s.speaker.iloc[1])
    assert s.speaker_kind.tolist() == ["person", "person"]
    assert s.role.iloc[1] == "Western diplomat"


def test_a_pull_quote_attributed_after_a_dash():
    s = extract_statements(_article(
        '"Peace is built one vote at a time." — Ana Ruiz, Spain\'s ambassador',
        '"The council must act now." — the draft is stalled since May'), reported=False)
    # a clause after the dash names no one
    assert (s.speaker.tolist(), s.country.tolist()) == (["Ana Ruiz"], ["ESP"])


def test_a_quotation_interrupted_by_a_verb_first_attribution_is_one_statement():
    s = extract_statements(_article('"We cannot wait," said Ambassador Ana Ruiz, "and we will not."'),
                           reported=False)
    assert s.summary.tolist() == ["We cannot wait, and we will not."]


def test_a_judging_verb_with_as_gives_the_quotation_to_its_subject():
    s = extract_statements(_article(
        'Trade Commissioner Olga Mirren praised the accord as "a quiet revolution in shipping."',
        'Envoy Karl Baptiste also slammed the boycott as "short-sighted", which surprised no one.'),
        reported=False)
    assert s.speaker.tolist() == ["Olga Mirren", "Karl Baptiste"]
    assert s.summary.tolist() == ["a quiet revolution in shipping.", "short-sighted"]


def test_saying_with_words_before_the_quotation_is_the_subject_speaking():
    s = extract_statements(_article(
        'Foreign Minister Petra Lund welcomed the ruling, saying the court "has spoken for the weak."',
        "The Chilean Ambassador Jorge Salas thanked the assembly on Friday, saying the votes "
        '"show a world that still listens."'), reported=False)
    assert s.speaker.tolist() == ["Petra Lund", "Jorge Salas"]
    assert s.summary.tolist() == ["has spoken for the weak.", "show a world that still listens."]


def test_a_statement_issued_and_a_lead_in_ending_the_paragraph_before():
    s = extract_statements(_article(
        "Later, Omar Haddad, a spokesman for Prime Minister Lina Saad, issued a statement saying: "
        '"We will take our case to every court that will hear it."',
        "Deputy Minister Hugo Varga had this to say to the Example Herald:",
        '"Nobody in this building believed the deal would survive the winter."'), reported=False)
    # the spokesman speaks, not the prime minister named in his description
    assert s.speaker.tolist() == ["Omar Haddad", "Hugo Varga"]
    assert s.paragraph.tolist() == [1, 3]


def test_told_names_whom_it_was_said_to_and_a_description_between_commas():
    s = extract_statements(_article(
        "Norway's envoy, Siri Dahl, one of the plan's sharpest critics, told the assembly: "
        "'A mandate without money is a promise we cannot keep.'"), reported=False)
    assert s.speaker.tolist() == ["Siri Dahl"]
    assert s.speaker_kind.tolist() == ["person"]


def test_a_verb_that_attributes_only_when_it_ends_the_sentence():
    s = extract_statements(_article(
        "Ambassador Tomas Lind arrived late.",
        "'The members were pressed and even threatened,' Lind accused."), reported=False)
    assert s.speaker.tolist() == ["Tomas Lind"]
    assert s.summary.tolist() == ["The members were pressed and even threatened"]
    # "accused the chair of ..." reports an act: the quotation is not read as Lind's words
    act = extract_statements(_article(
        "Ambassador Tomas Lind arrived late.",
        '"Nothing was settled in the talks," Lind accused the chair of saying.'), reported=False)
    assert act.empty


def test_one_surname_mid_sentence_may_speak_in_narrative():
    s = extract_statements(_article(
        'Asked about the vote later, Mbeki called the outcome "shameful" but promised to comply.',
        'Villagers called the ruling "a betrayal."'), reported=False)
    # a capitalised word after an opening phrase is a name; at the sentence's start it may not be
    assert s.speaker.tolist() == ["Mbeki"]


def test_a_long_name_after_a_title_and_its_short_form_later():
    s = extract_statements(_article(
        "Council President Sheikh Nasser Hamad Bin Rashid Al Thani opened the session.",
        'Sheikh Nasser said "the text belongs to every member of this council."'), reported=False)
    # ("Sheikh" is a title: the name is what follows it)
    assert s.speaker.tolist() == ["Nasser Hamad Bin Rashid Al Thani"]
    assert s.role.tolist() == ["Sheikh"]


def test_a_quoted_name_with_the_american_comma_is_a_term():
    s = extract_statements(_article(
        'Deputy Ambassador Rui Costa said the text failed the peace plan known as the "two tracks," '
        "which both sides had endorsed."), reported=False)
    assert s.empty


def test_a_dateline_month_is_no_name_and_a_body_name_is_not_cut():
    s = extract_statements(_article(
        "UNITED NATIONS, Sept 3 (Wire) - The panel met again on Tuesday.",
        '"We are close," Chair Ilse Brandt told the Example Wire.',
        "She said the draft would be ready by Friday.",
        '"The text is adopted," said the United Nations via its account on the platform.'))
    # no "Sept Wire" person takes the pronoun; no "the United" institution is cut from a name
    assert s.speaker.tolist() == ["Ilse Brandt", "Ilse Brandt"]
    assert s.statement_id.str.contains(":q").tolist() == [True, False]


def test_generic_plurals_and_a_name_after_the_are_no_persons():
    s = extract_statements(_article(
        "The council allowed Member States, acting alone or through regional bodies, to board ships.",
        '"The board will decide by consensus," The Clarion reported.'), reported=False)
    # "Member States" is many speakers and "The Clarion" a paper: neither is taken for a person
    assert read_phrase("Member States").kind == "group"
    assert read_phrase("States Parties").kind == "group"
    assert s.speaker.tolist() == ["The Clarion"]
    assert s.speaker_kind.tolist() == ["org"]


def test_an_outlet_before_a_reporter_is_the_source():
    s = extract_statements(_article(
        'The text backs "a fair and lasting settlement for both peoples," Example News\' Dora Pike reports.'),
        reported=False)
    # the reporter tells what her outlet reports: the outlet is the source, no person speaks
    assert s.speaker_kind.tolist() == ["media"]
    assert s.venue.tolist() == ["Example News"]
    # a job after the outlet's name makes a person's title, not an outlet
    chief = describe("Example News chief Dora Pike", Registry(), (0, 0))
    assert (chief.name, chief.kind) == ("Dora Pike", "person")


def test_a_name_with_a_particle_joined_or_apart():
    s = extract_statements(_article(
        'Syrian envoy Omar al-Rashid said: "We reject the text in full."',
        'Peru\'s delegate Rosa de la Vega said: "We will abstain today."',
        '"The sponsors wanted a fight," Rashid added.'), reported=False)
    # the name after its particle is the later mention's ("Rashid" is al-Rashid)
    assert s.speaker.tolist() == ["Omar al-Rashid", "Rosa de la Vega", "Omar al-Rashid"]
    assert s.country.tolist() == ["SYR", "PER", "SYR"]


def test_an_apposition_with_abbreviations_gives_the_role_a_description_refers_to():
    s = extract_statements(_article(
        "Ana K. Ruiz, the chief U.S. delegate to the United Nations, welcomed the vote.",
        'The ambassador said the vote told the generals that "their time in power is up."'),
        reported=False)
    # the full stops of "U.S." do not end the apposition: Ruiz is the delegate "the ambassador" is
    assert s.speaker.tolist() == ["Ana K Ruiz"]
    assert s.country.tolist() == ["USA"]


def test_quoted_by_an_outlet_as_saying_before_or_after_the_quotation():
    s = extract_statements(_article(
        'Foreign Minister Ana Ruiz was quoted by the Example Agency as saying: "We will not move an inch."',
        '"The text is dead," Spain\'s envoy, Dario Vega, was quoted by the daily as saying.',
        '"It is over," Vega was quoted as saying by the Wire.'), reported=False)
    assert s.speaker.tolist() == ["Ana Ruiz", "Dario Vega", "Dario Vega"]
    assert s.venue.tolist() == ["Example Agency", "daily", "Wire"]


def test_a_who_clause_gives_the_speaker_of_a_word_in_narrative():
    s = extract_statements(_article(
        "The veto drew criticism, including from Peru's Foreign Minister Ana Ruiz, who went on the "
        'radio to call the veto "a shameful day for the council".'), reported=False)
    assert s.speaker.tolist() == ["Ana Ruiz"]
    assert s.summary.tolist() == ["a shameful day for the council"]


def test_accused_of_gives_the_speaker_word_and_a_double_barrelled_name_is_a_name():
    s = extract_statements(_article(
        'Vega-Lind accused Peru of "stalling for time" before the vote.',
        'Protesters accused him of "betraying the country" outside.'), reported=False)
    # one capitalised word opening a sentence is a weak name ("Protesters"), a hyphenated one is not
    assert s.speaker.tolist() == ["Vega-Lind"]
    assert s.summary.tolist() == ["stalling for time"]


def test_a_state_adjective_before_a_quoted_word_makes_it_a_term():
    s = extract_statements(_article(
        "Ana Ruiz, the ambassador of Peru to the United Nations, said if the Israeli \"occupation\" of "
        "the land ended, no text would be needed.",
        'Dario Vega called the US "reckless" in the debate.'), reported=False)
    # the writer's noun phrase is no statement; a word given by a naming verb still is
    assert s.speaker.tolist() == ["Dario Vega"]


def test_a_short_quote_after_a_modal_is_the_speaker_s_verb():
    s = extract_statements(_article(
        'The Peruvian envoy, Ana Ruiz, said the inquiry would "badly hurt" the talks in the region.',
        'Dario Vega praised its "historic" text in the debate.'), reported=False)
    # the quoted verb continues her clause; an adjective after "its" is still the writer's term
    assert s.speaker.tolist() == ["Ana Ruiz"]


def test_pronoun_keeps_its_speaker_past_a_person_named_in_what_it_said():
    s = extract_statements(_article(
        "Spanish Foreign Minister Ana Ruiz on Tuesday played down the dispute.",
        "Speaking on national radio, she said she had phoned her French counterpart, Claire Dubois, twice.",
        'She said: "We will keep talking until the text is ready."'))
    quoted = s[s.statement_id.str.contains(":q")]
    assert quoted.speaker.tolist() == ["Ana Ruiz"] and quoted.country.tolist() == ["ESP"]
    # another pronoun may mean the person named in what was said
    s = extract_statements(_article(
        "Spanish Foreign Minister Ana Ruiz on Tuesday played down the dispute.",
        "Speaking on national radio, she said she had phoned Russian envoy Pavel Orlov twice.",
        '"Nothing has changed," he said.'), reported=False)
    assert s.speaker.tolist() == ["Pavel Orlov"]


def test_participle_opening_the_sentence_is_no_speaker():
    s = extract_statements(_article(
        "Speaking after the vote, Chile's ambassador Rosa Vidal thanked the sponsors, saying: "
        '"This text protects children."'), reported=False)
    assert (s.speaker.iloc[0], s.country.iloc[0]) == ("Rosa Vidal", "CHL") and len(s) == 1


def test_referred_to_as_gives_the_speakers_words():
    s = extract_statements(_article(
        'The Cuban envoy, Jorge Salas, repeatedly referred to the embargo as a "relic of the Cold War" '
        "in his speech."), reported=False)
    assert s.speaker.tolist() == ["Jorge Salas"] and s.summary.tolist() == ["relic of the Cold War"]


def test_quoted_sentence_carried_on_by_the_writer_then_its_speaker():
    s = extract_statements(_article(
        '"The vote puts the junta on notice," that it must free the prisoners, Dutch Ambassador '
        "Pieter Smit said."), reported=False)
    assert (s.speaker.iloc[0], s.country.iloc[0]) == ("Pieter Smit", "NLD")
    # the verb first, after a few words of the writer's, and an earlier speaker not carried on
    s = extract_statements(_article(
        "Britain said the draft went too far.",
        '"We are surprised that some states want the clause removed" from the text, said Ana Ruiz, '
        "the Chilean envoy."), reported=False)
    assert s.speaker.tolist() == ["Ana Ruiz"]
    # a quoted term and a clause of the writer's before "the agency reports" is no such sentence
    s = extract_statements(_article(
        'They could ask for "observer status," which needs a simple majority, Reuters reports.'),
        reported=False)
    assert s.empty


def test_long_formal_title_with_the_seat_of_the_office():
    s = extract_statements(_article(
        "Permanent Representative of the Republic of Moldova to the United Nations Office and other "
        "International Organizations in Geneva Elena Rusu noted the sponsors' \"hasty and one-sided "
        'approach" to the text.'), reported=False)
    row = s.iloc[0]
    assert (row.speaker, row.country) == ("Elena Rusu", "MDA")
    assert row.role.startswith("Permanent Representative to the United Nations Office")
    # the seat of an office is no name: "in Geneva" stays in the title
    assert read_phrase("Ambassador in Geneva Ana Ruiz").name == ("Ana", "Ruiz")
    assert read_phrase("talks in Geneva Ana Ruiz") is None


def test_a_newspaper_is_no_person():
    s = extract_statements(_article(
        "Yesterday the Lima Times reported that the council had approved the text by 14 votes to one.",
        '"It is a good day," the Jerusalem Post quoted a diplomat as saying.'))
    # (a paper after a place's name is an institution; the known ones are media)
    assert s.speaker.iloc[0] == "the Lima Times" and s.speaker_kind.iloc[0] == "org"
    # the paper quotes someone it does not name: an unnamed diplomat, not a "Mr. Post"
    assert pd.isna(s.speaker.iloc[1]) and (s.role.iloc[1], s.venue.iloc[1]) == ("diplomat", "Jerusalem Post")
    assert read_phrase("Today Ana Ruiz") is None  # a day named by its distance is no first name
    # a person may still bear the name of a newspaper's last word
    s = extract_statements(_article('"We agree," said Ambassador Ana Post of Chile.'), reported=False)
    assert (s.speaker.iloc[0], s.speaker_kind.iloc[0], s.country.iloc[0]) == ("Ana Post", "person", "CHL")


def test_a_name_after_an_outlets_kind_is_the_outlet():
    s = extract_statements(_article(
        'According to the Chilean daily La Cordillera, ministers "were never asked" about the text.',
        'The state broadcaster Radiopaz said the vote "changes nothing".'))
    got = s[["speaker", "role", "country", "speaker_kind"]].astype(object).fillna("-").values.tolist()
    assert got == [["La Cordillera", "newspaper", "CHL", "media"],
                   ["Radiopaz", "state broadcaster", "-", "media"]]
    # a job after the outlet's kind is a person's title: the name is the person's
    for said in ('"We agree," said Ana Ruiz, a newspaper editor.',
                 '"We agree," said newspaper editor Ana Ruiz.',
                 '"We agree," said radio presenter Ana Ruiz.',
                 '"We agree," said Lima TV correspondent Ana Ruiz.'):
        s = extract_statements(_article(said), reported=False)
        assert (s.speaker.iloc[0], s.speaker_kind.iloc[0]) == ("Ana Ruiz", "person"), said


def test_a_name_broken_after_its_apostrophe_is_one_name():
    s = extract_statements(_article(
        "The UN human rights chief Zeid Ra’ ad Al Hussein condemned the raid.",
        'He called the use of force "wholly out of proportion".'), reported=False)
    assert s.speaker.tolist() == ["Zeid Ra’ad Al Hussein"]


def test_the_ministry_is_the_ministry_named_before():
    s = extract_statements(_article(
        "Chile's Foreign Ministry rejected the text in a statement on Monday.",
        '"The decision is unfair," the ministry said. "We are calm," the council said.'), reported=False)
    assert s.speaker.tolist() == ["Chile's Foreign Ministry", "council"]
    assert s.country.tolist()[0] == "CHL" and pd.isna(s.country.iloc[1])
    assert (s.speaker_kind == "org").all()
    # a name before the end of the sentence before is not taken ("... Chile. The council")
    s = extract_statements(_article(
        'Only two states voted no, Peru and Chile. The council condemned "the use of force".'),
        reported=False)
    assert "Chile" not in " ".join(s.speaker.dropna())


def test_attribution_after_a_quotation_ending_in_an_exclamation():
    s = extract_statements(_article(
        "Chile's Foreign Minister Ana Ruiz spoke after Peru's envoy.",
        '"We will not be pushed. You may be strong, but that does not make you right!" Ruiz told '
        "the session. \"Why now?\" The question went unanswered."), reported=False)
    assert s.speaker.tolist() == ["Ana Ruiz"]
    assert s.summary.iloc[0].startswith("We will not be pushed")


def _speakers(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    s = extract_statements(_article(*paragraphs), reported=False)
    return list(zip(s.speaker.tolist(), s.summary.tolist(), strict=True))


def test_saying_and_the_clause_it_reports_before_the_quotation():
    assert _speakers("Dario Vega, Chile's envoy, turned the offer down on Monday, saying any change to the "
                     'mandate "must come from the parties themselves."') == [
        ("Dario Vega", "must come from the parties themselves.")]
    # an adverbial phrase opening the sentence is no speaker
    assert _speakers("Before the second round, Dario Vega, Chile's envoy, thanked the hosts, saying that "
                     'a deal "is within reach."') == [("Dario Vega", "is within reach.")]
    # a verb of saying inside the clause has its own subject: no guess that the first one speaks
    assert _speakers("Dario Vega rejected it, saying the minister had told him the plan was "
                     '"finished for good."') == []


def test_calling_it_gives_the_sentence_subject_his_word():
    assert _speakers("Peruvian President Ana Morales attacked the panel, calling it a "
                     '"court of rumours".') == [("Ana Morales", "court of rumours")]


def test_a_judging_verb_a_few_words_before_the_quotation():
    assert _speakers('Chile\'s Foreign Minister Dario Vega sharply condemned "the silence of the '
                     'council" over the raids.') == [("Dario Vega", "the silence of the council")]
    # a scare-quoted word between the verb and the quotation
    assert _speakers('Ambassador Ana Ruiz of Peru denounced the "new" plan that "only rewards the '
                     'stronger side."') == [("Ana Ruiz", "only rewards the stronger side.")]
    # "spoke of" gives the speaker's words too
    assert _speakers('Ana Ruiz, the UN envoy for Bosnia and Herzegovina spoke of a "slow but real '
                     'thaw."') == [("Ana Ruiz", "slow but real thaw.")]
    # the words of a document the speaker welcomed are the document's
    assert _speakers('Ana Ruiz, Peru\'s envoy, welcomed the resolution\'s call for "an immediate '
                     'halt to all strikes."') == []
    # not a person opening the sentence: no speaker
    assert _speakers('The crowd denounced "the theft of the election" for hours.') == []


def test_the_agent_of_a_passive_verb_of_judging():
    assert _speakers("The amendment, dismissed by Peru's ambassador Ana Ruiz as \"a distraction\", "
                     "failed.") == [("Ana Ruiz", "a distraction")]


def test_called_the_draft_a_word_is_the_speakers_word():
    assert _speakers('Ambassador Dario Vega earlier called the Peruvian draft a "lopsided" text '
                     '"written for one side."') == [("Dario Vega", "lopsided … written for one side.")]


def test_accused_of_an_article_before_the_quotation():
    assert _speakers('Chile\'s envoy, Dario Vega, accused the sponsors of a "rush to judgement".') == [
        ("Dario Vega", "rush to judgement")]


def test_a_letter_from_a_person_speaks_for_them():
    assert _speakers("A letter from Peruvian Foreign Minister Ana Morales to the council, seen by "
                     'reporters, said Peru would "not take part in a one-sided debate".') == [
        ("Ana Morales", "not take part in a one-sided debate")]
    # a letter from no one named is no speaker
    assert _speakers('A letter from last week said the text was "final".') == []


def test_one_subject_for_two_verbs_joined_by_and():
    assert _speakers("Peru's Foreign Minister Ana Morales arrived late and stated that, "
                     '"The vote will not change our course."') == [
        ("Ana Morales", "The vote will not change our course.")]
    # a relative clause between: the subject of "stated" is not sure
    assert _speakers("Ana Morales met the envoy who arrived late and stated that "
                     '"The vote will not change our course."') == []


def test_a_pronoun_after_which_and_a_surname_after_a_state_possessive():
    assert _speakers(
        "Chile's ambassador Dario Vega spoke first.",
        'Chile\'s Vega criticised "the naming of single states" by the assembly, saying such cases belong '
        'in the Geneva council, which he said is "free of double standards."') == [
        ("Dario Vega", "the naming of single states … free of double standards.")]


def test_an_absolute_phrase_with_a_speaker_insisting():
    assert _speakers("Chile backed the text, with Ambassador Dario Vega insisting - without naming "
                     'anyone - that it was "the best effort possible."') == [
        ("Dario Vega", "the best effort possible.")]


def test_a_pronoun_passes_over_a_person_named_in_a_relative_clause():
    assert _speakers(
        "Peru's envoy Ana Ruiz spoke first.",
        'Ruiz, a former minister who was appointed by President Dario Vega last year, listed "the '
        'worst offenders".',
        'She also accused the council of "a campaign of neglect" against the region.') == [
        ("Ana Ruiz", "a campaign of neglect")]


def test_german_marks_list_items_and_a_description_named_later():
    assert _speakers("Ana Ruiz, Peru's envoy, said: „We will vote against this text.“") == [
        ("Ana Ruiz", "We will vote against this text.")]
    assert _speakers("Ana Ruiz, Peru's envoy, said:", '- "We will vote against this text."',
                     '- "We want a new draft."') == [
        ("Ana Ruiz", "We will vote against this text. We want a new draft.")]
    assert _speakers('"We will not accept a text that ignores the facts," the envoy said. Ana Ruiz, '
                     "Peru's ambassador, spoke after the vote.") == [
        ("Ana Ruiz", "We will not accept a text that ignores the facts")]


def test_a_state_in_brackets_a_long_name_with_particles_and_an_institution_possessive():
    s = extract_statements(_article('Ambassador Ana Ruiz (Chile) said: "We will not sign it."'),
                           reported=False)
    assert (s.speaker.iloc[0], s.country.iloc[0], s.speaker_kind.iloc[0]) == ("Ana Ruiz", "CHL", "person")
    assert read_phrase("Emir Salim bin Hamad Al Omari").name == ("Salim", "bin", "Hamad", "Al", "Omari")
    s = extract_statements(_article('The Lima Rights Institute\'s Ana Ruiz called the vote "a betrayal".'),
                           reported=False)
    assert (s.speaker.iloc[0], s.role.iloc[0], s.speaker_kind.iloc[0]) == (
        "Ana Ruiz", "Lima Rights Institute", "person")


def test_a_pronoun_subject_then_a_participle_of_saying():
    assert _speakers("Chile's envoy Ana Ruiz spoke first.",
                     'She made clear that Chile wants no fight, saying "We came here to talk."') == [
        ("Ana Ruiz", "We came here to talk.")]


def test_an_apposition_with_a_month_and_an_age_after_the_quotation():
    assert _speakers('"There was no consensus," Chilean Ambassador Ana Ruiz, chair of the council for '
                     "May, told reporters.") == [("Ana Ruiz", "There was no consensus")]
    assert _speakers('"We put forward a text," Dario Vega, 61, said.') == [
        ("Dario Vega", "We put forward a text")]


def test_a_time_opening_the_sentence_and_what_someone_called_something():
    assert _speakers("Last week Secretary-General Ana Ruiz sent a report to the council, noting "
                     '"several areas of concern."') == [("Ana Ruiz", "several areas of concern.")]
    assert _speakers("Peru's envoy Ana Ruiz thanked the sponsors for rejecting what she called "
                     '"the blunt tool of pressure."') == [("Ana Ruiz", "the blunt tool of pressure.")]


def test_wire_archive_backtick_quotes():
    # old wire copy opens a quotation with two backticks and closes it with two apostrophes
    assert _speakers("``We will not move,'' said Ana Ruiz, the envoy of Chile.") == [
        ("Ana Ruiz", "We will not move")]


def test_a_pronoun_skips_one_whose_fate_is_spoken_of():
    assert _speakers('"Differences remain," Ana Ruiz said, alluding to the fate of President Dario Vega.',
                     'But she added: "The people must choose their government."') == [
        ("Ana Ruiz", "Differences remain"), ("Ana Ruiz", "The people must choose their government.")]


def test_the_judge_in_a_clause_about_the_object_of_the_sentence_says_the_quotation():
    # "a call (that) X dismissed as": the Assembly urged, the envoy judged the call
    assert _speakers("The Assembly urged an end to the blockade, a call Chile's Ambassador Ana Ruiz "
                     'dismissed as "a waste of everyone\'s time."') == [
        ("Ana Ruiz", "a waste of everyone's time.")]


# -- a title and the name after it, and verbs of asserting ----------------------------------
@pytest.mark.parametrize(("paragraphs", "speaker", "role"), [
    # the seat of the office between the title and the name
    (("“The text offers no hope,” said Chile's ambassador to the UN in Geneva Ana Maria Ruiz.",),
     "Ana Maria Ruiz", "ambassador to the UN in Geneva"),
    (("“The text offers no hope,” said the spokesman in New York Tom Lee.",), "Tom Lee",
     "spokesman in New York"),
    # a title and the name in apposition before "…, saying"
    (("Peru's Permanent Representative to the UN, Ambassador Luis Vega, criticised the process, saying, "
      "“Our views were ignored.”",), "Luis Vega", "Permanent Representative to the UN"),
    # "asserted that", after the person is named in the paragraph before
    (("Last week, Ana Ruiz, leader of the party, visited Lima.",
      "Ruiz also asserted that “the vote was fair.”"), "Ana Ruiz", "leader of the party"),
])
def test_titles_seats_and_appositions_give_the_speaker(paragraphs, speaker, role):
    st = extract_statements(_article(*paragraphs))
    assert st.speaker.astype(str).tolist() == [speaker]
    assert st.role.astype(str).tolist() == [role]


@pytest.mark.parametrize(("phrase", "name", "kind"), [
    ("World Peace Congress CEO and executive vice president Ana Ruiz", ("Ana", "Ruiz"), "person"),
    ("Amnesty CEO Ana Ruiz", ("Ana", "Ruiz"), "person"),
    # a title and a named person are two speakers
    ("the minister and Ana Ruiz", (), "group"),
])
def test_two_titles_of_one_person(phrase, name, kind):
    read = read_phrase(phrase)
    assert (read.name, read.kind) == (name, kind)


def test_accused_of_a_verb_of_the_act_before_the_quotation():
    assert _speakers('Chile\'s deputy envoy Dario Vega accused Peru of siding "with those who will not '
                     'face the facts".') == [("Dario Vega", "with those who will not face the facts")]


def test_testimony_reports_the_witness_words():
    assert _speakers('Deputy Minister Ana Ruiz testified the government will "keep every option we have '
                     'on the table".') == [("Ana Ruiz", "keep every option we have on the table")]


def test_a_hope_expressed_that_reports_the_speakers_words():
    assert _speakers('Ana Ruiz, a diplomat from Chile, backed the text. Ruiz also expressed hopes that the '
                     'envoy "will be able to meet both sides soon".') == [
        ("Ana Ruiz", "will be able to meet both sides soon")]


def test_in_her_words_and_in_the_words_of_name_the_speaker():
    s = extract_statements(inline_article(
        "Brazil's envoy Ana Ruiz spoke after the vote. In her words: \"The council has failed again.\"",
        "In the words of the French ambassador Paul Martin, \"this is a sad day.\"", date="2019-03-01"))
    assert s.speaker.tolist() == ["Ana Ruiz", "Paul Martin"]
    assert s.country.tolist() == ["BRA", "FRA"]


def test_a_parenthetical_said_before_a_verb_of_the_past_names_who_speaks():
    assert _speakers("Few expected a deal, but the offer, said Ana Ruiz, changed minds and brought a "
                     '"sea change" in the talks.') == [("Ana Ruiz", "sea change")]
    # a new subject after "and" says the quotation, not the one in the parenthesis
    assert _speakers('The vote, said Ana Ruiz, passed and the envoy called it "a farce".') == []


def test_a_spokesman_for_a_named_leader_is_not_the_leader():
    s = extract_statements(_article('"We welcome it," said a spokesman for President Ana Ruiz.'),
                           reported=False)
    assert s.speaker.isna().all() and s.role.tolist() == ["spokesman for President Ana Ruiz"]
    # a title of the speaker's own after the state of a representative still names the speaker
    assert _speakers('"We welcome it," said the Permanent Representative of Chile to the UN Ana Ruiz.') == [
        ("Ana Ruiz", "We welcome it")]


def test_a_closing_mark_typed_for_the_opening_one_opens_the_quotation():
    # some pages print ” on both sides of a quotation
    art = _article("”We are deeply disappointed by the vote. It is inexplicable,” Ana Ruiz said on Saturday.")
    quotes = find_quotes(art.paragraphs)
    assert [q.text for q in quotes] == ["We are deeply disappointed by the vote. It is inexplicable,"]
    st = extract_statements(art)
    assert list(st.speaker) == ["Ana Ruiz"]


def test_a_speech_participle_with_that_needs_no_comma():
    st = extract_statements(_article('Before the vote, Peruvian envoy Ana Ruiz took the floor warning that '
                                     '"we will remember this day."'))
    assert list(st.speaker) == ["Ana Ruiz"]
