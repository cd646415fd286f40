package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "fox"), strings.Contains(t, "cat"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Index(t, "zzz"))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"), strings.HasSuffix(t, "cat"))
	fmt.Println(strings.Count(t, "o"), strings.Count(t, ""), strings.Count("cheese", "e"))
	fields := strings.Fields(s)
	fmt.Println(len(fields), fields)
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("k=v=w", "=", 2))
	fmt.Println(strings.Join(fields[:3], "-"))
	fmt.Println(strings.Repeat("ab", 4), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper(t), strings.ToLower("HeLLo"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'))
	before, after, found := strings.Cut("user@example.com", "@")
	fmt.Println(before, after, found)
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("hello", "xyz"), strings.IndexAny("golang", "ny"))
	fmt.Printf("%q\n", strings.Fields(" a\tb\n c  "))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"))
}
