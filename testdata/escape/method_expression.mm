./method_expression.go:6:7: n does not escape
