import torch

torch.manual_seed(0)
start = torch.randn(4)
grads = [torch.randn(4) for _ in range(5)]


def train(make_optimizer) -> torch.Tensor:
    weight = torch.nn.Parameter(start.clone())
    optimizer = make_optimizer([weight])
    for grad in grads:
        weight.grad = grad.clone()
        optimizer.step()
    return weight.detach()


adamw = train(lambda params: torch.optim.AdamW(params, lr=0.1, weight_decay=0.5))
coupled = train(lambda params: torch.optim.Adam(params, lr=0.1, weight_decay=0.5))
print("Adam(weight_decay=0.5) equals AdamW:", torch.equal(coupled, adamw))
assert not torch.equal(coupled, adamw)  # claim: adam-coupled-differs

try:
    decoupled = train(lambda params: torch.optim.Adam(params, lr=0.1, weight_decay=0.5, decoupled_weight_decay=True))
    print("Adam(weight_decay=0.5, decoupled_weight_decay=True) equals AdamW:", torch.equal(decoupled, adamw))
except TypeError as error:
    print(f"Adam(..., decoupled_weight_decay=True): TypeError: {error}")
    decoupled = None
assert decoupled is not None and torch.equal(decoupled, adamw)  # claim: adam-decoupled
