// mm
package main

var log []string

func record(user string, action string) {
	log = append(log, user+" did "+action)
}

func short(a, b string) bool {
	return len(a+b) < 10
}

func main() {
	record("ann", "login")
	println(log[0], short("ab", "cd"))
}
