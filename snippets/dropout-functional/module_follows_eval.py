import inspect

import torch

torch.manual_seed(0)
# nn.Dropout's forward passes its own training flag on to F.dropout
body = inspect.getsource(torch.nn.Dropout.forward).strip().splitlines()[-1].strip()
print("nn.Dropout.forward:", body)
assert body == "return F.dropout(input, self.p, self.training, self.inplace)"

drop, x = torch.nn.Dropout(0.5), torch.ones(8)
print("train:", drop(x).tolist())
assert (drop(x) == 0).any()

drop.eval()
out = drop(x)
print("eval: ", out.tolist())
assert torch.equal(out, x)  # the identity in eval mode
