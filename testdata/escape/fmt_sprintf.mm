./fmt_sprintf.go:7:32: id escapes to heap in label:
./fmt_sprintf.go:7:32:   flow: {storage for ... argument} ← &{storage for id}:
./fmt_sprintf.go:7:32:     from id (spill) at ./fmt_sprintf.go:7:32
./fmt_sprintf.go:7:32:     from ... argument (slice-literal-element) at ./fmt_sprintf.go:7:20
./fmt_sprintf.go:7:32:   flow: {heap} ← {storage for ... argument}:
./fmt_sprintf.go:7:32:     from ... argument (spill) at ./fmt_sprintf.go:7:20
./fmt_sprintf.go:7:32:     from fmt.Sprintf("%03d-%s", ... argument...) (call parameter) at ./fmt_sprintf.go:7:20
./fmt_sprintf.go:7:36: name escapes to heap in label:
./fmt_sprintf.go:7:36:   flow: {storage for ... argument} ← &{storage for name}:
./fmt_sprintf.go:7:36:     from name (spill) at ./fmt_sprintf.go:7:36
./fmt_sprintf.go:7:36:     from ... argument (slice-literal-element) at ./fmt_sprintf.go:7:20
./fmt_sprintf.go:7:36:   flow: {heap} ← {storage for ... argument}:
./fmt_sprintf.go:7:36:     from ... argument (spill) at ./fmt_sprintf.go:7:20
./fmt_sprintf.go:7:36:     from fmt.Sprintf("%03d-%s", ... argument...) (call parameter) at ./fmt_sprintf.go:7:20
./fmt_sprintf.go:6:20: parameter name leaks to {storage for name} for label with derefs=0:
./fmt_sprintf.go:6:20:   flow: {storage for name} ← name:
./fmt_sprintf.go:6:20:     from name (interface-converted) at ./fmt_sprintf.go:7:36
./fmt_sprintf.go:6:20: leaking param: name
./fmt_sprintf.go:7:20: ... argument does not escape
./fmt_sprintf.go:7:32: id escapes to heap
./fmt_sprintf.go:7:36: name escapes to heap
