import inspect
import warnings

import torch
from torch.autograd import Variable

torch.manual_seed(0)
x = torch.rand(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    v = Variable(x)
print("type(Variable(x)):", type(v))
print("isinstance(v, Variable):", isinstance(v, Variable), "| isinstance(x, Variable):", isinstance(x, Variable))
print("issubclass(torch.Tensor, Variable):", issubclass(torch.Tensor, Variable))
print("warnings:", len(caught))
assert type(v) is torch.Tensor and type(v) is not Variable  # claim: returns-tensor
assert isinstance(v, Variable) and isinstance(x, Variable) and isinstance(torch.nn.Parameter(x), Variable)  # claim: isinstance-any-tensor
assert not isinstance(x.tolist(), Variable)  # claim: isinstance-any-tensor
assert "return isinstance(other, torch.Tensor)" in inspect.getsource(type(Variable).__instancecheck__)  # claim: isinstance-any-tensor
assert not issubclass(torch.Tensor, Variable)  # claim: issubclass-false
assert not caught  # claim: no-warning
assert torch.equal(v, x) and v.data_ptr() == x.data_ptr() and v is not x  # claim: new-object-same-storage
p = torch.rand(3, requires_grad=True)
print("Variable(p).requires_grad for p that requires grad:", Variable(p).requires_grad)
assert not Variable(p).requires_grad and Variable(p).data_ptr() == p.data_ptr()  # claim: drops-requires-grad
assert Variable(p * 2).grad_fn is None and not Variable(p * 2).requires_grad  # claim: drops-requires-grad

try:
    Variable([1.0, 2.0])  # its data has to be a tensor
except TypeError as error:
    print(f"TypeError: {error}")
    assert "Variable data has to be a tensor, but got list" in str(error)  # claim: needs-tensor
else:
    raise AssertionError("Variable(list) should raise")
