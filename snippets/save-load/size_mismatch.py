import torch
from torch import nn

torch.manual_seed(0)
checkpoint = nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 10)).state_dict()  # 10 classes
model = nn.Sequential(nn.Linear(16, 8), nn.Linear(8, 5))  # same keys, a 5-class head

for strict in (True, False):
    try:
        model.load_state_dict(checkpoint, strict=strict)
    except RuntimeError as error:
        print(f"strict={strict}: RuntimeError: {error}".expandtabs(4))  # torch indents with tabs
        assert "size mismatch for 1.weight: copying a param with shape torch.Size([10, 8])" in str(error)
    else:
        raise AssertionError("a shape mismatch should raise, strict or not")

own = model.state_dict()  # keep only what fits, then load the rest loosely
fitting = {k: v for k, v in checkpoint.items() if v.shape == own[k].shape}
result = model.load_state_dict(fitting, strict=False)
print("missing:", result.missing_keys)
assert result.missing_keys == ["1.weight", "1.bias"] and not result.unexpected_keys
assert torch.equal(model[0].weight, checkpoint["0.weight"])  # the first layer came across
