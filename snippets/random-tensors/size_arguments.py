import torch

torch.manual_seed(0)
shapes = [
    torch.rand(2, 3).shape,  # varargs
    torch.rand((2, 3)).shape,  # tuple
    torch.rand([2, 3]).shape,  # list
    torch.rand(torch.Size([2, 3])).shape,  # torch.Size
]
for shape in shapes:
    print(shape)

assert all(shape == torch.Size([2, 3]) for shape in shapes)  # claim: size-forms
# randint takes the size as one tuple, after low and high
assert torch.randint(0, 10, (2, 3)).shape == (2, 3)  # claim: randint-size-tuple
try:
    torch.randint(0, 10, 2, 3)  # the size spread out, as rand allows
except TypeError as error:
    print("TypeError:", str(error).splitlines()[0])
    assert "invalid combination of arguments" in str(error)  # claim: randint-size-tuple
else:
    raise AssertionError("randint accepted the size as separate numbers")
