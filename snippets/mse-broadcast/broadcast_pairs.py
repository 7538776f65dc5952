import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
output = torch.randn(4, 1)  # what nn.Linear(..., 1) returns: one column
target = torch.randn(4)     # what a dataset of numbers gives: a vector
assert nn.Linear(3, 1)(torch.randn(4, 3)).shape == output.shape  # claim: linear-column
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    per_element = nn.MSELoss(reduction="none")(output, target)
    loss = nn.MSELoss()(output, target)
message = str(caught[0].message)
print(f"{caught[0].category.__name__}: {message}")
print("reduction='none' gives shape", tuple(per_element.shape))
# claim: mse-warns
assert issubclass(caught[0].category, UserWarning) and "likely lead to incorrect results due to broadcasting" in message
assert message.startswith("Using a target size (torch.Size([4])) that is different to the input size (torch.Size([4, 1]))")  # claim: mse-warns
assert per_element.shape == (4, 4)  # claim: mse-n-by-n
assert torch.allclose(per_element, (output - target[None, :]) ** 2)  # claim: mse-all-pairs
right = nn.MSELoss()(output.squeeze(1), target)
print("MSELoss(output, target)            =", loss)
print("MSELoss(output.squeeze(1), target) =", right)
assert torch.allclose(loss, per_element.mean()) and not torch.isclose(loss, right)  # claim: mse-wrong-value
assert torch.allclose(right, ((output[:, 0] - target) ** 2).mean())  # claim: squeeze-right-value

with warnings.catch_warnings(record=True) as caught:  # shapes that cannot broadcast: warned, then refused
    warnings.simplefilter("always")
    try:
        nn.MSELoss()(torch.randn(4, 2), torch.randn(3))
    except RuntimeError as error:
        print(f"(4, 2) vs (3,): RuntimeError: {error}")
        assert "must match the size of tensor b (3)" in str(error)  # claim: unbroadcastable-raises
        assert len(caught) == 1 and "different to the input size" in str(caught[0].message)  # claim: unbroadcastable-raises
    else:
        raise AssertionError("(4, 2) vs (3,) should raise")
