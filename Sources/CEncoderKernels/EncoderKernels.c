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
    return ((size_t)(width / heads) + 1) * padded;
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

KERNEL_TARGET
void ck_attention(const float *qkv, int length, int width, int heads, float scale, float *out, float *scratch) {
    const int size = width / heads, stride = 3 * width, vectors = size / 16;
    const int padded = (length + 15) / 16 * 16;
    float *keys = scratch, *scores = scratch + (size_t)size * padded;
    const __mmask16 last = (length % 16) ? (__mmask16)((1u << (length % 16)) - 1) : 0xffff;
    for (int head = 0; head < heads; head++) {
        const int column = head * size;
        // The head's keys one dimension a row, so that a query meets 16 keys per instruction.
        for (int j = 0; j < padded; j++) {
            const float *key = qkv + (size_t)j * stride + width + column;
            for (int d = 0; d < size; d++) keys[(size_t)d * padded + j] = j < length ? key[d] : 0;
        }
        for (int i = 0; i < length; i++) {
            const float *query = qkv + (size_t)i * stride + column;
            __m512 best = _mm512_set1_ps(-INFINITY);
            for (int j = 0; j < padded; j += 16) {
                __m512 s = _mm512_setzero_ps();
                for (int d = 0; d < size; d++) s = _mm512_fmadd_ps(_mm512_set1_ps(query[d]), _mm512_loadu_ps(keys + (size_t)d * padded + j), s);
                s = _mm512_mul_ps(s, _mm512_set1_ps(scale));
                if (j + 16 >= padded) s = _mm512_mask_blend_ps(last, _mm512_set1_ps(-INFINITY), s);
                best = _mm512_max_ps(best, s);
                _mm512_storeu_ps(scores + j, s);
            }
            const __m512 top = _mm512_set1_ps(_mm512_reduce_max_ps(best));
            __m512 total = _mm512_setzero_ps();
            for (int j = 0; j < padded; j += 16) {
                const __m512 e = _mm512_maskz_mov_ps(j + 16 >= padded ? last : 0xffff, exp16(_mm512_sub_ps(_mm512_loadu_ps(scores + j), top)));
                total = _mm512_add_ps(total, e);
                _mm512_storeu_ps(scores + j, e);
            }
            const __m512 inverse = _mm512_set1_ps(1.0f / _mm512_reduce_add_ps(total));
            __m512 sum[4] = {_mm512_setzero_ps(), _mm512_setzero_ps(), _mm512_setzero_ps(), _mm512_setzero_ps()};
            for (int j = 0; j < length; j++) {
                const __m512 weight = _mm512_set1_ps(scores[j]);
                const float *value = qkv + (size_t)j * stride + 2 * width + column;
                for (int c = 0; c < vectors; c++) sum[c] = _mm512_fmadd_ps(weight, _mm512_loadu_ps(value + 16 * c), sum[c]);
            }
            float *o = out + (size_t)i * width + column;
            for (int c = 0; c < vectors; c++) _mm512_storeu_ps(o + 16 * c, _mm512_mul_ps(sum[c], inverse));
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
