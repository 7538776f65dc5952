import contextlib
import io
import logging
import warnings

import torch

torch.manual_seed(0)
logging.getLogger("torch.fx.experimental.symbolic_shapes").setLevel(logging.ERROR)  # a log line with a timestamp


class Branchy(torch.nn.Module):  # a Python `if` on a tensor's value
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return x - 1


class WithCond(torch.nn.Module):  # the same choice written with torch.cond
    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda t: t * 2, lambda t: t - 1, (x,))


pos, neg = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([-1.0, -2.0, -3.0])
builds = {
    "torch.jit.trace(Branchy(), pos)": lambda: torch.jit.trace(Branchy(), pos),
    "torch.jit.script(Branchy())": lambda: torch.jit.script(Branchy()),
    "torch.export.export(Branchy(), (pos,))": lambda: torch.export.export(Branchy(), (pos,)).module(),
    "torch.export.export(WithCond(), (pos,))": lambda: torch.export.export(WithCond(), (pos,)).module(),
}
print("| call | built, or exception | equals eager on pos | equals eager on neg | warnings while building |")
print("|---|---|---|---|---|")
rows = {}
for call, build in builds.items():
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("always")
        try:
            model, built = build(), "✓"
        except RuntimeError as error:
            model, built = None, f"`{type(error).__name__}`"
    right = [("✓" if torch.equal(model(x), Branchy()(x)) else "✗") if model else "—" for x in (pos, neg)]
    names = sorted({w.category.__name__ for w in caught})
    rows[call] = [built, *right, ", ".join(f"`{n}`" for n in names) or "—"]
    print(f"| `{call}` | {' | '.join(rows[call])} |")

assert rows["torch.jit.trace(Branchy(), pos)"] == ["✓", "✓", "✗", "`DeprecationWarning`, `TracerWarning`"]  # claim: table-trace
assert rows["torch.jit.script(Branchy())"] == ["✓", "✓", "✓", "`DeprecationWarning`"]  # claim: table-script
assert rows["torch.export.export(Branchy(), (pos,))"] == ["`GuardOnDataDependentSymNode`", "—", "—", "—"]  # claim: table-export
assert rows["torch.export.export(WithCond(), (pos,))"] == ["✓", "✓", "✓", "—"]  # claim: table-cond
