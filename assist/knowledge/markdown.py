"""Markdown pages (products, policies, templates): one snippet per section.

A page may start with YAML front matter (``sku``, ``id``, ``name``, ``aliases``, ``tags``,
``kind``). Each ``##``-or-deeper heading starts a section; its id is ``<key>#<heading>`` where
the key is the front matter ``sku`` or ``id`` (else the file path), so an id survives edits
anywhere else in the folder. ``## 标题 {#my-id}`` pins an explicit id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import yaml

from assist.knowledge import limits
from assist.knowledge.model import Problem, Snippet, SnippetKind
from assist.knowledge.safeyaml import load_yaml
from assist.messages import Core, said

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_EXPLICIT_ID = re.compile(r"\s*\{#([^{}\s]+)\}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# A heading longer than this is a paragraph that starts with '#'; never run the heading
# pattern on it (its backtracking grows with the square of a line of spaces).
_MAX_HEADING_CHARS = 300
_KINDS = {"knowledge": SnippetKind.KNOWLEDGE, "template": SnippetKind.TEMPLATE}


@dataclass
class PageResult:
    snippets: list[Snippet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    vocabulary: dict[str, str] = field(default_factory=dict)


@dataclass
class _Section:
    heading: str
    explicit_id: str
    line: int
    body: list[str] = field(default_factory=list)


def parse_page(text: str, source: str) -> PageResult:
    result = PageResult()
    lines = _bounded_lines(text, source, result.problems)
    meta, body_start = _front_matter(lines, source, result.problems)
    if meta is None:
        return result
    kind = _KINDS.get(str(meta.get("kind", "knowledge")).strip().lower())
    if kind is None:
        result.problems.append(
            Problem(
                source,
                1,
                Core.tr("front matter 'kind' must be 'knowledge' or 'template', not %1; read "
                        "as knowledge", repr(meta.get("kind"))),
                "warning",
            )
        )
        kind = SnippetKind.KNOWLEDGE
    key = str(meta.get("sku") or meta.get("id") or PurePosixPath(source).with_suffix("")).strip()
    name = str(meta.get("name") or "").strip()
    aliases = _string_list(meta.get("aliases"), "aliases", source, result.problems)
    tags = tuple(_string_list(meta.get("tags"), "tags", source, result.problems))
    sku = str(meta.get("sku") or "").strip()
    sections, title = _sections(lines, body_start)
    if len(sections) > limits.MAX_ROWS:
        result.problems.append(
            Problem(
                source,
                sections[limits.MAX_ROWS].line,
                Core.tr("page has more than %1 sections; the rest were not read. Split it "
                        "into several pages", limits.MAX_ROWS),
            )
        )
        del sections[limits.MAX_ROWS :]
    name = name or title
    if kind is SnippetKind.KNOWLEDGE and sku:
        result.vocabulary.update({w: name for w in (name, sku, *aliases) if w})
    product = name if sku else ""

    seen: dict[str, int] = {}
    for section in sections:
        reply = _clean("\n".join(section.body))
        if not reply:
            if section.heading:
                result.problems.append(
                    Problem(
                        source,
                        section.line,
                        Core.tr("section '%1' is empty; skipped", section.heading),
                        "warning",
                    )
                )
            continue
        if len(reply) > limits.MAX_SNIPPET_CHARS:
            result.problems.append(
                Problem(
                    source,
                    section.line,
                    Core.tr("section is %1 characters long, more than the %2 one entry may "
                            "have; it was skipped. Split it under more ## headings",
                            format(len(reply), ","), format(limits.MAX_SNIPPET_CHARS, ",")),
                )
            )
            continue
        heading = section.heading or name or key
        snippet_id = section.explicit_id or (f"{key}#{section.heading}" if section.heading else key)
        if snippet_id in seen:
            result.problems.append(
                Problem(
                    source,
                    section.line,
                    Core.tr("heading '%1' repeats the one on line %2; its id gets a suffix, "
                            "rename it to keep ids stable", section.heading, seen[snippet_id]),
                    "warning",
                )
            )
            snippet_id = f"{snippet_id}-{section.line}"
        seen[snippet_id] = section.line
        result.snippets.append(
            Snippet(
                id=snippet_id,
                kind=kind,
                reply=reply,
                source=source,
                line=section.line,
                title=f"{name} · {heading}" if name and heading != name else heading,
                product=product,
                sku=sku,
                tags=tags,
            )
        )
    return result


def _front_matter(
    lines: list[str], source: str, problems: list[Problem]
) -> tuple[dict | None, int]:
    """Return (metadata, index of first body line); metadata None when the page is unusable."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        problems.append(
            Problem(
                source, 1, Core.tr("front matter starts with '---' but never ends; add a "
                                   "closing '---' line")
            )
        )
        return None, 0
    try:
        meta = load_yaml("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for the '---'
        reason = getattr(exc, "problem", None) or said(exc)
        problems.append(
            Problem(
                source, line, Core.tr("front matter is not valid YAML (%1); the page was "
                                      "skipped", reason)
            )
        )
        return None, 0
    if not isinstance(meta, dict):
        problems.append(
            Problem(source, 2, Core.tr("front matter must be 'key: value' lines; the page was "
                                       "skipped"))
        )
        return None, 0
    return meta, end + 1


def _bounded_lines(text: str, source: str, problems: list[Problem]) -> list[str]:
    """The page's lines, with any line too long to be written by hand blanked and reported."""
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if len(line) > limits.MAX_LINE_CHARS:
            problems.append(
                Problem(
                    source,
                    number,
                    Core.tr("line is %1 characters long, more than the %2 a line may have; "
                            "it was skipped", format(len(line), ","),
                            format(limits.MAX_LINE_CHARS, ",")),
                )
            )
            lines[number - 1] = ""
    return lines


def _string_list(value: object, field_name: str, source: str, problems: list[Problem]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"[,，、;；]", value) if v.strip()]
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    problems.append(
        Problem(source, 1, Core.tr("front matter '%1' should be a list; ignored", field_name),
                "warning")
    )
    return []


def _sections(lines: list[str], start: int) -> tuple[list[_Section], str]:
    """Split the body at headings (outside code fences); return sections and the '#' title."""
    title = ""
    current = _Section("", "", start + 1)
    sections = [current]
    in_fence = False
    for number, line in enumerate(lines[start:], start=start + 1):
        if _FENCE.match(line):
            in_fence = not in_fence
        heading_like = not in_fence and len(line) <= _MAX_HEADING_CHARS
        match = _HEADING.match(line) if heading_like else None
        if match is None:
            current.body.append(line)
            continue
        text = match.group(2)
        if len(match.group(1)) == 1 and not title:
            title = text
            continue
        explicit = _EXPLICIT_ID.search(text)
        heading = _EXPLICIT_ID.sub("", text).strip()
        current = _Section(heading, explicit.group(1) if explicit else "", number)
        sections.append(current)
    return sections, title


_EMPHASIS = re.compile(r"(\*\*|__|`)")


def _clean(text: str) -> str:
    """Drop Markdown noise an agent would not paste into a chat, keep tables and lists readable."""
    text = _EMPHASIS.sub("", text)
    out = [line.rstrip() for line in text.strip().splitlines()]
    # collapse runs of blank lines so a snippet reads as one block
    cleaned: list[str] = []
    for line in out:
        if line or (cleaned and cleaned[-1]):
            cleaned.append(line)
    return "\n".join(cleaned).strip()
