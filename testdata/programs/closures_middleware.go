package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Handler func(Request) string

type Middleware func(Handler) Handler

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) string {
			*log = append(*log, "start "+r.Path)
			resp := next(r)
			*log = append(*log, "end "+r.Path+" -> "+resp)
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) string {
			for _, a := range allowed {
				if a == r.User {
					return next(r)
				}
			}
			return "403 forbidden"
		}
	}
}

func Upper(next Handler) Handler {
	return func(r Request) string { return strings.ToUpper(next(r)) }
}

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func main() {
	var log []string
	hello := func(r Request) string { return "200 hello " + r.User + " at " + r.Path }
	h := Chain(hello, Logging(&log), Auth("ann", "bob"), Upper)
	reqs := []Request{{"/", "ann"}, {"/admin", "eve"}, {"/docs", "bob"}}
	for _, r := range reqs {
		fmt.Println(h(r))
	}
	fmt.Println(strings.Join(log, "\n"))
}
