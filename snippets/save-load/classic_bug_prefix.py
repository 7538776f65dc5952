import torch
from torch import nn

torch.manual_seed(0)
trained = nn.DataParallel(nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)))  # on a CPU it just wraps
checkpoint = trained.state_dict()
print("saved keys:", list(checkpoint))
assert all(k.startswith("module.") for k in checkpoint)  # claim: dataparallel-prefix

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
before = {k: v.clone() for k, v in model.state_dict().items()}
try:
    model.load_state_dict(checkpoint)
except RuntimeError as error:
    assert "Missing key(s)" in str(error) and "Unexpected key(s)" in str(error)  # claim: prefix-raises
else:
    raise AssertionError("prefixed keys should not load strictly")
result = model.load_state_dict(checkpoint, strict=False)  # the bug: strict=False to "fix" the error
print("loaded nothing:", len(result.missing_keys), "missing,", len(result.unexpected_keys), "unexpected")
assert len(result.missing_keys) == 4 and len(result.unexpected_keys) == 4  # claim: loads-nothing
assert all(torch.equal(v, before[k]) for k, v in model.state_dict().items())  # claim: loads-nothing

fixed = {k.removeprefix("module."): v for k, v in checkpoint.items()}  # the fix: rename the keys
print(model.load_state_dict(fixed))  # strict=True again: any leftover mismatch would raise
assert torch.equal(model[0].weight, trained.module[0].weight)  # claim: rename-fix
