#include "textflag.h"

// MUL64 sets q to the low 64 bits of the products of the quadwords of a
// with those of the multiplier m, mh holding m's high halves (AVX2 has
// no 64-bit multiply): lo*lo + (hi(a)*lo(m) + lo(a)*hi(m)) << 32. t and u
// are scratch.
#define MUL64(a, m, mh, q, t, u) \
	VPSRLQ   $32, a, t; \
	VPMULUDQ m, t, t; \
	VPMULUDQ mh, a, u; \
	VPADDQ   u, t, t; \
	VPSLLQ   $32, t, t; \
	VPMULUDQ m, a, q; \
	VPADDQ   t, q, q

// XS33 is k ^= k >> 33.
#define XS33(k, t) \
	VPSRLQ $33, k, t; \
	VPXOR  t, k, k

// Dword order that puts the four buckets first, the four fingerprints
// after them.
DATA touchidx<>+0(SB)/4, $0
DATA touchidx<>+4(SB)/4, $2
DATA touchidx<>+8(SB)/4, $4
DATA touchidx<>+12(SB)/4, $6
DATA touchidx<>+16(SB)/4, $1
DATA touchidx<>+20(SB)/4, $3
DATA touchidx<>+24(SB)/4, $5
DATA touchidx<>+28(SB)/4, $7
GLOBL touchidx<>(SB), RODATA|NOPTR, $32

// func keysAVX2(feats *uint64, quads int, mask uint32, m1, m2 uint64, bs, fps *uint32)
//
// touch's first loop, four features a turn: fmix(f, m1, m2), then the
// bucket (the low word, masked) and the fingerprint (bits 24 to 55, its
// lowest set).
TEXT ·keysAVX2(SB), NOSPLIT, $0-56
	MOVQ feats+0(FP), SI
	MOVQ quads+8(FP), CX
	MOVQ bs+40(FP), DI
	MOVQ fps+48(FP), DX
	TESTQ CX, CX
	JEQ  kdone
	MOVQ m1+24(FP), AX
	MOVQ AX, X15
	VPBROADCASTQ X15, Y15       // m1
	VPSRLQ $32, Y15, Y14        // m1's high halves
	MOVQ m2+32(FP), AX
	MOVQ AX, X13
	VPBROADCASTQ X13, Y13       // m2
	VPSRLQ $32, Y13, Y12
	// Y11: the mask in the low four dwords, all ones in the high four;
	// Y10: zero low, one high.
	MOVL mask+16(FP), AX
	MOVL AX, X11
	VPBROADCASTD X11, X11
	VPCMPEQD Y9, Y9, Y9
	VINSERTI128 $1, X9, Y11, Y11
	VPSRLD $31, Y9, Y10
	VPXOR X8, X8, X8
	VINSERTI128 $0, X8, Y10, Y10
	VMOVDQU touchidx<>(SB), Y9

kloop:
	VMOVDQU (SI), Y0
	XS33(Y0, Y1)
	MUL64(Y0, Y15, Y14, Y0, Y1, Y2)
	XS33(Y0, Y1)
	MUL64(Y0, Y13, Y12, Y0, Y1, Y2)
	XS33(Y0, Y1)
	VPSRLQ   $24, Y0, Y1
	VPSLLQ   $32, Y1, Y1
	VPBLENDD $0xaa, Y1, Y0, Y0  // each quadword: low word of h, of h>>24
	VPERMD   Y0, Y9, Y0         // buckets, then fingerprints
	VPAND    Y11, Y0, Y0
	VPOR     Y10, Y0, Y0
	VMOVDQU  X0, (DI)
	VEXTRACTI128 $1, Y0, (DX)
	ADDQ $32, SI
	ADDQ $16, DI
	ADDQ $16, DX
	DECQ CX
	JNE  kloop
	VZEROUPPER

kdone:
	RET
