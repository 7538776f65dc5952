import torch

torch.manual_seed(0)
dropout, bn = torch.nn.Dropout(0.5), torch.nn.BatchNorm1d(3)
x = torch.randn(64, 3) * 2 + 5  # per feature: mean near 5, std near 2
ones = torch.ones(8)


def show(mode, d, y):
    mean = ", ".join(f"{round(v, 2) + 0.0:.2f}" for v in y.mean(0).tolist())  # + 0.0 turns -0.0 into 0.0
    print(f"{mode:5}  dropout(ones) = {d.tolist()}\n       BN output, mean per feature = [{mean}]")


# Training mode: a random mask, and normalisation with this batch's own mean and variance
d, y = dropout(ones), bn(x)
show("train", d, y)
assert set(d.tolist()) == {0.0, 2.0}  # claim: dropout-train
assert (d == 0).sum() == 5  # claim: dropout-independent
big = (dropout(torch.ones(100_000)) == 0).float().mean().item()
print(f"share of zeros in 100,000 entries: {big:.3f}")
assert 0.49 < big < 0.51  # claim: dropout-independent
assert torch.allclose(y, (x - x.mean(0)) / torch.sqrt(x.var(0, unbiased=False) + bn.eps), atol=1e-5)  # claim: bn-batch-stats
assert torch.allclose(y.mean(0), torch.zeros(3), atol=1e-5)  # claim: bn-batch-stats

# Eval mode: Dropout is the identity, BN uses the running statistics it has stored
dropout.eval(), bn.eval()
d, y = dropout(ones), bn(x)
show("eval", d, y)
assert torch.equal(d, ones)  # claim: dropout-eval
assert bn.num_batches_tracked.item() == 1  # claim: bn-one-batch
assert torch.allclose(y, (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps))  # claim: bn-running-stats
assert not torch.allclose(y.mean(0), torch.zeros(3), atol=0.1)  # claim: bn-one-batch
