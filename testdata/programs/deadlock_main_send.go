package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

// dispatch hands jobs to a worker over an unbuffered channel, but the
// worker was never started, so the first send blocks forever.
func dispatch(jobs chan<- Job, names []string) {
	for i, n := range names {
		fmt.Println("dispatching", i, n)
		jobs <- Job{i, n}
	}
}

func worker(jobs <-chan Job) {
	for j := range jobs {
		fmt.Println("worker got", j.ID, j.Name)
	}
}

func main() {
	jobs := make(chan Job)
	_ = worker // bug: go worker(jobs) is missing
	dispatch(jobs, []string{"resize", "upload", "notify"})
	fmt.Println("unreachable")
}
