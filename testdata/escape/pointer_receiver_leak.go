// mm
package main

type account struct {
	balance int
}

var registry []*account

func (a *account) register() {
	registry = append(registry, a)
}

func (a *account) deposit(n int) {
	a.balance += n
}

func main() {
	a := account{}
	a.deposit(5)
	b := account{balance: 1}
	b.register()
	println(a.balance, len(registry), registry[0].balance)
}
