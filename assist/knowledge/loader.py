"""Walk a knowledge folder: every readable file loads, every problem is reported, none stops it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import yaml

from assist.cooperate import pause_point
from assist.knowledge import limits
from assist.knowledge.markdown import parse_page
from assist.knowledge.model import DEFAULT_PLATFORMS, LoadReport, Problem, ShopInfo, Snippet
from assist.knowledge.safeyaml import load_yaml
from assist.knowledge.tables import parse_csv, parse_xlsx
from assist.knowledge.textfile import UnreadableFile, read_text
from assist.knowledge.walk import knowledge_paths, stays_inside
from assist.messages import Core, said
from assist.retrieval.synonyms import parse_groups

T = TypeVar("T")
SHOP_FILE = "shop.yaml"
PLATFORMS_KEY = "platforms"
SYNONYMS_FILE = "synonyms.txt"
# Files that live in the folder but are not knowledge: evaluation sets, notes for trainers,
# answers still under review (pending/) and the shop's own compliance word list.
_NOT_KNOWLEDGE = ("golden*.jsonl", "*.golden.jsonl", "readme*", "shop.yml", "pending/*",
                  "compliance.txt")
_IGNORED_SUFFIXES = {".jsonl", ".json", ".yaml", ".yml", ".png", ".jpg", ".jpeg", ".gif", ".webp"}


def load_knowledge(root: Path | str) -> LoadReport:
    root = Path(root)
    report = LoadReport(root=str(root))
    if not root.is_dir():
        report.problems.append(Problem(str(root), 0, Core.tr("knowledge folder does not exist")))
        return report
    report.shop = _guarded(SHOP_FILE, report.problems, ShopInfo(), _load_shop, root)
    report.synonyms = _guarded(SYNONYMS_FILE, report.problems, [], _load_synonyms, root)
    owners: dict[str, Snippet] = {}
    for path in _knowledge_files(root, report.problems):
        pause_point()  # parsing is pure Python: let the UI draw first
        source = path.relative_to(root).as_posix()
        snippets, problems, vocabulary = _load_file_safely(path, source)
        for term, product in vocabulary.items():
            report.vocabulary.setdefault(term, product)
        kept = _keep(snippets, owners, report, problems)
        report.problems.extend(_capped(problems, source))
        if kept:
            report.files.append(source)
    return report


def _keep(
    snippets: list[Snippet], owners: dict[str, Snippet], report: LoadReport, problems: list[Problem]
) -> int:
    """Add a file's snippets whose ids are new, up to the folder's limit; return how many."""
    kept = 0
    for snippet in snippets:
        first = owners.get(snippet.id)
        if first is not None:
            problems.append(
                Problem(
                    snippet.source,
                    snippet.line,
                    Core.tr("id '%1' is already used at %2; this entry was skipped",
                            snippet.id, first.location),
                )
            )
            continue
        if len(report.snippets) >= limits.MAX_SNIPPETS:
            problems.append(
                Problem(
                    snippet.source,
                    snippet.line,
                    Core.tr("the folder holds more than %1 entries; this one and the rest "
                            "were not loaded", format(limits.MAX_SNIPPETS, ",")),
                )
            )
            break
        owners[snippet.id] = snippet
        report.snippets.append(snippet)
        kept += 1
    return kept


def _knowledge_files(root: Path, problems: list[Problem]) -> list[Path]:
    files = []
    for path in knowledge_paths(root, problems):
        if path.relative_to(root).as_posix() in (SHOP_FILE, SYNONYMS_FILE) or any(
            path.match(p) for p in _NOT_KNOWLEDGE
        ):
            continue
        files.append(path)
    return files


def _load_file_safely(
    path: Path, source: str
) -> tuple[list[Snippet], list[Problem], dict[str, str]]:
    """The last resort: whatever a reader did not foresee costs this file, never the folder."""
    try:
        return _load_file(path, source)
    except MemoryError:
        message = Core.tr("file ran out of memory reading this file; split it into smaller files")
    except RecursionError:
        message = Core.tr("file is nested too deeply to read; simplify its structure")
    except Exception as exc:  # any failure must stay inside this file
        message = Core.tr(
            "file could not be read (%1: %2); the rest of the folder loaded. Save the file "
            "again; if that does not help, report it", type(exc).__name__, said(exc))
    return [], [Problem(source, 0, message)], {}


def _guarded(source: str, problems: list[Problem], default: T, read: Callable, root: Path) -> T:
    """The last resort for shop.yaml and synonyms.txt: never let them stop the loading."""
    try:
        return read(root, problems)
    except Exception as exc:  # a settings file must not cost the knowledge
        problems.append(
            Problem(source, 0, Core.tr("could not be read (%1: %2)", type(exc).__name__,
                                       said(exc)))
        )
        return default


def _capped(problems: list[Problem], source: str) -> list[Problem]:
    """A file with a million bad rows says so once, not a million times."""
    if len(problems) <= limits.MAX_PROBLEMS_PER_FILE:
        return problems
    kept = problems[: limits.MAX_PROBLEMS_PER_FILE]
    rest = len(problems) - len(kept)
    kept.append(
        Problem(
            source, 0, Core.tr("%1 more problems in this file are not listed; fix the ones "
                               "above first", rest)
        )
    )
    return kept


def _load_file(path: Path, source: str) -> tuple[list[Snippet], list[Problem], dict[str, str]]:
    suffix = path.suffix.lower()
    name = path.name
    if name.startswith("~$"):
        return (
            [],
            [
                Problem(
                    source, 0, Core.tr("Excel lock file (the workbook is open in Excel); ignored"),
                    "warning",
                )
            ],
            {},
        )
    if suffix in (".md", ".markdown"):
        try:
            text, _ = read_text(path, limits.MAX_PAGE_BYTES)
        except UnreadableFile as exc:
            return [], [Problem(source, exc.line, exc.message)], {}
        page = parse_page(text, source)
        return page.snippets, page.problems, page.vocabulary
    if suffix in (".csv", ".tsv"):
        table = parse_csv(path, source)
        return table.snippets, table.problems, {}
    if suffix in (".xlsx", ".xlsm"):
        table = parse_xlsx(path, source)
        return table.snippets, table.problems, {}
    if suffix == ".xls":
        return (
            [],
            [
                Problem(
                    source,
                    0,
                    Core.tr("old Excel .xls format cannot be read; open it in Excel and save "
                            "as .xlsx"),
                )
            ],
            {},
        )
    if suffix in _IGNORED_SUFFIXES:
        return [], [], {}
    return (
        [],
        [
            Problem(
                source,
                0,
                Core.tr("'%1' files are not knowledge; use Markdown (.md), CSV or Excel "
                        "(.xlsx). Skipped", suffix or name),
                "warning",
            )
        ],
        {},
    )


def _load_shop(root: Path, problems: list[Problem]) -> ShopInfo:
    path = _settings_file(root, SHOP_FILE, problems)
    if path is None:
        return ShopInfo()
    try:
        text = read_text(path, limits.MAX_PAGE_BYTES)[0]
        data = load_yaml(text) or {}
    except (UnreadableFile, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or said(exc)
        problems.append(
            Problem(
                SHOP_FILE,
                mark.line + 1 if mark else getattr(exc, "line", 0),
                Core.tr("cannot read shop settings: %1", reason),
            )
        )
        return ShopInfo()
    if not isinstance(data, dict):
        problems.append(Problem(SHOP_FILE, 1, Core.tr("shop settings must be 'key: value' lines")))
        return ShopInfo()
    extra = {str(k): str(v) for k, v in data.items()
             if k not in ("name", PLATFORMS_KEY) and v is not None}
    return ShopInfo(name=str(data.get("name") or ""), extra=extra,
                    platforms=_platforms(data.get(PLATFORMS_KEY), text, problems))


def _platforms(value: object, text: str, problems: list[Problem]) -> tuple[str, ...]:
    """shop.yaml's `platforms`: a list ("[淘宝, 抖音]") or one line ("淘宝、抖音"); absent,
    the default."""
    if value is None:
        return DEFAULT_PLATFORMS
    if isinstance(value, str):
        value = re.split(r"[,，、/\s]+", value)
    if (not isinstance(value, list) or not all(isinstance(v, str) for v in value)
            or not any(v.strip() for v in value)):
        line = next((n for n, row in enumerate(text.splitlines(), 1)
                     if row.lstrip().startswith(PLATFORMS_KEY)), 0)
        problems.append(Problem(SHOP_FILE, line, Core.tr(
            "'platforms' must list where the shop sells, such as [淘宝, 抖音]; using 淘宝、天猫"),
            "warning"))
        return DEFAULT_PLATFORMS
    return tuple(v.strip() for v in value if v.strip())


def _load_synonyms(root: Path, problems: list[Problem]) -> list[tuple[str, ...]]:
    path = _settings_file(root, SYNONYMS_FILE, problems)
    if path is None:
        return []
    try:
        lines = read_text(path, limits.MAX_PAGE_BYTES)[0].splitlines()
    except UnreadableFile as exc:
        problems.append(Problem(SYNONYMS_FILE, exc.line, exc.message))
        return []
    groups = []
    for number, line in enumerate(lines, start=1):
        for group in parse_groups([line]):
            if len(group) > limits.MAX_SYNONYM_WORDS:
                # every word of a group expands to all the others: a huge line is quadratic
                problems.append(
                    Problem(
                        SYNONYMS_FILE,
                        number,
                        Core.tr("group has %1 words, more than the %2 a group may have; it was "
                                "skipped. Put each concept on its own line",
                                len(group), limits.MAX_SYNONYM_WORDS),
                    )
                )
                continue
            groups.append(group)
    return groups


def _settings_file(root: Path, name: str, problems: list[Problem]) -> Path | None:
    path = root / name
    if not path.is_file():
        return None
    if not stays_inside(path, root):
        problems.append(
            Problem(
                name,
                0,
                Core.tr("link points outside the knowledge folder; it was not read. Copy the "
                        "file into the folder instead"),
                "warning",
            )
        )
        return None
    return path
