"""Placeholders such as {买家} {商品} {店铺} {订单号} in replies and templates."""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDER = re.compile(r"\{([\u4e00-\u9fffA-Za-z_][\u4e00-\u9fffA-Za-z0-9_]{0,15})\}")
# Taobao order numbers are 16-19 digits; shorter runs are prices, sizes or phone fragments.
_ORDER_NUMBER = re.compile(r"(?<!\d)(\d{16,19})(?!\d)")


def fill(text: str, values: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    """Replace known placeholders; return the text and the names left visible for the agent."""
    unfilled: list[str] = []

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "").strip()
        if value:
            return value
        unfilled.append(match.group(1))
        return match.group(0)

    filled = PLACEHOLDER.sub(replace, text)
    return filled, tuple(dict.fromkeys(unfilled))


def find_order_number(messages: list[str]) -> str:
    """The most recent order number a buyer pasted, if any."""
    for message in reversed(messages):
        found = _ORDER_NUMBER.findall(message)
        if found:
            return found[-1]
    return ""


def find_product(messages: list[str], vocabulary: Mapping[str, str]) -> str:
    """The product the conversation is about: the longest name or alias in the latest message."""
    for message in reversed(messages):
        lowered = message.lower()
        hits = [term for term in vocabulary if term and term.lower() in lowered]
        if hits:
            return vocabulary[max(hits, key=len)]
    return ""
