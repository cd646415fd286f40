package main

import "fmt"

type EventLog struct {
	events chan string
}

func NewEventLog(size int) *EventLog {
	return &EventLog{events: make(chan string, size)}
}

// Record buffers an event; nobody drains the buffer, so once it is full
// the sender blocks forever.
func (l *EventLog) Record(e string) {
	fmt.Printf("record %q (buffered %d/%d)\n", e, len(l.events), cap(l.events))
	l.events <- e
}

func main() {
	log := NewEventLog(3)
	for i := 1; i <= 5; i++ {
		log.Record(fmt.Sprintf("event-%d", i))
	}
	fmt.Println("unreachable")
}
