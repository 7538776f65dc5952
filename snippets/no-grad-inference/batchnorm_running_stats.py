import torch

torch.manual_seed(0)
bn = torch.nn.BatchNorm1d(3)
batch = torch.randn(16, 3) + 5.0  # the mean is far from the initial running_mean of 0


def updates(training, no_grad):
    """Does one forward pass change running_mean?"""
    bn.train(training)
    before = bn.running_mean.clone()
    with torch.set_grad_enabled(not no_grad):
        bn(batch)
    return not torch.equal(bn.running_mean, before)


results = {(mode, grad): updates(mode == "train", grad == "no_grad")
           for mode in ("train", "eval") for grad in ("grad", "no_grad")}
for (mode, grad), changed in results.items():
    print(f"{mode:5} + {grad:7}: running_mean changed = {changed}")

assert results[("train", "grad")]        # training mode updates the statistics
assert results[("train", "no_grad")]     # no_grad alone does not stop the update
assert not results[("eval", "grad")]     # eval mode uses them, read-only
assert not results[("eval", "no_grad")]
