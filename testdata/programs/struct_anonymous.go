package main

import (
	"fmt"
	"sort"
)

func main() {
	// Anonymous struct variable.
	config := struct {
		Host string
		Port int
		TLS  bool
	}{"localhost", 8080, false}
	fmt.Printf("%v %+v\n", config, config)
	config.Port++
	fmt.Println(config.Host, config.Port)

	// Slice of anonymous structs for table-driven logic.
	tests := []struct {
		in   int
		want string
	}{
		{1, "1"}, {3, "Fizz"}, {5, "Buzz"}, {15, "FizzBuzz"}, {22, "22"},
	}
	for _, tc := range tests {
		got := fizzbuzz(tc.in)
		fmt.Printf("fizzbuzz(%d) = %q ok=%t\n", tc.in, got, got == tc.want)
	}

	// Anonymous structs with identical field sequences are assignable.
	type named struct {
		Host string
		Port int
		TLS  bool
	}
	var n named = config
	fmt.Printf("%T %T %v\n", config, n, n == named(config))

	// Nested anonymous struct.
	var server struct {
		Name  string
		Limit struct{ Max, Used int }
	}
	server.Name = "api"
	server.Limit.Max = 100
	server.Limit.Used = 37
	fmt.Printf("%+v free=%d\n", server, server.Limit.Max-server.Limit.Used)

	// Sorting a slice of anonymous structs.
	scores := []struct {
		Name  string
		Score int
	}{{"ann", 82}, {"bob", 95}, {"cy", 82}, {"di", 70}}
	sort.SliceStable(scores, func(i, j int) bool { return scores[i].Score > scores[j].Score })
	fmt.Println(scores)
	empty := struct{}{}
	fmt.Println(empty, struct{ A, B int }{1, 2} == struct{ A, B int }{1, 2})
}

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(n)
}
