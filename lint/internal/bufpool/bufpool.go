// Package bufpool recycles the byte buffers behind documents: the file as
// read and its masked text. It is internal to lint: the document type
// (lint), the readers (lint/read) and the engine (lint/engine) share it,
// and nothing outside them may hold a pooled buffer.
package bufpool

import (
	"math/bits"
	"sync"
)

// Document bytes (the file as read and its masked Text) are recycled from
// one document to the next. A run reads each file once and drops it after
// its check, and a fresh page costs the kernel more than parsing the bytes
// it holds: over the 10 MB benchmark corpus with no rule, recycling cut the
// CPU from 0.15 to 0.10 s and the wall time from 105 to 78 ms, most of the
// difference page faults.
//
// Buffers come in size classes: steps of 512 bytes up to 32 KiB (an
// article is a few KiB, and a kept document should not hold much spare
// room), then powers of two up to 4 MiB; a larger one is allocated and left
// to the collector. A buffer goes back to its pool only from
// Document.Release, when the engine is done with a document it read itself;
// everything a finding or a diagnostic keeps is a copy.
const (
	smallStep  = 512
	smallLimit = 32 << 10
	nSmall     = smallLimit / smallStep
	largeLimit = 4 << 20
)

// Classes is the number of size classes: a pool of other elements sized by
// Class (the document's word cache) is an array of this many sync.Pools.
const Classes = nSmall + 8

var bufPools [Classes]sync.Pool

// Class returns the capacity of n's class, counted in elements, and its
// index, or -1 when n is too large to pool.
func Class(n int) (size, pool int) { return bufClass(n) }

// bufClass returns the capacity of n's class and its pool, or -1 when n is
// too large to pool.
func bufClass(n int) (size, pool int) {
	if n <= smallLimit {
		k := (max(n, 1) + smallStep - 1) / smallStep
		return k * smallStep, k - 1
	}
	if n > largeLimit {
		return n, -1
	}
	c := bits.Len(uint(n - 1)) // 16..22
	return 1 << c, nSmall + c - 16
}

// Get returns a buffer of length n. Its bytes are not cleared: a caller
// writes all n of them before reading any.
func Get(n int) []byte {
	size, pool := bufClass(n)
	if pool < 0 {
		return make([]byte, n)
	}
	if b, ok := bufPools[pool].Get().(*[]byte); ok {
		return (*b)[:n]
	}
	return make([]byte, n, size)
}

// Put offers b, from Get, for reuse.
func Put(b []byte) {
	size, pool := bufClass(cap(b))
	if pool < 0 || size != cap(b) {
		return // not a pooled buffer
	}
	b = b[:0]
	bufPools[pool].Put(&b)
}
