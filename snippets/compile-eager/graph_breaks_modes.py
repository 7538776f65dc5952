import warnings

import torch

torch.manual_seed(0)
# As a plain `python file.py` run does: hide a DeprecationWarning from torch's own imports.
warnings.filterwarnings("ignore", "`torch.jit.script_method` is deprecated", DeprecationWarning)


def h(x):
    y = x * 2
    print("inside h:", y)  # printing a tensor: the compiler cannot capture it
    return y + 1


x = torch.ones(3)
report = torch._dynamo.explain(h)(x)  # captures graphs without generating code
print("graphs:", report.graph_count, "| graph breaks:", report.graph_break_count)
assert report.graph_count == 2 and report.graph_break_count == 1  # claim: graph-break-splits
assert torch.equal(torch.compile(h, backend="eager")(x), h(x))  # claim: graph-break-correct


def branch(x):  # Python control flow on a tensor's value
    y = x * 2
    return y + 1 if y.sum() > 0 else y - 1


def select(x):  # the same choice made inside the graph
    y = x * 2
    return torch.where(y.sum() > 0, y + 1, y - 1)


breaks = {fn.__name__: torch._dynamo.explain(fn)(x).graph_break_count for fn in (branch, select)}
print("graph breaks:", breaks)
assert breaks == {"branch": 1, "select": 0}  # claim: data-dependent-break

for mode in ("default", "reduce-overhead", "max-autotune"):
    print(f"{mode}: {torch._inductor.list_mode_options(mode)}")
assert torch._inductor.list_mode_options("reduce-overhead") == {"triton.cudagraphs": True}  # claim: reduce-overhead-cudagraphs
# claim: max-autotune-tunes
assert torch._inductor.list_mode_options("max-autotune")["max_autotune"]
assert "profile to pick the best matmul configuration" in torch.compile.__doc__  # claim: max-autotune-tunes
doc = torch.compile.__doc__
assert "more memory" in doc and "not guaranteed" in doc and "longer compil" not in doc  # claim: reduce-overhead-docs
