"""Where the real published extracts are: ``../shared/realdata`` next to the repository."""
import os

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REALDATA = os.path.join(REPO, "..", "shared", "realdata")


def realdata(*parts):
    """A real published extract under ``../shared/realdata``, or a pytest skip when it is absent."""
    import pytest

    path = os.path.join(REALDATA, *parts)
    if not os.path.exists(path):
        pytest.skip("real extract {} not available (../shared/realdata)".format("/".join(parts)))
    return path
