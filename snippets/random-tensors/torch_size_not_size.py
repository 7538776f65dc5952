import torch

torch.manual_seed(0)
shape = torch.Size([5000, 500])
print(shape, isinstance(shape, tuple))
print('hasattr(torch, "size"):', hasattr(torch, "size"))
assert issubclass(torch.Size, tuple) and shape == (5000, 500)  # claim: size-is-tuple
assert not hasattr(torch, "size")  # claim: no-torch-size

try:
    torch.size([5000, 500])  # the typo: lowercase s
except AttributeError as error:
    print(f"AttributeError: {error}")
    assert "has no attribute 'size'" in str(error)  # claim: no-torch-size
else:
    raise AssertionError("torch.size exists now")

x = torch.randn((5000, 500))  # a plain tuple is enough
assert x.shape == shape  # claim: tuple-works
