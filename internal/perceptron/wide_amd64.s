#include "textflag.h"

// addWideRowsAVX2 (wide_amd64.go): the lanes are held in YMM registers
// while every row is added to them, 32 words (eight registers) at a time,
// then 16, then 4, then two and one: one VPADDQ adds four words of a row
// from memory, where the Go loop loaded, added and stored each word. The
// rows' addresses are found once, into the frame, for all the passes.
//
// DI the lanes, R12 the number of rows, R13 a row's length in bytes, DX
// the byte offset of the words a pass adds, CX the row a pass is at.

// Between ROWSTART and ROWEND, a pass's adds run once a row, with AX
// the address of the row's words at DX.
#define ROWSTART(label) \
	XORQ CX, CX; \
label: \
	MOVQ (SP)(CX*8), AX; \
	ADDQ DX, AX

#define ROWEND(label) \
	INCQ CX; \
	CMPQ CX, R12; \
	JB   label

// func addWideRowsAVX2(lanes, wide *uint64, rows, words int, offs *[128]uint32, js []uint8) (ok bool)
TEXT ·addWideRowsAVX2(SB), NOSPLIT, $256-65
	MOVQ lanes+0(FP), DI
	MOVQ wide+8(FP), SI
	MOVQ rows+16(FP), R8
	MOVQ words+24(FP), R13
	MOVQ offs+32(FP), R10
	MOVQ js_base+40(FP), R11
	MOVQ js_len+48(FP), R12
	SHLQ $3, R13
	TESTQ R12, R12
	JEQ  done
	CMPQ R12, $32
	JA   bad

	// The rows' addresses; a row past the table's end is refused.
	XORQ CX, CX
addr:
	MOVBQZX (R11)(CX*1), AX
	MOVL    (R10)(AX*4), AX
	ANDL    $0x7fffffff, AX
	CMPQ    AX, R8
	JAE     bad
	IMULQ   R13, AX
	ADDQ    SI, AX
	MOVQ    AX, (SP)(CX*8)
	INCQ    CX
	CMPQ    CX, R12
	JB      addr

	XORQ DX, DX
b32:
	LEAQ 256(DX), BX
	CMPQ BX, R13
	JA   b16
	VMOVDQU 0(DI)(DX*1), Y0
	VMOVDQU 32(DI)(DX*1), Y1
	VMOVDQU 64(DI)(DX*1), Y2
	VMOVDQU 96(DI)(DX*1), Y3
	VMOVDQU 128(DI)(DX*1), Y4
	VMOVDQU 160(DI)(DX*1), Y5
	VMOVDQU 192(DI)(DX*1), Y6
	VMOVDQU 224(DI)(DX*1), Y7
	ROWSTART(r32)
	VPADDQ 0(AX), Y0, Y0
	VPADDQ 32(AX), Y1, Y1
	VPADDQ 64(AX), Y2, Y2
	VPADDQ 96(AX), Y3, Y3
	VPADDQ 128(AX), Y4, Y4
	VPADDQ 160(AX), Y5, Y5
	VPADDQ 192(AX), Y6, Y6
	VPADDQ 224(AX), Y7, Y7
	ROWEND(r32)
	VMOVDQU Y0, 0(DI)(DX*1)
	VMOVDQU Y1, 32(DI)(DX*1)
	VMOVDQU Y2, 64(DI)(DX*1)
	VMOVDQU Y3, 96(DI)(DX*1)
	VMOVDQU Y4, 128(DI)(DX*1)
	VMOVDQU Y5, 160(DI)(DX*1)
	VMOVDQU Y6, 192(DI)(DX*1)
	VMOVDQU Y7, 224(DI)(DX*1)
	MOVQ BX, DX
	JMP  b32

b16:
	LEAQ 128(DX), BX
	CMPQ BX, R13
	JA   b4
	VMOVDQU 0(DI)(DX*1), Y0
	VMOVDQU 32(DI)(DX*1), Y1
	VMOVDQU 64(DI)(DX*1), Y2
	VMOVDQU 96(DI)(DX*1), Y3
	ROWSTART(r16)
	VPADDQ 0(AX), Y0, Y0
	VPADDQ 32(AX), Y1, Y1
	VPADDQ 64(AX), Y2, Y2
	VPADDQ 96(AX), Y3, Y3
	ROWEND(r16)
	VMOVDQU Y0, 0(DI)(DX*1)
	VMOVDQU Y1, 32(DI)(DX*1)
	VMOVDQU Y2, 64(DI)(DX*1)
	VMOVDQU Y3, 96(DI)(DX*1)
	MOVQ BX, DX

b4:
	LEAQ 32(DX), BX
	CMPQ BX, R13
	JA   b2
	VMOVDQU (DI)(DX*1), Y0
	ROWSTART(r4)
	VPADDQ (AX), Y0, Y0
	ROWEND(r4)
	VMOVDQU Y0, (DI)(DX*1)
	MOVQ BX, DX
	JMP  b4

b2:
	LEAQ 16(DX), BX
	CMPQ BX, R13
	JA   b1
	VMOVDQU (DI)(DX*1), X0
	ROWSTART(r2)
	VPADDQ (AX), X0, X0
	ROWEND(r2)
	VMOVDQU X0, (DI)(DX*1)
	MOVQ BX, DX

b1:
	CMPQ DX, R13
	JAE  done
	MOVQ (DI)(DX*1), BX
	ROWSTART(r1)
	ADDQ (AX), BX
	ROWEND(r1)
	MOVQ BX, (DI)(DX*1)

done:
	VZEROUPPER
	MOVB $1, ok+64(FP)
	RET

bad:
	VZEROUPPER
	MOVB $0, ok+64(FP)
	RET

// Dword indices for VPERMD: the first eight sums of four words (three
// lanes each) from the lanes 0 and 1 paired in dwords (D), then lane 2
// (Q, a dword every two); the last four likewise. Unused places 0.
DATA flushidx<>+0(SB)/4, $0
DATA flushidx<>+4(SB)/4, $1
DATA flushidx<>+8(SB)/4, $0
DATA flushidx<>+12(SB)/4, $2
DATA flushidx<>+16(SB)/4, $3
DATA flushidx<>+20(SB)/4, $0
DATA flushidx<>+24(SB)/4, $4
DATA flushidx<>+28(SB)/4, $5
DATA flushidx<>+32(SB)/4, $0
DATA flushidx<>+36(SB)/4, $0
DATA flushidx<>+40(SB)/4, $0
DATA flushidx<>+44(SB)/4, $0
DATA flushidx<>+48(SB)/4, $0
DATA flushidx<>+52(SB)/4, $2
DATA flushidx<>+56(SB)/4, $0
DATA flushidx<>+60(SB)/4, $0
DATA flushidx<>+64(SB)/4, $0
DATA flushidx<>+68(SB)/4, $6
DATA flushidx<>+72(SB)/4, $7
DATA flushidx<>+76(SB)/4, $0
DATA flushidx<>+80(SB)/4, $0
DATA flushidx<>+84(SB)/4, $0
DATA flushidx<>+88(SB)/4, $0
DATA flushidx<>+92(SB)/4, $0
DATA flushidx<>+96(SB)/4, $4
DATA flushidx<>+100(SB)/4, $0
DATA flushidx<>+104(SB)/4, $0
DATA flushidx<>+108(SB)/4, $6
DATA flushidx<>+112(SB)/4, $0
DATA flushidx<>+116(SB)/4, $0
DATA flushidx<>+120(SB)/4, $0
DATA flushidx<>+124(SB)/4, $0
GLOBL flushidx<>(SB), RODATA|NOPTR, $128

// func flushWideAVX2(lanes *uint64, quads int, bias int32, acc *int32)
//
// flushWide's loop for 4*quads words, four a turn: the three lanes of
// each word cut out by shifts and a mask, paired into dwords and put in
// the sums' order (word by word, lane by lane) by VPERMD and VPBLENDD,
// the bias taken off, and added to the twelve sums at acc.
TEXT ·flushWideAVX2(SB), NOSPLIT, $0-32
	MOVQ lanes+0(FP), SI
	MOVQ quads+8(FP), CX
	MOVL bias+16(FP), AX
	MOVQ acc+24(FP), DI
	TESTQ CX, CX
	JEQ  fdone
	MOVQ $0x1fffff, BX
	MOVQ BX, X15
	VPBROADCASTQ X15, Y15       // laneMask in each quadword
	MOVL AX, X14
	VPBROADCASTD X14, Y14       // the bias in each dword
	VMOVDQU flushidx<>+0(SB), Y10
	VMOVDQU flushidx<>+32(SB), Y11
	VMOVDQU flushidx<>+64(SB), Y12
	VMOVDQU flushidx<>+96(SB), Y13

floop:
	VMOVDQU (SI), Y0
	VPAND   Y15, Y0, Y1         // lane 0 of each word
	VPSRLQ  $21, Y0, Y2
	VPAND   Y15, Y2, Y2         // lane 1
	VPSRLQ  $42, Y0, Y3         // lane 2 (bit 63 is never set)
	VPSLLQ  $32, Y2, Y2
	VPOR    Y2, Y1, Y1          // D: lanes 0 and 1 of word k in dwords 2k, 2k+1
	VPERMD  Y1, Y10, Y4
	VPERMD  Y3, Y11, Y5
	VPBLENDD $0x24, Y5, Y4, Y4  // sums 0-7
	VPERMD  Y1, Y12, Y6
	VPERMD  Y3, Y13, Y7
	VPBLENDD $0x09, Y7, Y6, Y6  // sums 8-11 in the low half
	VPSUBD  Y14, Y4, Y4
	VPSUBD  X14, X6, X6
	VPADDD  (DI), Y4, Y4
	VPADDD  32(DI), X6, X6
	VMOVDQU Y4, (DI)
	VMOVDQU X6, 32(DI)
	ADDQ    $32, SI
	ADDQ    $48, DI
	DECQ    CX
	JNE     floop
	VZEROUPPER

fdone:
	RET
