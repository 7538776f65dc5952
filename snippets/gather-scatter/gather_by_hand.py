import torch

torch.manual_seed(0)
x = torch.arange(12.0).view(3, 4)
index = torch.tensor([[3, 0], [1, 1], [2, 0]])  # (3, 2): two picks per row, repeats allowed

out = torch.gather(x, 1, index)  # dim=1: out[i][j] = x[i][index[i][j]]
print(out)
assert out.shape == index.shape  # claim: gather-output-shape
for i in range(index.shape[0]):
    for j in range(index.shape[1]):
        assert out[i][j] == x[i][index[i][j]]  # claim: gather-rule

down = torch.gather(x, 0, torch.tensor([[2, 0, 1, 2]]))  # dim=0: out[i][j] = x[index[i][j]][j]
print(down)
assert down.tolist() == [[x[2][0], x[0][1], x[1][2], x[2][3]]]  # claim: gather-rule-dim0
assert down.shape == (1, 4)  # claim: gather-output-shape

try:
    torch.gather(x, 1, torch.tensor([3, 0, 2]))  # 1-D index for a 2-D input
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    assert "Index tensor must have the same number of dimensions as input tensor" in str(error)  # claim: gather-same-ndim
else:
    raise AssertionError("gather() with a 1-D index on a 2-D input should raise")
