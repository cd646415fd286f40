package main

import "fmt"

type Config struct {
	Name  string
	Debug bool
}

type App struct {
	cfg *Config
}

func (a *App) EnableDebug() {
	a.cfg.Debug = true
}

func main() {
	a := &App{}
	defer fmt.Println("deferred print runs before the crash report")
	a.EnableDebug()
}
