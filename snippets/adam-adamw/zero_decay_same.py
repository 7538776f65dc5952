import copy

import torch

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x, y = torch.randn(16, 3), torch.randn(16, 1)


def train(make_optimizer, steps=5):  # the same model, data and number of steps each time
    m = copy.deepcopy(model)
    opt = make_optimizer(m.parameters())
    for _ in range(steps):
        opt.zero_grad()
        torch.nn.functional.mse_loss(m(x), y).backward()
        opt.step()
    return torch.cat([p.detach().flatten() for p in m.parameters()])


adam = train(lambda ps: torch.optim.Adam(ps, lr=0.1))
adamw_no_decay = train(lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0))
print("Adam == AdamW(weight_decay=0) after 5 steps:", torch.equal(adam, adamw_no_decay))
assert torch.equal(adam, adamw_no_decay)  # claim: zero-decay-same

adamw = train(lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0.1))
flagged = train(lambda ps: torch.optim.Adam(ps, lr=0.1, weight_decay=0.1, decoupled_weight_decay=True))
print("AdamW == Adam(decoupled_weight_decay=True):", torch.equal(adamw, flagged))
coupled = train(lambda ps: torch.optim.Adam(ps, lr=0.1, weight_decay=0.1))
assert torch.equal(adamw, flagged) and not torch.allclose(adamw, coupled)  # claim: flag-is-adamw
assert issubclass(torch.optim.AdamW, torch.optim.Adam)  # claim: adamw-subclass
