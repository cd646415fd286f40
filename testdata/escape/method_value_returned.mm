./method_value_returned.go:6:72: g.greeting + ", " + name escapes to heap in (*greeter).greet:
./method_value_returned.go:6:72:   flow: ~r0 ← &{storage for g.greeting + ", " + name}:
./method_value_returned.go:6:72:     from g.greeting + ", " + name (spill) at ./method_value_returned.go:6:72
./method_value_returned.go:6:72:     from return g.greeting + ", " + name (return) at ./method_value_returned.go:6:47
./method_value_returned.go:6:7: g does not escape
./method_value_returned.go:6:25: name does not escape
./method_value_returned.go:6:72: g.greeting + ", " + name escapes to heap
./method_value_returned.go:10:10: g.greet escapes to heap in greeterFunc:
./method_value_returned.go:10:10:   flow: ~r0 ← &{storage for g.greet}:
./method_value_returned.go:10:10:     from g.greet (spill) at ./method_value_returned.go:10:10
./method_value_returned.go:10:10:     from return g.greet (return) at ./method_value_returned.go:10:2
./method_value_returned.go:9:7: &greeter{...} escapes to heap in greeterFunc:
./method_value_returned.go:9:7:   flow: g ← &{storage for &greeter{...}}:
./method_value_returned.go:9:7:     from &greeter{...} (spill) at ./method_value_returned.go:9:7
./method_value_returned.go:9:7:     from g := &greeter{...} (assign) at ./method_value_returned.go:9:4
./method_value_returned.go:9:7:   flow: {temp} ← g:
./method_value_returned.go:9:7:   flow: {storage for g.greet} ← {temp}:
./method_value_returned.go:8:18: parameter word leaks to {storage for &greeter{...}} for greeterFunc with derefs=0:
./method_value_returned.go:8:18:   flow: {storage for &greeter{...}} ← word:
./method_value_returned.go:8:18:     from greeter{...} (struct literal element) at ./method_value_returned.go:9:15
./method_value_returned.go:8:18: leaking param: word
./method_value_returned.go:9:7: &greeter{...} escapes to heap
./method_value_returned.go:10:10: g.greet escapes to heap
