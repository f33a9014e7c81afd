"""Logic of the benchmark helpers on tiny in-test samples (never the real JDDC data)."""

from __future__ import annotations

from pathlib import Path

from assist.knowledge import load_knowledge
from benchmarks import jddc
from benchmarks.corpus import ROWS_PER_FILE, write_corpus

CHAT = [
    "s1\tU1\t0\t0\t0\tnan\t在吗\n",
    "s1\tU1\t1\t0\t0\tnan\t您好，请问有什么可以帮您\n",
    "s1\tU1\t0\t0\t0\tnan\t地址可以改吗\n",
    "s1\tU1\t0\t0\t0\tnan\t我搬家了\n",
    "s1\tU1\t1\t0\t0\tnan\t可以的\n",
    "s1\tU1\t1\t0\t0\tnan\t请提供新地址\n",
    "s2\tU2\t0\t0\t0\tnan\t发票呢\n",
    "s2\tU2\t1\t0\t0\tnan\tNULL\n",
    "s2\tU2\t0\t0\t0\tnan\t好\n",
    "broken line\n",
]
QUESTIONS = """<session a_1>
<context>
Q:\t你好
A:\t您好<sep>您好<sep>NULL
</context>
<Q1>好的!@@@!我想改地址</Q1>
<Q2>对</Q2>
</session a_1>
"""
ANSWERS = """<session a_1>
可以改!@@@!提供一下地址<sep>好的<sep>NULL
NULL<sep>NULL<sep>NULL
</session a_1>
"""


def test_miner_joins_consecutive_lines_and_skips_null_replies() -> None:
    pairs = jddc.mine_pairs(CHAT)
    assert [(p.question, p.reply) for p in pairs] == [
        ("在吗", "您好，请问有什么可以帮您"),
        ("地址可以改吗\n我搬家了", "可以的\n请提供新地址"),
    ]


def test_mined_pairs_load_as_past_resolutions(tmp_path: Path) -> None:
    pairs = [*jddc.mine_pairs(CHAT), jddc.Pair("运费多少, 包邮吗", "满99包邮，不满收10元")]
    jddc.write_resolutions(pairs, tmp_path / "kb" / "past.csv")
    report = load_knowledge(tmp_path / "kb")
    assert not report.problems
    assert [s.question for s in report.snippets][-1] == "运费多少, 包邮吗"


def test_dev_turns_pair_questions_with_their_references() -> None:
    turns = jddc.read_dev(QUESTIONS, ANSWERS)
    assert len(turns) == 1  # Q2 has only NULL references
    assert turns[0].messages == ("好的", "我想改地址")
    assert turns[0].references == ("可以改\n提供一下地址", "好的")


def test_char_bleu_is_one_for_identity_and_zero_for_nothing() -> None:
    assert jddc.char_bleu("请提供新的收货地址", "请提供新的收货地址") > 0.99
    assert jddc.char_bleu("", "请提供") == 0.0
    assert 0 < jddc.char_bleu("请提供地址", "请提供新的收货地址") < 1


def test_corpus_has_the_asked_size_in_files_of_one_hundred(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 800)
    report = load_knowledge(tmp_path / "c")
    assert len(report.snippets) == 800 and not report.errors
    generated = sorted((tmp_path / "c" / "generated").glob("*.csv"))
    assert len(load_knowledge(tmp_path / "c").by_id()) == 800
    assert generated and all(
        len(f.read_text("utf-8-sig").splitlines()) <= ROWS_PER_FILE + 1 for f in generated)
