//go:build !amd64

package perceptron

func probeDense(buckets *denseBucket, bs, fps []uint32, later *[chunk]uint8, acc *[maxDense]int32) int {
	return probeDenseGo(buckets, bs, fps, later, acc)
}

func probeSparse(buckets *sparseBucket, bs, fps, offs []uint32, later *[chunk]uint8) int {
	return probeSparseGo(buckets, bs, fps, offs, later)
}
