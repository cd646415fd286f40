package main

import (
	"errors"
	"fmt"
)

type ConfigError struct {
	Key    string
	Reason string
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("config key %q: %s", e.Key, e.Reason)
}

func mustGet(cfg map[string]string, key string) string {
	v, ok := cfg[key]
	if !ok {
		panic(&ConfigError{key, "missing"})
	}
	return v
}

func main() {
	cfg := map[string]string{"host": "localhost"}
	fmt.Println("host:", mustGet(cfg, "host"))
	var ce *ConfigError
	fmt.Println(errors.As(&ConfigError{}, &ce))
	fmt.Println("port:", mustGet(cfg, "port"))
}
