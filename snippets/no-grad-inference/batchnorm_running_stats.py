import torch

torch.manual_seed(0)
bn = torch.nn.BatchNorm1d(3)
batch = torch.randn(16, 3) + 5.0  # the mean is far from the initial running_mean of 0
buffers = dict(bn.named_buffers())
assert {"running_mean", "running_var"} <= set(buffers) and not buffers["running_mean"].requires_grad  # claim: bn-buffers

CONTEXTS = {"grad": torch.enable_grad, "no_grad": torch.no_grad, "inference": torch.inference_mode}


def updates(training, grad):
    """Does one forward pass change running_mean and running_var?"""
    bn.train(training)
    before = bn.running_mean.clone(), bn.running_var.clone()
    with CONTEXTS[grad]():
        bn(batch)
    return not torch.equal(bn.running_mean, before[0]) and not torch.equal(bn.running_var, before[1])


results = {(mode, grad): updates(mode == "train", grad)
           for mode in ("train", "eval") for grad in CONTEXTS}
for (mode, grad), changed in results.items():
    print(f"{mode:5} + {grad:9}: running statistics changed = {changed}")

assert results[("train", "grad")]  # claim: bn-train-updates
assert results[("train", "no_grad")] and results[("train", "inference")]  # claim: no-grad-still-updates
assert not any(results[("eval", grad)] for grad in CONTEXTS)  # claim: bn-eval-readonly
bn.eval()
expected = (batch - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps) * bn.weight + bn.bias
assert torch.allclose(bn(batch), expected, atol=1e-6)  # claim: bn-eval-readonly
