"""From channel hits to ranked, calibrated candidates (assist/suggest/calibration.py)."""

import math

import numpy as np
import pytest

from assist.knowledge.model import Snippet, SnippetKind
from assist.retrieval.channels import ChannelHits
from assist.suggest import calibration
from assist.suggest.fusion import reciprocal_rank_fusion


def resolution(i: int, question: str, reply: str) -> Snippet:
    return Snippet(id=f"R{i}", kind=SnippetKind.RESOLUTION, reply=reply, source="r.csv",
                   line=i + 1, question=question)


def ranked(snippets, keyword, adapted, last_turn):
    hits = [ChannelHits("keyword", np.array([p for p, _ in keyword]),
                        np.array([s for _, s in keyword]), 1.0)]
    if adapted:
        hits.append(ChannelHits("adapted", np.array([p for p, _ in adapted]),
                                np.array([s for _, s in adapted]), 3.0))
    fused = reciprocal_rank_fusion([(h.positions, h.weight) for h in hits])
    return calibration.candidates(fused, hits, snippets, last_turn)


def test_generic_replies_sink_unless_the_buyer_only_greets() -> None:
    snippets = [resolution(0, "好的谢谢", "不客气哦，请问还有其他可以帮到您的吗？"),
                resolution(1, "几天发货", "亲，48小时内发货")]
    hits = [(0, 0.5), (1, 0.5)]
    assert [c.position for c in ranked(snippets, hits, None, "几天能发货")] == [1, 0]
    assert [c.position for c in ranked(snippets, hits, None, "好的谢谢")] == [0, 1]


def test_a_reply_to_a_plain_question_sinks_under_a_complaint() -> None:
    snippets = [resolution(0, "地垫吸水效果怎么样", "亲，吸水很快，踩上去几秒就干了"),
                resolution(1, "地垫不吸水了", "亲，用附送的砂纸打磨一下表面就能恢复")]
    hits = [(0, 0.6), (1, 0.5)]
    complaint = ranked(snippets, hits, [(0, 0.8), (1, 0.75)], "地垫吸水效果不好，踩上去还是湿的")
    assert complaint[0].position == 1
    question = ranked(snippets, hits, [(0, 0.8), (1, 0.75)], "地垫吸水效果好吗")
    assert question[0].position == 0


def test_confidence_never_rises_down_the_list() -> None:
    snippets = [resolution(i, f"问题{i}", f"回复{i}") for i in range(6)]
    # keyword ranks 0 first with low coverage; the shop model is sure about 5
    out = ranked(snippets, [(i, 0.2 + 0.1 * (i == 5)) for i in range(6)],
                 [(5, 0.9), *((i, 0.3) for i in range(5))], "问题5")
    confidences = [c.confidence for c in out]
    assert confidences == sorted(confidences, reverse=True)


@pytest.mark.parametrize("confidence,label", [(0.95, "strong"), (0.7, "medium"),
                                              (0.45, "weak"), (0.1, "")])
def test_labels(confidence: float, label: str) -> None:
    assert calibration.label(confidence) == label


def test_keyword_alone_is_never_strong() -> None:
    snippets = [resolution(0, "能开专票吗", "亲，可以开增值税专用发票")]
    out = ranked(snippets, [(0, 1.0)], None, "能开专票吗")
    assert out[0].confidence < calibration.STRONG


def test_the_gate_opens_for_a_message_naming_a_product() -> None:
    """Dialect and typos leave few of a message's words in the folder, as an off-topic
    message does ("哈尔滨冬天穿这个羽绒服会冷伐"); naming the shop's product tips it."""
    hits = [ChannelHits("keyword", np.array([0]), np.array([0.2]), 1.0),
            ChannelHits("adapted", np.array([0, 1, 2]), np.array([0.55, 0.3, 0.2]), 5.0,
                        familiarity=0.4)]
    plain = calibration.answerable(hits, known_words=0.5)
    named = calibration.answerable(hits, known_words=0.5, names_product=True)
    assert plain is not None and named is not None
    assert plain < calibration.GATE.threshold <= named


def test_the_best_candidates_are_the_same_as_when_every_candidate_is_corrected() -> None:
    # candidates() stops correcting once no later candidate can reach the best 30; that is
    # sound only while every correction lowers a score.
    assert all(0 < factor <= 1 for factor in calibration.CORRECTIONS.values())
    rng = np.random.default_rng(7)
    replies = ["亲，48小时内发货", "不客气哦，请问还有其他可以帮到您的吗？",
               "非常抱歉，马上给您补发", "亲，用附送的砂纸打磨一下表面就能恢复"]
    questions = ["几天发货", "好的谢谢", "少发了一件", "地垫不吸水了"]
    snippets = [resolution(i, questions[i % 4] + str(i), replies[i % 4]) for i in range(150)]
    order = rng.permutation(150)
    hits = [ChannelHits("keyword", order[:80], np.sort(rng.random(80))[::-1], 1.0),
            ChannelHits("adapted", order[40:], np.sort(rng.random(110))[::-1], 3.0)]
    fused = reciprocal_rank_fusion([(h.positions, h.weight) for h in hits])
    depth = calibration.CONFIDENCE_DEPTH
    for turn in ("地垫不吸水了 怎么办", "几天发货"):
        corrected = {p: fused[p] * math.prod(
            calibration.CORRECTIONS[n] for n in calibration.corrections(
                snippets[p], calibration.is_complaint(turn), False)) for p in fused}
        best = sorted(corrected, key=lambda p: (-corrected[p], p))[:depth]
        out = calibration.candidates(fused, hits, snippets, turn)
        assert {c.position for c in out[:depth]} == set(best)
        assert any(corrected[p] < fused[p] for p in best)  # some were lowered
        assert len(out) == len(fused)
