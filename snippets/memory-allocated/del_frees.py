import weakref

import torch

torch.manual_seed(0)
x = torch.rand(1000)
watch = weakref.ref(x)  # a weak reference does not keep x alive
del x
print("after del x, the tensor is gone:", watch() is None)
assert watch() is None  # claim: del-frees

x = torch.rand(1000)
y = x  # a second name for the same tensor
watch = weakref.ref(x)
del x
print("after del x with y = x, the tensor is gone:", watch() is None)
assert watch() is y  # claim: other-name-keeps
del y
assert watch() is None  # claim: other-name-keeps

x = torch.rand(1000)
first = x[:10]  # a view: it shares x's storage
watch = weakref.ref(x)
del x
print("after del x with a view left, the tensor is gone:", watch() is None,
      "| view's storage:", first.untyped_storage().nbytes(), "bytes")
assert watch() is first._base and first.untyped_storage().nbytes() == 1000 * 4  # claim: view-keeps-base
