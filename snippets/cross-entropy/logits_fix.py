import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(5, 3)  # fix: the model ends in a Linear layer, no Softmax
x, y = torch.randn(8, 5), torch.randint(0, 3, (8,))

loss = nn.CrossEntropyLoss()(model(x), y)  # train on the raw logits
loss.backward()
print("loss:", loss.item())

with torch.no_grad():
    logits = model(x)
    probs = logits.softmax(dim=1)  # only when you need probabilities
print("rows of probs sum to 1:", torch.allclose(probs.sum(dim=1), torch.ones(8)))
print("argmax(logits) == argmax(probs):", torch.equal(logits.argmax(1), probs.argmax(1)))
assert torch.allclose(probs.sum(dim=1), torch.ones(8))  # claim: softmax-probs
assert torch.equal(logits.argmax(dim=1), probs.argmax(dim=1))  # claim: argmax-same
