package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// render prints nested data (maps, slices, scalars) as indented JSON-ish text.
func render(b *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			render(b, e, indent+1)
			if i < len(x)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "]")
	case map[string]any:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			render(b, x[k], indent+1)
			if i < len(keys)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "%q", fmt.Sprintf("<%T>", x))
	}
}

func main() {
	doc := map[string]any{
		"name":    "gomem",
		"version": 1.27,
		"stable":  false,
		"authors": []any{"ann", "bob"},
		"limits": map[string]any{
			"stack":  1000000000,
			"arenas": []any{64, "MiB"},
			"gc":     map[string]any{"percent": 100, "memlimit": nil},
		},
		"empty":  []any{},
		"nested": []any{[]any{1, 2}, map[string]any{}, "tab\there"},
		"weird":  struct{}{},
	}
	var b strings.Builder
	render(&b, doc, 0)
	fmt.Println(b.String())
	fmt.Println("bytes:", b.Len())
}
