./method_value_value_receiver.go:8:16: g does not escape
./method_value_value_receiver.go:15:10: t.f escapes to heap in main:
./method_value_value_receiver.go:15:10:   flow: {heap} ← &{storage for t.f}:
./method_value_value_receiver.go:15:10:     from t.f (spill) at ./method_value_value_receiver.go:15:10
./method_value_value_receiver.go:15:10:     from keep = t.f (assign) at ./method_value_value_receiver.go:15:7
./method_value_value_receiver.go:14:21: t.f does not escape
./method_value_value_receiver.go:15:10: t.f escapes to heap
