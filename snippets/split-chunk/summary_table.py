import torch

torch.manual_seed(0)
calls = [("x.split(3)", 10), ("x.chunk(4)", 10), ("x.tensor_split(4)", 10),
         ("x.chunk(4)", 6), ("x.tensor_split(4)", 6), ("x.chunk(4)", 3), ("x.tensor_split(4)", 3),
         ("x.split([2, 5, 3])", 10), ("x.tensor_split([2, 5])", 10)]
rows = {}
print("| Call | Length | Number of pieces | Piece sizes |")
print("|---|---|---|---|")
for call, length in calls:
    pieces = eval(call, {"x": torch.arange(length)})
    sizes = [p.numel() for p in pieces]
    rows[call, length] = sizes
    print(f"| `{call}` | {length} | {len(pieces)} | `{sizes}` |")

assert rows["x.chunk(4)", 6] == [2, 2, 2] and rows["x.chunk(4)", 3] == [1, 1, 1]  # claim: chunk-fewer
assert all(len(rows["x.tensor_split(4)", n]) == 4 for n in (10, 6, 3))  # claim: tensor-split-four
assert rows["x.split(3)", 10] == rows["x.chunk(4)", 10] != rows["x.tensor_split(4)", 10]  # claim: chunk-ten
