import torch
import torch.nn.functional as F

torch.manual_seed(0)
x, target = torch.randn(8, 16), torch.randint(0, 4, (8,))
model, conv = torch.nn.Linear(16, 4), torch.nn.Conv2d(3, 2, 3)

with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = model(x)                       # linear: runs in bfloat16
    product = x @ x.T                       # matmul: bfloat16 as well
    image = conv(torch.randn(1, 3, 8, 8))   # and a convolution
    loss = F.cross_entropy(logits, target)  # a loss: autocast runs it in float32
    mse = F.mse_loss(logits, torch.zeros_like(logits))
    probs = logits.softmax(dim=-1)          # on the CPU, softmax keeps its input's dtype
    total = logits.sum()                    # and so does sum
    probs32 = x.softmax(dim=-1)             # a float32 input stays float32
for name, t in [("linear", logits), ("matmul", product), ("conv2d", image), ("cross_entropy", loss),
                ("mse_loss", mse), ("softmax", probs), ("sum", total), ("softmax(x)", probs32)]:
    print(f"{name:14}{t.dtype}")
print("weight stays  ", model.weight.dtype)
assert logits.dtype == product.dtype == image.dtype == torch.bfloat16  # claim: low-matmul-conv
assert loss.dtype == mse.dtype == torch.float32 and logits.dtype == torch.bfloat16  # claim: loss-float32
assert probs.dtype == total.dtype == torch.bfloat16  # claim: cpu-keeps-input-dtype
assert probs32.dtype == torch.float32  # claim: cpu-keeps-input-dtype
assert model.weight.dtype == conv.weight.dtype == torch.float32 and x.dtype == torch.float32  # claim: params-untouched
assert torch.equal(product, x.bfloat16() @ x.bfloat16().T)  # claim: autocast-converts
