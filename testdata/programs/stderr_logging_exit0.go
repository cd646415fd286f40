package main

import (
	"fmt"
	"os"
)

type Logger struct {
	level string
	count int
}

func (l *Logger) Log(format string, args ...any) {
	l.count++
	fmt.Fprintf(os.Stderr, "[%s %03d] %s\n", l.level, l.count, fmt.Sprintf(format, args...))
}

func main() {
	log := &Logger{level: "INFO"}
	total := 0
	for i := 1; i <= 5; i++ {
		total += i * i
		log.Log("step %d total=%d", i, total)
		fmt.Println("result", i, total)
	}
	log.level = "WARN"
	log.Log("finished with %d log lines", log.count+1)
	fmt.Fprintln(os.Stdout, "done")
}
