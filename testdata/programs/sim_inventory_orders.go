package main

import (
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Product struct {
	SKU   SKU
	Name  string
	Price float64
	Stock int
}

type Line struct {
	SKU SKU
	Qty int
}

type Order struct {
	ID    int
	Lines []Line
}

type Warehouse struct {
	products map[SKU]*Product
	backlog  []Order
}

func (w *Warehouse) Fulfil(o Order) (float64, []string) {
	var problems []string
	for _, l := range o.Lines {
		p, ok := w.products[l.SKU]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("unknown %s", l.SKU))
		case p.Stock < l.Qty:
			problems = append(problems, fmt.Sprintf("short %s (%d<%d)", l.SKU, p.Stock, l.Qty))
		}
	}
	if len(problems) > 0 {
		w.backlog = append(w.backlog, o)
		return 0, problems
	}
	total := 0.0
	for _, l := range o.Lines {
		p := w.products[l.SKU]
		p.Stock -= l.Qty
		total += float64(l.Qty) * p.Price
	}
	return total, nil
}

func (w *Warehouse) Restock(s SKU, n int) { w.products[s].Stock += n }

func (w *Warehouse) Report() string {
	skus := make([]string, 0, len(w.products))
	for s := range w.products {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	var b strings.Builder
	for _, s := range skus {
		p := w.products[SKU(s)]
		fmt.Fprintf(&b, "  %-6s %-10s %6.2f x %3d\n", p.SKU, p.Name, p.Price, p.Stock)
	}
	return b.String()
}

func main() {
	w := &Warehouse{products: map[SKU]*Product{}}
	for _, p := range []Product{
		{"A100", "bolt", 0.25, 500}, {"B200", "nut", 0.1, 300},
		{"C300", "bracket", 4.5, 20}, {"D400", "hinge", 7.25, 5},
	} {
		w.products[p.SKU] = &p
	}
	orders := []Order{
		{1, []Line{{"A100", 100}, {"B200", 100}}},
		{2, []Line{{"C300", 15}, {"D400", 6}}},
		{3, []Line{{"Z999", 1}}},
		{4, []Line{{"C300", 5}, {"A100", 400}}},
	}
	revenue := 0.0
	for _, o := range orders {
		t, probs := w.Fulfil(o)
		if probs != nil {
			fmt.Printf("order %d backlogged: %s\n", o.ID, strings.Join(probs, "; "))
			continue
		}
		revenue += t
		fmt.Printf("order %d shipped: %.2f\n", o.ID, t)
	}
	w.Restock("D400", 10)
	w.Restock("C300", 15)
	pending := w.backlog
	w.backlog = nil
	for _, o := range pending {
		if t, probs := w.Fulfil(o); probs == nil {
			revenue += t
			fmt.Printf("backlog order %d shipped: %.2f\n", o.ID, t)
		}
	}
	fmt.Printf("revenue: %.2f, still backlogged: %d\n", revenue, len(w.backlog))
	fmt.Print(w.Report())
}
