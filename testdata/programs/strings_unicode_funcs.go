package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// strings on Unicode text: case mapping, Unicode spaces, rune-aware trims
// and searches, Cut, SplitAfter, the *Func variants, Map, Replacer, and
// unicode/utf8 decoding and encoding, including invalid UTF-8.

func main() {
	texts := []string{"Grüße, Jürgen!", "ǅemal İstanbul ΣΊΣΥΦΟΣ", " \u00a0 spaced\u2003out\u3000 ", "bad\xffbyte\xe2\x82", "日本語のテキスト"}
	for _, s := range texts {
		fmt.Printf("%q\n", s)
		fmt.Printf("  upper %q lower %q title %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
		fmt.Printf("  fields %q trimspace %q\n", strings.Fields(s), strings.TrimSpace(s))
		fmt.Printf("  runes %d valid %v index(ü) %d rune(本) %d any(!,) %d lastany(aeiou) %d\n",
			utf8.RuneCountInString(s), utf8.ValidString(s), strings.Index(s, "ü"), strings.IndexRune(s, '本'),
			strings.IndexAny(s, "!,"), strings.LastIndexAny(s, "aeiou"))
		fmt.Printf("  valid %q\n", strings.ToValidUTF8(s, "\uFFFD"))
	}
	fmt.Println(strings.Trim("¡¡Hola!!", "¡!"), strings.TrimLeft("ééa", "é"), strings.TrimRight("xyzzy", "zy"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("a1b2c", unicode.IsLetter))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "map me, please"))
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	rest, ok := strings.CutPrefix("v1.2.3", "v")
	base, ok2 := strings.CutSuffix("report.txt", ".md")
	fmt.Println(rest, ok, base, ok2)
	fmt.Printf("%q %q %q\n", strings.SplitAfter("a,b,c", ","), strings.SplitAfterN("a,b,c", ",", 2), strings.SplitN("a→b→c", "", 3))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.ContainsRune("naïve", 'ï'), strings.ContainsAny("hello", "xyz"), strings.LastIndexByte("banana", 'n'), strings.Count("cheese", "e"), strings.Count("日本", ""))
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"), strings.NewReplacer("", "-").Replace("abc"))
	fmt.Println(strings.Replace("banana", "", "|", 3), strings.Repeat("ab", 3))
	for _, s := range []string{"€", "a\xc0", "\xf0\x9f\x98"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q: first %q/%d last %q/%d full %v\n", s, r, n, lr, ln, utf8.FullRuneInString(s))
	}
	buf := make([]byte, 0, 8)
	for _, r := range []rune{'a', 'é', '€', '🙂', -1, 0xD800} {
		buf = utf8.AppendRune(buf[:0], r)
		p := make([]byte, 4)
		n := utf8.EncodeRune(p, r)
		fmt.Printf("%U len %d % x %v %v\n", r, utf8.RuneLen(r), buf, p[:n], utf8.ValidRune(r))
	}
}
