import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 2.0, 3.0, 4.0])  # weights for multinomial
p = torch.tensor([0.2, 0.8]).repeat(50)  # probabilities for bernoulli
rows = [  # call, sample, takes a tensor of probabilities or weights
    ("torch.randint(3, 7, (100,))", torch.randint(3, 7, (100,)), False),
    ("torch.randperm(6)", torch.randperm(6), False),
    ("torch.multinomial(w, 4)", torch.multinomial(w, 4), True),
    ("torch.multinomial(w, 100, replacement=True)", torch.multinomial(w, 100, replacement=True), True),
    ("torch.bernoulli(p)", torch.bernoulli(p), True),
]
print("| call | values drawn | repeats? | output dtype | needs probabilities? |")
print("|---|---|---|---|---|")
for call, sample, needs_probs in rows:
    values = sample.unique().tolist()
    repeats = len(values) < sample.numel()
    assert repeats == ("100" in call or "bernoulli" in call)
    assert sample.dtype == (torch.float32 if "bernoulli" in call else torch.int64)
    shown = "{" + ", ".join(str(v) for v in values) + "}"
    print(f"| `{call}` | `{shown}` | {'✓' if repeats else '✗'} | `{sample.dtype}` | {'✓' if needs_probs else '✗'} |")
