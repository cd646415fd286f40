package main

import (
	"fmt"
	"strings"
)

type Perm uint

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	names := []string{"read", "write", "exec", "admin"}
	for i, n := range names {
		if p&(1<<uint(i)) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

const (
	sq0 = iota * iota
	sq1
	sq2
	sq3
	sq4
)

func main() {
	fmt.Println(Read, Write, Exec, Admin)
	var p Perm
	fmt.Println("start:", p)
	p |= Read | Exec
	fmt.Println("after grant:", p)
	p &^= Exec
	fmt.Println("after revoke:", p)
	p |= Admin | Write
	fmt.Printf("%v (%d, %04b)\n", p, uint(p), uint(p))
	fmt.Println("has write:", p&Write != 0)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1536), ByteSize(3*1<<30), ByteSize(12))
	fmt.Println(sq0, sq1, sq2, sq3, sq4)
}
