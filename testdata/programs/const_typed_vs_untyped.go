package main

import (
	"fmt"
	"time"
)

type Celsius float64
type Meters int

const Boiling Celsius = 100
const Freezing = 0 // untyped

const TypedInt int32 = 1 << 20
const Untyped = 1 << 20

func describe(name string, v any) {
	fmt.Printf("%-10s %-14T %v\n", name, v, v)
}

func main() {
	describe("Boiling", Boiling)
	describe("Freezing", Freezing)
	var c Celsius = Freezing // untyped converts implicitly
	describe("c", c)
	describe("TypedInt", TypedInt)
	describe("Untyped", Untyped)
	var f float64 = Untyped // fine: untyped
	describe("f", f)
	var m Meters = Untyped * 3
	describe("m", m)
	describe("m*2", m*2)
	describe("1.5", 1.5)
	describe("'x'", 'x')
	describe("2i", 2i)
	describe("true", true)
	describe("\"s\"", "s")

	// Constant durations are typed constants of time.Duration.
	const timeout = 2*time.Second + 500*time.Millisecond
	describe("timeout", timeout)
	describe("Minute/3", time.Minute/3)
	describe("90s", 90*time.Second)
	describe("1h2m", time.Hour+2*time.Minute+3*time.Millisecond)
	fmt.Println(int64(timeout), timeout.Seconds(), time.Duration(1500)*time.Microsecond)

	// Typed constant arithmetic stays in the type.
	const half Celsius = Boiling / 2
	describe("half", half)
	const ratio = Untyped / 3
	describe("ratio", ratio)
	const fr = Untyped / 3.0
	describe("fr", fr)
	var u8 uint8 = 255
	const shift = 7
	describe("u8>>shift", u8>>shift)
	describe("byte(65)", byte(65))
	describe("rune(65)", rune(65))
}
