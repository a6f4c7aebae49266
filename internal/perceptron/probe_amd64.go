package perceptron

// probeDense is probeDenseGo, probeSparse probeSparseGo (probe_amd64.s).

//go:noescape
func probeDense(buckets *denseBucket, bs, fps []uint32, later *[chunk]uint8, acc *[maxDense]int32) (nl int)

//go:noescape
func probeSparse(buckets *sparseBucket, bs, fps, offs []uint32, later *[chunk]uint8) (nl int)
