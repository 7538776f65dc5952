import torch

torch.manual_seed(0)
print("torch.clip is torch.clamp:", torch.clip is torch.clamp)
print("names:", torch.clip.__name__, torch.clamp.__name__)
pairs = {"clip": "clamp", "absolute": "abs", "concat": "cat", "concatenate": "cat", "multiply": "mul",
         "divide": "div", "subtract": "sub", "negative": "neg", "greater": "gt", "arccos": "acos",
         "fix": "trunc", "swapaxes": "transpose", "moveaxis": "movedim"}
for alias, original in pairs.items():
    assert getattr(torch, alias) is not getattr(torch, original)  # claim: different-objects
    assert getattr(torch, alias).__name__ == alias  # claim: own-name
    if hasattr(torch.Tensor, alias):  # concat and concatenate are not Tensor methods
        assert getattr(torch.Tensor, alias) is not getattr(torch.Tensor, original)  # claim: different-objects

x = torch.randn(4, requires_grad=True)  # both record the same operation in the graph
clipped, clamped = torch.clip(x, -0.5, 0.5), torch.clamp(x, -0.5, 0.5)
print("grad_fn:", clipped.grad_fn.name(), clamped.grad_fn.name())
assert clipped.grad_fn.name() == clamped.grad_fn.name() == "ClampBackward1"  # claim: same-node
(g_clip,), (g_clamp,) = torch.autograd.grad(clipped.sum(), x), torch.autograd.grad(clamped.sum(), x)
assert torch.equal(g_clip, g_clamp)  # claim: same-node

p, q = torch.randn(3, 4, requires_grad=True), torch.randn(3, 4, requires_grad=True)
args = {"clip": (p, -0.5, 0.5), "concat": ([p, q], 1), "concatenate": ([p, q], 1), "multiply": (p, q),
        "divide": (p, q), "subtract": (p, q), "greater": (p, q), "arccos": (p.tanh(),),
        "swapaxes": (p, 0, 1), "moveaxis": (p, 0, 1)}  # the others take p alone
nodes = {}
for alias, original in pairs.items():  # the node each name records, for alias and original
    outs = [getattr(torch, name)(*args.get(alias, (p,))) for name in (alias, original)]
    nodes[alias] = {out.grad_fn.name() if out.grad_fn else None for out in outs}
print("one node per pair:", all(len(found) == 1 for found in nodes.values()), "| greater:", nodes["greater"])
assert all(len(found) == 1 for found in nodes.values())  # claim: same-node-all
assert nodes.pop("greater") == {None} and None not in set().union(*nodes.values())  # claim: same-node-all
