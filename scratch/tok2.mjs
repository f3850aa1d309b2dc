import nlp from 'compromise';
import fs from 'node:fs';
const dir='/work/shared/corpus/dev/';
let text=fs.readdirSync(dir).filter(f=>f.endsWith('.txt')).map(f=>fs.readFileSync(dir+f,'utf8')).join('\n\n');
const sents=text.split(/(?<=[.!?])\s+|\n+/).filter(s=>s.trim().length>10);
const words=text.split(/\s+/).length;
const steps=[['lexicon'],['lexicon','preTagger'],['lexicon','preTagger','root'],['lexicon','preTagger','postTagger'],['lexicon','preTagger','postTagger','chunks']];
for (const st of steps){
 let t=performance.now(); for(const s of sents){ const d=nlp.tokenize(s); d.compute(st); } console.log(st.join('+'), Math.round(words/(performance.now()-t)*1000));
}
let t=performance.now(); for(const s of sents){ nlp(s); } console.log('full', Math.round(words/(performance.now()-t)*1000));
const ex='The gut lining is damaged by NSAIDs such as ibuprofen, and probiotics may help heal it in people with IBS.';
const d=nlp.tokenize(ex); d.compute(['lexicon','preTagger']);
console.log(JSON.stringify(d.json()[0].terms.map(t=>[t.text,t.tags.join('/'),t.chunk])));
const d2=nlp.tokenize(ex); d2.compute(['lexicon','preTagger','postTagger','chunks']);
console.log(JSON.stringify(d2.json()[0].terms.map(t=>[t.text,t.tags.join('/'),t.chunk])));
const d3=nlp(ex); console.log(JSON.stringify(d3.json()[0].terms.map(t=>[t.text,t.chunk])));
