import torch
import torch.nn as nn

torch.manual_seed(0)
bce, bce_logits = nn.BCELoss(), nn.BCEWithLogitsLoss()
capped, rows = [], {}
print("| Logit | Target | BCELoss(sigmoid) | BCEWithLogitsLoss | Exact |\n|---|---|---|---|---|")
for z in [-200.0, -20.0, -5.0, 0.0, 5.0, 20.0, 200.0]:
    for t in [0.0, 1.0]:
        logit, target = torch.tensor([z]), torch.tensor([t])
        via_sigmoid = bce(torch.sigmoid(logit), target)
        direct = bce_logits(logit, target)
        # Exact value in float64: log(1 + e^z) for target 0, log(1 + e^-z) for target 1
        signed = torch.tensor(z if t == 0 else -z, dtype=torch.float64)
        exact = torch.logaddexp(torch.zeros((), dtype=torch.float64), signed)
        assert torch.allclose(exact, torch.log1p(torch.exp(signed)))  # claim: exact-column
        print(f"| {z:g} | {t:g} | {via_sigmoid.item():.6g} | {direct.item():.6g} | {exact.item():.6g} |")

        assert torch.allclose(direct.double(), exact, rtol=1e-5, atol=1e-6)  # claim: logits-accurate
        assert via_sigmoid.item() <= 100.0  # claim: never-above-100
        rows[z, t] = (via_sigmoid.item(), exact.item())
        saturated = torch.sigmoid(logit).item() == 1.0 - t  # rounded to the wrong end
        if saturated:
            assert via_sigmoid.item() == 100.0  # claim: capped-rows
            capped.append((z, t, "high" if exact.item() < 100 else "low"))
        else:
            assert torch.allclose(via_sigmoid.double(), exact, rtol=1e-4, atol=1e-6)  # claim: others-close
# claim: capped-rows
assert capped == [(-200.0, 1.0, "low"), (20.0, 0.0, "high"), (200.0, 0.0, "low")]
# claim: lopsided
assert torch.sigmoid(torch.tensor(-20.0)).item() > 0 and torch.sigmoid(torch.tensor(20.0)).item() == 1.0
# claim: lopsided
assert abs(rows[-20.0, 1.0][0] - rows[-20.0, 1.0][1]) < 1e-4 and rows[20.0, 0.0][0] == 100.0
tiny = bce_logits(torch.tensor([-20.0]), torch.tensor([0.0]))  # close, though not bit-exact:
assert tiny.item() == 0.0 and 1e-9 < rows[-20.0, 0.0][1] < 3e-9  # claim: not-bit-exact
