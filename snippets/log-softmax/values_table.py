import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
print("| logits | log(softmax) | log_softmax | exact value |")
print("|---|---|---|---|")
rows = {}
for big in [1.0, 10.0, 100.0, 1000.0]:
    x = torch.tensor([0.0, big])  # float32; the table shows the entry for the logit 0
    naive = torch.log(torch.softmax(x, dim=0))[0].item()
    stable = F.log_softmax(x, dim=0)[0].item()
    exact = -(big + math.log1p(math.exp(-big)))  # log(1 / (1 + e^big)), in float64
    rows[big] = (naive, stable, exact)
    print(f"| `[0, {big:g}]` | `{naive:.8g}` | `{stable:.8g}` | `{exact:.8g}` |")

assert all(math.isclose(stable, exact, rel_tol=1e-6) for _, stable, exact in rows.values())  # claim: stable-accurate
# claim: small-logits-agree
assert all(math.isclose(rows[b][0], rows[b][2], rel_tol=1e-6) and math.isclose(rows[b][0], rows[b][1], rel_tol=1e-6) for b in [1.0, 10.0])
assert abs(rows[100.0][0] - rows[100.0][2]) > 0.01  # claim: subnormal-digits-lost
p = torch.softmax(torch.tensor([0.0, 100.0]), dim=0)[0]
assert 0 < p < torch.finfo(torch.float32).tiny  # claim: subnormal-digits-lost
assert rows[1000.0][0] == -math.inf and rows[1000.0][1] == -1000.0  # claim: underflow-inf

assert all(math.isclose(rows[b][2], -math.log1p(math.exp(b)), rel_tol=1e-12) for b in [1.0, 10.0, 100.0])  # claim: exact-formula
