import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
losses = [nn.MSELoss, nn.L1Loss, nn.SmoothL1Loss, nn.HuberLoss, nn.BCELoss, nn.BCEWithLogitsLoss]


def attempt(loss, input_shape, target_shape):  # shape of the reduction="none" result, or the error
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            shape = f"`{tuple(loss(reduction='none')(torch.rand(input_shape), torch.rand(target_shape)).shape)}`"
        except ValueError:
            shape = "`ValueError`"
    return shape, "✓" if any(issubclass(w.category, UserWarning) for w in caught) else "✗"


print("| Loss | (4, 1) vs (4,): result | warns | (4,) vs (4, 1): result | warns | (4,) vs (4,): result | warns |")
print("|---|---|---|---|---|---|---|")
rows = {}
for loss in losses:
    rows[loss.__name__] = [*attempt(loss, (4, 1), (4,)), *attempt(loss, (4,), (4, 1)), *attempt(loss, (4,), (4,))]
    print(f"| `nn.{loss.__name__}` | " + " | ".join(rows[loss.__name__]) + " |")

# claim: table-regression-broadcast
assert all(rows[n] == ["`(4, 4)`", "✓", "`(4, 4)`", "✓", "`(4,)`", "✗"] for n in ["MSELoss", "L1Loss", "SmoothL1Loss", "HuberLoss"])
# claim: table-bce-raises
assert all(rows[n] == ["`ValueError`", "✗", "`ValueError`", "✗", "`(4,)`", "✗"] for n in ["BCELoss", "BCEWithLogitsLoss"])
