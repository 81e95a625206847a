// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered non-nil:", r != nil)
		err, isErr := r.(error)
		fmt.Println("is error:", isErr)
		var pe *runtime.PanicNilError
		fmt.Println("is PanicNilError:", errors.As(err, &pe))
		fmt.Println(err.Error())
		_, isRuntime := r.(runtime.Error)
		fmt.Println("runtime.Error:", isRuntime)
	}()
	panic(nil)
}
