import torch

torch.manual_seed(0)
print("torch.__version__:", torch.__version__)
print("torch.version.cuda:", torch.version.cuda)
assert torch.version.cuda is None  # claim: cpu-wheel
print("torch.backends.cudnn.is_available():", torch.backends.cudnn.is_available())
assert not torch.backends.cudnn.is_available()  # claim: cpu-wheel
try:
    torch.zeros(2).pin_memory()
except RuntimeError as error:
    print(f"torch.zeros(2).pin_memory(): RuntimeError: {error.args[0].splitlines()[0]}")
    assert "Cannot access accelerator device when none is available" in str(error)  # claim: cpu-wheel-pin
else:
    raise AssertionError("pin_memory() should raise without an accelerator")
