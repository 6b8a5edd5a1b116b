package pipeline

import (
	"encoding/json"
	"fmt"
	"time"

	"factpipe/doc"
	"factpipe/tables"
)

// Version is the version of factpipe's extractors. It is written to every
// manifest; change it whenever a stage's output for the same input changes.
const Version = "0.1.0"

// ManifestName is the file name of the manifest in an output directory.
const ManifestName = "_manifest.json"

// Manifest describes one run; it is written beside the tables.
type Manifest struct {
	RunID     string             `json:"run_id"`
	Version   string             `json:"version"`
	Start     time.Time          `json:"start"`
	End       time.Time          `json:"end"`
	Input     string             `json:"input"`
	Inputs    int                `json:"inputs"`    // files found
	Documents int                `json:"documents"` // files processed
	Rejects   int                `json:"rejects"`
	Workers   int                `json:"workers"`
	Rows      map[string]int     `json:"rows"`          // rows per table
	StageSecs map[string]float64 `json:"stage_seconds"` // worker time per stage
}

func newManifest(cfg Config, workers int, sum *Summary, rejects []doc.Reject) Manifest {
	s := sum.Set
	m := Manifest{
		RunID:     fmt.Sprintf("%s-%s", sum.Start.UTC().Format("20060102T150405Z"), doc.HashID(sum.Start.String(), cfg.In)[:8]),
		Version:   Version,
		Start:     sum.Start.UTC(),
		End:       sum.End.UTC(),
		Input:     cfg.In,
		Inputs:    sum.Documents + len(rejects),
		Documents: sum.Documents,
		Rejects:   len(rejects),
		Workers:   workers,
		Rows:      map[string]int{},
		StageSecs: map[string]float64{},
	}
	for _, t := range tables.Tables() {
		m.Rows[t.Name] = s.Len(t.Name)
	}
	for k, v := range sum.Stages {
		m.StageSecs[k] = v.Seconds()
	}
	return m
}

func (m Manifest) marshal() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("pipeline: manifest: %w", err)
	}
	return append(b, '\n'), nil
}
