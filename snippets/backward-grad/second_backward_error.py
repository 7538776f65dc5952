import torch

torch.manual_seed(0)
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 2).sum()  # pow saves x for its backward
y.backward()  # frees the values the graph saved for the backward pass
try:
    y.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Trying to backward through the graph a second time" in str(error)  # claim: second-raises
    assert "Saved intermediate values of the graph are freed" in str(error)  # claim: frees-saved
else:
    raise AssertionError("a second backward() through a freed graph should raise")

s = x.sum()  # sum saves nothing, so there is nothing to free
s.backward()
s.backward()
print("x.sum(), backward() twice: no error")
assert torch.equal(x.grad, 2 * x.detach() + 2)  # claim: nothing-saved-no-error

# retain_graph=True keeps the saved values, and the second pass adds to .grad
x.grad = None
y = (x ** 2).sum()
y.backward(retain_graph=True)
print("after the first backward(): ", x.grad)
first = x.grad.clone()
y.backward()  # the last pass needs no retain_graph; it frees the graph
print("after the second backward():", x.grad)
assert torch.equal(first, 2 * x.detach()) and torch.equal(x.grad, 2 * first)  # claim: retain-keeps, accumulates
try:
    y.backward()
except RuntimeError as error:
    assert "backward through the graph a second time" in str(error)  # claim: last-frees
else:
    raise AssertionError("the pass without retain_graph should have freed the graph")
