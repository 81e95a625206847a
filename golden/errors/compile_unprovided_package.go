package main

import (
	"fmt"
	"net/smtp"
)

func main() {
	fmt.Println(smtp.PlainAuth)
}
