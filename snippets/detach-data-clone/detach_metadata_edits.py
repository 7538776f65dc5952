import torch

torch.manual_seed(0)
x, w1_init, w2_init = torch.rand(4, 3), torch.rand(3, 2), torch.rand(2, 1)
# The in-place size / stride / storage changes named by the torch 2.2 docs
changes = {"resize_(1)": lambda d: d.resize_(1), "resize_(100)": lambda d: d.resize_(100),
           "resize_as_(empty(5))": lambda d: d.resize_as_(torch.empty(5)),
           "set_(zeros(3))": lambda d: d.set_(torch.zeros(3)),
           "transpose_(0, 1)": lambda d: d.transpose_(0, 1)}
for name, change in changes.items():
    w1, w2 = w1_init.clone().requires_grad_(), w2_init.clone().requires_grad_()
    loss = (x @ w1 @ w2).sum()
    d = w2.detach()
    change(d)  # no error here
    assert d.shape != w2.shape  # claim: metadata-no-error
    assert w2.shape == (2, 1) and torch.equal(w2, w2_init)  # claim: metadata-original-kept
    assert w2._version == 1  # claim: metadata-caught
    try:
        loss.backward()
    except RuntimeError as error:
        assert "modified by an inplace operation" in str(error)  # claim: metadata-caught
        print(f"w2.detach().{name:<21} no error; d {tuple(d.shape)}, w2 {tuple(w2.shape)},",
              "backward() raises")
    else:
        raise AssertionError(f"backward() should notice {name}")
# claim: docstring-dropped
assert not any(word in torch.Tensor.detach.__doc__ for word in ("Previously, in-place size", "resize_", "set_", "transpose_"))
