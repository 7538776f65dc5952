import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
y.backward()  # frees the values the graph saved for the backward pass
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Trying to backward through the graph a second time" in str(error)
else:
    raise AssertionError("a second backward() through a freed graph should raise")

# retain_graph=True keeps the saved values, and the second pass adds to .grad
x.grad = None
y = (x ** 2).sum()
y.backward(retain_graph=True)
print("after the first backward(): ", x.grad)
first = x.grad.clone()
y.backward()
print("after the second backward():", x.grad)
assert torch.equal(first, 2 * x.detach()) and torch.equal(x.grad, 2 * first)
