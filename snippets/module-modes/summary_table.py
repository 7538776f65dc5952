import torch

torch.manual_seed(0)
x = torch.randn(16, 4) * 3 + 1  # a batch whose statistics differ from BN's initial running stats
calls = {
    "model.train()": lambda m: m.train(), "model.eval()": lambda m: m.eval(),
    "model.train(False)": lambda m: m.train(False),
    "model.requires_grad_(False)": lambda m: m.requires_grad_(False),
    "model[1].eval()": lambda m: m[1].eval(),
}
mark, rows = {True: "✓", False: "✗"}, {}
print("| Call | model.training | submodules' training | all params require grad | Dropout zeroes entries | BN uses batch stats |")
print("|---|---|---|---|---|---|")
for name, call in calls.items():
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.BatchNorm1d(4), torch.nn.Dropout(0.5))
    call(model)
    subs = [m.training for m in model]
    grads = all(p.requires_grad for p in model.parameters())
    zeroes = bool((model[2](torch.ones(100)) == 0).any())
    h = model[0](x)
    batch_norm = (h - h.mean(0)) / torch.sqrt(h.var(0, unbiased=False) + 1e-5)  # weight 1, bias 0
    batch_stats = torch.allclose(model[1](h), batch_norm, atol=1e-5)
    rows[name] = (model.training, subs, grads, zeroes, batch_stats)
    print(f"| `{name}` | {mark[model.training]} | {' '.join(mark[s] for s in subs)} | {mark[grads]} "
          f"| {mark[zeroes]} | {mark[batch_stats]} |")

default = rows["model.train()"]
assert default == (True, [True] * 3, True, True, True)  # claim: glance-default
assert rows["model.eval()"] == rows["model.train(False)"] == (False, [False] * 3, True, False, False)  # claim: glance-eval-rows
assert [a == b for a, b in zip(rows["model.requires_grad_(False)"], default)] == [True, True, False, True, True]  # claim: glance-freeze-row
assert rows["model[1].eval()"] == (True, [True, False, True], True, True, False)  # claim: glance-sub-row
