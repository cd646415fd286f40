// inventory.go — a small warehouse simulation: structs with embedding,
// interfaces, maps, slices, closures, sorting, errors and goroutines.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Item struct {
	SKU   string
	Name  string
	Price int // cents
}

type Stocked struct {
	Item
	Qty int
}

func (s Stocked) Value() int { return s.Price * s.Qty }

var ErrOutOfStock = errors.New("out of stock")

type Warehouse struct {
	mu    sync.Mutex
	stock map[string]*Stocked
	log   []string
}

func NewWarehouse() *Warehouse {
	return &Warehouse{stock: make(map[string]*Stocked)}
}

func (w *Warehouse) Add(it Item, qty int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if s, ok := w.stock[it.SKU]; ok {
		s.Qty += qty
	} else {
		w.stock[it.SKU] = &Stocked{Item: it, Qty: qty}
	}
	w.log = append(w.log, fmt.Sprintf("add %s x%d", it.SKU, qty))
}

func (w *Warehouse) Take(sku string, qty int) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	s, ok := w.stock[sku]
	if !ok || s.Qty < qty {
		return fmt.Errorf("take %s x%d: %w", sku, qty, ErrOutOfStock)
	}
	s.Qty -= qty
	return nil
}

func (w *Warehouse) Report() string {
	skus := make([]string, 0, len(w.stock))
	for k := range w.stock {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	var b strings.Builder
	total := 0
	for _, k := range skus {
		s := w.stock[k]
		fmt.Fprintf(&b, "%-6s %-10s %3d x %6.2f = %8.2f\n", s.SKU, s.Name, s.Qty, float64(s.Price)/100, float64(s.Value())/100)
		total += s.Value()
	}
	fmt.Fprintf(&b, "total value: %.2f\n", float64(total)/100)
	return b.String()
}

func main() {
	w := NewWarehouse()
	items := []Item{
		{"A100", "bolt", 25},
		{"B200", "nut", 10},
		{"C300", "bracket", 450},
	}
	var wg sync.WaitGroup
	for i, it := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.Add(it, (i+1)*100)
		}()
	}
	wg.Wait()

	for _, req := range []struct {
		sku string
		qty int
	}{{"A100", 30}, {"C300", 500}, {"Z999", 1}, {"B200", 200}} {
		if err := w.Take(req.sku, req.qty); err != nil {
			fmt.Println("error:", err, "| out of stock:", errors.Is(err, ErrOutOfStock))
		}
	}
	fmt.Print(w.Report())
	fmt.Println("log entries:", len(w.log))
}
