import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[0.0, 10.0, 20.0]]])  # (batch, channels, width): 3 samples

# Output sample i reads the input at a source coordinate, then interpolates linearly:
#   align_corners=True:  src = i * (3 - 1) / (5 - 1)        -> 0, 0.5, 1, 1.5, 2
#   align_corners=False: src = (i + 0.5) * 3 / 5 - 0.5      -> -0.2, 0.4, 1, 1.6, 2.2 (clamped to [0, 2])
by_hand_true = [0.0, 5.0, 10.0, 15.0, 20.0]
by_hand_false = [0.0, 4.0, 10.0, 16.0, 20.0]
up_true = F.interpolate(x, size=5, mode="linear", align_corners=True)
up_false = F.interpolate(x, size=5, mode="linear", align_corners=False)
print("3 -> 5, align_corners=True: ", [round(v, 4) for v in up_true.flatten().tolist()])
print("3 -> 5, align_corners=False:", [round(v, 4) for v in up_false.flatten().tolist()])
assert torch.allclose(up_true.flatten(), torch.tensor(by_hand_true))  # claim: hand-true
assert torch.allclose(up_false.flatten(), torch.tensor(by_hand_false))  # claim: hand-false
# claim: inner-differ
assert up_true[..., [1, 3]].ne(up_false[..., [1, 3]]).all() and up_true[..., [0, 2, 4]].equal(up_false[..., [0, 2, 4]])

# Shrinking 4 -> 2: True still samples the two end pixels, False samples at 0.5 and 2.5
y = torch.tensor([[[0.0, 10.0, 20.0, 30.0]]])
down_true = F.interpolate(y, size=2, mode="linear", align_corners=True)
down_false = F.interpolate(y, size=2, mode="linear", align_corners=False)
print("4 -> 2, align_corners=True: ", [round(v, 4) for v in down_true.flatten().tolist()])
print("4 -> 2, align_corners=False:", [round(v, 4) for v in down_false.flatten().tolist()])
assert torch.allclose(down_true.flatten(), torch.tensor([0.0, 30.0]))  # claim: true-keeps-corners
assert torch.allclose(down_false.flatten(), torch.tensor([5.0, 25.0]))  # claim: false-moves-corners
