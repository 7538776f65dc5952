import torch

torch.manual_seed(0)
conv_doc = " ".join(torch.nn.Conv2d.__doc__.split())  # docstrings as shipped with this torch
ctc_doc = " ".join(torch.nn.CTCLoss.__doc__.split())
det_doc = " ".join(torch.use_deterministic_algorithms.__doc__.split())
for doc in (conv_doc, ctc_doc):
    assert "CuDNN, this operator may select a nondeterministic algorithm to increase performance" in doc  # claim: doc-cudnn-nondeterministic
    assert "(potentially at a performance cost) by setting ``torch.backends.cudnn.deterministic = True``" in doc  # claim: doc-cudnn-deterministic
assert "if only nondeterministic algorithms are available they will throw a :class:`RuntimeError`" in det_doc  # claim: doc-rule
assert ":class:`torch.nn.Conv2d` when called on CUDA tensor" in det_doc  # claim: doc-covers-conv
assert "This setting alone is not always enough to make an application reproducible" in det_doc  # claim: doc-not-enough
assert "does not detect or prevent nondeterministic behavior caused by calling an inplace operation" in det_doc  # claim: doc-overlap
print("Conv2d and CTCLoss docstrings point to torch.backends.cudnn.deterministic")
print("use_deterministic_algorithms docstring: deterministic kernels where they exist, RuntimeError otherwise")
