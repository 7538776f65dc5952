import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.BatchNorm1d(8),
                            torch.nn.Dropout(0.3), torch.nn.Linear(8, 1))
val = torch.randn(32, 4) * 3  # validation data


def evaluate():
    stats = model[1].running_mean.clone()
    with torch.no_grad():
        first, second = model(val), model(val)
    return torch.equal(first, second), torch.equal(model[1].running_mean, stats)


# Bug: no_grad() only, the model is still in training mode
same_output, stats_kept = evaluate()
print("no_grad only:      same output twice =", same_output, " BN stats kept =", stats_kept)
assert not same_output  # claim: bug-random
assert not stats_kept  # claim: bug-stats

# Fix: switch to eval mode as well...
model.eval()
same_output, stats_kept = evaluate()
print("eval() + no_grad:  same output twice =", same_output, " BN stats kept =", stats_kept)
assert same_output and stats_kept  # claim: fix-eval

# ...and back with model.train() before training: BN updates again
model.train()
stats = model[1].running_mean.clone()
model(val)
print("after model.train(): BN stats change again =", not torch.equal(model[1].running_mean, stats))
assert not torch.equal(model[1].running_mean, stats)  # claim: train-resumes
