package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	var a, b int
	found := false
outer:
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				a, b, found = i, j, true
				break outer
			}
		}
	}
	return a, b, found
}

func main() {
	fmt.Println(findPair([]int{3, 8, 11, 4, 7}, 15))
	fmt.Println(findPair([]int{1, 2}, 10))

	// continue with a label skips the rest of the outer iteration.
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}, {-1, 0, 0}}
	sum := 0
rows:
	for r, row := range grid {
		for _, v := range row {
			if v < 0 {
				fmt.Println("row", r, "has a negative; skipping rest")
				continue rows
			}
			sum += v
		}
		fmt.Println("row", r, "fully summed")
	}
	fmt.Println("sum:", sum)

	// break out of a select/switch inside a loop needs a label.
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i
	}
	close(ch)
	count := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			switch {
			case v == 4:
				break loop // leaves the for loop, not only the switch
			case v%2 == 0:
				continue loop
			}
			count += v
		}
	}
	fmt.Println("count:", count, "left in channel:", len(ch))

	// Plain break inside switch only exits the switch.
	n := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			n += i
		}
	}
	fmt.Println("n:", n)
}
