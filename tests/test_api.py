"""unsc.load: the embedded record, or the store combined with it."""

import unsc
from unsc import store


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
    import pytest

    ds = unsc.load("embedded")
    with pytest.raises(ValueError, match="unknown body"):
        ds.filter(body="UNSC")
    with pytest.raises(ValueError, match="unknown member code"):
        ds.filter(members=["XXX"])
