"""The facts panel highlights words that matter; snippet kinds have one name everywhere."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from assist.cli import KIND_LABELS
from assist.engine import FILLER_WORDS, Assistant, AssistConfig
from assist.knowledge.model import KIND_NAMES, SnippetKind
from tests.conftest import REPO, SAMPLE_KNOWLEDGE


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    config = AssistConfig(SAMPLE_KNOWLEDGE, cache_dir=tmp_path_factory.mktemp("cache"),
                          channels="keyword")
    assistant = Assistant(config)
    assistant.load_knowledge()
    return assistant


@pytest.mark.parametrize("message", [
    "亲，您的台灯不亮了吗？您帮我看看",
    "你好 请问羽绒服钻绒了怎么办呀",
])
def test_matched_terms_leave_out_filler(assistant: Assistant, message: str) -> None:
    result = assistant.suggest(message)
    assert result.knowledge
    for hit in result.knowledge:
        assert hit.matched_terms, hit.snippet.id
        assert not set(hit.matched_terms) & FILLER_WORDS, hit.matched_terms
        assert all(term in hit.snippet.search_text for term in hit.matched_terms)


def test_one_name_per_snippet_kind_in_the_cli_and_the_sidebar() -> None:
    assert set(KIND_NAMES) == set(SnippetKind)
    ts = ET.parse(REPO / "resources" / "i18n" / "assist_zh_CN.ts")
    cards = next(c for c in ts.getroot() if c.findtext("name") == "SuggestionCard")
    translations = {m.findtext("source"): m.findtext("translation")
                    for m in cards.iter("message")}
    for kind, name in KIND_NAMES.items():
        assert translations[name.english] == name.chinese  # the sidebar's word
        assert KIND_LABELS[str(kind)].startswith(name.chinese + " ")  # the CLI's word
    assert len({n.chinese for n in KIND_NAMES.values()}) == len(KIND_NAMES)
