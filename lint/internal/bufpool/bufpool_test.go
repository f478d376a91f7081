package bufpool

import "testing"

func TestBufClass(t *testing.T) {
	for _, c := range []struct{ n, size, pool int }{
		{0, 512, 0}, {1, 512, 0}, {512, 512, 0}, {513, 1024, 1}, {5000, 5120, 9},
		{32 << 10, 32 << 10, 63}, {32<<10 + 1, 64 << 10, 64}, {1 << 20, 1 << 20, 68},
		{4 << 20, 4 << 20, 70}, {4<<20 + 1, 4<<20 + 1, -1},
	} {
		if size, pool := bufClass(c.n); size != c.size || pool != c.pool {
			t.Errorf("bufClass(%d) = %d, %d; want %d, %d", c.n, size, pool, c.size, c.pool)
		}
	}
	b := Get(5000)
	if len(b) != 5000 || cap(b) != 5120 {
		t.Errorf("Get(5000): len %d cap %d, want 5000 and 5120", len(b), cap(b))
	}
	Put(make([]byte, 5000)) // not a class size: ignored, not pooled
	if b := Get(5000); cap(b) != 5120 {
		t.Errorf("a buffer of another size came back from the pool: cap %d", cap(b))
	}
}
