./string_substring.go:4:16: leaking param: s to result ~r0 level=0
