module factpipe/bench/prose

go 1.26.0

require (
	factpipe v0.0.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/jdkato/prose/v3 v3.2.3
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	golang.org/x/net v0.47.0 // indirect
	golang.org/x/text v0.43.0 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)

replace factpipe => ../..
