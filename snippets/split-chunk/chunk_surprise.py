import math

import torch

torch.manual_seed(0)


def sizes(pieces):
    return [len(p) for p in pieces]


six, three = torch.arange(6), torch.arange(3)
print("arange(6).chunk(4)        ->", sizes(six.chunk(4)))
print("arange(6).tensor_split(4) ->", sizes(six.tensor_split(4)))
assert sizes(six.chunk(4)) == [2, 2, 2]  # claim: chunk-fewer
assert sizes(six.tensor_split(4)) == [2, 2, 1, 1]  # claim: tensor-split-four

print("arange(3).chunk(4)        ->", sizes(three.chunk(4)))
print("arange(3).tensor_split(4) ->", sizes(three.tensor_split(4)))
assert sizes(three.chunk(4)) == [1, 1, 1]  # claim: chunk-fewer
assert sizes(three.tensor_split(4)) == [1, 1, 1, 0]  # claim: tensor-split-four

for length in range(1, 21):  # chunk(n) cuts pieces of ceil(length / n), like split() with that size
    for n in range(1, 7):
        x = torch.arange(length)
        assert sizes(x.chunk(n)) == sizes(x.split(math.ceil(length / n)))  # claim: chunk-is-split

empty = torch.arange(0)  # the exception: an empty tensor gives n empty pieces
print("arange(0).chunk(4)        ->", sizes(empty.chunk(4)))
assert sizes(empty.chunk(4)) == [0, 0, 0, 0] and sizes(empty.split(1)) == [0]  # claim: chunk-empty
