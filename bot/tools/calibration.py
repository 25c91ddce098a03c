"""Does a confidence mean something? Expected calibration error and a reliability plot.

A score is calibrated when, of all messages given about 0.8, about 80% are right. The expected
calibration error (ECE) is the gap between confidence and accuracy per bin, weighted by how many
messages fall in the bin. A reliability plot draws accuracy against confidence per bin: on the
diagonal is calibrated, below it is overconfident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

BINS = 10
# Confidences and whether each was right.
Curve = tuple[Sequence[float], Sequence[bool]]


@dataclass(frozen=True)
class Bin:
    """Messages whose confidence fell in [low, high)."""

    low: float
    high: float
    count: int
    mean_confidence: float
    accuracy: float


def reliability(confidences: Sequence[float], correct: Sequence[bool], bins: int = BINS) -> list[Bin]:
    """Equal-width bins over [0, 1] with their mean confidence and accuracy (empty bins left out)."""
    result = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [
            (c, ok)
            for c, ok in zip(confidences, correct, strict=True)
            if low <= c < high or (b == bins - 1 and c == 1.0)
        ]
        if members:
            result.append(
                Bin(
                    low=low,
                    high=high,
                    count=len(members),
                    mean_confidence=sum(c for c, _ in members) / len(members),
                    accuracy=sum(1 for _, ok in members if ok) / len(members),
                )
            )
    return result


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = BINS
) -> float:
    """Weighted mean of |accuracy - confidence| over the bins."""
    total = len(confidences)
    if total == 0:
        return 0.0
    return sum(
        b.count / total * abs(b.accuracy - b.mean_confidence) for b in reliability(confidences, correct, bins)
    )


def plot_reliability(curves: dict[str, Curve], path: Path, title: str) -> None:
    """One reliability curve per named score, with the diagonal, written as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 5))
    ax.plot([0, 1], [0, 1], linestyle="--", color="#888", label="perfect calibration")
    for name, (confidences, correct) in curves.items():
        bins = reliability(confidences, correct)
        ece = expected_calibration_error(confidences, correct)
        ax.plot(
            [b.mean_confidence for b in bins],
            [b.accuracy for b in bins],
            marker="o",
            label=f"{name} (ECE {ece:.3f}, n={len(confidences)})",
        )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("fraction correct")
    ax.set_title(title)
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
