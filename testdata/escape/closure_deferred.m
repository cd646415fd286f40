./closure_deferred.go:5:8: func literal does not escape
./closure_deferred.go:14:8: func literal does not escape
