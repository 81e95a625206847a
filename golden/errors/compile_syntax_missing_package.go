// A file that forgot its package clause: go run reports it with go/parser's wording.

import "fmt"

func main() {
	fmt.Println("hi")
}
