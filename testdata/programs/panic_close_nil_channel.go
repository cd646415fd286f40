package main

import "fmt"

type Worker struct {
	name string
	quit chan struct{}
	jobs chan int
}

func NewWorker(name string) *Worker {
	// Bug: quit is never made, only jobs.
	return &Worker{name: name, jobs: make(chan int, 2)}
}

func (w *Worker) Stop() {
	fmt.Println("stopping", w.name)
	close(w.jobs)
	close(w.quit)
}

func main() {
	w := NewWorker("indexer")
	w.jobs <- 1
	w.jobs <- 2
	fmt.Println("queued", len(w.jobs), "jobs")
	w.Stop()
	fmt.Println("unreachable")
}
