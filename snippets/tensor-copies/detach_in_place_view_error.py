import torch

torch.manual_seed(0)
x = torch.rand(4, requires_grad=True)
v = (x * 2)[1:]  # slicing returns a view
print("is a view:", v._base is not None)
assert v._base is not None

try:
    v.detach_()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Can't detach views in-place" in str(error)  # claim: view-refused
    assert "Use detach() instead" in str(error)  # claim: view-points-to-detach
else:
    raise AssertionError("detach_() on a view should raise")
