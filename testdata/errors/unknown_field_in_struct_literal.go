package main

import "fmt"

type Server struct {
	Host string
	Port int
}

func main() {
	s := Server{Host: "localhost", Prot: 8080}
	fmt.Println(s)
}
