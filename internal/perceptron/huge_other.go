//go:build !linux

package perceptron

// adviseHuge does nothing where the kernel has no transparent huge pages
// to ask for.
func adviseHuge[T any](s []T) {}
