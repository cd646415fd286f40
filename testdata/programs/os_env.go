// os_env: the environment through package os — Getenv, LookupEnv, Setenv,
// Unsetenv, Clearenv, Environ — on keys the program sets itself.
package main

import (
	"fmt"
	"os"
	"strings"
)

func count(prefix string) []string {
	var out []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, prefix) {
			out = append(out, kv)
		}
	}
	return out
}

func main() {
	fmt.Println("PATH set:", os.Getenv("PATH") != "")
	v, ok := os.LookupEnv("GOMEM_TEST_UNSET_KEY_7")
	fmt.Printf("unset: %q %v\n", v, ok)

	if err := os.Setenv("GOMEM_TEST_A", "alpha"); err != nil {
		fmt.Println("setenv error", err)
	}
	os.Setenv("GOMEM_TEST_B", "")
	os.Setenv("GOMEM_TEST_C", "x=y=z")
	fmt.Printf("A=%q\n", os.Getenv("GOMEM_TEST_A"))
	v, ok = os.LookupEnv("GOMEM_TEST_B")
	fmt.Printf("B=%q %v\n", v, ok)
	fmt.Printf("C=%q\n", os.Getenv("GOMEM_TEST_C"))
	fmt.Println(count("GOMEM_TEST_"))

	// Replacing keeps the position; unsetting removes.
	os.Setenv("GOMEM_TEST_A", "again")
	fmt.Println(count("GOMEM_TEST_"))
	fmt.Println(os.Unsetenv("GOMEM_TEST_B"))
	v, ok = os.LookupEnv("GOMEM_TEST_B")
	fmt.Printf("B=%q %v\n", v, ok)
	fmt.Println(count("GOMEM_TEST_"))
	os.Unsetenv("GOMEM_TEST_NEVER_SET")
	os.Setenv("GOMEM_TEST_B", "back")
	fmt.Println(count("GOMEM_TEST_"))

	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("PATH") == "")
	os.Setenv("ONLY", "1")
	fmt.Println(os.Environ())
}
