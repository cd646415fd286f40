./copy_into_param.go:4:16: dst does not escape
./copy_into_param.go:4:21: src does not escape
./copy_into_param.go:8:17: dst does not escape
./copy_into_param.go:8:29: s does not escape
./copy_into_param.go:14:12: []int{...} does not escape
