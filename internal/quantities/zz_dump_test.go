package quantities
import ("testing";"fmt";"path/filepath";"github.com/loupe-news/loupe/internal/eval")
func TestDump(t *testing.T){
 files,_:=filepath.Glob("/work/main/testdata/corpus/project/*.gold.json")
 files=append(files,"/work/shared/corpus/dev/kazakhstan-rebellion.fr.gold.json","/work/shared/corpus/dev/ct25-fra-train.gold.jsonl","/work/shared/corpus/dev/ct25-en-subjectivity.gold.jsonl")
 for _,f:=range files{ docs,errs:=eval.LoadFile(f); if len(errs)>0{fmt.Println(errs)}
  for _,d:=range docs{ if !d.HasQuantities{continue}; r:=[]rune(d.Text)
   for _,q:=range d.Quantities{ v:=-1.0; if q.Value!=nil{v=*q.Value}
    lo:=max(0,q.Start-30); hi:=min(len(r),q.End+20)
    fmt.Printf("%s|%d [%q] v=%g a=%v u=%s  ctx=%q\n", filepath.Base(f), d.Line, string(r[q.Start:q.End]), v,q.Approx,q.Unit, string(r[lo:hi]))}}}}
