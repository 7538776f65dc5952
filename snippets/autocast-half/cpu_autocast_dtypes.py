import torch
import torch.nn.functional as F

torch.manual_seed(0)
x, target = torch.randn(8, 16), torch.randint(0, 4, (8,))
model = torch.nn.Linear(16, 4)

with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = model(x)                       # linear: runs in bfloat16
    product = x @ x.T                       # matmul: bfloat16 as well
    loss = F.cross_entropy(logits, target)  # a loss: autocast runs it in float32
    mse = F.mse_loss(logits, torch.zeros_like(logits))
    probs = logits.softmax(dim=-1)          # on the CPU, softmax keeps its input's dtype
    total = logits.sum()                    # and so does sum
for name, t in [("linear", logits), ("matmul", product), ("cross_entropy", loss),
                ("mse_loss", mse), ("softmax", probs), ("sum", total)]:
    print(f"{name:14}{t.dtype}")
print("weight stays  ", model.weight.dtype)
assert logits.dtype == product.dtype == torch.bfloat16
assert loss.dtype == mse.dtype == torch.float32
assert probs.dtype == total.dtype == torch.bfloat16
assert model.weight.dtype == torch.float32
