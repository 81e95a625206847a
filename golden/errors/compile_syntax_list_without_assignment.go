// A syntax error learners make, with current Go's wording ("expected", tokens named as Go names them).
package main

func main() {
	a, b foo
}
