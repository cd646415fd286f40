package main

import "fmt"

type Cents int64

const (
	Dollar Cents = 100
	Price        = 19*Dollar + 99
	TaxPct Cents = 8
)

const (
	MaxU8  uint8  = 1<<8 - 1
	MaxI16 int16  = 1<<15 - 1
	MinI16 int16  = -1 << 15
	MaxU32 uint32 = 1<<32 - 1
	Word          = 64
	Half          = Word / 2
)

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func main() {
	fmt.Println("price:", Price)
	tax := Price * TaxPct / 100
	fmt.Println("tax:", tax)
	total := Price + tax
	fmt.Println("total:", total)
	fmt.Println("three:", 3*Price)
	fmt.Println("refund:", -Price)
	fmt.Println(MaxU8, MaxI16, MinI16, MaxU32, Word, Half)
	const shifted = MaxU32 >> (Half / 2)
	fmt.Println("MaxU32>>16 =", shifted)
	const ratio float32 = 2.0 / 3
	fmt.Println("float32 ratio:", ratio)
	const prec = float64(ratio)
	fmt.Println("as float64:", prec)
	fmt.Printf("%T %T %T\n", tax, shifted, prec)
}
