"""unsc.load: the embedded record, or the store combined with it."""

import pandas.testing as pdt
import pytest

import unsc
from unsc import store
from unsc.errors import ParameterError


def test_embedded_when_the_store_is_empty():
    ds = unsc.load()
    assert ds.origin == "embedded record" and len(ds.version) == 10


def test_store_is_combined_with_the_embedded_record(fixtures):
    path = fixtures / "sc_drafts" / "sc_drafts_small.csv"
    store.import_path(path)
    ds = unsc.load()
    assert ds.origin.endswith("+ embedded record")
    embedded = unsc.load("embedded")
    # The import holds S/RES/1973(2011) and S/2012/77, which the record has too:
    # each appears once, and the record's HRC and GA decisions stay.
    assert ds.decisions.decision_id.is_unique
    assert set(ds.decisions.decision_id) == set(embedded.decisions.decision_id)
    assert "A/HRC/RES/S-19/1" in set(ds.decisions.decision_id)
    assert unsc.load("store").version == ds.version != unsc.load("embedded").version


def test_filter_refuses_unknown_body_and_member():
    ds = unsc.load("embedded")
    with pytest.raises(ValueError, match="unknown body"):
        ds.filter(body="UNSC")
    with pytest.raises(ValueError, match="'XXX' is not a member code; use an ISO 3166 alpha-3"):
        ds.filter(members=["XXX"])


@pytest.mark.parametrize("source", ["stored", "Store", "", "embeded", None, 1])
def test_load_takes_exactly_its_documented_sources(source):
    with pytest.raises(ParameterError) as error:
        unsc.load(source)
    assert str(error.value) == (f"data: {source!r} is not a data source; use one of 'auto', "
                                "'embedded', 'store'")


def test_load_store_when_empty_says_so():
    with pytest.raises(FileNotFoundError, match="the store is empty"):
        unsc.load("store")


@pytest.mark.parametrize(("value", "message"), [
    ("01/06/2012", "start: '01/06/2012' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD "
                   "(e.g. 2011-03-17)"),
    ("6 January 2012", "start: '6 January 2012' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD "
                       "(e.g. 2011-03-17)"),
    ("2011-02-30", "start: '2011-02-30' is not a real date (day is out of range for month); "
                   "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2011-13-45", "start: '2011-13-45' is not a real date (month must be in 1..12); "
                   "use YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_filter_refuses_dates_in_other_forms_and_impossible_dates(value, message):
    ds = unsc.load("embedded")
    with pytest.raises(ParameterError) as error:
        ds.filter(start=value)
    assert str(error.value) == message


def test_filter_refuses_start_after_end():
    with pytest.raises(ParameterError, match="start 2020-01-01 is after end 2011-12-31"):
        unsc.load("embedded").filter(start="2020", end="2011")


def test_filter_takes_member_codes_in_any_case_and_suggests_for_a_name():
    ds = unsc.load("embedded")
    upper = ds.filter(members=["RUS", "CHN"])
    pdt.assert_frame_equal(ds.filter(members=["rus", "Chn"]).votes, upper.votes)
    with pytest.raises(ParameterError) as error:
        ds.filter(members=["China", "RUS"])
    assert str(error.value) == "members: 'China' is not a member code; did you mean CHN?"
