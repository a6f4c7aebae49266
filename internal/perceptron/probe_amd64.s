#include "textflag.h"

// The loops of probeDenseGo and probeSparseGo (probe.go), with a bucket's
// fingerprints compared with the feature's four at a time (PCMPEQL) and
// the matching slot found by BSF; conditional moves, no branch but the
// loop's. SSE2 only: every amd64 has it.
//
// Both loops: DI the table, SI the bucket numbers, R8 the fingerprints,
// R9 their count, R10 later, AX the feature, R11 how many noted.

// PROBE searches the bucket of feature AX for its fingerprint: BX the
// bucket, DX the fingerprint, R12 a bit per slot that holds it (one at
// most; the four slots from byte second on compared as slots shift on),
// R13 that slot (0 when none), ZF set when none.
#define PROBE(second, shift) \
	MOVL     (SI)(AX*4), BX; \
	SHLQ     $6, BX; \
	ADDQ     DI, BX; \
	MOVL     (R8)(AX*4), DX; \
	MOVL     DX, X0; \
	PSHUFL   $0, X0, X0; \
	MOVOU    (BX), X1; \
	MOVOU    second(BX), X2; \
	PCMPEQL  X0, X1; \
	PCMPEQL  X0, X2; \
	MOVMSKPS X1, R12; \
	MOVMSKPS X2, R13; \
	SHLL     $shift, R13; \
	ORL      R13, R12; \
	BSFL     R12, R13; \
	CMOVLEQ  R12, R13

// func probeDense(buckets *denseBucket, bs, fps []uint32, later *[128]uint8, acc *[4]int32) (nl int)
TEXT ·probeDense(SB), NOSPLIT, $0-80
	MOVQ  buckets+0(FP), DI
	MOVQ  bs_base+8(FP), SI
	MOVQ  bs_len+16(FP), R9
	MOVQ  fps_base+32(FP), R8
	MOVQ  later+56(FP), R10
	MOVQ  acc+64(FP), BX
	MOVOU (BX), X4 // the four sums
	XORQ  AX, AX
	XORQ  R11, R11
	JMP   dcheck

dloop:
	PROBE(4, 1)            // fp[0..3], then fp[1..4]
	MOVQ    24(BX)(R13*8), R13
	CMOVQEQ R12, R13       // the row; none: 0 (R12 is 0)

	// The chain may go on when the row is zero and the bucket was passed
	// by some feature (sumDense tests the feature's own passBit).
	MOVL    20(BX), R12
	MOVB    AX, (R10)(R11*1)
	XORL    CX, CX
	TESTQ   R13, R13
	CMOVLEQ R12, CX
	NEGL    CX             // CF: the chain goes on
	ADCQ    $0, R11

	// The row's four int16 weights, sign-extended to int32 lanes, added.
	MOVQ      R13, X3
	PUNPCKLWL X3, X3
	PSRAL     $16, X3
	PADDL     X3, X4
	INCQ      AX

dcheck:
	CMPQ  AX, R9
	JLT   dloop
	MOVQ  acc+64(FP), BX
	MOVOU X4, (BX)
	MOVQ  R11, nl+72(FP)
	RET

// func probeSparse(buckets *sparseBucket, bs, fps, offs []uint32, later *[128]uint8) (nl int)
TEXT ·probeSparse(SB), NOSPLIT, $0-96
	MOVQ buckets+0(FP), DI
	MOVQ bs_base+8(FP), SI
	MOVQ bs_len+16(FP), R9
	MOVQ fps_base+32(FP), R8
	MOVQ offs_base+56(FP), CX
	MOVQ later+80(FP), R10
	XORQ AX, AX
	XORQ R11, R11
	JMP  scheck

sloop:
	PROBE(16, 4)           // fp[0..3], then fp[4..7]
	MOVL    32(BX)(R13*4), DX
	CMOVLEQ R12, DX        // the row's offset; none: 0 (R12 is 0)
	MOVL    DX, (CX)(AX*4)

	// The chain goes on when the feature is not there and the bucket is
	// full (its last slot taken).
	MOVB    AX, (R10)(R11*1)
	MOVL    $0, R12
	TESTL   DX, DX
	CMOVLEQ 28(BX), R12
	NEGL    R12            // CF: the chain goes on
	ADCQ    $0, R11
	INCQ    AX

scheck:
	CMPQ AX, R9
	JLT  sloop
	MOVQ R11, nl+88(FP)
	RET
