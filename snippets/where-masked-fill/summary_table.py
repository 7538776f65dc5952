import torch

torch.manual_seed(0)
x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]], requires_grad=True)
m = x.detach() < 0  # the masked elements: the three negatives

def assign(y):
    y[m] = 0.0
    return y

ways = {  # call: function of y, a non-leaf copy of x that in-place calls may write into
    "torch.where(m, 0.0, y)": lambda y: torch.where(m, 0.0, y),
    "y.masked_fill(m, 0.0)": lambda y: y.masked_fill(m, 0.0),
    "y.masked_fill_(m, 0.0)": lambda y: y.masked_fill_(m, 0.0),
    "y[~m]": lambda y: y[~m],
    "y[m] = 0.0": assign,
}
print("| way | output shape | changes y? | gradient to masked elements |")
print("|---|---|---|---|")
in_place = []
for call, fn in ways.items():
    y = x * 1
    out = fn(y)
    out.sum().backward()
    in_place.append(not torch.equal(y.detach(), x.detach()))  # did the call write into y?
    print(f"| `{call}` | `{tuple(out.shape)}` | {'✓' if in_place[-1] else '✗'} | `{x.grad[m].tolist()}` |")
    assert x.grad[m].tolist() == [0.0] * 3 and x.grad[~m].tolist() == [1.0] * 3  # claim: table-grads
    x.grad = None

assert in_place == [False, False, True, False, True]  # claim: table-in-place


def refused_on_leaf(fn):  # the in-place forms, applied to the leaf x itself
    try:
        fn(x)
    except RuntimeError as error:
        return "leaf Variable that requires grad" in str(error)
    return False


assert refused_on_leaf(ways["y.masked_fill_(m, 0.0)"]) and refused_on_leaf(assign)  # claim: leaf-refuses-in-place
