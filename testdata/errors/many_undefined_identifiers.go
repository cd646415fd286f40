package main

import "fmt"

func main() {
	fmt.Println(alpha)
	fmt.Println(beta)
	fmt.Println(gamma)
	fmt.Println(delta)
	fmt.Println(epsilon)
	fmt.Println(zeta)
	fmt.Println(eta)
	fmt.Println(theta)
	fmt.Println(iota2)
	fmt.Println(kappa)
	fmt.Println(lambda)
	fmt.Println(mu)
}
