package layer

// HasByte reports whether one of the eight bytes of x is c (c not zero: a
// Key pads a short word with zeros): x^c has a zero byte there, which the
// borrow of subtracting one from each byte finds (the classic test for a
// zero byte, exact as a yes or no). On a word's Key it tells, without
// another load, whether the word holds an apostrophe or a hyphen.
func HasByte(x uint64, c byte) bool {
	const ones = 0x0101010101010101
	y := x ^ uint64(c)*ones
	return (y-ones)&^y&highBits != 0
}
