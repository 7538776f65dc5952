import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.5))
x = torch.randn(2, 4)

with torch.inference_mode():
    print("inside inference_mode: model.training =", model.training)
    first, second = model(x), model(x)
    assert model.training  # claim: inference-not-eval
print("two calls equal:", torch.equal(first, second))
assert not torch.equal(first, second)  # claim: inference-not-eval

model.eval()
with torch.inference_mode():
    first, second = model(x), model(x)
print("after model.eval(), two calls equal:", torch.equal(first, second))
assert not model.training and torch.equal(first, second)  # claim: eval-then-equal
