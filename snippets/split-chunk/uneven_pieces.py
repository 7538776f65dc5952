import torch

torch.manual_seed(0)
x = torch.arange(10)


def sizes(pieces):
    return [len(p) for p in pieces]


print("x.split(3)        ->", sizes(x.split(3)))         # pieces OF size 3
print("x.chunk(4)        ->", sizes(x.chunk(4)))         # at most 4 pieces
print("x.tensor_split(4) ->", sizes(x.tensor_split(4)))  # exactly 4 pieces
assert sizes(x.split(3)) == [3, 3, 3, 1]  # claim: split-ten
assert sizes(x.chunk(4)) == [3, 3, 3, 1]  # claim: chunk-ten
assert sizes(x.tensor_split(4)) == [3, 3, 2, 2]  # claim: tensor-split-ten
assert torch.equal(torch.cat(x.tensor_split(4)), x)

checked = 0
for length in range(0, 21):  # tensor_split(n): always n, sizes within 1, larger first
    for n in range(1, 7):
        s = sizes(torch.arange(length).tensor_split(n))
        # claim: tensor-split-exact
        assert len(s) == n and max(s) - min(s) <= 1 and s == sorted(s, reverse=True)
        checked += 1
print("tensor_split(n) rule held for", checked, "(length, n) pairs")
