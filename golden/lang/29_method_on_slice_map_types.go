package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nbrs := append([]string(nil), g[n]...)
		sort.Strings(nbrs)
		for _, m := range nbrs {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

type Path []string

func (p Path) String() string { return strings.Join(p, " -> ") }

func main() {
	g := Graph{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(Path(g.BFS("a")))
	fmt.Println(Path(g.BFS("x")))
	fmt.Println(len(g), len(g["d"]))
}
