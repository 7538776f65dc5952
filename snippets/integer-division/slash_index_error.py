import torch

torch.manual_seed(0)
x = torch.arange(10) * 10
length = torch.tensor([7, 4])  # lengths of two sequences, int64
middle = length / 2  # true division: a float tensor, even for integers
print("length / 2 :", middle, middle.dtype)
try:
    x[middle]
except IndexError as error:
    print(f"IndexError: {error}")
    assert "tensors used as indices must be long, int, byte or bool tensors" in str(error)  # claim: float-index-raises
else:
    raise AssertionError("indexing with a float tensor should raise")

for fixed in [length // 2, torch.div(length, 2, rounding_mode="floor")]:
    assert fixed.dtype == torch.int64 and fixed.tolist() == [3, 2]  # claim: index-fix
print("length // 2:", length // 2, "->", x[length // 2])
