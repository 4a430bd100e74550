#include "EncoderKernels.h"

#include <math.h>
#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

/// Outputs in one strip (one 512-bit register of float32 sums).
enum { STRIP = 16 };

static int pairs(int inputs) { return (inputs + 1) / 2; }
static int strips(int outputs) { return (outputs + STRIP - 1) / STRIP; }

size_t ck_bf16_packed_count(int outputs, int inputs) {
    return (size_t)strips(outputs) * (size_t)pairs(inputs) * 2 * STRIP;
}

size_t ck_bf16_scratch_count(int rows, int inputs) { return (size_t)rows * (size_t)pairs(inputs) * 2; }

size_t ck_attention_scratch_count(int length, int width, int heads) {
    const size_t padded = (size_t)(length + 15) / 16 * 16;
    return ((size_t)(width / heads) + 2) * padded + (size_t)(width / heads);
}

/// float32 to bfloat16, rounded to nearest even (a NaN stays a NaN).
static uint16_t bfloat16(float f) {
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40);
    u += 0x7fffu + ((u >> 16) & 1);
    return (uint16_t)(u >> 16);
}

void ck_bf16_pack(const float *w, int outputs, int inputs, uint16_t *packed) {
    const int kp = pairs(inputs);
    for (int s = 0; s < strips(outputs); s++) {
        for (int p = 0; p < kp; p++) {
            uint16_t *pair = packed + ((size_t)s * kp + p) * 2 * STRIP;
            for (int c = 0; c < STRIP; c++) {
                const int o = s * STRIP + c;
                for (int e = 0; e < 2; e++) {
                    const int i = 2 * p + e;
                    pair[2 * c + e] = (o < outputs && i < inputs) ? bfloat16(w[(size_t)o * inputs + i]) : 0;
                }
            }
        }
    }
}

#if defined(__x86_64__)

int ck_bf16_supported(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 27))) return 0;  // OSXSAVE
    // The OS saves the SSE, AVX and AVX-512 registers (XCR0 bits 1, 2, 5, 6, 7).
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & 0xe6u) != 0xe6u) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    const unsigned f = 1u << 16, bw = 1u << 30, vl = 1u << 31;
    if ((b & (f | bw | vl)) != (f | bw | vl)) return 0;
    if (a < 1 || !__get_cpuid_count(7, 1, &a, &b, &c, &d)) return 0;
    return (a >> 5) & 1;  // AVX512_BF16
}

#define KERNEL_TARGET __attribute__((target("avx512f,avx512bw,avx512vl,avx512bf16")))
#define INLINE_KERNEL static inline __attribute__((always_inline)) KERNEL_TARGET


/// The error function, the rational approximation of ClaimKit's `FastErf` (Eigen's and XLA's
/// float32 erf), 16 lanes at once.
INLINE_KERNEL __m512 erf16(__m512 x) {
    const __m512 v = _mm512_min_ps(_mm512_max_ps(x, _mm512_set1_ps(-4.0f)), _mm512_set1_ps(4.0f));
    const __m512 v2 = _mm512_mul_ps(v, v);
    __m512 p = _mm512_set1_ps(-2.72614225801306e-10f);
    p = _mm512_fmadd_ps(p, v2, _mm512_set1_ps(2.77068142495902e-08f));
    p = _mm512_fmadd_ps(p, v2, _mm512_set1_ps(-2.10102402082508e-06f));
    p = _mm512_fmadd_ps(p, v2, _mm512_set1_ps(-5.69250639462346e-05f));
    p = _mm512_fmadd_ps(p, v2, _mm512_set1_ps(-7.34990630326855e-04f));
    p = _mm512_fmadd_ps(p, v2, _mm512_set1_ps(-2.95459980854025e-03f));
    p = _mm512_fmadd_ps(p, v2, _mm512_set1_ps(-1.60960333262415e-02f));
    __m512 q = _mm512_set1_ps(-1.45660718464996e-05f);
    q = _mm512_fmadd_ps(q, v2, _mm512_set1_ps(-2.13374055278905e-04f));
    q = _mm512_fmadd_ps(q, v2, _mm512_set1_ps(-1.68282697438203e-03f));
    q = _mm512_fmadd_ps(q, v2, _mm512_set1_ps(-7.37332916720468e-03f));
    q = _mm512_fmadd_ps(q, v2, _mm512_set1_ps(-1.42647390514189e-02f));
    return _mm512_div_ps(_mm512_mul_ps(v, p), q);
}

/// GELU as BERT has it: x/2 · (1 + erf(x/√2)).
INLINE_KERNEL __m512 gelu(__m512 x) {
    const __m512 e = erf16(_mm512_mul_ps(x, _mm512_set1_ps(0.70710678118654752f)));
    return _mm512_mul_ps(_mm512_mul_ps(x, _mm512_set1_ps(0.5f)), _mm512_add_ps(e, _mm512_set1_ps(1.0f)));
}

/// e^x, 16 lanes (Cephes' expf: x = n·ln 2 + r, a degree-6 polynomial in r, scaled by 2^n);
/// within about 2 units in the last place of float32, and 0 well below -87.
INLINE_KERNEL __m512 exp16(__m512 x) {
    x = _mm512_min_ps(_mm512_max_ps(x, _mm512_set1_ps(-87.3f)), _mm512_set1_ps(88.3f));
    const __m512 n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504088896341f)),
                                          _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m512 r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
    __m512 p = _mm512_set1_ps(1.9875691500e-4f);
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
    p = _mm512_fmadd_ps(p, _mm512_mul_ps(r, r), _mm512_add_ps(r, _mm512_set1_ps(1.0f)));
    return _mm512_scalef_ps(p, n);
}

/// Rounds `rows` rows of `x` to bfloat16 pairs in `scratch` (each row `pairs(inputs)` pairs,
/// an odd row's last pair padded with zero).
INLINE_KERNEL void round_rows(const float *x, int rows, int inputs, uint16_t *scratch) {
    const size_t stride = (size_t)pairs(inputs) * 2;
    for (int r = 0; r < rows; r++) {
        const float *row = x + (size_t)r * inputs;
        uint16_t *out = scratch + (size_t)r * stride;
        int i = 0;
        for (; i + 32 <= inputs; i += 32) {
            __m512bh v = _mm512_cvtne2ps_pbh(_mm512_loadu_ps(row + i + 16), _mm512_loadu_ps(row + i));
            _mm512_storeu_si512(out + i, (__m512i)v);
        }
        if (i < inputs) {
            const int left = inputs - i;
            const __mmask16 low = left >= 16 ? 0xffff : (__mmask16)((1u << left) - 1);
            const __mmask16 high = left <= 16 ? 0 : (__mmask16)((1u << (left - 16)) - 1);
            __m512bh v = _mm512_cvtne2ps_pbh(_mm512_maskz_loadu_ps(high, row + i + 16), _mm512_maskz_loadu_ps(low, row + i));
            const int stored = (int)stride - i;  // up to the padded end of the row
            _mm512_mask_storeu_epi16(out + i, (__mmask32)(stored >= 32 ? 0xffffffffu : ((1u << stored) - 1)), (__m512i)v);
        }
    }
}

/// `mr` rows (up to 8) × `ns` strips (up to 3) of the product: the sums stay in registers over
/// all pairs of inputs, then bias (and y, when accumulating) are added and the rows stored.
INLINE_KERNEL void block(const uint32_t *a, size_t astride, const int mr, const uint16_t *b, size_t bstride, const int ns,
                         int kp, const float *bias, int epilogue, float *y, size_t ystride, int columns) {
    __m512 sum[8][3];
    for (int i = 0; i < mr; i++)
        for (int j = 0; j < ns; j++) sum[i][j] = _mm512_setzero_ps();
    for (int p = 0; p < kp; p++) {
        __m512bh w[3];
        for (int j = 0; j < ns; j++) w[j] = (__m512bh)_mm512_loadu_si512(b + j * bstride + (size_t)p * 2 * STRIP);
        for (int i = 0; i < mr; i++) {
            const __m512bh v = (__m512bh)_mm512_set1_epi32((int)a[i * astride + p]);
            for (int j = 0; j < ns; j++) sum[i][j] = _mm512_dpbf16_ps(sum[i][j], v, w[j]);
        }
    }
    for (int j = 0; j < ns; j++) {
        const int left = columns - j * STRIP;
        const __mmask16 mask = left >= STRIP ? 0xffff : (__mmask16)((1u << left) - 1);
        const __m512 add = _mm512_maskz_loadu_ps(mask, bias + j * STRIP);
        for (int i = 0; i < mr; i++) {
            float *out = y + i * ystride + j * STRIP;
            __m512 v = _mm512_add_ps(sum[i][j], add);
            if (epilogue == CK_ACCUMULATE) v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(mask, out));
            else if (epilogue == CK_GELU) v = gelu(v);
            _mm512_mask_storeu_ps(out, mask, v);
        }
    }
}

KERNEL_TARGET
void ck_bf16_linear(const float *x, int rows, int inputs, const uint16_t *packed, int outputs,
                    const float *bias, int epilogue, float *y, uint16_t *scratch) {
    round_rows(x, rows, inputs, scratch);
    const int kp = pairs(inputs), ns = strips(outputs);
    const uint32_t *a = (const uint32_t *)scratch;
    const size_t bstride = (size_t)kp * 2 * STRIP;
    for (int s = 0; s < ns; s += 3) {
        const int width = ns - s < 3 ? ns - s : 3;
        const int columns = outputs - s * STRIP;
        const uint16_t *b = packed + (size_t)s * bstride;
        for (int r = 0; r < rows; r += 8) {
            const int height = rows - r < 8 ? rows - r : 8;
            const uint32_t *ar = a + (size_t)r * kp;
            float *yr = y + (size_t)r * outputs + s * STRIP;
            const float *br = bias + s * STRIP;
            // Each shape its own copy of the loop, so that the sums are registers.
#define CASE(M, N) case (M) * 4 + (N): block(ar, kp, M, b, bstride, N, kp, br, epilogue, yr, outputs, columns); break;
#define ROW(M) CASE(M, 1) CASE(M, 2) CASE(M, 3)
            switch (height * 4 + width) {
                ROW(1) ROW(2) ROW(3) ROW(4) ROW(5) ROW(6) ROW(7) ROW(8)
            }
#undef ROW
#undef CASE
        }
    }
}

/// The scaled scores of two queries against `chunks` (up to 4) blocks of 16 keys laid out one
/// dimension a row (`padded` keys a row): eight sums in flight, so that no addition waits for the last.
INLINE_KERNEL void score_keys(const float *q0, const float *q1, const float *keys, size_t padded, int size, const int chunks,
                              __m512 scale, float *s0, float *s1) {
    __m512 a0[4], a1[4];
    for (int c = 0; c < chunks; c++) a0[c] = a1[c] = _mm512_setzero_ps();
    for (int d = 0; d < size; d++) {
        const __m512 x0 = _mm512_set1_ps(q0[d]), x1 = _mm512_set1_ps(q1[d]);
        for (int c = 0; c < chunks; c++) {
            const __m512 k = _mm512_loadu_ps(keys + (size_t)d * padded + 16 * c);
            a0[c] = _mm512_fmadd_ps(x0, k, a0[c]);
            a1[c] = _mm512_fmadd_ps(x1, k, a1[c]);
        }
    }
    for (int c = 0; c < chunks; c++) {
        _mm512_storeu_ps(s0 + 16 * c, _mm512_mul_ps(a0[c], scale));
        _mm512_storeu_ps(s1 + 16 * c, _mm512_mul_ps(a1[c], scale));
    }
}

/// The softmax of `scores` (`length` of them, `padded` to a multiple of 16) in place; returns
/// 1 / the sum of the exponentials, by which the weighted values are scaled.
INLINE_KERNEL float softmax(float *scores, int length, int padded) {
    const __mmask16 last = (length % 16) ? (__mmask16)((1u << (length % 16)) - 1) : 0xffff;
    __m512 best = _mm512_set1_ps(-INFINITY);
    for (int j = 0; j < padded; j += 16)
        best = _mm512_max_ps(best, _mm512_mask_loadu_ps(_mm512_set1_ps(-INFINITY), j + 16 >= padded ? last : 0xffff, scores + j));
    const __m512 top = _mm512_set1_ps(_mm512_reduce_max_ps(best));
    __m512 total = _mm512_setzero_ps();
    for (int j = 0; j < padded; j += 16) {
        const __m512 e = _mm512_maskz_mov_ps(j + 16 >= padded ? last : 0xffff, exp16(_mm512_sub_ps(_mm512_loadu_ps(scores + j), top)));
        total = _mm512_add_ps(total, e);
        _mm512_storeu_ps(scores + j, e);
    }
    return 1.0f / _mm512_reduce_add_ps(total);
}

/// Two queries' outputs for one head: the values (`vectors` × 16 wide, rows `stride` apart)
/// weighted by each query's softmax, even and odd keys summed apart (eight sums in flight at
/// `vectors` 2), then scaled by `inverse`.
INLINE_KERNEL void weigh_values(const float *p0, const float *p1, int length, const float *values, size_t stride, const int vectors,
                                float inverse0, float inverse1, float *o0, float *o1) {
    __m512 e0[4], e1[4], f0[4], f1[4];
    for (int c = 0; c < vectors; c++) e0[c] = e1[c] = f0[c] = f1[c] = _mm512_setzero_ps();
    int j = 0;
    for (; j + 1 < length; j += 2) {
        const __m512 w0 = _mm512_set1_ps(p0[j]), w1 = _mm512_set1_ps(p1[j]);
        const __m512 v0 = _mm512_set1_ps(p0[j + 1]), v1 = _mm512_set1_ps(p1[j + 1]);
        const float *even = values + (size_t)j * stride, *odd = even + stride;
        for (int c = 0; c < vectors; c++) {
            const __m512 x = _mm512_loadu_ps(even + 16 * c), y = _mm512_loadu_ps(odd + 16 * c);
            e0[c] = _mm512_fmadd_ps(w0, x, e0[c]); e1[c] = _mm512_fmadd_ps(w1, x, e1[c]);
            f0[c] = _mm512_fmadd_ps(v0, y, f0[c]); f1[c] = _mm512_fmadd_ps(v1, y, f1[c]);
        }
    }
    if (j < length) {
        const __m512 w0 = _mm512_set1_ps(p0[j]), w1 = _mm512_set1_ps(p1[j]);
        const float *even = values + (size_t)j * stride;
        for (int c = 0; c < vectors; c++) {
            const __m512 x = _mm512_loadu_ps(even + 16 * c);
            e0[c] = _mm512_fmadd_ps(w0, x, e0[c]); e1[c] = _mm512_fmadd_ps(w1, x, e1[c]);
        }
    }
    for (int c = 0; c < vectors; c++) {
        _mm512_storeu_ps(o0 + 16 * c, _mm512_mul_ps(_mm512_add_ps(e0[c], f0[c]), _mm512_set1_ps(inverse0)));
        _mm512_storeu_ps(o1 + 16 * c, _mm512_mul_ps(_mm512_add_ps(e1[c], f1[c]), _mm512_set1_ps(inverse1)));
    }
}

KERNEL_TARGET
void ck_attention(const float *qkv, int length, int width, int heads, float scale, float *out, float *scratch) {
    const int size = width / heads, stride = 3 * width, vectors = size / 16;
    const int padded = (length + 15) / 16 * 16;
    float *keys = scratch, *s0 = scratch + (size_t)size * padded, *s1 = s0 + padded, *spare = s1 + padded;
    const __m512 scaled = _mm512_set1_ps(scale);
    for (int head = 0; head < heads; head++) {
        const int column = head * size;
        // The head's keys one dimension a row, so that a query meets 16 keys per instruction.
        const float *key = qkv + width + column;
        for (int j = 0; j < padded; j += 16) {
            const __m512i rows = _mm512_mullo_epi32(_mm512_add_epi32(_mm512_set1_epi32(j), _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
                                                    _mm512_set1_epi32(stride));
            const __mmask16 present = j + 16 <= length ? 0xffff : (__mmask16)((1u << (length - j)) - 1);
            for (int d = 0; d < size; d++)
                _mm512_storeu_ps(keys + (size_t)d * padded + j, _mm512_mask_i32gather_ps(_mm512_setzero_ps(), present, rows, key + d, 4));
        }
        // Two queries at a time (the last one twice when their number is odd, its copy thrown away).
        for (int i = 0; i < length; i += 2) {
            const int pair = i + 1 < length;
            const float *q0 = qkv + (size_t)i * stride + column, *q1 = pair ? q0 + stride : q0;
            for (int j = 0; j < padded; j += 64) {
                const int chunks = (padded - j) / 16;
                switch (chunks >= 4 ? 4 : chunks) {
                    case 4: score_keys(q0, q1, keys + j, padded, size, 4, scaled, s0 + j, s1 + j); break;
                    case 3: score_keys(q0, q1, keys + j, padded, size, 3, scaled, s0 + j, s1 + j); break;
                    case 2: score_keys(q0, q1, keys + j, padded, size, 2, scaled, s0 + j, s1 + j); break;
                    default: score_keys(q0, q1, keys + j, padded, size, 1, scaled, s0 + j, s1 + j); break;
                }
            }
            const float inverse0 = softmax(s0, length, padded), inverse1 = pair ? softmax(s1, length, padded) : 0;
            float *o0 = out + (size_t)i * width + column, *o1 = pair ? o0 + width : spare;
            const float *values = qkv + 2 * width + column;
            switch (vectors) {
                case 1: weigh_values(s0, s1, length, values, stride, 1, inverse0, inverse1, o0, o1); break;
                case 2: weigh_values(s0, s1, length, values, stride, 2, inverse0, inverse1, o0, o1); break;
                case 3: weigh_values(s0, s1, length, values, stride, 3, inverse0, inverse1, o0, o1); break;
                default: weigh_values(s0, s1, length, values, stride, 4, inverse0, inverse1, o0, o1); break;
            }
        }
    }
}

KERNEL_TARGET
void ck_layer_norm(float *x, int rows, int width, const float *gain, const float *bias, float epsilon) {
    const __m512 count = _mm512_set1_ps((float)width);
    for (int r = 0; r < rows; r++) {
        float *row = x + (size_t)r * width;
        __m512 s = _mm512_setzero_ps();
        for (int j = 0; j < width; j += 16) s = _mm512_add_ps(s, _mm512_loadu_ps(row + j));
        const __m512 mean = _mm512_div_ps(_mm512_set1_ps(_mm512_reduce_add_ps(s)), count);
        __m512 v = _mm512_setzero_ps();
        for (int j = 0; j < width; j += 16) {
            const __m512 d = _mm512_sub_ps(_mm512_loadu_ps(row + j), mean);
            v = _mm512_fmadd_ps(d, d, v);
        }
        const float variance = _mm512_reduce_add_ps(v) / (float)width;
        const __m512 inverse = _mm512_set1_ps(1.0f / sqrtf(variance + epsilon));
        for (int j = 0; j < width; j += 16) {
            const __m512 d = _mm512_mul_ps(_mm512_sub_ps(_mm512_loadu_ps(row + j), mean), inverse);
            _mm512_storeu_ps(row + j, _mm512_fmadd_ps(d, _mm512_loadu_ps(gain + j), _mm512_loadu_ps(bias + j)));
        }
    }
}

#else

int ck_bf16_supported(void) { return 0; }

void ck_bf16_linear(const float *x, int rows, int inputs, const uint16_t *packed, int outputs,
                    const float *bias, int epilogue, float *y, uint16_t *scratch) {
    (void)x; (void)rows; (void)inputs; (void)packed; (void)outputs; (void)bias; (void)epilogue; (void)y; (void)scratch;
}

void ck_attention(const float *qkv, int length, int width, int heads, float scale, float *out, float *scratch) {
    (void)qkv; (void)length; (void)width; (void)heads; (void)scale; (void)out; (void)scratch;
}

void ck_layer_norm(float *x, int rows, int width, const float *gain, const float *bias, float epsilon) {
    (void)x; (void)rows; (void)width; (void)gain; (void)bias; (void)epsilon;
}

#endif
