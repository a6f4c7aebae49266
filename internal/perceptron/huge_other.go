//go:build !linux

package perceptron

// makeHuge is make where the kernel has no transparent huge pages to ask
// for.
func makeHuge[T any](n int) []T { return make([]T, n) }
