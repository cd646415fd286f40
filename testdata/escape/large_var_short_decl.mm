./large_var_short_decl.go:7:2: g escapes to heap in main:
./large_var_short_decl.go:7:2:   flow: {heap} ← &g:
./large_var_short_decl.go:7:2:     from g (too large for stack) at ./large_var_short_decl.go:7:2
./large_var_short_decl.go:7:2: moved to heap: g
