"""Reciprocal rank fusion: channels with incomparable scores agree through ranks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

RRF_K = 60  # the constant from Cormack et al. 2009; dampens the weight of the very top ranks


def reciprocal_rank_fusion(
    rankings: Iterable[tuple[Sequence[int], float]], k: int = RRF_K
) -> dict[int, float]:
    """rankings: (positions best first, channel weight) -> position -> fused score."""
    fused: dict[int, float] = {}
    for positions, weight in rankings:
        for rank, position in enumerate(positions, start=1):
            fused[int(position)] = fused.get(int(position), 0.0) + weight / (k + rank)
    return fused
