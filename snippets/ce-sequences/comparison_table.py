import torch
import torch.nn.functional as F

torch.manual_seed(0)
N = 2
calls = {  # logits: (N, L, C), as a sequence model returns them; target: (N, L) class indices
    "F.cross_entropy(logits, target)": lambda x, t, C, L: F.cross_entropy(x, t),
    "F.cross_entropy(logits.permute(0, 2, 1), target)": lambda x, t, C, L: F.cross_entropy(x.permute(0, 2, 1), t),
    "F.cross_entropy(logits.transpose(1, 2), target)": lambda x, t, C, L: F.cross_entropy(x.transpose(1, 2), t),
    "F.cross_entropy(logits.view(-1, C), target.view(-1))": lambda x, t, C, L: F.cross_entropy(x.view(-1, C), t.view(-1)),
    "F.cross_entropy(logits.reshape(N, C, L), target)": lambda x, t, C, L: F.cross_entropy(x.reshape(N, C, L), t),
    "F.cross_entropy(logits.view(-1, C), target)": lambda x, t, C, L: F.cross_entropy(x.view(-1, C), t),
    "F.cross_entropy(logits.permute(0, 2, 1).view(-1, C), target.view(-1))":
        lambda x, t, C, L: F.cross_entropy(x.permute(0, 2, 1).view(-1, C), t.view(-1)),
}


def outcome(call, L, C):  # ✓ right value, ✗ runs but wrong, or the error raised
    logits, target = torch.randn(N, L, C), torch.randint(0, C, (N, L))
    right = -logits.log_softmax(dim=-1).gather(-1, target[..., None]).mean()  # by hand, per position
    try:
        return "✓" if torch.allclose(call(logits, target, C, L), right) else "✗"
    except (RuntimeError, ValueError) as error:
        return f"`{type(error).__name__}`"


print("| Call | L = 5, C = 3 | L = C = 4 |\n|---|---|---|")
rows = {}
for name, call in calls.items():
    rows[name] = (outcome(call, L=5, C=3), outcome(call, L=4, C=4))
    print(f"| `{name}` | {rows[name][0]} | {rows[name][1]} |")
results = list(rows.values())
assert results[0] == ("`RuntimeError`", "✗")  # claim: table-unpermuted
assert results[1] == results[2] == results[3] == ("✓", "✓")  # claim: table-permute-flatten
assert results[4] == ("✗", "✗")  # claim: table-reshape-wrong
assert results[5] == ("`ValueError`", "`ValueError`") and results[6] == ("`RuntimeError`", "`RuntimeError`")  # claim: table-view-errors
