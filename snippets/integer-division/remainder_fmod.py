import math

import torch

torch.manual_seed(0)
a = torch.arange(-12, 13).repeat_interleave(10)  # the same 250 integer pairs as above
b = torch.tensor([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]).repeat(25)
rem, fmod = torch.remainder(a, b), torch.fmod(a, b)
for i in [56, 193, 53, 196]:  # (-7, 2), (7, -2), (-7, -2), (7, 2)
    print(f"a = {a[i]:3}, b = {b[i]:2}: remainder {rem[i]:2}, fmod {fmod[i]:2}")

pairs = list(zip(a.tolist(), b.tolist()))
assert torch.equal(a % b, rem) and rem.tolist() == [p % q for p, q in pairs]  # claim: remainder-like-python
assert fmod.tolist() == [math.fmod(p, q) for p, q in pairs]  # claim: fmod-like-math
# claim: sign-rules
assert ((rem == 0) | (rem.sign() == b.sign())).all() and ((fmod == 0) | (fmod.sign() == a.sign())).all()
assert torch.equal(b * (a // b) + rem, a)  # claim: pairs-with-division
assert torch.equal(b * torch.div(a, b, rounding_mode="trunc") + fmod, a)  # claim: pairs-with-division
assert torch.equal(rem != fmod, (rem != 0) & ((a < 0) != (b < 0)))  # claim: differ-when-signs-differ

halves = torch.arange(-24, 25) / 2  # floats: -12.0, -11.5, ..., 12.0, all exact in float32
assert (halves % 2.5).tolist() == [v % 2.5 for v in halves.tolist()]  # claim: remainder-like-python
assert torch.fmod(halves, 2.5).tolist() == [math.fmod(v, 2.5) for v in halves.tolist()]  # claim: fmod-like-math
h_rem, h_fmod = halves % -2.5, torch.fmod(halves, -2.5)  # a negative divisor: the signs split again
# claim: sign-rules
assert ((h_rem == 0) | (h_rem < 0)).all() and ((h_fmod == 0) | (h_fmod.sign() == halves.sign())).all()
