import warnings

import torch

torch.manual_seed(0)
x, index, values = torch.zeros(5), torch.tensor([0, 0]), torch.tensor([1.0, 2.0])
unpool = torch.nn.MaxUnpool1d(2)  # MaxUnpool1d is on the docstring's list of ops that raise

torch.use_deterministic_algorithms(True, warn_only=True)  # report, but run anyway
assert torch.are_deterministic_algorithms_enabled()  # claim: warn-only-enabled
assert torch.is_deterministic_algorithms_warn_only_enabled()  # claim: warn-only-reports
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x.put_(index, values)
    unpool(torch.ones(1, 1, 2), torch.tensor([[[0, 0]]]))
torch.use_deterministic_algorithms(False)  # restore the default
for warning in caught:
    print("UserWarning:", str(warning.message).split(" You can")[0])
assert x[0].item() in (1.0, 2.0)  # claim: warn-only-runs
assert [w.category for w in caught] == [UserWarning, UserWarning]  # claim: warn-only-warns, two-ops-one-run
assert all("does not have a deterministic implementation" in str(w.message) for w in caught)  # claim: warn-only-warns
# claim: restores-settings, warn-only-reports
assert not (torch.are_deterministic_algorithms_enabled() or torch.is_deterministic_algorithms_warn_only_enabled())
