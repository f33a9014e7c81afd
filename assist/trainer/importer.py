"""An exported chat log becomes buyer message -> agent reply rows in pending/, for review.

Two layouts are read, as CSV or Excel:
  - Qianniu-style: a header with time, speaker and text columns (发送时间/发送人/聊天内容...);
    the agent is the speaker whose name has the "店铺:客服" form of a sub-account, or whom a
    role column (角色: 客服/买家) names;
  - plain two columns: speaker, text (no header, or one without a time column).
Consecutive buyer lines make one question and the agent lines after them one reply; a new
buyer, or a pause of more than SESSION_GAP, starts a new conversation. Greetings and thanks
("在吗", "亲", "谢谢") and questions the folder already answers are left out, and everything
is masked (names, phones, order numbers) before it is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from assist.knowledge import load_knowledge
from assist.knowledge.csvrows import csv_rows
from assist.knowledge.textfile import read_text
from assist.suggest.generic import is_generic
from assist.text import squash
from assist.trainer.masking import mask
from assist.trainer.pending import IMPORTED, PENDING_DIR, add_rows, list_pending

SESSION_GAP = timedelta(minutes=30)
_TIME = ("time", "时间", "发送时间", "日期", "date", "datetime", "消息时间")
_SPEAKER = ("speaker", "sender", "from", "发送人", "发送者", "发送方", "昵称", "用户", "账号",
            "说话人", "名称")
_TEXT = ("text", "message", "content", "内容", "消息", "聊天内容", "消息内容", "发送内容")
_ROLE = ("role", "角色", "身份", "类型")
_AGENT_WORDS = ("客服", "卖家", "商家", "店铺", "agent", "seller", "shop", "staff")


class ChatFormatError(Exception):
    """The file is not a chat log this module can read; the message says what it expected."""


@dataclass(frozen=True)
class Turn:
    speaker: str
    text: str
    agent: bool
    time: datetime | None = None


@dataclass
class ImportResult:
    file: str  # the pending file written (relative), "" when nothing was new
    added: list[tuple[str, str]] = field(default_factory=list)
    greetings: int = 0  # pairs left out because the buyer only greeted or thanked
    duplicates: int = 0  # already in the folder, already pending, or twice in the log
    turns: int = 0


def read_chat(path: Path) -> list[Turn]:
    rows = list(_rows(Path(path)))
    if not rows:
        raise ChatFormatError(f"{path} is empty")
    header = [c.strip().lstrip("\ufeff").lower() for c in rows[0]]
    columns = {name: _find(header, aliases) for name, aliases in
               (("time", _TIME), ("speaker", _SPEAKER), ("text", _TEXT), ("role", _ROLE))}
    if columns["speaker"] is not None and columns["text"] is not None:
        body = rows[1:]
    elif len([c for c in rows[0] if c.strip()]) == 2:  # plain: speaker, text
        columns = {"time": None, "speaker": 0, "text": 1, "role": None}
        body = rows
    else:
        raise ChatFormatError(
            f"{path}: expected columns time/speaker/text (时间/发送人/内容) or two columns "
            f"speaker, text; found {', '.join(c for c in rows[0] if c) or 'none'}")
    turns = []
    for cells in body:
        speaker, text = _get(cells, columns["speaker"]), _get(cells, columns["text"])
        if not text:
            continue
        role = _get(cells, columns["role"])
        turns.append(Turn(speaker, text, _is_agent(speaker, role),
                          _time(_get(cells, columns["time"]))))
    return turns


def pairs(turns: list[Turn]) -> Iterator[tuple[str, str]]:
    """(question, reply) per block of buyer lines the agent answered."""
    question: list[str] = []
    reply: list[str] = []
    buyer, last = "", None
    for turn in turns:
        pause = turn.time is not None and last is not None and turn.time - last > SESSION_GAP
        # the buyer speaking after a reply, another buyer, or a pause closes the block
        if pause or (not turn.agent and (reply or turn.speaker != buyer)):
            if question and reply:
                yield " ".join(question), "\n".join(reply)
            question, reply = [], []
        last = turn.time or last
        if turn.agent:
            if question:
                reply.append(turn.text)
        else:
            buyer = turn.speaker
            question.append(turn.text)
    if question and reply:
        yield " ".join(question), "\n".join(reply)


def import_chats(path: Path, knowledge_root: Path) -> ImportResult:
    """Read an exported chat log and append its new pairs to pending/导入-<name>.csv."""
    path, root = Path(path), Path(knowledge_root)
    turns = read_chat(path)
    speakers = {t.speaker for t in turns if t.speaker}
    report = load_knowledge(root)
    keep = [v for v in report.shop.extra.values() if len(v) >= 6]  # the shop's own details
    seen = {_flat(s.question) for s in report.snippets if s.question}
    seen |= {_flat(r.question) for r in list_pending(root)}
    result = ImportResult(file="", turns=len(turns))
    new: list[tuple[str, str]] = []
    for question, reply in pairs(turns):
        question = mask(question, speakers, keep)
        reply = mask(reply, speakers, keep)
        if is_generic(question):
            result.greetings += 1
            continue
        key = _flat(question)
        if key in seen:
            result.duplicates += 1
            continue
        seen.add(key)
        new.append((question, reply))
    file = f"{PENDING_DIR}/导入-{path.stem}.csv"
    added = add_rows(root, new, file=file, origin=IMPORTED)
    result.duplicates += len(new) - len(added)
    result.added = [(r.question, r.reply) for r in added]
    result.file = file if added else ""
    return result


def _rows(path: Path) -> Iterator[list[str]]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for values in book.worksheets[0].iter_rows(values_only=True):
                yield ["" if v is None else str(v) for v in values]
        finally:
            book.close()
        return
    text, _ = read_text(path)
    problems: list = []  # an export's stray quote still yields its rows; nothing to report to
    for _, cells in csv_rows(text, path.name, problems):
        if any(c.strip() for c in cells):
            yield cells


def _find(header: list[str], aliases: tuple[str, ...]) -> int | None:
    return next((i for i, c in enumerate(header) if c in aliases), None)


def _get(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _is_agent(speaker: str, role: str) -> bool:
    if role:
        return any(w in role.lower() for w in _AGENT_WORDS)
    # Qianniu names a sub-account "店铺名:客服名"; buyers have plain nicknames.
    return ":" in speaker or "：" in speaker or any(w in speaker.lower() for w in _AGENT_WORDS)


def _time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("/", "-")) if value else None
    except ValueError:
        return None


def _flat(text: str) -> str:
    return squash(text)
