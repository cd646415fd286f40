./large_var_explicit_limit.go:8:6: over escapes to heap in main:
./large_var_explicit_limit.go:8:6:   flow: {heap} ← &over:
./large_var_explicit_limit.go:8:6:     from over (too large for stack) at ./large_var_explicit_limit.go:8:6
./large_var_explicit_limit.go:8:6: moved to heap: over
