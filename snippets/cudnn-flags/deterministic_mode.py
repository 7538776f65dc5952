import torch

torch.manual_seed(0)
x, index, values = torch.zeros(5), torch.tensor([0, 0]), torch.tensor([1.0, 2.0])
assert not torch.are_deterministic_algorithms_enabled()
x.put_(index, values)  # two writes to the same slot
print("default mode, put_ with a repeated index:", x.tolist())
assert x[0].item() in (1.0, 2.0)  # claim: default-put-runs

torch.use_deterministic_algorithms(True)
assert torch.are_deterministic_algorithms_enabled()  # claim: enabled-reports
try:
    x.put_(index, values)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(" You can")[0])
    assert str(error).startswith("put_ does not have a deterministic implementation")  # claim: put-raises
else:
    raise AssertionError("put_ should raise in deterministic mode")

before = x[0].item()
x.put_(index, values, accumulate=True)  # listed as deterministic for CPU tensors
print("accumulate=True is allowed:", x.tolist())
assert x[0].item() == before + 1.0 + 2.0  # claim: accumulate-runs
print("torch.empty(3) now:", torch.empty(3).tolist())
print("torch.empty(3, dtype=torch.int64) now:", torch.empty(3, dtype=torch.int64).tolist())
assert torch.utils.deterministic.fill_uninitialized_memory  # claim: fill-default-on
assert torch.empty(3).isnan().all()  # claim: empty-nan
assert (torch.empty(3, dtype=torch.int64) == torch.iinfo(torch.int64).max).all()  # claim: empty-int-max
assert "Returns a tensor filled with uninitialized data." in torch.empty.__doc__  # claim: empty-doc-uninitialized
torch.use_deterministic_algorithms(False)  # restore the default
assert not torch.are_deterministic_algorithms_enabled()  # claim: restores-settings, enabled-reports

det_doc = " ".join(torch.use_deterministic_algorithms.__doc__.split())
throw_list = det_doc.split("will throw a :class:`RuntimeError` when ``mode=True``:")[1].split("In addition")[0]
entries = throw_list.split(" * ")[1:]
assert ":func:`torch.Tensor.put_` when ``accumulate=False``" in throw_list  # claim: doc-put-raises
# claim: doc-put-accumulate
assert ":func:`torch.Tensor.put_` with ``accumulate=True`` when called on a CPU tensor" in det_doc.split(throw_list)[0]
assert ":func:`torch.Tensor.put_` when ``accumulate=True`` and called on a CUDA tensor" in throw_list  # claim: doc-put-accumulate
cuda_only = sum("CUDA" in entry for entry in entries)
print(f"docstring: {len(entries)} entries raise, {cuda_only} of them only for CUDA tensors")
assert cuda_only > len(entries) / 2  # claim: doc-mostly-cuda
