package main

import "fmt"

type Image struct {
	W, H   int
	Pixels []uint32
}

func NewImage(w, h int) *Image {
	return &Image{W: w, H: h, Pixels: make([]uint32, w*h)}
}

func main() {
	sizes := [][2]int{{4, 3}, {0, 10}, {5, -2}}
	for _, s := range sizes {
		img := NewImage(s[0], s[1])
		fmt.Printf("image %dx%d has %d pixels\n", img.W, img.H, len(img.Pixels))
	}
}
