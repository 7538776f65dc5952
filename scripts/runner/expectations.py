"""Benchmark expectations: readings of a chart, declared beside the benchmark and checked on its data.

In a `.bench.toml`:

    [[expect]]                      # case `faster` is at least `by` times faster than case `than`
    claim = "copy-costs"
    faster = "x.flatten()"
    than = "x.T.flatten()"
    by = 5
    from_n = 262_144                # optional: only sizes n >= from_n

    [[expect]]                      # the medians of the `close` cases stay within a factor `within`
    claim = "same-copy"
    close = ["x.T.flatten()", "x.T.ravel()"]
    within = 2

An expectation holds wherever the benchmark runs (this build's CPU and a GPU run) unless it says
`on = "cpu"`: a reading of the CPU chart only, which a GPU run does not evaluate.

"Faster" is judged on the quartiles (the slow case's first quartile against the fast case's third,
times `by`), so one lucky or unlucky run cannot decide it; "close" on the medians.
Only the standard library: `make gpu` evaluates these on a GPU's figures too.
"""
from __future__ import annotations

KINDS = {"faster": {"claim", "faster", "than", "by", "from_n", "on"}, "close": {"claim", "close", "within", "from_n", "on"}}
OPTIONAL = {"from_n", "on"}


class ExpectationError(ValueError):
    """A declaration that cannot be evaluated; the message names the file."""


def kind(expectation: dict) -> str:
    return "faster" if "faster" in expectation else "close"


def check_declarations(expectations: list, cases: dict, path: str) -> None:
    for number, expectation in enumerate(expectations, 1):
        where = f"{path}: [[expect]] #{number}"
        if not isinstance(expectation, dict) or "claim" not in expectation:
            raise ExpectationError(f"{where} needs a claim id")
        fields = KINDS[kind(expectation)]
        required = fields - OPTIONAL
        if set(expectation) - fields or required - set(expectation):
            raise ExpectationError(f"{where} ({expectation['claim']}): fields must be {sorted(required)} (+ from_n, on)")
        if expectation.get("on", "cpu") != "cpu":
            raise ExpectationError(f"{where} ({expectation['claim']}): on = \"cpu\" is the only restriction there is")
        named = [expectation["faster"], expectation["than"]] if kind(expectation) == "faster" else expectation["close"]
        unknown = [name for name in named if name not in cases]
        if unknown or len(named) < 2:
            raise ExpectationError(f"{where} ({expectation['claim']}): needs two or more of the cases, unknown {unknown}")
        factor = expectation.get("by", expectation.get("within"))
        if not isinstance(factor, (int, float)) or factor < 1:
            raise ExpectationError(f"{where} ({expectation['claim']}): the factor must be a number >= 1")


def evaluate(expectation: dict, data: dict) -> tuple[bool, str]:
    """Whether the measured data bear the expectation out, and the figures that decided it."""
    low = expectation.get("from_n", 0)
    by_n = {name: {p["n"]: p for p in points if p["n"] >= low} for name, points in data["cases"].items()}
    figures, ok = [], True
    if kind(expectation) == "faster":
        fast, slow, by = by_n[expectation["faster"]], by_n[expectation["than"]], expectation["by"]
        for n in sorted(fast):
            ratio = slow[n]["q1"] / fast[n]["q3"]
            ok &= ratio >= by
            figures.append(f"n={n}: q1/q3 = {ratio:.1f}x (needs >= {by:g}x)")
    else:
        names, within = expectation["close"], expectation["within"]
        for n in sorted(by_n[names[0]]):
            medians = [by_n[name][n]["median"] for name in names]
            ratio = max(medians) / min(medians)
            ok &= ratio <= within
            figures.append(f"n={n}: max/min median = {ratio:.2f}x (needs <= {within:g}x)")
    return ok, "; ".join(figures)
