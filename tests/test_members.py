import pandas as pd
import pytest

from unsc import members
from unsc.errors import ParameterError


def test_seat_succession():
    assert members.seat("RUS") == ["SUN", "RUS"]
    assert members.seat("CHN") == ["TWN", "CHN"]
    assert members.permanent_on("1980-06-01") == ["CHN", "FRA", "GBR", "SUN", "USA"]
    assert members.permanent_on("1970-06-01") == ["FRA", "GBR", "SUN", "TWN", "USA"]
    assert members.permanent_on("2012-06-01") == ["CHN", "FRA", "GBR", "RUS", "USA"]


def test_codes_and_names():
    assert members.code_for("Russian Federation") == "RUS"
    assert members.code_for("russia") == "RUS"
    assert members.code_for("Côte d’Ivoire".replace("’", "'")) == "CIV"
    assert members.code_for("Viet Nam") == "VNM"
    assert members.code_for("Syria") == "SYR"
    assert members.code_for("Yugoslavia") == "YUG"
    assert members.code_for("German Democratic Republic") == "DDR"
    # a misspelling is not guessed: the caller must report it
    assert members.code_for("Ethipia") is None
    assert members.name("RUS") == "Russian Federation"
    assert members.name("SUN") == "USSR"


def test_alpha2_including_historic():
    assert members.alpha2_to_alpha3("US") == "USA"
    assert members.alpha2_to_alpha3("SU") == "SUN"
    assert members.alpha2_to_alpha3("YU") == "YUG"
    assert members.alpha2_to_alpha3("CS") == "CSK"
    assert members.alpha2_to_alpha3("DD") == "DDR"
    assert members.alpha2_to_alpha3("ZZ") is None


def test_table_is_typed_and_unique():
    t = members.table()
    assert t.member.is_unique
    assert t.permanent.dtype == bool
    assert set(t[t.permanent].member) == {"CHN", "TWN", "FRA", "GBR", "USA", "SUN", "RUS"}
    assert t.loc[t.member == "SUN", "seat_to"].iloc[0] == pd.Timestamp("1991-12-24")


def test_member_code_in_any_case():
    assert members.member_code("chn") == "CHN"
    assert members.member_code(" Rus ") == "RUS"
    assert members.member_code("sun") == "SUN"  # historic codes too
    assert members.member_code("zan") == "ZAN"  # and the one ISO never coded


@pytest.mark.parametrize(("text", "message"), [
    ("China", "'China' is not a member code; did you mean CHN?"),
    ("Russian Federation", "'Russian Federation' is not a member code; did you mean RUS?"),
    ("Rusia", "'Rusia' is not a member code; did you mean RUS?"),
    ("Untied Kingdom", "'Untied Kingdom' is not a member code; did you mean GBR?"),
    ("US", "'US' is not a member code; did you mean USA?"),
    ("XYZ", "'XYZ' is not a member code; use an ISO 3166 alpha-3 code (RUS, CHN, USA) or a "
            "historic one (SUN, YUG)"),
    ("", "'' is not a member code; use an ISO 3166 alpha-3 code (RUS, CHN, USA) or a historic "
         "one (SUN, YUG)"),
    (None, "None is not a member code; use an ISO 3166 alpha-3 code (RUS, CHN, USA) or a "
           "historic one (SUN, YUG)"),
])
def test_a_name_or_unknown_code_is_refused_with_a_suggestion(text, message):
    with pytest.raises(ParameterError) as error:
        members.member_code(text, "country: ")
    assert str(error.value) == "country: " + message
    assert isinstance(error.value, ValueError)  # callers catching ValueError still do


def test_suggest_lists_several_when_unsure():
    assert members.suggest("Austrai") == ["AUS", "AUT"]
    assert members.unknown_code_message("Austrai") == \
        "'Austrai' is not a member code; did you mean AUS or AUT?"
    assert members.suggest("Atlantis") == []
