package main

import (
	"errors"
	"fmt"
	"strconv"
)

// strconv's float conversions, the Append family, quoting and *NumError.

func main() {
	for _, s := range []string{"3.25", "-0", "1e-5", "6.02214076e23", "0x1.8p3", "1_000.5", "0x_1p-2", ".5", "5.", "+Inf", "-infinity", "nan", "1e400", "-1e400", "1e-400", "", "1.2.3", "0x1.8", "12a", "inf!", "4e38"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%-16q %v %v | %v %v\n", s, f, err, f32, err32)
	}
	for _, v := range []float64{0, 1, -1.5, 0.1, 1.0 / 3, 2.5e-8, 123456789, 1e21, 6.02214076e23, 5e-324} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'G', 4, 64), strconv.FormatFloat(v, 'x', -1, 64), strconv.FormatFloat(v, 'b', -1, 64), strconv.FormatFloat(v, 'g', -1, 32))
	}
	var err *strconv.NumError
	_, e := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(e, errors.Is(e, strconv.ErrRange), errors.As(e, &err), err.Func, err.Num)
	_, e = strconv.Atoi("12x")
	fmt.Println(e, errors.Is(e, strconv.ErrSyntax), errors.Unwrap(e) == strconv.ErrSyntax)
	_, e = strconv.ParseInt("10", 1, 64)
	fmt.Println(e)
	_, e = strconv.ParseUint("-1", 10, 8)
	fmt.Println(e)
	u, e := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, e)
	i, e := strconv.ParseInt("-0x_80", 0, 8)
	fmt.Println(i, e)
	_, e = strconv.ParseBool("maybe")
	fmt.Printf("%v | %T\n", e, e)
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 3.5, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "hi\n")
	b = append(b, ' ')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ' ')
	b = strconv.AppendQuoteToASCII(b, "日本")
	fmt.Println(string(b), len(b))
	fmt.Println(strconv.Quote("\x00\u00a0é\u2028"), strconv.QuoteToASCII("héllo"), strconv.QuoteToGraphic("\u00a0x"), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('é'))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u263a\x41"`, `"bad`, `'ab'`, `"\q"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("plain"), strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatUint(1<<63, 36), strconv.Itoa(-7))
}
