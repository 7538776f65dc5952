import warnings

import torch
import torch.nn.functional as F
from torch.distributions import Categorical, kl_divergence

torch.manual_seed(0)
p = torch.randn(4, 5).softmax(dim=1)  # target distribution: 4 rows, 5 classes
q = torch.randn(4, 5).softmax(dim=1)  # the model's distribution
true_kl = (p * (p.log() - q.log())).sum(dim=1).mean()  # KL(p || q) per row, averaged over rows
calls = {
    'F.kl_div(q.log(), p, reduction="batchmean")': lambda: F.kl_div(q.log(), p, reduction="batchmean"),
    "F.kl_div(q.log(), p)": lambda: F.kl_div(q.log(), p),
    'F.kl_div(q.log(), p, reduction="sum")': lambda: F.kl_div(q.log(), p, reduction="sum"),
    'F.kl_div(q, p, reduction="batchmean")': lambda: F.kl_div(q, p, reduction="batchmean"),
    'F.kl_div(q.log(), p.log(), reduction="batchmean")': lambda: F.kl_div(q.log(), p.log(), reduction="batchmean"),
    'F.kl_div(q.log(), p.log(), reduction="batchmean", log_target=True)':
        lambda: F.kl_div(q.log(), p.log(), reduction="batchmean", log_target=True),
    'F.kl_div(p.log(), q, reduction="batchmean")': lambda: F.kl_div(p.log(), q, reduction="batchmean"),
    "kl_divergence(Categorical(probs=p), Categorical(probs=q)).mean()":
        lambda: kl_divergence(Categorical(probs=p), Categorical(probs=q)).mean(),
}
print("| Call | Value | Equals KL(p ‖ q)? | UserWarning? |\n|---|---|---|---|")
rows = []
for name, call in calls.items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = call()
    warned = any(issubclass(w.category, UserWarning) for w in caught)
    rows.append(("✓" if torch.allclose(value, true_kl) else "✗", "✓" if warned else "✗"))
    print(f"| `{name}` | {value.item():.4f} | {rows[-1][0]} | {rows[-1][1]} |")

assert [r[0] for r in rows] == ["✓", "✗", "✗", "✗", "✗", "✓", "✗", "✓"]  # claim: table-right-calls
assert [r[1] for r in rows] == ["✗", "✓", "✗", "✗", "✗", "✗", "✗", "✗"]  # claim: table-only-mean-warns
