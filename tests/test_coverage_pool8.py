"""Patterns found by auditing the reader's confident outputs on unlabelled real articles (pool8).

The pool was histories and explainers citing past vetoes, Council votes before 1994, stories of
other bodies' votes (the IAEA board, UNESCO, the OAS, the World Health Assembly, the European
Parliament) and 2025 stories. Every sentence here is written for the test; the end-to-end cases
use the fixture record (S/2011/612, vetoed by China and Russia on 4 October 2011; A/RES/66/253,
General Assembly, 16 February 2012, 137-12-17).
"""

from __future__ import annotations

import pytest
from coverage_text import read_positions

# -- a member said to be absent in an absolute clause ------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thirteen members (among them three permanent members, with China absent, and all ten elected "
     "members) voted for the draft.", {"absent": "CHN"}),
    ("The draft got eleven votes, with France absent and Britain abstaining.",
     {"absent": "FRA", "abstain": "GBR"}),
    ("Peru was absent from the vote, while Chile abstained.", {"absent": "PER", "abstain": "CHL"}),
])
def test_a_member_with_absent_took_no_part_not_the_main_verbs_side(sentence, expected):
    # read as voting for the text, the absent member would contradict a record that says it did not vote
    assert read_positions(sentence, date="1980-05-02") == expected
