import torch

torch.manual_seed(0)
x = torch.zeros(2)
alias = x   # not a copy: a second name for the same tensor
assert alias is x  # claim: assignment-no-copy
history = []
for step in range(3):
    x += 1
    history.append(x)  # appends the same object three times

print("alias   =", alias.tolist())
print("history =", [h.tolist() for h in history])
assert alias.tolist() == [3.0, 3.0]  # claim: alias-sees-change
assert len(history) == 3 and all(h is x for h in history)  # claim: list-one-tensor

x = torch.zeros(2)
history = []
for step in range(3):
    x = x + 1          # a new tensor each step
    history.append(x)
print("with x = x + 1:", [h.tolist() for h in history])
assert [h[0].item() for h in history] == [1.0, 2.0, 3.0]  # claim: list-every-step
