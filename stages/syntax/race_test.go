//go:build race

package syntax

// raceEnabled is true when the tests run with -race: the slow accuracy
// check is left to the ordinary run.
const raceEnabled = true
