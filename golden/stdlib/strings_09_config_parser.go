package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const cfg = `
# comment line
name = demo app
port=8080
  debug = true  
[db]
host = localhost
port = 5432
invalid line here
[cache]
ttl = 30s
`

func main() {
	section := ""
	values := map[string]string{}
	var errs []string
	sc := bufio.NewScanner(strings.NewReader(cfg))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		switch {
		case t == "" || strings.HasPrefix(t, "#"):
			continue
		case strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]"):
			section = strings.Trim(t, "[]")
			continue
		}
		k, v, ok := strings.Cut(t, "=")
		if !ok {
			errs = append(errs, fmt.Sprintf("line %d: no '=' in %q", line, t))
			continue
		}
		key := strings.TrimSpace(k)
		if section != "" {
			key = section + "." + key
		}
		values[key] = strings.TrimSpace(v)
	}
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-10s = %q\n", k, values[k])
	}
	for _, e := range errs {
		fmt.Println("error:", e)
	}
}
