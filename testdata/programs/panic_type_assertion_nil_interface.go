package main

import "fmt"

type Event struct{ Name string }

type Bus struct {
	last map[string]any
}

func (b *Bus) Publish(topic string, v any) { b.last[topic] = v }

// Last returns the last value on a topic, or a nil interface when none.
func (b *Bus) Last(topic string) any { return b.last[topic] }

func main() {
	b := &Bus{last: map[string]any{}}
	b.Publish("start", &Event{"start"})
	b.Publish("tick", &Event{"tick"})
	fmt.Println(b.Last("start").(*Event).Name)
	fmt.Println(b.Last("tick").(*Event).Name)
	// Asserting on a missing topic: the interface is nil.
	fmt.Println(b.Last("stop").(*Event).Name)
}
