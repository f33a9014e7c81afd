"""Walk a knowledge folder: every readable file loads, every problem is reported, none stops it."""

from __future__ import annotations

from pathlib import Path

import yaml

from assist.cooperate import pause_point
from assist.knowledge.markdown import parse_page
from assist.knowledge.model import LoadReport, Problem, ShopInfo, Snippet
from assist.knowledge.tables import parse_csv, parse_xlsx
from assist.knowledge.textfile import UnreadableFile, read_text
from assist.retrieval.synonyms import parse_groups

SHOP_FILE = "shop.yaml"
SYNONYMS_FILE = "synonyms.txt"
# Files that live in the folder but are not knowledge: evaluation sets and notes for trainers.
_NOT_KNOWLEDGE = ("golden*.jsonl", "*.golden.jsonl", "readme*", "shop.yml")
_NOT_KNOWLEDGE += ("pending/*", "compliance.txt")  # answers under review; lint words
_IGNORED_SUFFIXES = {".jsonl", ".json", ".yaml", ".yml", ".png", ".jpg", ".jpeg", ".gif", ".webp"}


def load_knowledge(root: Path | str) -> LoadReport:
    root = Path(root)
    report = LoadReport(root=str(root))
    if not root.is_dir():
        report.problems.append(Problem(str(root), 0, "knowledge folder does not exist"))
        return report
    report.shop = _load_shop(root, report.problems)
    report.synonyms = _load_synonyms(root, report.problems)
    owners: dict[str, Snippet] = {}
    for path in _knowledge_files(root):
        pause_point()  # parsing is pure Python: let the UI draw first
        source = path.relative_to(root).as_posix()
        snippets, problems, vocabulary = _load_file(path, source)
        report.problems.extend(problems)
        for term, product in vocabulary.items():
            report.vocabulary.setdefault(term, product)
        kept = 0
        for snippet in snippets:
            first = owners.get(snippet.id)
            if first is not None:
                report.problems.append(
                    Problem(
                        source,
                        snippet.line,
                        f"id '{snippet.id}' is already used at {first.location}; "
                        "this entry was skipped",
                    )
                )
                continue
            owners[snippet.id] = snippet
            report.snippets.append(snippet)
            kept += 1
        if kept:
            report.files.append(source)
    return report


def _knowledge_files(root: Path) -> list[Path]:
    files = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if relative.as_posix() in (SHOP_FILE, SYNONYMS_FILE) or any(
            path.match(p) for p in _NOT_KNOWLEDGE
        ):
            continue
        files.append(path)
    return files


def _load_file(path: Path, source: str) -> tuple[list[Snippet], list[Problem], dict[str, str]]:
    suffix = path.suffix.lower()
    name = path.name
    if name.startswith("~$"):
        return (
            [],
            [
                Problem(
                    source, 0, "Excel lock file (the workbook is open in Excel); ignored", "warning"
                )
            ],
            {},
        )
    if suffix in (".md", ".markdown"):
        try:
            text, _ = read_text(path)
        except UnreadableFile as exc:
            return [], [Problem(source, 0, str(exc))], {}
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
                    "old Excel .xls format cannot be read; open it in Excel and save as .xlsx",
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
                f"'{suffix or name}' files are not knowledge; use Markdown "
                "(.md), CSV or Excel (.xlsx). Skipped",
                "warning",
            )
        ],
        {},
    )


def _load_shop(root: Path, problems: list[Problem]) -> ShopInfo:
    path = root / SHOP_FILE
    if not path.is_file():
        return ShopInfo()
    try:
        data = yaml.safe_load(read_text(path)[0]) or {}
    except (UnreadableFile, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(
            Problem(
                SHOP_FILE,
                mark.line + 1 if mark else 0,
                f"cannot read shop settings: {str(exc).splitlines()[0]}",
            )
        )
        return ShopInfo()
    if not isinstance(data, dict):
        problems.append(Problem(SHOP_FILE, 1, "shop settings must be 'key: value' lines"))
        return ShopInfo()
    extra = {str(k): str(v) for k, v in data.items() if k != "name" and v is not None}
    return ShopInfo(name=str(data.get("name") or ""), extra=extra)


def _load_synonyms(root: Path, problems: list[Problem]) -> list[tuple[str, ...]]:
    path = root / SYNONYMS_FILE
    if not path.is_file():
        return []
    try:
        return parse_groups(read_text(path)[0].splitlines())
    except UnreadableFile as exc:
        problems.append(Problem(SYNONYMS_FILE, 0, str(exc)))
        return []
