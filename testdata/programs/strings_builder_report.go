package main

import (
	"fmt"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func render(title string, rows []Row) string {
	var b strings.Builder
	width := len(title) + 4
	b.WriteString(strings.Repeat("=", width))
	b.WriteByte('\n')
	fmt.Fprintf(&b, "| %s |\n", title)
	b.WriteString(strings.Repeat("=", width))
	b.WriteByte('\n')
	total := 0.0
	for i, r := range rows {
		line := r.Price * float64(r.Qty)
		total += line
		fmt.Fprintf(&b, "%2d %-10s %3d x %7.2f = %8.2f\n", i+1, r.Name, r.Qty, r.Price, line)
	}
	b.WriteString(strings.Repeat("-", 36))
	b.WriteRune('\n')
	fmt.Fprintf(&b, "%-24s %11.2f\n", "TOTAL", total)
	b.WriteRune('✓')
	return b.String()
}

func main() {
	rows := []Row{
		{"widget", 3, 2.5},
		{"gadget", 1, 19.99},
		{"doohickey", 12, 0.35},
		{"gizmo", 2, 7},
	}
	out := render("Invoice 42", rows)
	fmt.Println(out)
	fmt.Println("length:", len(out), "lines:", strings.Count(out, "\n")+1)
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strings.ToUpper(rows[i%len(rows)].Name[:2]))
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
}
