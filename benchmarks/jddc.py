"""Retrieval quality on real JD.com customer-service chats (JDDC 2019 development data).

Past resolutions are mined from ``chat_0.1per.txt`` (a buyer's turn -> the agent's answer) into
a CSV written outside the repository; every buyer turn in ``dev_question.txt`` is then asked and
the top suggestion is scored against the three human replies in ``dev_answer.txt`` with
character F1 and character BLEU, averaged over the references as the competition did. The data
stays in the shared folder: nothing read from it is written into the repository.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

CHAT_FILE, QUESTIONS_FILE, ANSWERS_FILE = "chat_0.1per.txt", "dev_question.txt", "dev_answer.txt"
MESSAGE_SEP, REFERENCE_SEP, NO_REPLY = "!@@@!", "<sep>", "NULL"
_SESSION = re.compile(r"<session ([^>\s]+)>(.*?)</session \1>", re.S)
_TURN = re.compile(r"<Q(\d+)>(.*?)</Q\1>", re.S)
_MIN_QUESTION_CHARS = 2


@dataclass(frozen=True)
class Pair:
    question: str
    reply: str


@dataclass(frozen=True)
class DevTurn:
    session: str
    number: int
    messages: tuple[str, ...]  # the buyer's messages in this turn, oldest first
    references: tuple[str, ...]  # human replies, NULL ones dropped


def available(folder: Path) -> bool:
    return all((folder / name).is_file() for name in (CHAT_FILE, QUESTIONS_FILE, ANSWERS_FILE))


def mine_pairs(lines: Iterable[str]) -> list[Pair]:
    """(buyer block, following agent block) per exchange; consecutive lines of one side join."""
    pairs: dict[tuple[str, str], None] = {}
    for blocks in _sessions(lines):
        for (side, text), (next_side, next_text) in itertools.pairwise(blocks):
            if side == "buyer" and next_side == "agent" and len(text) >= _MIN_QUESTION_CHARS:
                pairs.setdefault((text, next_text), None)
    return [Pair(q, r) for q, r in pairs]


def _sessions(lines: Iterable[str]) -> Iterator[list[tuple[str, str]]]:
    current, blocks = None, []
    for line in lines:
        cells = line.rstrip("\n").split("\t")
        if len(cells) < 7:
            continue
        session, side = cells[0], "agent" if cells[2].strip() == "1" else "buyer"
        text = " ".join("\t".join(cells[6:]).split())
        if session != current:
            if blocks:
                yield blocks
            current, blocks = session, []
        if not text or text == NO_REPLY:
            continue
        if blocks and blocks[-1][0] == side:
            blocks[-1] = (side, f"{blocks[-1][1]}\n{text}")
        else:
            blocks.append((side, text))
    if blocks:
        yield blocks


def write_resolutions(pairs: list[Pair], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_ALL)
        writer.writerow(["id", "question", "reply"])
        writer.writerows([f"J{n:05d}", p.question, p.reply] for n, p in enumerate(pairs))


def read_dev(questions: str, answers: str) -> list[DevTurn]:
    """Pair every <Qn> of a session with the n-th answer line of the same session."""
    answer_lines = {sid: [ln.strip() for ln in body.strip().splitlines() if ln.strip()]
                    for sid, body in _SESSION.findall(answers)}
    turns = []
    for sid, body in _SESSION.findall(questions):
        lines = answer_lines.get(sid, [])
        for number, text in _TURN.findall(body):
            n = int(number)
            if n > len(lines):
                continue
            raw = lines[n - 1].split(REFERENCE_SEP)
            refs = tuple(r.strip().replace(MESSAGE_SEP, "\n") for r in raw)
            refs = tuple(r for r in refs if r and r != NO_REPLY)
            messages = tuple(m.strip() for m in text.split(MESSAGE_SEP) if m.strip())
            if refs and messages:
                turns.append(DevTurn(sid, n, messages, refs))
    return turns


def char_bleu(candidate: str, reference: str) -> float:
    """Sentence BLEU-4 on characters (whitespace dropped), smoothed so short replies score."""
    from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu

    cand = [c for c in candidate if not c.isspace()]
    ref = [c for c in reference if not c.isspace()]
    if not cand or not ref:
        return 0.0
    return float(sentence_bleu([ref], cand, smoothing_function=SmoothingFunction().method1))
