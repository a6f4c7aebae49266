// Package rodata gives back the memory of embedded data read for the last
// time: a model decoded at start-up into its own tables need not keep its
// compressed bytes resident (the syntax model's are 16 MB).
package rodata
