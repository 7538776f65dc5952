import torch

torch.manual_seed(0)
backbone, head = torch.nn.Linear(4, 4), torch.nn.Linear(4, 1)
backbone.requires_grad_(False)  # freeze: sets requires_grad=False on its parameters
assert not any(p.requires_grad for p in backbone.parameters())  # claim: freeze-all-params

loss = head(backbone(torch.randn(8, 4))).pow(2).mean()
loss.backward()

for name, layer in [("backbone", backbone), ("head", head)]:
    print(f"{name:8} weight.requires_grad={layer.weight.requires_grad!s:5}"
          f"  weight.grad is None: {layer.weight.grad is None}")
assert backbone.weight.grad is None and backbone.bias.grad is None  # claim: frozen-no-grad
assert head.weight.grad is not None and head.bias.grad is not None  # claim: head-trains
assert loss.requires_grad  # claim: head-trains
# the flags stay set after the forward and backward passes, parameter by parameter
assert not any(p.requires_grad for p in backbone.parameters()) and all(p.requires_grad for p in head.parameters())  # claim: freeze-stays

w = torch.zeros(3)
assert w.requires_grad_(True) is w and w.requires_grad  # claim: tensor-requires-grad
