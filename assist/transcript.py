"""Pasted chat transcripts: the header lines chat windows put above each message.

Qianniu and its peers show "tb_jiajia8866 2024-11-11 10:23:45" (nickname, date, time) or just
a time above each message. Search drops these lines, the desk takes the buyer's name from them,
and the feedback log hides the names they show.
"""

from __future__ import annotations

import re

HEADER_LINE = re.compile(
    r"^\s*(?P<nick>\S{1,30}?)??\s*[(（]?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?"
    r"\d{1,2}:\d{2}:\d{2}[)）]?\s*$")


def is_header(line: str) -> bool:
    return HEADER_LINE.match(line) is not None


def header_names(text: str) -> list[str]:
    """The nicknames header lines show, first seen first, without repeats."""
    names = (m.group("nick") for m in map(HEADER_LINE.match, text.splitlines()) if m)
    return list(dict.fromkeys(n for n in names if n))


def message_lines(text: str) -> list[str]:
    """The text's non-empty lines that are not headers."""
    return [line.strip() for line in text.splitlines() if line.strip() and not is_header(line)]


def message_groups(text: str) -> list[list[str]]:
    """The text's messages, each a list of its lines: a header line starts a new message, and
    lines with no header between them were sent as one (a buyer's burst: "亲" / "刚收到货" /
    "杯盖漏水")."""
    groups: list[list[str]] = [[]]
    for line in text.splitlines():
        if is_header(line):
            if groups[-1]:
                groups.append([])
        elif line.strip():
            groups[-1].append(line.strip())
    return [g for g in groups if g]
