import torch
from torch import nn

torch.manual_seed(0)
checkpoint = nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 10)).state_dict()  # 10 classes
for strict in (True, False):
    model = nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 5))  # same keys, a 5-class head
    try:
        model.load_state_dict(checkpoint, strict=strict)
    except RuntimeError as error:
        print(f"strict={strict}: RuntimeError: {error}".expandtabs(4))  # torch indents with tabs
        assert str(error).count("size mismatch for") == 2  # claim: shape-raises
        assert "size mismatch for 1.weight: copying a param with shape torch.Size([10, 8])" in str(error)
        # claim: partial-before-raise
        assert torch.equal(model[0].weight, checkpoint["0.weight"])  # copied before the raise
    else:
        raise AssertionError("a shape mismatch should raise, strict or not")

model = nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 5))
own = model.state_dict()  # keep only what fits, then load the rest loosely
fitting = {k: v for k, v in checkpoint.items() if v.shape == own[k].shape}
result = model.load_state_dict(fitting, strict=False)
print("missing:", result.missing_keys)
assert result.missing_keys == ["1.weight", "1.bias"] and not result.unexpected_keys  # claim: drop-and-load
assert torch.equal(model[0].weight, checkpoint["0.weight"])  # claim: drop-and-load
