"""How long computations report progress and learn they are cancelled.

A *progress* callable takes a fraction in [0, 1] and returns ``False`` when the
user asked to stop. Core functions call :func:`check` (or the callable itself)
between chunks of work and raise :class:`Cancelled` when told to stop.
"""


class Cancelled(Exception):
    """The user cancelled the computation."""


def no_progress(_fraction):
    return True


def check(progress, fraction):
    """Report ``fraction`` and raise :class:`Cancelled` if the user stopped."""
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise Cancelled()


def scaled(progress, start, end):
    """A progress callable mapping [0, 1] onto [start, end] of ``progress``."""
    if progress is None:
        return no_progress
    span = end - start

    def inner(fraction):
        return progress(start + span * fraction)

    return inner


def reading(rows, handle, size, progress, every=20000):
    """Yield ``rows`` while reporting how far into a file ``handle`` (of ``size`` bytes) reading is.

    The fraction is the byte position of the handle's binary buffer (its read-ahead,
    close enough for a progress bar); :class:`Cancelled` is raised when the user stops.
    """
    buffer = getattr(handle, "buffer", handle)
    for number, row in enumerate(rows):
        if progress is not None and number % every == 0:
            check(progress, buffer.tell() / size if size else 0.0)
        yield row
