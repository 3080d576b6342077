"""Session-wide fixtures for the readers: each real file is read (and validated) once."""

from __future__ import annotations

import pytest

import unsc
from unsc.sources import hrc, sc_drafts, undl_sc, unvotes, vetoes

SC_DRAFTS = "unsc_drafts_votes_1994_2025/sc_voting_1994_2025.csv.gz"
VETOES = "unsc_vetoes_wpdl/unsc_vetoes_1946_sept2022.csv"
UNDL_SC = "undl_sc_voting_sample/sc_voting_v6_head.csv"


@pytest.fixture(scope="session")
def sc_drafts_real(shared_data):
    return sc_drafts.read(shared_data / SC_DRAFTS)


@pytest.fixture(scope="session")
def vetoes_real(shared_data):
    return vetoes.read(shared_data / VETOES)


@pytest.fixture(scope="session")
def undl_sc_real(shared_data):
    return undl_sc.read(shared_data / UNDL_SC)


@pytest.fixture(scope="session")
def hrc_real(shared_data):
    return hrc.read(shared_data / "unhrc_recorded_votes")


@pytest.fixture(scope="session")
def unvotes_real(shared_data):
    """The 870,109 General Assembly votes, read once per test session."""
    return unvotes.read(shared_data / "unvotes_ga")


def problem_counts(ds) -> dict[str, int]:
    """Rule → number of problems :func:`unsc.validate` reports on ``ds``."""
    return unsc.validate(ds).groupby("rule").size().to_dict()
