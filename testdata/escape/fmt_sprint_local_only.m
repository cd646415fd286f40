./fmt_sprint_local_only.go:9:19: []string{...} does not escape
./fmt_sprint_local_only.go:10:19: ... argument does not escape
./fmt_sprint_local_only.go:10:23: len(parts) escapes to heap
./fmt_sprint_local_only.go:10:37: parts[1] escapes to heap
./fmt_sprint_local_only.go:11:14: ... argument does not escape
./fmt_sprint_local_only.go:11:26: out escapes to heap
