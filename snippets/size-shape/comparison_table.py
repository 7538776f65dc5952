import torch

torch.manual_seed(0)
tensors = {"zeros(2, 3, 4)": torch.zeros(2, 3, 4), "tensor(3.0)": torch.tensor(3.0)}  # 3-d and 0-d
expressions = ["t.size()", "t.shape", "t.size(0)", "t.shape[0]", "t.dim()", "t.ndim", "len(t)", "t.numel()"]


def evaluate(expression, t):
    try:
        value = eval(expression, {"t": t})
    except (TypeError, IndexError) as error:
        return f"`{type(error).__name__}`"
    kind = "torch.Size" if isinstance(value, torch.Size) else type(value).__name__
    return f"`{value}` ({kind})"


print("| expression | t = zeros(2, 3, 4) | t = tensor(3.0) |")
print("|---|---|---|")
rows = {}
for e in expressions:
    rows[e] = [evaluate(e, t) for t in tensors.values()]
    print(f"| `{e}` | {rows[e][0]} | {rows[e][1]} |")

assert rows["t.size()"] == rows["t.shape"] == ["`torch.Size([2, 3, 4])` (torch.Size)", "`torch.Size([])` (torch.Size)"]  # claim: table-size-shape
assert rows["t.size(0)"] == rows["t.shape[0]"] == ["`2` (int)", "`IndexError`"]  # claim: table-index
assert rows["t.dim()"] == rows["t.ndim"] == ["`3` (int)", "`0` (int)"]  # claim: table-dim
assert rows["len(t)"] == ["`2` (int)", "`TypeError`"]  # claim: table-len
assert rows["t.numel()"] == ["`24` (int)", "`1` (int)"]  # claim: table-numel
