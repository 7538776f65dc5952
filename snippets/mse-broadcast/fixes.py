import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
output, target = torch.randn(4, 1), torch.randn(4)
right = ((output[:, 0] - target) ** 2).mean()  # sample i against target i, by hand
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fixed = {  # make the two shapes equal, either way round
        "output.squeeze(1), target": nn.MSELoss()(output.squeeze(1), target),
        "output.view_as(target), target": nn.MSELoss()(output.view_as(target), target),
        "output, target.unsqueeze(1)": nn.MSELoss()(output, target.unsqueeze(1)),
        "output, target.view_as(output)": nn.MSELoss()(output, target.view_as(output)),
    }
assert output.squeeze(1).shape == output.view_as(target).shape == target.shape == (4,)  # claim: fix-shapes
assert target.unsqueeze(1).shape == target.view_as(output).shape == output.shape == (4, 1)  # claim: fix-shapes
for call, loss in fixed.items():
    print(f"MSELoss({call}) = {loss.item():.4f}")
assert all(torch.allclose(loss, right) for loss in fixed.values())  # claim: fixes-same
assert caught == []  # claim: same-shape-no-warning

# squeeze() without a dim also drops the batch dim of a batch of one
one_output, one_target = torch.randn(1, 1), torch.randn(1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.MSELoss()(one_output.squeeze(), one_target)
print("batch of one: squeeze() ->", tuple(one_output.squeeze().shape), "| squeeze(1) ->", tuple(one_output.squeeze(1).shape))
assert one_output.squeeze().shape == () and len(caught) == 1  # claim: squeeze-all-warns
assert "different to the input size (torch.Size([]))" in str(caught[0].message)  # claim: squeeze-all-warns
assert one_output.squeeze(1).shape == one_target.shape  # claim: squeeze-one-fits
