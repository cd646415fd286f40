package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("wd:", len(os.Getwd()))
}
