import torch

torch.manual_seed(0)
shape = torch.Size([5000, 500])
print(shape, isinstance(shape, tuple))
print('hasattr(torch, "size"):', hasattr(torch, "size"))
assert isinstance(shape, tuple) and shape == (5000, 500)
assert not hasattr(torch, "size")

try:
    torch.size([5000, 500])  # the typo: lowercase s
except AttributeError as error:
    print(f"AttributeError: {error}")
    assert "has no attribute 'size'" in str(error)
else:
    raise AssertionError("torch.size exists now")

x = torch.randn((5000, 500))  # a plain tuple is enough
assert x.shape == shape
