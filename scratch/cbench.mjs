import nlp from 'compromise';
import nlpTwo from 'compromise/two';
import nlpOne from 'compromise/one';
import fs from 'node:fs';
const dir='/work/shared/corpus/dev/';
let text=fs.readdirSync(dir).filter(f=>f.endsWith('.txt')).map(f=>fs.readFileSync(dir+f,'utf8')).join('\n\n');
const sents=text.split(/(?<=[.!?])\s+|\n+/).filter(s=>s.trim().length>10);
const words=text.split(/\s+/).length;
for (const [name,f] of [['three',nlp],['two',nlpTwo],['one',nlpOne]]) {
  f(text); let t=performance.now(); f(text).json(); let a=performance.now()-t;
  t=performance.now(); for(const s of sents) f(s).json(); let b=performance.now()-t;
  t=performance.now(); for(const s of sents) f(s); let c=performance.now()-t;
  console.log(name, words,'words', Math.round(words/a*1000),'w/s whole', Math.round(words/b*1000),'w/s per-sentence json', Math.round(words/c*1000),'per-sent no json');
}
const lex = nlp.world().model.one.lexicon; console.log(Object.keys(lex).length, lex['cause'], lex['causes'], lex['heals'], lex['probiotic']);
const t0=performance.now(); let n=0; for (let i=0;i<10;i++) for (const w of text.toLowerCase().split(/\W+/)) if (lex[w]) n++; console.log('lex lookup', Math.round(words*10/(performance.now()-t0)*1000),'w/s');
console.log(JSON.stringify(nlp('Probiotics may help heal the gut lining in people with IBS.').json()[0].terms.map(t=>[t.text,t.tags.join('/')])));
console.log(JSON.stringify(nlp('The gut lining is damaged by NSAIDs such as ibuprofen.').verbs().json().map(v=>v.verb)));
