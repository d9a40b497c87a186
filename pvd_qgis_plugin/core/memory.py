"""Memory given back between the chunks of a long computation."""
import ctypes
import ctypes.util
import sys

_LIBC = None


def give_back_freed_memory():
    """Return the heap memory freed so far to the system (glibc's ``malloc_trim``).

    Between chunks of a large layer, the freed geometries of one chunk otherwise stay
    in the process's heap, scattered, and the next chunks grow it further. Elsewhere
    than on glibc (Windows, macOS, musl) this does nothing.
    """
    global _LIBC
    if not sys.platform.startswith("linux"):
        return False
    if _LIBC is None:
        try:
            _LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            _LIBC.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _LIBC = False
    return bool(_LIBC) and bool(_LIBC.malloc_trim(0))
