"""What the desk's feedback logs say: the gaps in the folder, the replies agents rewrite,
the cards used and ignored, and how often a card was taken, per day and per agent.

build() reads events (from one log or many exported ones, merged); write_xlsx() and
write_csv() save it for trainers; the xlsx has real Excel charts of the rates over time.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from assist.atomic import write_atomic_with
from assist.trainer.feedback import HEAVY_EDIT, Event, open_exported, read_events

# Jaccard over characters and character pairs at which two unanswered questions group:
# buyers' questions are short, and pairs alone keep "台灯几瓦" and "台灯多少瓦" apart.
GROUP_SIMILARITY = 0.3
EXAMPLES = 5
_LOG_SUFFIXES = (".sqlite3", ".sqlite", ".db")
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
_PARTICLES = re.compile("[的了吗呢吧啊呀哦嘛啦么嗯亲请问]")
_PLACEHOLDER = re.compile(r"\{[^{}]{1,8}\}")  # masked data says nothing about the question
# SuggestResult.declined, as the report names them
DECLINED_NAMES = {"elsewhere": "about another marketplace",
                  "account": "about the buyer's own account",
                  "not_for_shop": "not a question for a shop"}


@dataclass
class GapGroup:
    size: int
    examples: list[str]  # most asked first


@dataclass(frozen=True)
class EditedReply:
    at: datetime
    agent: str
    message: str
    card: str
    sent: str
    edit_ratio: float
    snippet_id: str


@dataclass(frozen=True)
class Usage:
    snippet_id: str
    text: str
    shown: int
    used: int


@dataclass(frozen=True)
class DayRate:
    day: str  # YYYY-MM-DD
    agent: str  # "" for everyone together
    messages: int
    answered: int  # a card was shown
    used: int  # a card was inserted or copied

    @property
    def rate(self) -> float:
        """Share of answered messages where the agent used a card."""
        return round(self.used / self.answered, 4) if self.answered else 0.0


@dataclass
class Report:
    messages: int = 0
    agents: list[str] = field(default_factory=list)
    gaps: list[GapGroup] = field(default_factory=list)
    # messages no folder could answer, by reason (Event.declined): not gaps
    declined: dict[str, int] = field(default_factory=dict)
    edited: list[EditedReply] = field(default_factory=list)
    most_used: list[Usage] = field(default_factory=list)
    least_used: list[Usage] = field(default_factory=list)
    daily: list[DayRate] = field(default_factory=list)


def load_events(logs: Sequence[Path], since: datetime | None = None) -> list[Event]:
    """Events of exported logs (files, or folders holding them), merged in time order; each
    log's agent is its recorded id, else its file name."""
    events: list[Event] = []
    for path in _log_files(logs):
        db, agent = open_exported(path)
        try:
            events.extend(read_events(db, since, agent))
        finally:
            db.close()
    events.sort(key=lambda e: (e.at, e.agent, e.id))
    return events


def _log_files(logs: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, logs):
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix.lower() in _LOG_SUFFIXES)
        else:
            files.append(path)
    return files


def build(events: Sequence[Event], heavy_edit: float = HEAVY_EDIT, top: int = 20) -> Report:
    report = Report(messages=len(events))
    report.agents = sorted({e.agent for e in events})
    # Another marketplace's order, the buyer's own account, a message for no shop: adding
    # to the folder would not answer them, so they are counted, not listed as gaps.
    report.gaps = group_questions(e.message for e in events
                                  if not e.answered and not e.declined)
    report.declined = dict(Counter(e.declined for e in events if e.declined))
    report.edited = sorted(
        (EditedReply(e.at, e.agent, e.message, e.used_text or "", e.final_text or "",
                     e.edit_ratio, e.used_id or "")
         for e in events if e.used and e.edit_ratio is not None and e.edit_ratio > heavy_edit),
        key=lambda r: -r.edit_ratio)
    usage = _usage(events)
    report.most_used = sorted(usage, key=lambda u: (-u.used, -u.shown, u.snippet_id))[:top]
    report.least_used = sorted(usage, key=lambda u: (u.used / u.shown, -u.shown,
                                                     u.snippet_id))[:top]
    report.daily = _daily(events, per_agent=len(report.agents) > 1)
    return report


def group_questions(messages: Iterable[str], threshold: float = GROUP_SIMILARITY
                    ) -> list[GapGroup]:
    """Similar questions together, largest group first. Each group is judged against its
    first question; an index from bigram to groups keeps this near linear."""
    counts = Counter(m.strip() for m in messages if m.strip())
    leaders: list[frozenset[str]] = []
    members: list[Counter[str]] = []
    by_gram: dict[str, list[int]] = defaultdict(list)
    for text, n in counts.most_common():
        grams = _grams(text)
        near = Counter(g for gram in grams for g in by_gram.get(gram, ()))
        best, best_sim = -1, threshold
        for g, shared in near.most_common(20):
            sim = shared / (len(grams) + len(leaders[g]) - shared)
            if sim >= best_sim:
                best, best_sim = g, sim
        if best < 0:
            best = len(leaders)
            leaders.append(grams)
            members.append(Counter())
            for gram in grams:
                by_gram[gram].append(best)
        members[best][text] += n
    groups = [GapGroup(sum(c.values()), [t for t, _ in c.most_common(EXAMPLES)])
              for c in members]
    return sorted(groups, key=lambda g: (-g.size, g.examples[0]))


def _grams(text: str) -> frozenset[str]:
    flat = "".join(_KEEP.findall(_PARTICLES.sub("", _PLACEHOLDER.sub("", text.lower()))))
    return frozenset([*flat, *(flat[i : i + 2] for i in range(len(flat) - 1))])


def _usage(events: Sequence[Event]) -> list[Usage]:
    shown: Counter[str] = Counter()
    used: Counter[str] = Counter()
    texts: dict[str, str] = {}
    for e in events:
        for card in e.shown:
            shown[card.snippet_id] += 1
            texts.setdefault(card.snippet_id, card.text)
        if e.used and e.used_id:
            used[e.used_id] += 1
    return [Usage(sid, texts[sid], n, used[sid]) for sid, n in shown.items()]


def _daily(events: Sequence[Event], per_agent: bool) -> list[DayRate]:
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for e in events:
        keys = [(e.at.date().isoformat(), "")]
        if per_agent:
            keys.append((e.at.date().isoformat(), e.agent))
        for key in keys:
            t = tally[key]
            t[0] += 1
            t[1] += e.answered
            t[2] += e.used
    return [DayRate(day, agent, *t) for (day, agent), t in sorted(tally.items())]


# ---- output ------------------------------------------------------------------------------

def tables(report: Report) -> dict[str, list[list[object]]]:
    """The report as named tables (header row first): what both file formats write."""
    series = [""] + [a for a in report.agents if len(report.agents) > 1]
    days = sorted({d.day for d in report.daily})
    by_key = {(d.day, d.agent): d for d in report.daily}
    daily = [["day", *(f"rate {a or 'all'}" for a in series), "messages", "answered", "used"]]
    for day in days:
        total = by_key[(day, "")]
        daily.append([day, *(by_key[(day, a)].rate if (day, a) in by_key else None
                             for a in series), total.messages, total.answered, total.used])
    return {
        "gaps": [["group", "questions", "examples"]] + [
            [i, g.size, " | ".join(g.examples)] for i, g in enumerate(report.gaps, start=1)],
        "edited": [["time", "agent", "edit ratio", "buyer message", "card", "sent", "card id"]]
        + [[r.at.isoformat(sep=" "), r.agent, r.edit_ratio, r.message, r.card, r.sent,
            r.snippet_id] for r in report.edited],
        "usage": [["list", "card id", "shown", "used", "text"]]
        + [["most used", u.snippet_id, u.shown, u.used, u.text] for u in report.most_used]
        + [["least used", u.snippet_id, u.shown, u.used, u.text] for u in report.least_used],
        "daily": daily,
        "not gaps": [["why no folder answers them", "messages"]]
        + [[DECLINED_NAMES.get(why, why), n] for why, n in sorted(report.declined.items())],
    }


def write_csv(report: Report, target: Path) -> list[Path]:
    """One CSV per table beside target (report.csv -> report-gaps.csv...), BOM for Excel."""
    written = []
    for name, rows in tables(report).items():
        path = target.with_name(f"{target.stem}-{name}{target.suffix}")

        def write(tmp: Path, rows: list[list[object]] = rows) -> None:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                csv.writer(f, lineterminator="\r\n").writerows(rows)

        write_atomic_with(path, write)
        written.append(path)
    return written


def write_xlsx(report: Report, target: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, rows in tables(report).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
    sheet = book["daily"]
    days = sheet.max_row
    series = 1 + (len(report.agents) if len(report.agents) > 1 else 0)  # all, then each
    if days > 1:
        line = LineChart()
        line.title, line.y_axis.title, line.x_axis.title = "Acceptance rate", "rate", "day"
        line.add_data(Reference(sheet, min_col=2, max_col=1 + series, min_row=1, max_row=days),
                      titles_from_data=True)
        line.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=days))
        sheet.add_chart(line, f"{get_column_letter(series + 6)}2")
        bar = BarChart()
        bar.title, bar.y_axis.title = "Messages per day", "messages"
        first = 2 + series
        bar.add_data(Reference(sheet, min_col=first, max_col=first + 2, min_row=1,
                               max_row=days), titles_from_data=True)
        bar.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=days))
        sheet.add_chart(bar, f"{get_column_letter(series + 6)}20")
    write_atomic_with(target, lambda tmp: book.save(tmp))
    return target
