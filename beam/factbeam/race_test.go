//go:build race

package factbeam

// raceEnabled tells that the tests run under the race detector.
const raceEnabled = true
