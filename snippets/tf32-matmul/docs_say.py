import torch

doc = " ".join(torch.set_float32_matmul_precision.__doc__.split())  # the docstring, whitespace folded
for key in ['* "highest"', '* "high"', '* "medium"', "This flag currently only affects", "This does not change the precision of convolution"]:
    print(doc[doc.index(key):].split(". ")[0] + ".")
# claim: doc-three-settings
assert '"highest", float32 matrix multiplications use the float32 datatype' in doc
assert '"high", float32 matrix multiplications either use the TensorFloat32 datatype' in doc  # claim: doc-three-settings
assert '"medium", float32 matrix multiplications use the bfloat16 datatype' in doc  # claim: doc-three-settings
assert "(10 mantissa bits explicitly stored)" in doc and "(24 mantissa bits with 23 bits explicitly stored)" in doc  # claim: doc-bits
assert "if the appropriate fast matrix multiplication algorithms are available" in doc  # claim: doc-high-if-available
assert 'can be set to "highest" (default)' in doc  # claim: doc-default-highest
assert "This flag currently only affects one native device type: CUDA." in doc  # claim: doc-cuda-only
# claim: doc-not-conv
assert "does not change the precision of convolution operations" in doc and "`torch.backends.cudnn.allow_tf32`" in doc
assert "does not change the output dtype of float32 matrix multiplications" in doc  # claim: doc-dtype-same
onednn = {}  # the CPU backend's matmul setting after each precision
for precision in ["high", "medium"]:
    torch.set_float32_matmul_precision(precision)
    onednn[precision] = torch.backends.mkldnn.matmul.fp32_precision
torch.set_float32_matmul_precision("highest")  # back to the defaults
torch.backends.cuda.matmul.fp32_precision = torch.backends.mkldnn.matmul.fp32_precision = "none"
print("torch.backends.mkldnn.matmul.fp32_precision after high, medium:", onednn)
assert onednn == {"high": "tf32", "medium": "bf16"}  # claim: reaches-onednn
assert torch.get_float32_matmul_precision() == "highest" and torch.backends.mkldnn.matmul.fp32_precision == "none"  # claim: restores
