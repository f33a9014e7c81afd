"""Markdown from the knowledge folder turned into text a buyer can read in a chat window.

Product pages and policies are written in Markdown; a chat window shows it raw, so "- "
bullets, "| S | 108 |" tables and "**" reached buyers. Lists become plain lines, a table
becomes one line per row labelled by its header ("S码：身高 155-160cm，胸围 108cm"),
headings become 【heading】, and emphasis, links, images, quotes, code fences and HTML breaks
are reduced to their text.
"""

from __future__ import annotations

import html
import re

_FENCE = re.compile(r"^\s*(```|~~~)")
_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")  # ---, ***, ___ and setext underlines
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BULLET = re.compile(r"^(\s*)[-*+•]\s+(?:\[[ xX]\]\s+)?(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3})[.)、]\s+(.*)$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_CODE = re.compile(r"`+([^`]*)`+")
# Emphasis: ** and __ anywhere; a single * or _ only where it cannot be part of a word such
# as a nickname (tb_jia_jia) or a product code.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_EM_STAR = re.compile(r"(?<![A-Za-z0-9*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![A-Za-z0-9*])")
_EM_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9_])_(?=\S)([^_\n]+?)(?<=\S)_(?![A-Za-z0-9_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_UNIT = re.compile(r"^(.*?)\s*[(（]\s*([A-Za-z%℃°]{1,6}|厘米|公斤|斤|克|毫升|升|元)\s*[)）]\s*$")
_SIZE_HEADERS = ("尺码", "码数", "码")
_NESTED = "· "
_HIDDEN = 0xE000  # escaped ASCII punctuation waits in the private use area
_HIDDEN_CHARS = re.compile("[\ue000-\ue07f]")


def to_chat_text(markdown: str) -> str:
    """The text to send: no Markdown markers left, one fact per line, no blank lines."""
    text = _BREAK.sub("\n", markdown.replace("\r\n", "\n").replace("\r", "\n"))
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        elif in_fence:
            out.append(line.strip())
        elif _TABLE_ROW.match(line) or (
                i + 1 < len(lines) and "|" in line and "|" in lines[i + 1]
                and _TABLE_RULE.match(lines[i + 1])):
            end = i
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            out.extend(_table(lines[i:end]))
            i = end
            continue
        else:
            out.append(_block_line(line))
        i += 1
    return "\n".join(s for s in (_inline(line) for line in out) if s)


def _block_line(line: str) -> str:
    """One line of prose, heading, quote or list item, without its Markdown prefix."""
    if _RULE.match(line):
        return ""
    line = _QUOTE.sub("", line)
    heading = _HEADING.match(line)
    if heading:
        title = heading.group(1).strip()
        return f"【{title}】" if title else ""
    bullet = _BULLET.match(line)
    if bullet:
        nested = len(bullet.group(1).expandtabs(4)) >= 2
        return (_NESTED if nested else "") + bullet.group(2)
    numbered = _NUMBERED.match(line)
    if numbered:
        nested = len(numbered.group(1).expandtabs(4)) >= 2
        return ("  " if nested else "") + f"{numbered.group(2)}、{numbered.group(3)}"
    return line.strip()


def _inline(line: str) -> str:
    # an escaped marker (\*) is kept as text: hidden from the rules below, restored after
    line = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), line)
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1).strip() or m.group(2), line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDERSCORE.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = html.unescape(line)
    return _HIDDEN_CHARS.sub(lambda m: chr(ord(m.group(0)) - _HIDDEN), line).rstrip()


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)]


def _table(rows: list[str]) -> list[str]:
    """A pipe table as one line per data row: "S码：身高 155-160cm，体重 45-52kg"."""
    header: list[str] = []
    if len(rows) >= 2 and "|" in rows[1] and _TABLE_RULE.match(rows[1]):
        header, rows = _cells(rows[0]), rows[2:]
    lines = []
    for row in rows:
        if "|" in row and _TABLE_RULE.match(row):
            continue
        cells = _cells(row)
        if not any(cells):
            continue
        if not header:
            lines.append("，".join(c for c in cells if c))
            continue
        key = _row_key(header[0], cells[0])
        facts = [_fact(h, c) for h, c in zip(header[1:], cells[1:], strict=False) if c]
        body = "，".join(f for f in facts if f)
        lines.append(f"{key}：{body}" if key and body else key or body)
    return lines


def _row_key(head: str, value: str) -> str:
    """A row's label: "S" under "尺码" reads "S码"; other first cells stand for themselves."""
    if value and head in _SIZE_HEADERS and re.fullmatch(r"[0-9A-Za-z]{1,4}", value):
        return f"{value}码"
    return value


def _fact(head: str, value: str) -> str:
    """"身高(cm)" and "155-160" -> "身高 155-160cm": the unit moves after a number."""
    if not head:
        return value
    unit = _UNIT.match(head)
    if unit:
        name, symbol = unit.group(1).strip(), unit.group(2)
        if value[-1:].isdigit():
            value += symbol
        head = name
    return f"{head} {value}" if head else value
