import torch

torch.manual_seed(0)
a, b, c = torch.tensor(1e8), torch.tensor(-1e8), torch.tensor(1.0)  # float32
print("(a + b) + c =", ((a + b) + c).item(), "  a + (b + c) =", (a + (b + c)).item())
assert ((a + b) + c).item() != (a + (b + c)).item()  # claim: sum-order-matters

doc = " ".join(torch.use_deterministic_algorithms.__doc__.split())
# the docs list the operations that switch to a deterministic kernel first, then those that raise
switches = doc.split("normally-nondeterministic operations will act deterministically")[1].split("will throw")[0]
for entry in ("torch.Tensor.scatter_add_` when called on a CUDA tensor", "torch.index_add` when called on CUDA tensor",
              "torch.Tensor.scatter` when `src` type is Tensor and called on CUDA tensor",
              "torch.gather` when called on a CUDA tensor that requires grad",
              "torch.index_select` when attempting to differentiate a CUDA tensor"):
    assert entry in switches  # claim: docs-deterministic-list

was_on = torch.are_deterministic_algorithms_enabled()
torch.use_deterministic_algorithms(True)
try:
    torch.zeros(5).put_(torch.tensor([0, 0]), torch.tensor([1.0, 2.0]))  # no deterministic version, even on CPU
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "does not have a deterministic implementation" in str(error)  # claim: flag-raises-without-kernel
else:
    raise AssertionError("put_ should raise in deterministic mode")
finally:
    torch.use_deterministic_algorithms(was_on)  # put the global flag back
assert torch.are_deterministic_algorithms_enabled() == was_on  # claim: flag-restored
