import torch
import torch.nn.functional as F

torch.manual_seed(0)
out = F.dropout(torch.ones(10), 0.2)
print("F.dropout(ones, p=0.2):", out.tolist())
assert set(out.tolist()) <= {0.0, 1.25}  # claim: ones-zero-or-scaled

# F.dropout's docstring points to nn.Dropout's, which gives the scale as 1 / (1 - p)
module_doc = " ".join(torch.nn.Dropout.__doc__.split())
assert "See :class:`~torch.nn.Dropout` for details" in F.dropout.__doc__  # claim: docs-scale
assert r"the outputs are scaled by a factor of :math:`\frac{1}{1-p}` during training" in module_doc  # claim: docs-scale

x = torch.randn(100_000)
for p in (0.2, 0.45):
    out = F.dropout(x, p)
    kept = out != 0
    scale32 = torch.tensor(1.0) / torch.tensor(1 - p)  # 1 / (1 - p) computed in float32
    off = int((out[kept] != x[kept] * (1 / (1 - p))).sum())  # Python-float scale instead
    print(f"p={p}: kept {kept.float().mean().item():.3f}, "
          f"bit-exact with the float32 scale: {torch.equal(out[kept], x[kept] * scale32)}, "
          f"entries off with the Python-float scale: {off}")
    assert abs(kept.float().mean().item() - (1 - p)) < 0.01  # claim: kept-fraction
    assert torch.equal(out[kept], x[kept] * scale32)  # claim: float32-scale-exact
    assert (off == 0) == (p == 0.2)  # claim: python-scale-p02, python-scale-p045
    assert torch.allclose(out[kept], x[kept] / (1 - p), rtol=1e-6, atol=0)  # claim: scale-up-to-rounding

# Each entry's average over many draws is the entry itself
v = torch.tensor([0.5, -2.0, 3.0])
mean = F.dropout(v.expand(200_000, 3), 0.2).mean(0)
print("input:", v.tolist(), " average over 200,000 draws:", [round(m, 3) for m in mean.tolist()])
assert torch.allclose(mean, v, rtol=0.01)  # claim: mean-preserved

same = F.dropout(x, 0.2, training=False)  # not training: the input itself, unscaled
print("training=False returns the input itself:", same is x)
assert same is x  # claim: not-training-identity
print("p=0 in training returns the input itself:", F.dropout(x, 0.0) is x)
assert F.dropout(x, 0.0, training=True) is x  # claim: p-zero-identity
