import torch

torch.manual_seed(0)
x, index, values = torch.zeros(5), torch.tensor([0, 0]), torch.tensor([1.0, 2.0])
x.put_(index, values)  # two writes to the same slot: which one wins is not specified
print("default mode, put_ with a repeated index:", x.tolist())

torch.use_deterministic_algorithms(True)
try:
    x.put_(index, values)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" You can")[0])
    assert "does not have a deterministic implementation" in str(error)
else:
    raise AssertionError("put_ should raise in deterministic mode")

x.put_(index, values, accumulate=True)  # summing is order-independent: allowed
print("accumulate=True is allowed:", x.tolist())
print("torch.empty(3) now:", torch.empty(3).tolist())  # uninitialised memory is filled with NaN
assert torch.empty(3).isnan().all()
torch.use_deterministic_algorithms(False)  # restore the default
assert not torch.are_deterministic_algorithms_enabled()
