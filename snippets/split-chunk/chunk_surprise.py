import math

import torch

torch.manual_seed(0)


def sizes(pieces):
    return [len(p) for p in pieces]


six, three = torch.arange(6), torch.arange(3)
print("arange(6).chunk(4)        ->", sizes(six.chunk(4)))
print("arange(6).tensor_split(4) ->", sizes(six.tensor_split(4)))
assert sizes(six.chunk(4)) == [2, 2, 2]  # asked for 4, got 3
assert sizes(six.tensor_split(4)) == [2, 2, 1, 1]

print("arange(3).chunk(4)        ->", sizes(three.chunk(4)))
print("arange(3).tensor_split(4) ->", sizes(three.tensor_split(4)))
assert sizes(three.chunk(4)) == [1, 1, 1]
assert sizes(three.tensor_split(4)) == [1, 1, 1, 0]  # an empty piece keeps the count

# chunk(n) cuts pieces of ceil(length / n), like split() with that size
for length in (10, 6, 3):
    x = torch.arange(length)
    assert sizes(x.chunk(4)) == sizes(x.split(math.ceil(length / 4)))
