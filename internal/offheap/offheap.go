// Package offheap gives the read-only tables of the models (perceptron
// weights, string tables) memory outside the Go heap. A table on the heap
// counts twice towards the peak resident memory, the collector letting
// the heap grow by as much again as is live before it collects; outside,
// a table of megabytes counts once, and large ones get huge pages.
package offheap

// MinMapped is the smallest table mapped outside the heap (the taggers'
// wide rows, 1.3 MB each, the labeller's 1.3 MB arena, the string tables
// of 1-4 MB are above it); smaller ones are left to make.
const MinMapped = 256 << 10
