import warnings

import torch

torch.manual_seed(0)
x, index, values = torch.zeros(5), torch.tensor([0, 0]), torch.tensor([1.0, 2.0])

torch.use_deterministic_algorithms(True, warn_only=True)  # report, but run anyway
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x.put_(index, values)
message = str(caught[0].message)
assert caught[0].category is UserWarning
print("UserWarning:", message.split(" You can")[0])
assert "does not have a deterministic implementation" in message
assert torch.is_deterministic_algorithms_warn_only_enabled()
torch.use_deterministic_algorithms(False)  # restore the default
