import torch

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x, y = torch.zeros(3, device=device), torch.ones(3, device=device)
before, ptr = x, x.data_ptr()
a, b = torch.rand(3, device=device), torch.rand(3, device=device)
c = a.clone()
c += b
assert torch.equal(c, a + b)  # claim: same-numbers

x += y  # in place: the same object, the same memory
print("x += y:     same object:", x is before, " same memory:", x.data_ptr() == ptr)
assert x is before and x.data_ptr() == ptr  # claim: inplace-same-object
assert x.add_(y) is before  # claim: add-returns-self

x = x + y  # out of place: a new tensor, bound to the name x
print("x = x + y:  same object:", x is before, " same memory:", x.data_ptr() == ptr)
assert x is not before and x.data_ptr() != ptr  # claim: outofplace-new-tensor
print("old object:", before.tolist(), " x:", x.tolist())
assert before.tolist() == [2.0, 2.0, 2.0] and x.tolist() == [3.0, 3.0, 3.0]  # claim: old-object-kept
