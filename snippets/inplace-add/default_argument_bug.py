import torch

torch.manual_seed(0)


def total(values, start=torch.zeros(2)):  # the default is built once, at def time
    for v in values:
        start += v  # bug: adds into the shared default tensor
    return start


default = total.__defaults__[0]  # built already, before any call
first = total([torch.ones(2)])
second = total([torch.ones(2)])  # the same call again
assert first is second is default  # claim: default-once
print("first =", first.tolist(), " second =", second.tolist())
assert first is second and second.tolist() == [2.0, 2.0]  # claim: default-accumulates


def total_fixed(values, start=torch.zeros(2)):
    for v in values:
        start = start + v  # fix: a new tensor; the default stays zero
    return start


print("fixed:", total_fixed([torch.ones(2)]).tolist(), total_fixed([torch.ones(2)]).tolist())
assert total_fixed([torch.ones(2)]).tolist() == [1.0, 1.0]  # claim: default-fixed
assert total_fixed.__defaults__[0].tolist() == [0.0, 0.0]  # claim: default-fixed
