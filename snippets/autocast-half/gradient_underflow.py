import torch

torch.manual_seed(0)
a = torch.tensor(1e-4, dtype=torch.float16)  # a small activation, fine in float16
assert a.item() > 0 and (a * a).item() == 0.0  # claim: product-underflows

w = torch.tensor(1.0, dtype=torch.float16, requires_grad=True)
(w * a * a).backward()  # the true gradient, a * a = 1e-8, is below float16's smallest value
print("float16 gradient:         ", w.grad.item())
assert w.grad.item() == 0.0  # claim: grad-lost

scale = 2.0**14
w.grad = None
(w * a * a * scale).backward()  # scale the loss, and every gradient is scaled with it
print("scaled gradient / scale:  ", f"{w.grad.float().item() / scale:.4g}")
assert w.grad.item() > 0  # claim: scaling-saves
assert abs(w.grad.float().item() / scale - 1e-8) < 1e-10  # claim: scaling-saves

wb = torch.tensor(1.0, dtype=torch.bfloat16, requires_grad=True)  # bfloat16: no scale needed
(wb * a.bfloat16() * a.bfloat16()).backward()
print("bfloat16 gradient:        ", f"{wb.grad.item():.4g}")
assert abs(wb.grad.item() - 1e-8) < 1e-10  # claim: bfloat16-no-scaler
