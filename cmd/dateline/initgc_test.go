package main

import (
	"os"
	"testing"

	"dateline/internal/initgc"
)

// TestMain lets the collector go as main does: the tests call run, not
// main, and would otherwise run with the collector held.
func TestMain(m *testing.M) {
	initgc.Release()
	os.Exit(m.Run())
}
