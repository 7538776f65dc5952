import torch

torch.manual_seed(0)
x = torch.arange(10)


def sizes(pieces):
    return [len(p) for p in pieces]


print("x.split(3)        ->", sizes(x.split(3)))         # pieces OF size 3
print("x.chunk(4)        ->", sizes(x.chunk(4)))         # at most 4 pieces
print("x.tensor_split(4) ->", sizes(x.tensor_split(4)))  # exactly 4 pieces
assert sizes(x.split(3)) == [3, 3, 3, 1]
assert sizes(x.chunk(4)) == [3, 3, 3, 1]         # ceil(10 / 4) = 3 per piece
assert sizes(x.tensor_split(4)) == [3, 3, 2, 2]  # sizes differ by at most 1
assert torch.equal(torch.cat(x.tensor_split(4)), x)

for length in range(1, 13):  # tensor_split: always 4, sizes within 1, larger first
    s = sizes(torch.arange(length).tensor_split(4))
    assert len(s) == 4 and max(s) - min(s) <= 1 and s == sorted(s, reverse=True)
