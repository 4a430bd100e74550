#ifndef CLAIMCHECK_ENCODER_KERNELS_H
#define CLAIMCHECK_ENCODER_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// The sentence encoder's matrix product in bfloat16 with the AVX-512 BF16 instruction
/// `vdpbf16ps`: weights rounded to bfloat16 once, when the model is loaded, and packed in strips
/// of 16 outputs; each call rounds its activations to bfloat16 and sums the products in float32.
/// Only `ck_bf16_supported` may be called on a CPU without the instructions (it then says 0),
/// besides the portable `ck_bf16_pack` and the two size functions.

/// 1 when this CPU and its OS run the AVX-512 BF16 kernel (cpuid and the saved register state), else 0.
int ck_bf16_supported(void);

/// How many `uint16_t` the packed form of an `outputs` × `inputs` matrix takes.
size_t ck_bf16_packed_count(int outputs, int inputs);

/// Packs `w` (`outputs` × `inputs`, row-major: PyTorch's layout of a linear layer) into bfloat16,
/// rounded to nearest even, in the layout `ck_bf16_linear` reads: strips of 16 outputs, each
/// strip the pairs of inputs in order, each pair 16 outputs × 2 inputs. Padding is zero.
void ck_bf16_pack(const float *w, int outputs, int inputs, uint16_t *packed);

/// How many `uint16_t` of scratch `ck_bf16_linear` needs for `rows` rows of `inputs`.
size_t ck_bf16_scratch_count(int rows, int inputs);

/// What `ck_bf16_linear` does with each sum `s = x · wᵀ + bias` it writes into `y`.
enum { CK_STORE = 0, CK_ACCUMULATE = 1, CK_GELU = 2 };

/// `y = s` (`CK_STORE`), `y += s` (`CK_ACCUMULATE`: a residual connection) or `y = GELU(s)`
/// (`CK_GELU`), where `s = x · wᵀ + bias`; `x` is `rows` × `inputs`, `y` `rows` × `outputs`
/// (row-major float32), `packed` from `ck_bf16_pack`, `scratch` at least
/// `ck_bf16_scratch_count(rows, inputs)` long. Needs `ck_bf16_supported()`.
void ck_bf16_linear(const float *x, int rows, int inputs, const uint16_t *packed, int outputs,
                    const float *bias, int epilogue, float *y, uint16_t *scratch);

/// How many floats of scratch `ck_attention` needs.
size_t ck_attention_scratch_count(int length, int width, int heads);

/// Multi-head self-attention of one text in float32 with AVX-512: `qkv` is `length` rows of
/// query, key and value (each `width` wide, `heads` heads side by side), `out` `length` rows of
/// `width`. The head size must be a multiple of 16, at most 64. Needs `ck_bf16_supported()`.
void ck_attention(const float *qkv, int length, int width, int heads, float scale, float *out, float *scratch);

/// Each of `rows` rows of `x` (`width` a multiple of 16) scaled to mean 0 and variance 1, then
/// by `gain` and shifted by `bias`, with AVX-512. Needs `ck_bf16_supported()`.
void ck_layer_norm(float *x, int rows, int width, const float *gain, const float *bias, float epsilon);

#endif
