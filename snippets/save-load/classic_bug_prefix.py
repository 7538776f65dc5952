import torch
from torch import nn

torch.manual_seed(0)
trained = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
# What a model wrapped in nn.DataParallel saves: every key gains a "module." prefix
checkpoint = {"module." + k: v for k, v in trained.state_dict().items()}

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
result = model.load_state_dict(checkpoint, strict=False)  # the bug: strict=False to "fix" the error
print("loaded nothing:", len(result.missing_keys), "missing,", len(result.unexpected_keys), "unexpected")
assert len(result.missing_keys) == 4 and len(result.unexpected_keys) == 4
assert not torch.equal(model[0].weight, trained[0].weight)  # still the random initialisation

fixed = {k.removeprefix("module."): v for k, v in checkpoint.items()}  # the fix: rename the keys
print(model.load_state_dict(fixed))  # strict=True again: any leftover mismatch would raise
assert torch.equal(model[0].weight, trained[0].weight)
