"""Placeholders such as {买家} {商品} {店铺} {订单号}: the one definition the core and the UI share.

A reply is filled from what is known about the current conversation (assist.desk) and the
shop; a placeholder with no value falls back to wording that still reads naturally
("亲爱的{买家}，" becomes "亲，"), and only one with neither stays visible as {名}. Those are
the ones the agent must fill before the reply can be inserted (Suggestion.unfilled).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

BUYER = "买家"
ORDER = "订单号"
PRODUCT = "商品"
SHOP = "店铺"

PLACEHOLDER = re.compile(r"\{([\u4e00-\u9fffA-Za-z_][\u4e00-\u9fffA-Za-z0-9_]{0,15})\}")
# Taobao order numbers are 16-19 digits; shorter runs are prices, sizes or phone fragments.
_ORDER_NUMBER = re.compile(r"(?<!\d)(\d{16,19})(?!\d)")
# Words of address a template puts before the buyer's name. With no name they would read
# "亲爱的亲", so the salutation replaces them: "亲爱的{买家}，" -> "亲，".
_ADDRESS = re.compile(r"(?:亲爱的|亲爱滴|尊敬的|亲)\s*$")
_ENGLISH_ADDRESS = re.compile(r"\b(?:dear|hi|hello)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Fallbacks:
    """What a placeholder becomes when the conversation does not know its value."""

    salutation: str = "亲"  # {买家} with no name; absorbs 亲爱的/尊敬的 before it
    english_salutation: str = "customer"  # after "Dear": "Dear customer,"
    product: str = "宝贝"  # {商品} when no product is known: what Taobao shops call an item

    def for_name(self, name: str) -> str:
        return {BUYER: self.salutation, PRODUCT: self.product}.get(name, "")


DEFAULT_FALLBACKS = Fallbacks()
NO_FALLBACKS = Fallbacks("", "", "")  # fill only what is known (an agent's own values)


class Filled(NamedTuple):
    text: str
    unfilled: tuple[str, ...]  # placeholders left as {名}: neither a value nor a fallback


def unfilled(text: str) -> tuple[str, ...]:
    """Placeholder names in the text, in order of first appearance, without repeats."""
    return tuple(dict.fromkeys(PLACEHOLDER.findall(text)))


def fill(text: str, values: Mapping[str, str],
         fallbacks: Fallbacks = DEFAULT_FALLBACKS) -> Filled:
    """Replace placeholders by their values, else by their fallbacks; list what is left."""
    out: list[str] = []
    left: list[str] = []
    end = 0
    for match in PLACEHOLDER.finditer(text):
        before = text[end:match.start()]
        name = match.group(1)
        value = (values.get(name) or "").strip()
        if not value and name == BUYER:
            before, value = _salute(before, fallbacks)
        elif not value:
            value = fallbacks.for_name(name)
        out.append(before)
        if value:
            out.append(value)
        else:
            out.append(match.group(0))
            left.append(name)
        end = match.end()
    out.append(text[end:])
    return Filled("".join(out), tuple(dict.fromkeys(left)))


def _salute(before: str, fallbacks: Fallbacks) -> tuple[str, str]:
    """The text before a nameless {买家} and what replaces it, so the sentence still reads."""
    if fallbacks.english_salutation and _ENGLISH_ADDRESS.search(before):
        return before, fallbacks.english_salutation
    if not fallbacks.salutation:
        return before, ""
    return _ADDRESS.sub("", before), fallbacks.salutation


def find_order_number(messages: Sequence[str]) -> str:
    """The most recent order number a buyer pasted, if any."""
    for message in reversed(messages):
        found = _ORDER_NUMBER.findall(message)
        if found:
            return found[-1]
    return ""


def order_numbers(text: str) -> list[str]:
    """Every order number in a text, first seen first."""
    return list(dict.fromkeys(_ORDER_NUMBER.findall(text)))


def find_product(messages: Sequence[str], vocabulary: Mapping[str, str]) -> str:
    """The product the conversation is about: the longest name or alias in the latest message
    that names one."""
    for message in reversed(messages):
        lowered = message.lower()
        hits = [term for term in vocabulary if term and term.lower() in lowered]
        if hits:
            return vocabulary[max(hits, key=len)]
    return ""
