package figures
import ("testing";"fmt";"os";"strings";"factpipe/doc")
func TestDbgPlaces(t *testing.T) {
	p := os.Getenv("DBG"); if p == "" { t.Skip() }
	x, _ := New()
	for _, path := range strings.Split(p, ",") {
		d := loadDoc(t, path)
		ms := mentionsOf(d)
		st := &docState{e: x, d: d, mentions: ms}
		fmt.Println("===", path, "main:", st.mainPlace(), "dateline:", st.dateline(), "title:", d.Title)
		for _, m := range ms { if m.Kind == doc.Place { fmt.Printf("  %q ref=%s s=%d\n", m.Text, m.Ref, m.Sentence) } }
	}
}
