"""The buyer messages the latency and quality sections ask: English the model reads, Chinese it
does not (the sample golden set's questions)."""

from __future__ import annotations

import json

from benchmarks import english
from benchmarks.common import GOLDEN


def english_queries() -> list[str]:
    held_out = [q for intent in english.INTENTS for q in intent.held_out]
    with_products = [intent.phrasings[i % len(intent.phrasings)].format(p=product)
                     for i, (intent, product) in enumerate(
                         zip(english.INTENTS * 4, english.PRODUCTS * 4, strict=False))]
    return held_out + with_products


def chinese_queries() -> list[str]:
    lines = GOLDEN.read_text("utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]
