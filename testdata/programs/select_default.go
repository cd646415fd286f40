package main

import "fmt"

type Mailbox struct {
	ch      chan string
	dropped int
}

func (m *Mailbox) TrySend(msg string) bool {
	select {
	case m.ch <- msg:
		return true
	default:
		m.dropped++
		return false
	}
}

func (m *Mailbox) TryRecv() (string, bool) {
	select {
	case msg := <-m.ch:
		return msg, true
	default:
		return "", false
	}
}

func main() {
	m := &Mailbox{ch: make(chan string, 3)}
	for i := 1; i <= 5; i++ {
		ok := m.TrySend(fmt.Sprintf("msg%d", i))
		fmt.Printf("send msg%d: %t\n", i, ok)
	}
	fmt.Println("dropped:", m.dropped)
	for {
		msg, ok := m.TryRecv()
		if !ok {
			fmt.Println("mailbox empty")
			break
		}
		fmt.Println("recv", msg)
	}
	// Polling a done channel.
	done := make(chan struct{})
	work := 0
	for i := 0; ; i++ {
		select {
		case <-done:
			fmt.Println("stopped after", work, "units")
			return
		default:
			work++
			if work == 7 {
				close(done)
			}
		}
	}
}
