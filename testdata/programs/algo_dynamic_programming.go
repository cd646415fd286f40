package main

import "fmt"

func knapsack(weights, values []int, capacity int) (int, []int) {
	n := len(weights)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		for c := 0; c <= capacity; c++ {
			dp[i][c] = dp[i-1][c]
			if w := weights[i-1]; w <= c {
				dp[i][c] = max(dp[i][c], dp[i-1][c-w]+values[i-1])
			}
		}
	}
	var chosen []int
	for i, c := n, capacity; i > 0; i-- {
		if dp[i][c] != dp[i-1][c] {
			chosen = append([]int{i - 1}, chosen...)
			c -= weights[i-1]
		}
	}
	return dp[n][capacity], chosen
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var out []byte
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return string(out)
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	best, items := knapsack([]int{12, 2, 1, 1, 4}, []int{4, 2, 1, 2, 10}, 15)
	fmt.Println("knapsack:", best, "items:", items)
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gopher", "gopher"}} {
		fmt.Printf("edit(%q, %q) = %d\n", p[0], p[1], editDistance(p[0], p[1]))
	}
	fmt.Printf("lcs = %q\n", lcs("AGGTABQWERTY", "GXTXAYBWRTZY"))
	fmt.Println("ways to make 100 with US coins:", coinWays([]int{1, 5, 10, 25, 50, 100}, 100))
	fmt.Println("ways to make 1000:", coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 1000))
}
