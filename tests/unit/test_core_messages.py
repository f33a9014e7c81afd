"""The core's sentences carry their template, and every one a damaged folder produces has a
finished Chinese translation (so no core sentence ships untranslated)."""

from __future__ import annotations

import copy
import json
import pickle
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from assist.knowledge import load_knowledge
from assist.messages import CONTEXT, Core, Message, joined, msg, said, translate_message
from tests import hostile_corpus as corpus
from tests.conftest import REPO

I18N = REPO / "resources" / "i18n"
PLACES = re.compile(r"%\d+")


def core_entries(language: str) -> dict[str, ET.Element]:
    """The "Core" context of a .ts file: source -> its <message>."""
    root = ET.parse(I18N / f"assist_{language}.ts").getroot()
    return {m.findtext("source"): m for c in root.iter("context") if c.findtext("name") == CONTEXT
            for m in c.iter("message")}


def finished(entry: ET.Element | None) -> bool:
    if entry is None:
        return False
    translation = entry.find("translation")
    return translation.get("type") is None and bool((translation.text or "").strip())


def with_values(message: Message) -> Iterator[Message]:
    """The message and every Message among its values, however deep."""
    yield message
    for value in message.args:
        if isinstance(value, Message):
            yield from with_values(value)


def test_msg_is_the_english_sentence_and_keeps_template_and_values():
    template = "file is %1, larger than the %2 a knowledge file may be; split it"
    message = msg(template, "25 MB", "20 MB")
    assert message == "file is 25 MB, larger than the 20 MB a knowledge file may be; split it"
    assert isinstance(message, str) and "larger than the 20 MB" in message
    assert (message.template, message.args) == (template, ("25 MB", "20 MB"))
    assert json.loads(json.dumps({"m": message})) == {"m": str(message)}
    for copied in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert copied == message and isinstance(copied, Message)
        assert (copied.template, copied.args) == (template, ("25 MB", "20 MB"))
    assert Core.tr(template, 1, 2) == msg(template, 1, 2)


def test_values_are_filled_in_one_pass_and_kept_as_plain_values():
    assert msg("%1 and %2", "%2", 3) == "%2 and 3"  # a file named "%2" stays as it is
    assert msg("more than %1 entries; only %1 were looked at", 20) == (
        "more than 20 entries; only 20 were looked at")
    assert msg("no values: 100%1") == "no values: 100%1"
    failed = msg("cannot read the file (%1)", OSError("disk on fire"))
    assert failed.args == ("disk on fire",)  # text, not the exception object
    assert said(ValueError(failed)) is failed
    assert said(ValueError("first line\nsecond")) == "first line"


def test_translation_fills_translated_templates_and_nested_messages():
    chinese = {"sheet '%1': %2": "工作表“%1”：%2",
               "row has a reply but no question; skipped": "这一行有回复但没有问题；已跳过"}
    problem = Core.tr("sheet '%1': %2", "五月", Core.tr("row has a reply but no question; skipped"))
    assert problem == "sheet '五月': row has a reply but no question; skipped"
    assert translate_message(problem, chinese.get) == "工作表“五月”：这一行有回复但没有问题；已跳过"
    assert translate_message("plain text", chinese.get) == "plain text"
    unknown = msg("a sentence nobody translated (%1)", 3)
    assert translate_message(unknown, lambda template: "") == unknown  # Qt's "not found"


def test_joined_keeps_each_part_translatable():
    first, second = Core.tr("not ready"), Core.tr("could not save the index (%1)", "disk full")
    both = joined(first, "", second)
    assert both == "not ready; could not save the index (disk full)"
    assert list(with_values(both))[1:] == [first, second]
    assert joined("", first) is first and joined() == ""


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_core_entries_are_plain_sentences_with_the_same_values(language):
    entries = core_entries(language)
    assert len(entries) > 80
    for source, entry in entries.items():
        # a string literal right after the template becomes a comment and a plural form in
        # lupdate's Python parser; Qt would then never find the translation
        assert entry.find("comment") is None and entry.get("numerus") is None, source
        assert finished(entry), source
        translation = entry.findtext("translation")
        assert sorted(set(PLACES.findall(translation))) == sorted(set(PLACES.findall(source))), (
            source, translation)


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    yield folder
    corpus.remove_deep(folder)


def test_every_problem_of_the_hostile_corpus_is_translated(hostile_folder: Path):
    corpus.build(hostile_folder)
    report = load_knowledge(hostile_folder)
    chinese = core_entries("zh_CN")
    plain = [p for p in report.problems if not isinstance(p.message, Message)]
    assert plain == []
    templates = {m.template for p in report.problems for m in with_values(p.message)}
    assert len(templates) >= 20  # the corpus reaches most of the readers' sentences
    untranslated = sorted(t for t in templates if not finished(chinese.get(t)))
    assert untranslated == []
