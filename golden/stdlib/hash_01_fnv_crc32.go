package main

import (
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
)

func main() {
	for _, h := range []hash.Hash{fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), crc32.NewIEEE(), crc32.New(crc32.MakeTable(crc32.Castagnoli)), crc32.New(crc32.MakeTable(crc32.Koopman))} {
		fmt.Printf("%T %d %d %x ", h, h.Size(), h.BlockSize(), h.Sum(nil))
		io.WriteString(h, "hello")
		fmt.Printf("%x ", h.Sum([]byte{0xAA}))
		h.Write([]byte(", world"))
		fmt.Printf("%x ", h.Sum(nil))
		if h32, ok := h.(hash.Hash32); ok {
			fmt.Print(h32.Sum32(), " ")
		}
		if h64, ok := h.(hash.Hash64); ok {
			fmt.Print(h64.Sum64(), " ")
		}
		h.Reset()
		fmt.Printf("%x\n", h.Sum(nil))
	}
	fmt.Println(crc32.ChecksumIEEE([]byte("The quick brown fox jumps over the lazy dog")), crc32.Checksum([]byte("abc"), crc32.MakeTable(crc32.Castagnoli)), crc32.Update(crc32.ChecksumIEEE([]byte("ab")), crc32.IEEETable, []byte("c")), crc32.ChecksumIEEE([]byte("abc")), crc32.IEEETable[1], crc32.Size)
	buckets := make([]int, 5)
	for _, k := range []string{"alice", "bob", "carol", "dave", "eve", "frank", "grace"} {
		h := fnv.New32a()
		h.Write([]byte(k))
		buckets[h.Sum32()%5]++
	}
	fmt.Println(buckets)
}
