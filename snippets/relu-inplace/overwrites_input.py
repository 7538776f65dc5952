import torch
import torch.nn.functional as F

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.tensor([-2.0, -0.5, 0.0, 1.5, 3.0], device=device)
before = x.clone()

out = F.relu(x)  # a new tensor; x is left alone
print("F.relu(x):               out =", out.tolist(), " x =", x.tolist())
assert out is not x and out.data_ptr() != x.data_ptr() and torch.equal(x, before)  # claim: relu-leaves-input

out = torch.nn.ReLU(inplace=True)(x)  # writes the result into x and returns x itself
print("nn.ReLU(inplace=True)(x): out =", out.tolist(), " x =", x.tolist())
assert out is x and out.data_ptr() == x.data_ptr()  # claim: module-returns-input
assert x.tolist() == [0.0, 0.0, 0.0, 1.5, 3.0]  # claim: module-overwrites
