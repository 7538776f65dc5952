import torch

torch.manual_seed(0)
w = torch.zeros(3, requires_grad=True)  # a leaf that requires grad, like a parameter

try:
    w += 1
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "a leaf Variable that requires grad is being used in an in-place operation" in str(error)  # claim: leaf-refuses
else:
    raise AssertionError("an in-place add on such a leaf should raise")

w2 = w + 1  # allowed, but the result is a new non-leaf, not the parameter
print("w + 1: is_leaf =", w2.is_leaf, " grad_fn =", w2.grad_fn.name())
assert not w2.is_leaf and w2.grad_fn is not None and w2 is not w  # claim: leaf-plus-new-nonleaf

with torch.no_grad():  # how an optimizer updates parameters: in place, untracked
    w += 1
print("under no_grad: w =", w.tolist(), " is_leaf =", w.is_leaf)
assert w.is_leaf and w.grad_fn is None and w.tolist() == [1.0, 1.0, 1.0]  # claim: no-grad-update

p = torch.nn.Parameter(torch.zeros(3))  # an optimizer step updates in place too
p.grad = torch.ones(3)
ptr, version = p.data_ptr(), p._version
torch.optim.SGD([p], lr=0.1).step()
print("after SGD.step(): same memory:", p.data_ptr() == ptr, " version bumped:", p._version > version)
assert p.data_ptr() == ptr and p._version > version and p.is_leaf  # claim: optimizer-in-place
