import torch

torch.manual_seed(0)
x = torch.rand(3, requires_grad=True)

detached = x.detach()
cloned = x.clone()
copied = x.detach().clone()

# Same data_ptr() means the same memory
print("detach()         shares memory:", detached.data_ptr() == x.data_ptr())
print("clone()          shares memory:", cloned.data_ptr() == x.data_ptr())
print("detach().clone() shares memory:", copied.data_ptr() == x.data_ptr())

assert detached.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()  # claim: detach-shares
assert cloned.untyped_storage().data_ptr() != x.untyped_storage().data_ptr()  # claim: clone-new-memory
assert copied.untyped_storage().data_ptr() != x.untyped_storage().data_ptr()  # claim: clone-new-memory

view = x[1:]  # a view that starts one element in
assert view.data_ptr() == x.data_ptr() + x.element_size()  # claim: data-ptr-first-element
assert detached.data_ptr() == x.data_ptr() and cloned.data_ptr() != x.data_ptr()  # claim: data-ptr-first-element
# claim: offset-view-shares
assert view.data_ptr() != x.data_ptr() and view.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
