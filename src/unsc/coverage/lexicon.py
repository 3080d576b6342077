"""Small gazetteers for rule-based reading of news text.

Everything here is general knowledge (demonyms, capitals, titles, outlets,
the bodies and their names), not the wording of any one article. Country
names themselves come from :mod:`unsc.members` (ISO, UN and alias names).
"""

from __future__ import annotations

#: Adjectives and nouns of nationality → ISO alpha-3. ``None`` blocks a
#: wrong match inside a longer phrase ("Latin American" is not ``USA``).
DEMONYMS: dict[str, str | None] = {
    "Afghan": "AFG", "Albanian": "ALB", "Algerian": "DZA", "Andorran": "AND",
    "Angolan": "AGO", "Argentine": "ARG", "Argentinian": "ARG", "Armenian": "ARM",
    "Australian": "AUS", "Austrian": "AUT", "Azerbaijani": "AZE", "Azeri": "AZE",
    "Bahamian": "BHS", "Bahraini": "BHR", "Bangladeshi": "BGD", "Barbadian": "BRB",
    "Belarusian": "BLR", "Belarussian": "BLR", "Belgian": "BEL", "Belizean": "BLZ",
    "Beninese": "BEN", "Bhutanese": "BTN", "Bolivian": "BOL", "Bosnian": "BIH",
    "Botswanan": "BWA", "Brazilian": "BRA", "British": "GBR", "Bruneian": "BRN",
    "Bulgarian": "BGR", "Burkinabe": "BFA", "Burmese": "MMR", "Burundian": "BDI",
    "Cambodian": "KHM", "Cameroonian": "CMR", "Canadian": "CAN", "Cape Verdean": "CPV",
    "Central African": "CAF", "Chadian": "TCD", "Chilean": "CHL", "Chinese": "CHN",
    "Colombian": "COL", "Comorian": "COM", "Costa Rican": "CRI", "Ivorian": "CIV",
    "Croatian": "HRV", "Cuban": "CUB", "Cypriot": "CYP", "Czech": "CZE",
    "Danish": "DNK", "Djiboutian": "DJI", "Dominican": "DOM", "Dutch": "NLD",
    "Ecuadorian": "ECU", "Ecuadoran": "ECU", "Egyptian": "EGY", "Salvadoran": "SLV",
    "Equatorial Guinean": "GNQ", "Eritrean": "ERI", "Estonian": "EST", "Ethiopian": "ETH",
    "Fijian": "FJI", "Finnish": "FIN", "French": "FRA", "Gabonese": "GAB",
    "Gambian": "GMB", "Georgian": "GEO", "German": "DEU", "Ghanaian": "GHA",
    "Greek": "GRC", "Grenadian": "GRD", "Guatemalan": "GTM", "Guinean": "GIN",
    "Guyanese": "GUY", "Haitian": "HTI", "Honduran": "HND", "Hungarian": "HUN",
    "Icelandic": "ISL", "Indian": "IND", "Indonesian": "IDN", "Iranian": "IRN",
    "Iraqi": "IRQ", "Irish": "IRL", "Israeli": "ISR", "Italian": "ITA",
    "Jamaican": "JAM", "Japanese": "JPN", "Jordanian": "JOR", "Kazakh": "KAZ",
    "Kazakhstani": "KAZ", "Kenyan": "KEN", "Kuwaiti": "KWT", "Kyrgyz": "KGZ",
    "Lao": "LAO", "Laotian": "LAO", "Latvian": "LVA", "Lebanese": "LBN",
    "Liberian": "LBR", "Libyan": "LBY", "Liechtensteiner": "LIE", "Lithuanian": "LTU",
    "Luxembourgish": "LUX", "Macedonian": "MKD", "Malagasy": "MDG", "Malawian": "MWI",
    "Malaysian": "MYS", "Maldivian": "MDV", "Malian": "MLI", "Maltese": "MLT",
    "Mauritanian": "MRT", "Mauritian": "MUS", "Mexican": "MEX", "Moldovan": "MDA",
    "Monegasque": "MCO", "Mongolian": "MNG", "Montenegrin": "MNE", "Moroccan": "MAR",
    "Mozambican": "MOZ", "Namibian": "NAM", "Nepalese": "NPL", "Nepali": "NPL",
    "New Zealand": "NZL", "Nicaraguan": "NIC", "Nigerien": "NER", "Nigerian": "NGA",
    "North Korean": "PRK", "Norwegian": "NOR", "Omani": "OMN", "Pakistani": "PAK",
    "Palestinian": "PSE", "Panamanian": "PAN", "Papua New Guinean": "PNG",
    "Paraguayan": "PRY", "Peruvian": "PER", "Philippine": "PHL", "Filipino": "PHL",
    "Polish": "POL", "Portuguese": "PRT", "Qatari": "QAT", "Romanian": "ROU",
    "Russian": "RUS", "Rwandan": "RWA", "Saudi": "SAU", "Senegalese": "SEN",
    "Serbian": "SRB", "Sierra Leonean": "SLE", "Singaporean": "SGP", "Slovak": "SVK",
    "Slovenian": "SVN", "Somali": "SOM", "South African": "ZAF", "South Korean": "KOR",
    "South Sudanese": "SSD", "Spanish": "ESP", "Sri Lankan": "LKA", "Sudanese": "SDN",
    "Surinamese": "SUR", "Swazi": "SWZ", "Swedish": "SWE", "Swiss": "CHE",
    "Syrian": "SYR", "Taiwanese": "TWN", "Tajik": "TJK", "Tanzanian": "TZA",
    "Thai": "THA", "Togolese": "TGO", "Tongan": "TON", "Trinidadian": "TTO",
    "Tunisian": "TUN", "Turkish": "TUR", "Turkmen": "TKM", "Ugandan": "UGA",
    "Ukrainian": "UKR", "Emirati": "ARE", "American": "USA", "Uruguayan": "URY",
    "Uzbek": "UZB", "Venezuelan": "VEN", "Vietnamese": "VNM", "Yemeni": "YEM",
    "Zambian": "ZMB", "Zimbabwean": "ZWE", "Soviet": "SUN", "Yugoslav": "YUG",
    "Congolese": None, "Korean": None, "Latin American": None, "South American": None,
    "North American": None, "Central American": None, "African": None, "Arab": None,
    "European": None, "Asian": None, "Western": None,
}

#: Capitals and seats of government used for their state ("Moscow and Beijing vetoed").
CAPITALS: dict[str, str] = {
    "Moscow": "RUS", "Beijing": "CHN", "Washington": "USA", "Paris": "FRA",
    "London": "GBR", "Damascus": "SYR", "Tripoli": "LBY", "Tehran": "IRN",
    "Pyongyang": "PRK", "Seoul": "KOR", "Ankara": "TUR", "Tokyo": "JPN",
    "Berlin": "DEU", "Havana": "CUB", "Caracas": "VEN", "New Delhi": "IND",
    "Brasilia": "BRA", "Pretoria": "ZAF", "Cairo": "EGY", "Riyadh": "SAU",
    "Doha": "QAT", "Kiev": "UKR", "Kyiv": "UKR", "Minsk": "BLR", "Baghdad": "IRQ",
    "Kabul": "AFG", "Islamabad": "PAK", "Khartoum": "SDN", "Beirut": "LBN",
    "Amman": "JOR", "Tel Aviv": "ISR", "Rome": "ITA", "Madrid": "ESP",
}

#: Seats of government named for the government ("the Kremlin said").
INSTITUTIONS: dict[str, str] = {
    "Kremlin": "RUS", "White House": "USA", "State Department": "USA", "Pentagon": "USA",
    "Downing Street": "GBR", "Foreign Office": "GBR", "Elysee": "FRA", "Élysée": "FRA",
    "Quai d'Orsay": "FRA", "Zhongnanhai": "CHN",
}

#: Places that name a subject (a town, a region) → the state they are in.
#: Variant spellings map to one canonical name (the first key of each group).
PLACES: dict[str, tuple[str, str]] = {
    # name in text: (canonical name, state)
    "Houla": ("Houla", "SYR"), "Houleh": ("Houla", "SYR"), "El-Houleh": ("Houla", "SYR"),
    "al-Houla": ("Houla", "SYR"), "Al-Houla": ("Houla", "SYR"), "Hula": ("Houla", "SYR"),
    "Homs": ("Homs", "SYR"), "Hama": ("Hama", "SYR"), "Aleppo": ("Aleppo", "SYR"),
    "Idlib": ("Idlib", "SYR"), "Daraa": ("Daraa", "SYR"), "Deraa": ("Daraa", "SYR"),
    "Ghouta": ("Ghouta", "SYR"), "Douma": ("Douma", "SYR"), "Baba Amr": ("Homs", "SYR"),
    "Benghazi": ("Benghazi", "LBY"), "Misrata": ("Misrata", "LBY"), "Sirte": ("Sirte", "LBY"),
    "Darfur": ("Darfur", "SDN"), "Gaza": ("Gaza", "PSE"), "West Bank": ("West Bank", "PSE"),
    "Crimea": ("Crimea", "UKR"), "Srebrenica": ("Srebrenica", "BIH"),
    "South Ossetia": ("South Ossetia", "GEO"), "Abkhazia": ("Abkhazia", "GEO"),
    "Golan": ("Golan", "SYR"),
}

#: Well-known office holders and envoys → the state they speak for (``None``:
#: a UN official, who speaks for no state). Only the state: roles change
#: over time and are taken from the article.
PEOPLE: dict[str, str | None] = {
    "Vladimir Putin": "RUS", "Dmitry Medvedev": "RUS", "Sergei Lavrov": "RUS",
    "Vitaly Churkin": "RUS", "Gennady Gatilov": "RUS", "Mikhail Bogdanov": "RUS",
    "Vassily Nebenzia": "RUS", "Maria Zakharova": "RUS", "Dmitry Peskov": "RUS",
    "Hu Jintao": "CHN", "Wen Jiabao": "CHN", "Xi Jinping": "CHN", "Li Keqiang": "CHN",
    "Yang Jiechi": "CHN", "Wang Yi": "CHN", "Li Baodong": "CHN", "Hong Lei": "CHN",
    "Barack Obama": "USA", "Hillary Clinton": "USA", "John Kerry": "USA", "Susan Rice": "USA",
    "Samantha Power": "USA", "Joe Biden": "USA", "Donald Trump": "USA", "Nikki Haley": "USA",
    "Victoria Nuland": "USA", "David Cameron": "GBR", "William Hague": "GBR",
    "Mark Lyall Grant": "GBR", "Theresa May": "GBR", "Boris Johnson": "GBR",
    "Nicolas Sarkozy": "FRA", "Francois Hollande": "FRA", "François Hollande": "FRA",
    "Alain Juppe": "FRA", "Alain Juppé": "FRA", "Laurent Fabius": "FRA",
    "Gerard Araud": "FRA", "Gérard Araud": "FRA", "Emmanuel Macron": "FRA",
    "Angela Merkel": "DEU", "Guido Westerwelle": "DEU", "Bashar Assad": "SYR",
    "Bashar al-Assad": "SYR", "Walid Moallem": "SYR", "Walid al-Moallem": "SYR",
    "Walid Muallem": "SYR", "Bashar Jaafari": "SYR", "Bashar Ja'afari": "SYR",
    "Moammar Gadhafi": "LBY", "Muammar Gaddafi": "LBY", "Muammar Qaddafi": "LBY",
    "Moammar Qaddafi": "LBY", "Muammar al-Qaddafi": "LBY", "Recep Tayyip Erdogan": "TUR",
    "Ahmet Davutoglu": "TUR", "Mahmoud Ahmadinejad": "IRN", "Ali Akbar Salehi": "IRN",
    "Benjamin Netanyahu": "ISR", "Kim Jong Un": "PRK", "Kim Jong Il": "PRK",
    "Manmohan Singh": "IND", "Dilma Rousseff": "BRA", "Jacob Zuma": "ZAF",
    "Ban Ki-moon": None, "Kofi Annan": None, "Navi Pillay": None, "Lakhdar Brahimi": None,
    "Antonio Guterres": None, "António Guterres": None, "Nabil Elaraby": None,
}

#: Words that make a title or a job ("Foreign Ministry spokesman", "UN envoy").
ROLE_WORDS: frozenset[str] = frozenset(
    w.lower() for w in """
    president vice prime premier minister ministry foreign deputy spokesman spokeswoman
    spokesperson ambassador envoy special joint representative permanent secretary-general
    secretary general state chancellor king queen emir crown prince sheikh leader chairman
    chairwoman chair head chief director commissioner high rapporteur senator lawmaker
    official diplomat colonel commander governor mayor counterpart negotiator adviser
    advisor aide undersecretary under-secretary under-secretary-general assistant
    coordinator pope patriarch defense defence interior affairs justice finance trade
    mr mrs ms dr gen lt col sen rep ayatollah supreme national security council arab
    league un u.n. u.n united nations human rights acting former top senior veteran
    oas nato iaea unesco osce
    executive ceo founder analyst researcher professor
    """.split()
)
#: Heads of a speaker phrase that name an organisation or a group, not a person.
ORG_WORDS: frozenset[str] = frozenset(
    w.lower() for w in """
    ministry government council assembly agency television tv radio newspaper daily
    broadcaster media office department embassy mission committee commission league
    union organization organisation army forces military rebels opposition activists
    group groups coalition alliance parliament duma kremlin house cabinet officials
    diplomats sources spokesmen leaders delegation delegations administration observatory
    channel website statement service press authorities regime
    """.split()
)
#: Organisations named by one word, which reads like a surname ("Hamas said", "Oxfam warned"): the
#: movements, armed groups and charities news of UN votes quotes most.
NAMED_GROUPS: frozenset[str] = frozenset(
    w.lower() for w in """
    Hamas Hezbollah Hizbollah Hizballah Fatah al-Qaeda al-Qaida al-Shabaab al-Shabab Taliban Houthis
    Ansarallah Daesh Polisario Frelimo Oxfam Greenpeace Amnesty Caritas Frontex Gazprom Rosatom
    """.split()
)
#: Words in a speaker phrase that make it a news outlet (its venue is itself).
MEDIA_WORDS: frozenset[str] = frozenset(
    "television tv radio newspaper daily broadcaster media channel news agency website "
    "wire".split()
)
#: Named outlets → (state, is state media).
OUTLETS: dict[str, tuple[str | None, bool]] = {
    "Xinhua": ("CHN", True), "CCTV": ("CHN", True), "China Central Television": ("CHN", True),
    "People's Daily": ("CHN", True), "Global Times": ("CHN", True),
    "RIA Novosti": ("RUS", True), "RIA": ("RUS", True), "Itar-Tass": ("RUS", True),
    "ITAR-TASS": ("RUS", True), "TASS": ("RUS", True), "Interfax": ("RUS", False),
    "RT": ("RUS", True), "Rossiya": ("RUS", True), "Kommersant": ("RUS", False),
    "Izvestia": ("RUS", False), "SANA": ("SYR", True), "Al Jazeera": ("QAT", False),
    "Al Arabiya": ("SAU", False), "BBC": ("GBR", False), "CNN": ("USA", False),
    "Reuters": (None, False), "AFP": ("FRA", False), "Agence France-Presse": ("FRA", False),
    "Associated Press": ("USA", False), "AP": ("USA", False), "IRNA": ("IRN", True),
    "KCNA": ("PRK", True),
    # the other wire services a story credits ("EFE reported"): an agency, never a person
    "EFE": ("ESP", False), "Agencia EFE": ("ESP", False), "ANSA": ("ITA", False), "dpa": ("DEU", False),
    "DPA": ("DEU", False), "Kyodo": ("JPN", False), "Yonhap": ("KOR", False), "Anadolu Agency": ("TUR", True),
    "Anadolu": ("TUR", True), "PTI": ("IND", False), "IANS": ("IND", False), "Sputnik": ("RUS", True),
    "Prensa Latina": ("CUB", True), "Bernama": ("MYS", True), "Ukrinform": ("UKR", True),
    "BelTA": ("BLR", True), "Tasnim": ("IRN", False), "Fars": ("IRN", False), "ISNA": ("IRN", False),
    # papers whose names read like a person's ("York Times"): known by name
    "New York Times": ("USA", False), "Washington Post": ("USA", False),
    "Wall Street Journal": ("USA", False), "Los Angeles Times": ("USA", False),
    "Financial Times": ("GBR", False), "Jerusalem Post": ("ISR", False), "Times of Israel": ("ISR", False),
    # ... and papers named by one word, read like a surname ("Haaretz reported")
    "Haaretz": ("ISR", False), "Ynet": ("ISR", False), "Dawn": ("PAK", False), "Asahi": ("JPN", False),
    "Yomiuri": ("JPN", False), "Hurriyet": ("TUR", False), "Yeni Safak": ("TUR", False),
    "Vedomosti": ("RUS", False), "Le Monde": ("FRA", False), "Libération": ("FRA", False),
    "Politico": ("USA", False), "Axios": ("USA", False),
}

#: Nouns that name a venue or channel of a statement.
VENUE_NOUNS: tuple[str, ...] = (
    "news conference", "press conference", "news briefing", "press briefing", "briefing",
    "statement", "interview", "speech", "televised address", "address", "meeting",
    "summit", "session", "debate", "hearing", "talks", "visit", "forum", "conference",
    "rally", "parliament", "Duma", "Security Council", "General Assembly",
    "Human Rights Council", "council", "assembly", "state television", "television",
    "radio", "Twitter", "Facebook", "blog", "website", "letter", "communique", "op-ed",
)
#: Objects of "told" that are a venue ("told reporters").
AUDIENCES: tuple[str, ...] = (
    "reporters", "journalists", "the press", "lawmakers", "parliament", "the Duma",
    "the Security Council", "the council", "the General Assembly", "the assembly",
    "the Human Rights Council", "a news conference", "a press conference", "a briefing",
    "a news briefing", "a press briefing", "state television", "state media",
)

#: Verbs that attribute a quotation or report speech.
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared",
    "declares", "noted", "notes", "reported", "reports", "warned", "warns", "insisted",
    "insists", "argued", "argues", "asked", "asks", "urged", "urges", "explained",
    "explains", "wrote", "writes", "commented", "announced", "announces", "stressed",
    "stresses", "emphasized", "emphasised", "underlined", "remarked", "replied",
    "responded", "continued", "claimed", "complained", "acknowledged", "admitted",
    "concluded", "observed", "maintained", "suggested", "recalled", "predicted", "vowed",
    "promised", "cautioned", "tweeted", "posted", "countered", "conceded", "affirmed",
    "reiterated", "charged", "alleged", "contended", "demanded", "quoted", "cited",
    # the present of a commentator's view ("Ana Ruiz, an analyst, admits that ...")
    "admits", "acknowledges", "claims", "complains", "concedes", "concludes", "contends",
    "emphasizes", "emphasises", "observes", "recalls", "reiterates", "remarks", "replies",
    "responds", "suggests", "tweets", "underlines", "affirms", "cautions", "predicts", "vows",
    "asserted", "asserts", "pointed out", "points out",
    # testimony and reasoning given in one's own words ("X testified that the US will '...'")
    "testified", "testifies", "reasoned",
    # a view put in words ("made it clear that the US would ... '...'", "expressed hopes that ...")
    "made it clear", "made clear", "makes it clear", "makes clear", "expressed hope", "expressed hopes",
    "expressed the hope", "expressed concern", "expressed regret",
)
#: The subset used for reported (indirect) speech: verbs of saying only.
REPORTING_VERBS: tuple[str, ...] = (
    "said", "says", "told", "stated", "declared", "announced", "warned", "insisted",
    "stressed", "reported", "added", "noted", "argued", "maintained", "claimed",
)

PRONOUNS: dict[str, str] = {
    "he": "person", "she": "person", "him": "person", "her": "person",
    "they": "group", "it": "org", "we": "group", "i": "person",
}

#: Bodies as articles name them → body code.
BODY_NAMES: dict[str, str] = {
    "UN Security Council": "SC", "U.N. Security Council": "SC",
    "United Nations Security Council": "SC", "Security Council": "SC", "UNSC": "SC",
    "UN Human Rights Council": "HRC", "U.N. Human Rights Council": "HRC",
    "United Nations Human Rights Council": "HRC", "Human Rights Council": "HRC",
    "UNHRC": "HRC", "rights council": "HRC", "human rights body": "HRC", "rights body": "HRC",
    "Human Rights Commission": "HRC", "UN General Assembly": "GA",
    "U.N. General Assembly": "GA", "United Nations General Assembly": "GA",
    "General Assembly": "GA", "UNGA": "GA",
    # written in lower case after the UN's name ("The United Nations general assembly was voting")
    "UN general assembly": "GA", "U.N. general assembly": "GA", "United Nations general assembly": "GA",
    "UN security council": "SC", "U.N. security council": "SC", "United Nations security council": "SC",
}
#: Short back-references to the body named before ("the council voted").
BODY_BACKREFS: dict[str, tuple[str, ...]] = {
    "council": ("SC", "HRC"), "assembly": ("GA",),
}

SMALL_NUMBERS: dict[str, int] = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90}

#: Concepts a decision can be about, as news words and as title words.
CONCEPTS: dict[str, tuple[str, str]] = {
    # concept: (pattern in article text, pattern in a decision title)
    "force": (
        r"\b(?:UN|U\.N\.|United Nations|council)[- ](?:authori[sz]ed|mandated|sanctioned|"
        r"backed)\s+(?:military\s+)?(?:operation|intervention|action|campaign|force|strikes|"
        r"bombing|mission)|no-fly zone|use of force|all necessary measures|"
        r"military intervention|air ?strikes|protect civilians",
        r"no-fly|all necessary measures|use of force|authori[sz]|protection of civilians|"
        r"military",
    ),
    "sanctions": (r"\bsanctions?\b|embargo|asset freeze|travel ban",
                  r"sanction|embargo|asset|travel ban"),
    "court": (r"International Criminal Court|\bICC\b|prosecut|criminal", r"ICC|criminal|court"),
    "inquiry": (r"investigat|inquiry|fact-finding|gather evidence",
                r"inquiry|investigat|fact-finding|commission"),
    "monitors": (r"monitor|observer|supervision mission", r"monitor|observer|supervision"),
    "killings": (r"massacre|killings|slaughter", r"killings|massacre"),
    "ceasefire": (r"cease-?fire|truce", r"cease-?fire|truce"),
}
#: Title words of a decision that ends or lifts an earlier one.
ENDING_WORDS = r"terminat|lifting|\bend(?:s|ing)?\b|withdraw"
