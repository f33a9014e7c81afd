"""What suggest() decided on the way to its cards, for those who ask why (assist explain)."""

from __future__ import annotations

from dataclasses import dataclass

from assist.retrieval.channels import ChannelHits
from assist.suggest.compose import Candidate


@dataclass(frozen=True)
class Ranking:
    """What suggest() decided on the way to its cards (assist explain shows it)."""

    turns: list[str]
    hits: list[ChannelHits]
    fused: dict[int, float]  # position -> reciprocal rank fusion score
    candidates: list[Candidate]  # ranked, with confidences (calibration.candidates)
    cut_off: float  # the best card's confidence needed, when no gate decided
    gate: float | None  # P(the folder answers this message), when the shop's model answered
    answered: bool
    products: frozenset[str] = frozenset()  # the products the buyer named (calibration)
    shop_likeness: float | None = None  # the shop check's answer (shop_check.py), if it has one
