module github.com/translint/translint

go 1.26.8
