"""CSV rows that survive a stray quote.

In CSV a quote at the start of a cell runs until the next quote, across lines. One stray quote
therefore swallows the rows below it into a single cell: in a small file twenty resolutions
became one reply that then matched everything; in a large one the cell outgrew the csv
module's field limit and the whole file was lost. Here a quoted cell that looks like it
swallowed rows is reported at its line, the quote is read as a plain character, and parsing
resumes on the next line so the swallowed rows load as rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from assist.knowledge import limits
from assist.knowledge.model import Problem
from assist.messages import Core, Message

Row = tuple[int, list[str]]  # (1-based line where the row begins, cells)
_DELIMITERS = (",", "\t", ";")
_ROW_LIKE_LINES = 3  # lines inside one cell that look like whole rows before it is suspect


def csv_rows(text: str, source: str, problems: list[Problem]) -> Iterator[Row]:
    delimiter, width = _shape(text)
    lines = _Lines(text, source, problems, width)
    while True:
        reader = csv.reader(lines, csv.excel, delimiter=delimiter)
        for start, cells in _records(reader, lines):
            if cells is None:
                break  # the record was refused: start a fresh reader on the following line
            yield start, cells
        else:
            return
        # the refused record's first line, with its quotes read as plain characters
        yield start, _literal_cells(lines.first_taken, delimiter)
        lines.give_back_all_but_first()


def _records(reader: Iterator[list[str]], lines: _Lines) -> Iterator[tuple[int, list[str] | None]]:
    """(line, cells) per record; (line, None) once for a record that must be re-read."""
    width = lines.width
    while True:
        lines.begin_record()
        start = lines.number + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            lines.report(start, Core.tr("a quoted cell could not be read (%1); %2", exc,
                                        _after_stray()))
            yield start, None
            return
        reason = _swallowed(lines.taken, reader.dialect, width, lines.at_end())
        if reason:
            lines.report(start, Core.tr('a quote (") at the start of a cell %1; %2', reason,
                                        _after_stray()))
            yield start, None
            return
        yield start, cells


def _after_stray() -> Message:
    return Core.tr(
        "the quote was read as a plain character and the lines after it as rows of their own. "
        "Remove the stray quote, or put the whole cell in quotes")


def _swallowed(taken: list[str], dialect: csv.Dialect, width: int, at_end: bool) -> str:
    """Why a record spanning several lines looks like a stray quote, or '' when it does not."""
    span = len(taken)
    if span <= 1:
        return ""
    if at_end and sum(line.count('"') for line in taken) % 2:
        return Core.tr("never closes, swallowing the %1 lines after it", span - 1)
    if span > limits.MAX_QUOTED_LINES:
        return Core.tr("runs over %1 lines, more than the %2 a cell may span", span,
                       limits.MAX_QUOTED_LINES)
    try:
        list(csv.reader(["".join(taken)], dialect, strict=True))
    except csv.Error:
        return Core.tr("closes %1 lines further down, but not at the end of a cell", span - 1)
    delimiter = dialect.delimiter
    row_like = sum(1 for line in taken[1:] if width > 1 and line.count(delimiter) >= width - 1)
    if row_like >= _ROW_LIKE_LINES:
        return Core.tr("holds %1 lines below it that look like whole rows", row_like)
    return ""


def _literal_cells(line: str, delimiter: str) -> list[str]:
    reader = csv.reader([line.rstrip("\r\n")], delimiter=delimiter, quoting=csv.QUOTE_NONE)
    cells = next(reader, [])
    return [
        c[1:-1].replace('""', '"') if len(c) >= 2 and c[0] == c[-1] == '"' else c for c in cells
    ]


def _shape(text: str) -> tuple[str, int]:
    """The delimiter and number of cells of the header line (the first that is not blank)."""
    # The header line decides: Excel writes commas, "Unicode text" exports use tabs, and some
    # European-locale tools semicolons. (csv.Sniffer guesses from the whole sample and is
    # misled by the commas inside Chinese replies.)
    for number, line in enumerate(io.StringIO(text, newline="")):
        if line.strip() or number > 1000:
            header = line[: limits.MAX_LINE_CHARS]
            delimiter = max(_DELIMITERS, key=header.count)
            return delimiter, header.count(delimiter) + 1
    return ",", 1


class _Lines:
    """The text's physical lines for csv.reader, numbered, able to re-read a refused record."""

    def __init__(self, text: str, source: str, problems: list[Problem], width: int) -> None:
        self._source = iter(io.StringIO(text, newline=""))
        self._again: list[str] = []  # lines to hand out again, last first
        self._name = source
        self._problems = problems
        self.width = width  # cells in the header line
        self.number = 0  # lines handed out so far
        self.taken: list[str] = []  # lines of the record being read

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._again.pop() if self._again else next(self._source)
        self.number += 1
        if len(line) > limits.MAX_LINE_CHARS:
            self.report(
                self.number,
                Core.tr("line is %1 characters long, more than the %2 a line may have; it "
                        "was skipped", format(len(line), ","),
                        format(limits.MAX_LINE_CHARS, ",")),
            )
            line = "\n"  # keeps the numbering of the lines below
        self.taken.append(line)
        return line

    @property
    def first_taken(self) -> str:
        return self.taken[0] if self.taken else ""

    def begin_record(self) -> None:
        self.taken = []

    def give_back_all_but_first(self) -> None:
        back = self.taken[1:]
        self._again.extend(reversed(back))
        self.number -= len(back)
        self.taken = []

    def at_end(self) -> bool:
        if self._again:
            return False
        try:
            self._again.append(next(self._source))
        except StopIteration:
            return True
        return False

    def report(self, line: int, message: str) -> None:
        self._problems.append(Problem(self._name, line, message))
