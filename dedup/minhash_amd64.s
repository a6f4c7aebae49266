#include "textflag.h"

// minHashesAVX2 (minhash_amd64.go): each of the NumHashes functions'
// least value over the shingle hashes, four functions a register. A
// function is (a*h + b) >> 32 in 64-bit arithmetic; AVX2 has no 64-bit
// multiply, so a*h mod 2^64 is made of three 32x32-bit products:
// lo(a)*lo(h) + (hi(a)*lo(h) + lo(a)*hi(h)) << 32. The least values stay
// in eight registers while every hash of the batch goes by, 32 functions
// at a time; they are below 2^32, so VPMINUD over the 32-bit halves is
// the least of the 64-bit lanes (the upper halves are all 0).
//
// SI the hashes, CX their number, R8 lo(a), R9 hi(a), R10 b, DI the
// least values, R11 the byte offset of the 32 functions of a pass, AX
// the hash at.

// func minHashesAVX2(hs *uint64, n int, lo, hi, b, mins *[NumHashes]uint64)
TEXT ·minHashesAVX2(SB), NOSPLIT, $0-48
	MOVQ hs+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ lo+16(FP), R8
	MOVQ hi+24(FP), R9
	MOVQ b+32(FP), R10
	MOVQ mins+40(FP), DI
	XORQ R11, R11

pass:
	VMOVDQU 0(DI)(R11*1), Y0
	VMOVDQU 32(DI)(R11*1), Y1
	VMOVDQU 64(DI)(R11*1), Y2
	VMOVDQU 96(DI)(R11*1), Y3
	VMOVDQU 128(DI)(R11*1), Y4
	VMOVDQU 160(DI)(R11*1), Y5
	VMOVDQU 192(DI)(R11*1), Y6
	VMOVDQU 224(DI)(R11*1), Y7
	XORQ AX, AX
	CMPQ AX, CX
	JAE  stored

hash:
	VPBROADCASTQ (SI)(AX*8), Y8
	VPSRLQ       $32, Y8, Y9
	VPMULUDQ 0(R8)(R11*1), Y8, Y10
	VPMULUDQ 0(R9)(R11*1), Y8, Y11
	VPMULUDQ 0(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   0(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y0, Y0
	VPMULUDQ 32(R8)(R11*1), Y8, Y10
	VPMULUDQ 32(R9)(R11*1), Y8, Y11
	VPMULUDQ 32(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   32(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y1, Y1
	VPMULUDQ 64(R8)(R11*1), Y8, Y10
	VPMULUDQ 64(R9)(R11*1), Y8, Y11
	VPMULUDQ 64(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   64(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y2, Y2
	VPMULUDQ 96(R8)(R11*1), Y8, Y10
	VPMULUDQ 96(R9)(R11*1), Y8, Y11
	VPMULUDQ 96(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   96(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y3, Y3
	VPMULUDQ 128(R8)(R11*1), Y8, Y10
	VPMULUDQ 128(R9)(R11*1), Y8, Y11
	VPMULUDQ 128(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   128(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y4, Y4
	VPMULUDQ 160(R8)(R11*1), Y8, Y10
	VPMULUDQ 160(R9)(R11*1), Y8, Y11
	VPMULUDQ 160(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   160(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y5, Y5
	VPMULUDQ 192(R8)(R11*1), Y8, Y10
	VPMULUDQ 192(R9)(R11*1), Y8, Y11
	VPMULUDQ 192(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   192(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y6, Y6
	VPMULUDQ 224(R8)(R11*1), Y8, Y10
	VPMULUDQ 224(R9)(R11*1), Y8, Y11
	VPMULUDQ 224(R8)(R11*1), Y9, Y12
	VPADDQ   Y11, Y12, Y11
	VPSLLQ   $32, Y11, Y11
	VPADDQ   Y10, Y11, Y10
	VPADDQ   224(R10)(R11*1), Y10, Y10
	VPSRLQ   $32, Y10, Y10
	VPMINUD  Y10, Y7, Y7
	INCQ AX
	CMPQ AX, CX
	JB   hash

stored:
	VMOVDQU Y0, 0(DI)(R11*1)
	VMOVDQU Y1, 32(DI)(R11*1)
	VMOVDQU Y2, 64(DI)(R11*1)
	VMOVDQU Y3, 96(DI)(R11*1)
	VMOVDQU Y4, 128(DI)(R11*1)
	VMOVDQU Y5, 160(DI)(R11*1)
	VMOVDQU Y6, 192(DI)(R11*1)
	VMOVDQU Y7, 224(DI)(R11*1)
	ADDQ $256, R11
	CMPQ R11, $512
	JB   pass
	VZEROUPPER
	RET
