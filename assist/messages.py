"""Sentences the core shows a person, in English, carrying what a translation needs.

A Message is the English sentence itself (a str: printing, `in`, comparisons and JSON work as
before) that also remembers its template ("file is %1, larger than %2") and the values filled
in. The interface translates the template through the "Core" context of its .qm files and
fills the same values (assist.ui.shell.i18n.core_text); the core never imports Qt.

Write every template as ``Core.tr("…%1…", value)``: pyside6-lupdate reads ``Core.tr`` as a
translation call in the "Core" context, so no marker or lupdate option is needed. Two rules
keep its Python parser right:
- the template is one or more adjacent plain string literals (never an f-string);
- the value after the template is never a string literal (lupdate would take it for a
  disambiguating comment); pass a name or an expression instead.
tests/unit/test_core_messages.py checks both on the .ts files.
"""

from __future__ import annotations

import re
from collections.abc import Callable

CONTEXT = "Core"
_PLACE = re.compile(r"%(\d{1,2})")


def fill(template: str, *args: object) -> str:
    """The template with %1, %2... replaced by the args, in one pass (a value that itself
    holds "%2" stays as it is); a number with no arg is left in place."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 0 < number <= len(args) else match.group(0)

    return _PLACE.sub(value, template) if args else template


class Message(str):
    """The English sentence, with the template and values it was made from."""

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, *args: object) -> Message:
        # plain values only: an exception or a path among them would keep objects alive and
        # break pickling; its text is what the sentence shows anyway
        args = tuple(a if isinstance(a, str | int | float) else str(a) for a in args)
        self = super().__new__(cls, fill(template, *args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[type[Message], tuple[object, ...]]:
        # str's own pickling would rebuild the filled text as a template without values
        return Message, (self.template, *self.args)

    def __repr__(self) -> str:
        return f"Message({', '.join(repr(a) for a in (self.template, *self.args))})"


def msg(template: str, *args: object) -> Message:
    """The sentence made from an English template and the values for its %1, %2..."""
    return Message(template, *args)


def said(exc: BaseException) -> str:
    """What an exception says: the Message it was raised with (so it can still be
    translated), else the first line of its text."""
    first = exc.args[0] if exc.args else None
    if isinstance(first, Message):
        return first
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else "no detail"


class Core:
    """The marker lupdate collects: Core.tr(template, *args) makes a Message in "Core"."""

    tr = staticmethod(msg)


def joined(*parts: str) -> str:
    """The non-empty parts as one sentence ("a; b"), each part still translatable."""
    kept = [p for p in parts if p]
    if len(kept) <= 1:
        return kept[0] if kept else ""
    return Core.tr("%1; %2", joined(*kept[:-1]), kept[-1])


def translate_message(text: str, translate: Callable[[str], str]) -> str:
    """text in another language: a Message's template goes through translate(template) and
    its values are filled in, each Message among them translated the same way; any other
    str is returned as it is. translate is Qt's lookup in the "Core" context, passed in so
    this module stays free of Qt."""
    if not isinstance(text, Message):
        return text
    args = [translate_message(a, translate) if isinstance(a, Message) else a for a in text.args]
    return fill(translate(text.template) or text.template, *args)
