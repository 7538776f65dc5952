import torch

torch.manual_seed(0)
w = torch.tensor([1.0, 2.0, 3.0, 4.0])  # weights for multinomial
p = torch.tensor([0.2, 0.8]).repeat(50)  # probabilities for bernoulli
rows = [  # call, function, arguments, whether values may repeat
    ("torch.randint(3, 7, (100,))", torch.randint, (3, 7, (100,)), {}, True),
    ("torch.randperm(6)", torch.randperm, (6,), {}, False),
    ("torch.multinomial(w, 4)", torch.multinomial, (w, 4), {}, False),
    ("torch.multinomial(w, 100, replacement=True)", torch.multinomial, (w, 100), {"replacement": True}, True),
    ("torch.bernoulli(p)", torch.bernoulli, (p,), {}, True),
]
print("| call | values drawn | repeats? | output dtype | needs a tensor input? |")
print("|---|---|---|---|---|")
for call, fn, args, kwargs, may_repeat in rows:
    sample = fn(*args, **kwargs)
    values = sample.unique().tolist()
    repeats = len(values) < sample.numel()  # some value came out twice
    assert repeats == may_repeat  # claim: table-repeats
    assert sample.dtype == (torch.float32 if fn is torch.bernoulli else torch.int64)  # claim: table-dtype
    plain = [a.tolist() if isinstance(a, torch.Tensor) else a for a in args]
    try:  # the same call with every tensor argument passed as a Python list
        fn(*plain, **kwargs)
        needs_tensor = False
    except TypeError as error:
        assert "must be Tensor" in str(error)  # claim: table-needs-tensor
        needs_tensor = True
    assert needs_tensor == any(isinstance(a, torch.Tensor) for a in args)  # claim: table-needs-tensor
    shown = "{" + ", ".join(str(v) for v in values) + "}"
    print(f"| `{call}` | `{shown}` | {'✓' if repeats else '✗'} | `{sample.dtype}` | {'✓' if needs_tensor else '✗'} |")

assert torch.randint(3, 7, (5,), dtype=torch.int32).dtype == torch.int32  # claim: dtype-option
assert torch.randperm(6, dtype=torch.int32).dtype == torch.int32  # claim: dtype-option
