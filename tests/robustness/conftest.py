"""Fixtures of the bad-input suite (see helpers.py for the pattern every case follows)."""
import pytest

from tests.robustness.helpers import Fingerprint


@pytest.fixture()
def fingerprint():
    """``fingerprint(*paths)`` records inputs; at teardown every recorded input must be unchanged."""
    taken = []

    def take(*paths):
        frozen = Fingerprint(*paths)
        taken.append(frozen)
        return frozen

    yield take
    for frozen in taken:
        frozen.assert_unchanged()
