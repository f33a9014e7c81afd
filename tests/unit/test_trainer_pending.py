"""Answers under review: written as Excel reads them, invisible until approved."""

import shutil
from pathlib import Path

import pytest

from assist.engine import Assistant, AssistConfig
from assist.knowledge import load_knowledge
from assist.knowledge.tables import parse_csv
from assist.trainer.pending import (
    APPROVED_FILE,
    DESK_FILE,
    approve,
    list_pending,
    reject,
    save_answer,
)
from tests.conftest import SAMPLE_KNOWLEDGE

QUESTION = "宠物毛粘在地垫上怎么清理"
REPLY = "亲，硅藻泥地垫用软毛刷顺着纹理刷一下，再用吸尘器吸走就干净啦～"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    shutil.copytree(SAMPLE_KNOWLEDGE, root, ignore=shutil.ignore_patterns("golden*"))
    return root


def _ask(root: Path, text: str) -> list[str]:
    assistant = Assistant(AssistConfig(knowledge_dir=root, channels="keyword"))
    assistant.load_knowledge()
    return [s.text for s in assistant.suggest(text).suggestions]


def test_saved_answer_waits_then_approval_makes_it_a_suggestion(folder: Path) -> None:
    before = load_knowledge(folder)
    assert REPLY not in _ask(folder, QUESTION)
    row = save_answer(folder, QUESTION, REPLY, product="硅藻泥浴室地垫")
    assert row is not None and save_answer(folder, QUESTION, REPLY) is None  # once
    raw = (folder / DESK_FILE).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,question,reply,product,tags\r\n")
    assert [r.id for r in list_pending(folder)] == [row.id]
    # pending answers are not knowledge, and not a problem either
    after = load_knowledge(folder)
    assert len(after.snippets) == len(before.snippets) and after.problems == before.problems
    assert REPLY not in _ask(folder, QUESTION)

    approved = approve(folder, [row.id])
    assert approved[0].file == APPROVED_FILE and list_pending(folder) == []
    assert not (folder / DESK_FILE).exists()
    table = parse_csv(folder / APPROVED_FILE, APPROVED_FILE)
    assert [(s.question, s.reply, s.product) for s in table.snippets] == [
        (QUESTION, REPLY, "硅藻泥浴室地垫")]
    assert REPLY in _ask(folder, QUESTION)


def test_approving_into_an_existing_file_keeps_its_rows_and_columns(folder: Path) -> None:
    target = "resolutions/售前咨询.csv"
    before = parse_csv(folder / target, target).snippets
    row = save_answer(folder, QUESTION, REPLY)
    approve(folder, [row.id], target=target)
    after = parse_csv(folder / target, target).snippets
    assert after[: len(before)] == before and after[-1].reply == REPLY
    assert (folder / target).read_bytes().startswith(b"\xef\xbb\xbf")


def test_reject_removes_only_that_row_and_unknown_ids_say_so(folder: Path) -> None:
    keep = save_answer(folder, "能寄到国外吗", "亲，暂时只发国内哦")
    drop = save_answer(folder, QUESTION, REPLY)
    assert [r.id for r in reject(folder, [drop.id])] == [drop.id]
    assert [r.id for r in list_pending(folder)] == [keep.id]
    with pytest.raises(KeyError, match="Pnope"):
        approve(folder, ["Pnope"])
