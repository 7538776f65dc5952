import torch

torch.manual_seed(0)
x = torch.tensor([-2.5, -0.0, 0.0, 3.0])
print("absolute:", torch.absolute(x))
print("abs     :", torch.abs(x))
assert torch.equal(torch.absolute(x), torch.abs(x)) and torch.equal(x.absolute(), x.abs())  # claim: absolute-same

ints = torch.tensor([-3, 4], dtype=torch.int32)  # integer input keeps its dtype either way
assert torch.absolute(ints).dtype == torch.abs(ints).dtype == torch.int32  # claim: absolute-int32

a, b = x.clone(), x.clone()
a.absolute_()  # in place: only the Tensor method exists for absolute_
b.abs_()
assert torch.equal(a, b)  # claim: inplace-same
print("torch.absolute_ exists:", hasattr(torch, "absolute_"), "| torch.abs_ exists:", hasattr(torch, "abs_"))
assert hasattr(torch.Tensor, "absolute_") and not hasattr(torch, "absolute_")  # claim: absolute-inplace-method
assert hasattr(torch, "abs_")  # claim: absolute-inplace-method
