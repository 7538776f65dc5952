import torch

torch.manual_seed(0)
images = torch.rand(8, 3, 32, 32).to(memory_format=torch.channels_last)
like = torch.zeros_like(images)  # keeps the channels_last strides
new = images.new_zeros(images.shape)  # only dtype and device: plain contiguous strides
print("zeros_like :", like.stride(), like.is_contiguous(memory_format=torch.channels_last))
print("new_zeros  :", new.stride(), new.is_contiguous(memory_format=torch.channels_last))
assert like.stride() == images.stride() and new.stride() != images.stride()  # claim: like-strides
assert new.is_contiguous() and not like.is_contiguous()  # claim: new-contiguous
gappy = torch.rand(3, 4)[:, ::2]  # strides with gaps are not copied: the result is packed
print("gappy input:", gappy.stride(), "-> zeros_like:", torch.zeros_like(gappy).stride())
assert torch.zeros_like(gappy).stride() == (2, 1) != gappy.stride()  # claim: like-gappy

sparse = torch.eye(3).to_sparse()
print("sparse input:", torch.zeros_like(sparse).layout, "|", sparse.new_zeros(3, 3).layout)
assert torch.zeros_like(sparse).layout == sparse.new_zeros(3, 3).layout == torch.sparse_coo  # claim: sparse-layout

override = torch.zeros_like(images, dtype=torch.float16)  # a keyword overrides what is copied
print("dtype override:", override.dtype, tuple(override.shape))
assert override.dtype == torch.float16 and override.shape == images.shape  # claim: like-override
