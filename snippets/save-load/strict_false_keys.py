import torch
from torch import nn

torch.manual_seed(0)
old = nn.ModuleDict({"encoder": nn.Linear(4, 3), "classifier": nn.Linear(3, 2)})
new = nn.ModuleDict({"encoder": nn.Linear(4, 3), "head": nn.Linear(3, 2)})  # renamed layer
head_before = new["head"].weight.clone()

result = new.load_state_dict(old.state_dict(), strict=False)  # loads what matches, reports the rest
print("missing   :", result.missing_keys)
print("unexpected:", result.unexpected_keys)
assert result.missing_keys == ["head.weight", "head.bias"]  # claim: strict-false-lists
assert result.unexpected_keys == ["classifier.weight", "classifier.bias"]  # claim: strict-false-lists
assert torch.equal(new["encoder"].weight, old["encoder"].weight)  # claim: matching-loads
assert torch.equal(new["head"].weight, head_before)  # claim: head-keeps-init

try:
    new.load_state_dict(old.state_dict())  # strict=True, the default
except RuntimeError as error:
    print(f"RuntimeError: {error}".expandtabs(4))  # torch indents with tabs
    assert 'Missing key(s) in state_dict: "head.weight", "head.bias"' in str(error)  # claim: strict-raises
    assert 'Unexpected key(s) in state_dict: "classifier.weight", "classifier.bias"' in str(error)  # claim: strict-raises
else:
    raise AssertionError("strict loading with renamed keys should raise")
