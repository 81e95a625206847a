package main

import "fmt"

type Runner interface{ Run() }

type Job struct{}

func (j *Job) Run() {}

func main() {
	var r Runner = Job{}
	fmt.Println(r)
}
