package syntax

// cluster is word i's fine cluster plus one (0: none or no such word).
func (x *sent) cluster(i int32) uint64 {
	if i < 0 || int(i) >= len(x.k) {
		return 0
	}
	return x.k[i]
}

// group is word i's group of 64 clusters plus one (0: none).
func (x *sent) group(i int32) uint64 {
	if i < 0 || int(i) >= len(x.g) {
		return 0
	}
	return x.g[i]
}
