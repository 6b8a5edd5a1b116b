package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"factpipe/tables"
)

// A PathError refuses the input, output or cache directory of a run before
// the run touches anything.
type PathError struct {
	Role   string // "input", "output" or "cache"
	Path   string // as the caller gave it
	Reason string
}

func (e *PathError) Error() string {
	return fmt.Sprintf("pipeline: refusing %s directory %s: %s", e.Role, e.Path, e.Reason)
}

// paths are a run's directories, absolute and with symbolic links
// resolved, as the checks compare them.
type paths struct {
	in, out, cache string // cache "" when none
}

// checkPaths refuses any output or cache directory that a run could not
// replace or fill without destroying what is not its own: the root, the
// home and the working directory, a file that is no directory, a
// directory holding anything factpipe did not write, and any overlap with
// the input (but for a directory inside it, which the input scan skips)
// or of the cache with the output. It reads and never writes.
func checkPaths(cfg Config) (paths, error) {
	var p paths
	var err error
	if p.in, err = resolve(cfg.In); err != nil {
		return p, fmt.Errorf("pipeline: input: %w", err)
	}
	if p.out, err = resolve(cfg.Out); err != nil {
		return p, &PathError{"output", cfg.Out, err.Error()}
	}
	if reason := refuseOutput(p.out, p.in); reason != "" {
		return p, &PathError{"output", cfg.Out, reason}
	}
	if cfg.CacheDir == "" {
		return p, nil
	}
	if p.cache, err = resolve(cfg.CacheDir); err != nil {
		return p, &PathError{"cache", cfg.CacheDir, err.Error()}
	}
	if reason := refuseCache(p.cache, p.in, p.out); reason != "" {
		return p, &PathError{"cache", cfg.CacheDir, reason}
	}
	return p, nil
}

// refuseOutput returns why out may not be a run's output, or "".
func refuseOutput(out, in string) string {
	if r := refuseSpecial(out); r != "" {
		return r
	}
	switch {
	case out == in:
		return "it is the input directory"
	case within(in, out):
		return "it contains the input directory " + in
	}
	return refuseForeign(out, isOwnOutput, "a previous output of factpipe (with its "+ManifestName+")")
}

// refuseCache returns why cache may not be a run's cache, or "".
func refuseCache(cache, in, out string) string {
	if r := refuseSpecial(cache); r != "" {
		return r
	}
	switch {
	case cache == in:
		return "it is the input directory"
	case within(in, cache):
		return "it contains the input directory " + in
	case cache == out:
		return "it is the output directory, which every run replaces"
	case within(cache, out):
		return "it is inside the output directory, which every run replaces"
	case within(out, cache):
		return "it contains the output directory " + out
	}
	return refuseForeign(cache, isOwnCache, "a cache of factpipe")
}

// refuseSpecial refuses the directories no run may replace or fill,
// whatever they hold.
func refuseSpecial(dir string) string {
	if filepath.Dir(dir) == dir {
		return "it is the root of the file system"
	}
	if home, err := os.UserHomeDir(); err == nil {
		if h, err := filepath.EvalSymlinks(home); err == nil && h == dir {
			return "it is the home directory"
		}
	}
	if wd, err := os.Getwd(); err == nil {
		if w, err := filepath.EvalSymlinks(wd); err == nil && w == dir {
			return "it is the working directory"
		}
	}
	return ""
}

// refuseForeign accepts a directory that does not exist yet, an empty one,
// or one that own says factpipe wrote; it refuses a file that is no
// directory, and any other directory, naming what it holds.
func refuseForeign(dir string, own func(dir string, names []string) bool, wanted string) string {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ""
	case err != nil:
		return err.Error()
	case !fi.IsDir():
		return "it is a file, not a directory"
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err.Error()
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	if len(names) == 0 || own(dir, names) {
		return ""
	}
	return fmt.Sprintf("it holds files that factpipe did not write (%s); give a new or empty directory, or %s",
		sample(names, 3), wanted)
}

// isOwnOutput tells whether dir, holding names, is a previous output: a
// manifest that factpipe wrote, and nothing but the files a run writes, in
// the flat or the partitioned layout.
func isOwnOutput(dir string, names []string) bool {
	if !isManifest(filepath.Join(dir, ManifestName)) {
		return false
	}
	for _, n := range names {
		if !isOutputFile(dir, n) {
			return false
		}
	}
	return true
}

// ReportName is the file of the HTML report a run may write in its output
// directory (see Config.Finish).
const ReportName = "report.html"

// OutputFiles are the files other than the tables that a run may write in
// its output directory.
var OutputFiles = []string{ManifestName, ReportName}

// isOutputFile tells whether name in dir is a file a run writes: the
// manifest, another of OutputFiles, a table file, or a partitioned table's
// folder of run_date=YYYY-MM-DD folders of Parquet parts.
func isOutputFile(dir, name string) bool {
	if slices.Contains(OutputFiles, name) {
		return true
	}
	table, ext := strings.CutSuffix(name, ".parquet")
	if !isTable(table) {
		return false
	}
	fi, err := os.Lstat(filepath.Join(dir, name))
	if err != nil {
		return false
	}
	if ext {
		return fi.Mode().IsRegular()
	}
	return fi.IsDir() && isPartitionTree(filepath.Join(dir, name))
}

func isTable(name string) bool {
	for _, t := range tables.Tables() {
		if t.Name == name {
			return true
		}
	}
	return false
}

var partitionDir = regexp.MustCompile(`^run_date=\d{4}-\d{2}-\d{2}$`)

// isPartitionTree tells whether dir holds only run_date=YYYY-MM-DD folders
// of Parquet files.
func isPartitionTree(dir string) bool {
	parts, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, p := range parts {
		if !p.IsDir() || !partitionDir.MatchString(p.Name()) {
			return false
		}
		files, err := os.ReadDir(filepath.Join(dir, p.Name()))
		if err != nil {
			return false
		}
		for _, f := range files {
			if !f.Type().IsRegular() || filepath.Ext(f.Name()) != ".parquet" {
				return false
			}
		}
	}
	return true
}

// isManifest tells whether path is a manifest that factpipe wrote.
func isManifest(path string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return false
	}
	return m.RunID != "" && m.Version != "" && m.Rows != nil
}

// resolve returns path made absolute, with the symbolic links of its
// longest existing prefix resolved, so that two names of one directory
// compare equal.
func resolve(path string) (string, error) {
	if path == "" {
		return "", errors.New("no path given")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	var rest []string
	for p := abs; ; p = filepath.Dir(p) {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			slices.Reverse(rest)
			return filepath.Join(append([]string{r}, rest...)...), nil
		}
		if filepath.Dir(p) == p {
			return abs, nil
		}
		rest = append(rest, filepath.Base(p))
	}
}

// within tells whether path lies strictly inside dir.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// sample lists at most n of names, in order, and how many more there are.
func sample(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:n], ", "), len(names)-n)
}
