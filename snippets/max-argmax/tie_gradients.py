import torch

torch.manual_seed(0)
x = torch.tensor([[1.0, 3.0, 3.0], [2.0, 2.0, 0.0]], requires_grad=True)  # each row has a tie

x.max(dim=1).values.sum().backward()
print("max(dim=1):\n", x.grad)
assert x.grad.tolist() == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]  # claim: max-dim-grad-one
assert torch.equal(x.grad, torch.nn.functional.one_hot(x.max(dim=1).indices, 3).float())  # claim: max-dim-grad-one

x.grad = None
x.amax(dim=1).sum().backward()
print("amax(dim=1):\n", x.grad)
assert x.grad.tolist() == [[0.0, 0.5, 0.5], [0.5, 0.5, 0.0]]  # claim: amax-splits

x.grad = None
x.max().backward()  # no dim: split evenly too
print("max():\n", x.grad)
assert x.grad.tolist() == [[0.0, 0.5, 0.5], [0.0, 0.0, 0.0]]  # claim: max-no-dim-splits

three = torch.tensor([3.0, 3.0, 3.0, 1.0], requires_grad=True)  # a three-way tie: thirds
three.amax().backward(); g_amax, three.grad = three.grad.clone(), None
three.max().backward()
assert torch.allclose(g_amax, torch.tensor([1 / 3, 1 / 3, 1 / 3, 0.0])) and torch.equal(three.grad, g_amax)  # claim: amax-splits, max-no-dim-splits

a = torch.tensor([3.0, 5.0], requires_grad=True)
b = torch.tensor([3.0, 1.0], requires_grad=True)
torch.maximum(a, b).sum().backward()
print("maximum: a.grad", a.grad, " b.grad", b.grad)
assert a.grad.tolist() == [0.5, 1.0] and b.grad.tolist() == [0.5, 0.0]  # claim: maximum-tie-half

doc = " ".join(torch.max.__doc__.split())  # what the torch.max docs say about ties
assert "``amax``/``amin`` evenly distribute gradients between equal values" in doc  # claim: max-docs-split
assert "(no dim specified), gradients evenly distribute" in doc and "only propagate to the indexed element" in doc  # claim: max-docs-split
