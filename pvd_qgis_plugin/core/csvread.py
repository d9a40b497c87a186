"""CSV text decoded as published: the encoding is decided once per file, with a per-row fallback.

French open-data CSV files come in UTF-8 (with or without a BOM), in Windows-1252/Latin-1
(older exports, spreadsheets) and sometimes in UTF-16 (spreadsheets' "Unicode text"). The
encoding is decided for the whole file, once:

- a UTF-16 BOM: UTF-16;
- else a file that decodes as UTF-8 (a UTF-8 BOM is skipped): UTF-8;
- else, among the lines with non-ASCII bytes, those that decode as UTF-8 are counted against
  those that do not: UTF-8 wins a tie or a majority (the file is UTF-8 with a few stray bytes,
  e.g. one cell pasted from a Latin-1 file), Windows-1252 otherwise (a Latin-1 file: its accents
  almost never form valid UTF-8).

In a UTF-8 file, a line that is not valid UTF-8 is decoded alone as Windows-1252 (Latin-1 for
the five bytes Windows-1252 leaves undefined), so that one stray byte garbles nothing else; the
rows holding such lines are listed in :attr:`CsvReader.fallback_rows` for the log. Row numbers
count the header as row 1, as a spreadsheet shows them (a cell spanning lines is one row).

Pure Python; no QGIS.
"""
import codecs
import csv
import io
import os

from .messages import N_, Message, listing
from .progress import check

#: Separators tried on the header line when none is given (the most frequent wins; ties: this order).
DELIMITERS = (";", ",", "|", "\t")
UTF8, WINDOWS_1252, UTF16 = "utf-8", "cp1252", "utf-16"
_CHUNK = 1 << 20
#: Largest cell read (bytes): long network lines are GeoJSON text in one cell.
FIELD_SIZE_LIMIT = 1 << 28


def _decode_1252(raw):
    try:
        return raw.decode(WINDOWS_1252)
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def detect_encoding(path):
    """(encoding, length of the BOM to skip) of a text file: ``utf-8``, ``cp1252`` or ``utf-16``."""
    with open(path, "rb") as handle:
        head = handle.read(4)
        if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            return UTF16, 0
        bom = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
        handle.seek(bom)
        decoder = codecs.getincrementaldecoder(UTF8)()
        try:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return UTF8, bom
        except UnicodeDecodeError:
            pass
        handle.seek(bom)
        valid = invalid = 0
        for raw in handle:
            if raw.isascii():
                continue
            try:
                raw.decode(UTF8)
                valid += 1
            except UnicodeDecodeError:
                invalid += 1
    return (UTF8 if valid and valid >= invalid else WINDOWS_1252), bom


class CsvReader:
    """The rows of a CSV file as ``(row number, list of cells)``, decoded as the module says.

    ``delimiter``: the separator, or None to take the most frequent of ``candidates`` on the
    header line. Attributes: ``encoding``, ``delimiter``, ``header`` (cells of row 1, BOM
    removed), ``fallback_rows`` (filled while iterating). ``progress(fraction)`` is told how far
    into the file reading is and may cancel. Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, path, delimiter=None, candidates=DELIMITERS, progress=None):
        # a cell may hold a whole GeoJSON line (Enedis "Geo Shape"): far beyond csv's 128 KB default
        csv.field_size_limit(max(csv.field_size_limit(), FIELD_SIZE_LIMIT))
        self.path = str(path)
        self.name = os.path.basename(self.path)
        self.encoding, bom = detect_encoding(self.path)
        self.fallback_rows = []
        self._fallback_lines = []
        self._progress = progress
        self._size = os.path.getsize(self.path)
        self._handle = open(self.path, "rb")
        self._handle.seek(bom)
        self._lines = self._decoded_lines()
        first = next(self._lines, "")
        self.delimiter = delimiter or max(candidates, key=lambda sep: (first.count(sep), -candidates.index(sep)))
        self._reader = csv.reader(self._chain(first), delimiter=self.delimiter)
        self.header = next(self._reader, [])
        self._row = 1
        self._mark_fallback()

    def _decoded_lines(self):
        if self.encoding == UTF16:
            yield from io.TextIOWrapper(self._handle, encoding=UTF16, newline="")
            return
        for number, raw in enumerate(self._handle, start=1):
            if self.encoding == WINDOWS_1252:
                yield _decode_1252(raw)
                continue
            try:
                yield raw.decode(UTF8)
            except UnicodeDecodeError:
                self._fallback_lines.append(number)
                yield _decode_1252(raw)

    def _chain(self, first):
        if first:
            yield first
        yield from self._lines

    def __iter__(self):
        for cells in self._reader:
            self._row += 1
            self._mark_fallback()
            if self._progress is not None and self._row % 20000 == 0:
                check(self._progress, self._handle.tell() / self._size if self._size else 0.0)
            yield self._row, cells

    def _mark_fallback(self):
        """The current row is a fallback row when one of the lines it was read from is."""
        while self._fallback_lines and self._fallback_lines[0] <= self._reader.line_num:
            self._fallback_lines.pop(0)
            if not self.fallback_rows or self.fallback_rows[-1] != self._row:
                self.fallback_rows.append(self._row)

    def fallback_warning(self):
        """A message naming the rows decoded as Windows-1252 in a UTF-8 file, or None."""
        if not self.fallback_rows:
            return None
        return Message(N_("{0}: row(s) {1} are not valid UTF-8 unlike the rest of the file: read as "
                          "Windows-1252 (check the accents of these rows)."), self.name, listing(self.fallback_rows))

    def close(self):
        self._handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
