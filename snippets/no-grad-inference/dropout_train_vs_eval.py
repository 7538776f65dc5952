import torch

torch.manual_seed(0)
dropout = torch.nn.Dropout(p=0.5)
x = torch.ones(8)

print("training =", dropout.training)
first, second = dropout(x), dropout(x)
print("train:", first)
print("train:", second)
assert not torch.equal(first, second)  # claim: dropout-new-mask
assert set(first.tolist()) == {0.0, 2.0}  # claim: dropout-scale

dropout.eval()
print("training =", dropout.training)
first, second = dropout(x), dropout(x)
print("eval: ", first)
print("eval: ", second)
assert torch.equal(first, second) and torch.equal(first, x)  # claim: dropout-eval
