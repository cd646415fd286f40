./embedded_promoted_method.go:6:7: n does not escape
./embedded_promoted_method.go:6:24: leaking param: s
./embedded_promoted_method.go:7:7: leaking param: n to result ~r0 level=0
./embedded_promoted_method.go:19:2: moved to heap: v
