import torch

torch.manual_seed(0)
pieces = [torch.rand(4) for _ in range(100)]

# bug: grow the result one cat at a time; each call copies everything so far
out = pieces[0]
copied = 0
for p in pieces[1:]:
    out = torch.cat([out, p])
    copied += out.numel()

# fix: collect the pieces in a list, join them once
once = torch.cat(pieces)

print("same result:", torch.equal(out, once))
print("elements copied by the loop:", copied)
print("elements copied by one cat: ", once.numel())
assert torch.equal(out, once)
assert copied == sum(4 * k for k in range(2, 101))  # 2 + 3 + ... + 100 pieces: quadratic
assert once.numel() == 4 * 100                      # each element written once: linear
assert torch.equal(torch.stack(pieces), once.view(100, 4))  # rows instead? collect, stack once
