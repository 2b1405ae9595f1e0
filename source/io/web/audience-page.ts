/**
The page a phone opens: one self-contained document, its style and its one
script inline under the response's nonce, nothing fetched from anywhere but
the server it came from. It holds no deck text: the room's state arrives as
JSON over one WebSocket, which also carries the person's answers back, and
every piece of it is set with `textContent`, so a deck's markup stays text. The person's answers and score
stay in the page's own storage; the server keeps a random device token and
the current answers, never a name.
*/

/** Escapes text for an HTML attribute or element. Only `lang` and the nonce reach the page this way. */
export function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll('\'', '&#39;');
}

const style = `
:root{color-scheme:light;font-family:system-ui,sans-serif;font-size:100%;line-height:1.5;color:#111;background:#fff}
body{margin:0 auto;padding:1rem;max-width:40rem}
h1{font-size:1.25rem;margin:0 0 .5rem}
h2{font-size:1.1rem;margin:1rem 0 .25rem}
p{margin:.5rem 0}
#prompt,#answer{font-size:1.2rem;white-space:pre-wrap;overflow-wrap:anywhere}
ul{list-style:none;padding:0;margin:.5rem 0}
li{margin:.5rem 0}
button{display:block;width:100%;min-height:3rem;padding:.75rem 1rem;font:inherit;font-size:1.1rem;text-align:start;color:#111;background:#f2f2f2;border:2px solid #555;border-radius:.5rem;overflow-wrap:anywhere}
button[aria-pressed=true]{background:#dde8ff;border:4px solid #123c9c;font-weight:bold}
button:focus-visible{outline:3px solid #123c9c;outline-offset:2px}
.mark{font-weight:bold}
#status{font-weight:bold}
.note{color:#333;font-size:.95rem}
`;

/*
The script, in the plainest JavaScript an old phone runs. The device token is
random and kept in localStorage, so a phone that sleeps and wakes is the same
device: its socket reconnects (at once when the page is shown again, else
after a growing, jittered wait) and sends again the answer it holds for the
question on screen, which the server counts once. Answers and results are
kept there too, under the room's token, so the score is the person's alone.
*/
const script = `
(function(){
var token=location.pathname.split('/')[2]||'';
var base='/j/'+token;
var store=window.localStorage;
function get(key){try{return store.getItem('bd:'+token+':'+key);}catch(e){return null;}}
function set(key,value){try{store.setItem('bd:'+token+':'+key,value);}catch(e){}}
var device=null;
try{device=store.getItem('bd:device');}catch(e){}
if(!device||!/^[0-9a-f]{32}$/.test(device)){
var bytes=new Uint8Array(16);crypto.getRandomValues(bytes);device='';
for(var i=0;i<16;i++){device+=(bytes[i]+256).toString(16).slice(1);}
try{store.setItem('bd:device',device);}catch(e){}
}
var main=document.getElementById('main');
var status=document.getElementById('status');
var view=null;
var said='';
function el(tag,text,attrs){var node=document.createElement(tag);if(text!==undefined){node.textContent=text;}
for(var key in attrs||{}){node.setAttribute(key,attrs[key]);}return node;}
function say(text){if(text!==said){said=text;status.textContent=text;}}
function chosen(id){var kept=get('choice:'+id);try{return kept?JSON.parse(kept):[];}catch(e){return [];}}
var socket=null,pending={},nextId=1,retries=0,retryTimer=null,over=false,resent='';
function send(question,choice,done){
if(!socket||socket.readyState!==1){done(false,'no connection');return;}
var id=nextId++;pending[id]=done;
socket.send(JSON.stringify({id:id,question:question,choice:choice}));}
function settle(){for(var id in pending){pending[id](false,'no connection');}pending={};}
function connect(){
if(over||(socket&&socket.readyState<2)){return;}
clearTimeout(retryTimer);retryTimer=null;
socket=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+base+'/live?device='+device);
socket.onopen=function(){retries=0;resent='';};
socket.onmessage=function(event){var next;try{next=JSON.parse(event.data);}catch(e){return;}
if(next.reply!==undefined){var done=pending[next.reply];if(done){delete pending[next.reply];done(!!next.ok,next.error||'');}
else if(next.error==='too-fast'){notice.textContent='Too fast: wait a moment and choose again.';}return;}
var moved=!view||next.phase!==view.phase||(next.question&&view.question&&next.question.id!==view.question.id);
view=next;if(moved){notice.textContent='';}render();resend();};
socket.onclose=function(event){settle();
if(event.code===1001){over=true;say(view&&view.phase==='summary'?said:'The room quiz has ended.');return;}
if(event.code===4001){over=true;say('This device follows the room in another tab.');return;}
say('Connection lost: reconnecting\u2026');
var wait=Math.min(30000,1000*Math.pow(2,retries++))*(0.5+Math.random()/2);
retryTimer=setTimeout(connect,wait);};}
function resend(){
var v=view;if(!v||v.phase!=='question'||v.question.kind==='card'){return;}
var id=v.question.id,choice=chosen(id);
if(choice.length>0&&resent!==id){resent=id;send(id,choice,function(){});}}
function wake(){if(document.visibilityState!=='hidden'&&!over&&(!socket||socket.readyState>1)){retries=0;connect();}}
var refusals={'revealed':'The answer was already shown.','other-question':'The room has moved on to another question.','not-asking':'No question is open.','not-joined':'This phone is not in the room yet; it will rejoin.','invalid':'That answer could not be read.','not-revealed':'Wait for the answer to be shown.','too-fast':'Too fast: wait a moment and choose again.','malformed':'That answer could not be read.','no connection':'Not sent yet: the connection is down. It is sent when the connection is back.'};
function saying(ok,error){return ok?'':(refusals[error]||'Not sent: '+error+'.');}
function optionButton(question,position,option,choice,onChoose){
var pressed=choice.indexOf(position)!==-1;
var button=el('button',undefined,{type:'button','aria-pressed':String(pressed)});
button.appendChild(el('span',option.letter+'. ',{'class':'mark'}));
button.appendChild(el('span',option.text,{dir:'auto'}));
if(pressed){button.appendChild(el('span',' \\u2014 your answer',{'class':'mark'}));}
button.addEventListener('click',function(){onChoose(position);});
return button;}
function heading(question){return el('h2','Question '+question.number+' of '+question.total);}
function render(){
var v=view;if(!v){return;}
main.textContent='';
main.appendChild(el('h1',v.title,{dir:'auto'}));
if(v.phase==='intro'){main.appendChild(el('p','You are in. The first question shows here as soon as the presenter starts ('+v.questionCount+' questions).'));say('Waiting for the presenter to start.');return;}
if(v.phase==='summary'){summary(v);return;}
var question=v.question;
main.appendChild(heading(question));
main.appendChild(el('p',question.prompt,{id:'prompt',dir:'auto'}));
if(v.phase==='question'){asking(question);say('Question '+question.number+' of '+question.total+'.');return;}
revealed(question,v.answer);say('Answer shown for question '+question.number+'.');}
var notice=el('p','',{'class':'note',role:'status'});
function asking(question){
var choice=chosen(question.id);
if(question.kind==='card'){main.appendChild(el('p','Think of the answer: it shows here when the presenter reveals it.'));return;}
main.appendChild(el('p',question.kind==='multiple'?'Choose every right option. You can change your answer until the reveal.':'Choose one option. You can change your answer until the reveal.',{'class':'note'}));
var list=el('ul');
question.options.forEach(function(option,position){var item=el('li');
item.appendChild(optionButton(question,position,option,choice,function(picked){
var next;if(question.kind==='multiple'){next=choice.indexOf(picked)===-1?choice.concat([picked]):choice.filter(function(x){return x!==picked;});}else{next=[picked];}
next.sort(function(a,b){return a-b;});
set('choice:'+question.id,JSON.stringify(next));
if(next.length>0){send(question.id,next,function(ok,error){notice.textContent=ok?'Your answer is in: '+next.map(function(p){return question.options[p].letter;}).join(', ')+'.':saying(ok,error);});}
else{notice.textContent='No option chosen.';}
render();}));
list.appendChild(item);});
main.appendChild(list);main.appendChild(notice);}
function revealed(question,answer){
if(question.kind==='card'){
main.appendChild(el('h2','Answer'));main.appendChild(el('p',answer.explanation,{id:'answer',dir:'auto'}));
var verdict=get('result:'+question.id);
var list=el('ul');
[['knew','Knew it'],['not-yet','Not yet']].forEach(function(pair,field){var item=el('li');
var pressed=verdict===pair[0];
var button=el('button',pair[1]+(pressed?' \\u2014 your verdict':''),{type:'button','aria-pressed':String(pressed)});
button.addEventListener('click',function(){set('result:'+question.id,pair[0]);
send(question.id,[field],function(ok,error){notice.textContent=ok?'Noted: '+pair[1]+'.':saying(ok,error);});render();});
item.appendChild(button);list.appendChild(item);});
main.appendChild(list);main.appendChild(notice);return;}
var choice=chosen(question.id);
var right=choice.length>0&&choice.length===answer.correct.length&&choice.every(function(p){return answer.correct.indexOf(p)!==-1;});
if(choice.length>0){set('result:'+question.id,right?'right':'wrong');}
main.appendChild(el('p',choice.length===0?'You did not answer this one.':right?'You had it right.':'Not this time.',{'class':'mark'}));
var list=el('ul');
question.options.forEach(function(option,position){
var marks=[];if(answer.correct.indexOf(position)!==-1){marks.push('right answer');}if(choice.indexOf(position)!==-1){marks.push('your answer');}
var item=el('li');item.appendChild(el('span',option.letter+'. ',{'class':'mark'}));item.appendChild(el('span',option.text,{dir:'auto'}));
if(marks.length>0){item.appendChild(el('span',' \\u2014 '+marks.join(', '),{'class':'mark'}));}
var feedback=answer.feedback[position];
if(feedback&&choice.indexOf(position)!==-1){item.appendChild(el('p',feedback,{'class':'note',dir:'auto'}));}
list.appendChild(item);});
main.appendChild(list);
if(answer.explanation){main.appendChild(el('h2','Why'));main.appendChild(el('p',answer.explanation,{dir:'auto'}));}}
function summary(v){
var right=v.scored.filter(function(id){return get('result:'+id)==='right';}).length;
main.appendChild(el('h2','Your score'));
main.appendChild(el('p','You had '+right+' of '+v.scored.length+' right.',{id:'score','class':'mark'}));
if(v.cards.length>0){var knew=v.cards.filter(function(id){return get('result:'+id)==='knew';}).length;
main.appendChild(el('p','You knew '+knew+' of '+v.cards.length+' cards.'));}
main.appendChild(el('p','Your score is kept only on this device: the room sees how many chose each answer, never who.',{'class':'note'}));
over=true;say('The quiz has ended. You had '+right+' of '+v.scored.length+' right.');}
document.addEventListener('visibilitychange',wake);
window.addEventListener('online',wake);
window.addEventListener('pageshow',wake);
connect();
})();
`;

/** The audience page, its inline style and script marked with `nonce` (the response's Content-Security-Policy names it). */
export function audiencePage({nonce, lang}: {readonly nonce: string; readonly lang: string}): string {
	const attribute = escapeHtml(nonce);
	return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Room quiz</title>
<style nonce="${attribute}">${style}</style>
</head>
<body>
<main id="main"><h1>Room quiz</h1><p>Joining…</p></main>
<p id="status" aria-live="polite"></p>
<noscript><p>This page needs JavaScript to follow the room's quiz.</p></noscript>
<script nonce="${attribute}">${script}</script>
</body>
</html>
`;
}

/** The page at the server's root: a form for the join code, for a person who typed the address rather than scanning the code. */
export function joinFormPage({nonce, lang, wrongCode}: {readonly nonce: string; readonly lang: string; readonly wrongCode: boolean}): string {
	return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Join the room quiz</title>
<style nonce="${escapeHtml(nonce)}">${style}input{font:inherit;font-size:1.25rem;padding:.5rem;width:100%;box-sizing:border-box;border:2px solid #555;border-radius:.5rem;text-transform:uppercase}</style>
</head>
<body>
<main>
<h1>Join the room quiz</h1>
<form method="get" action="/join">
<p><label for="code">Join code, as shown on the room's screen</label></p>
<p><input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="16" required></p>
${wrongCode ? '<p role="alert" class="mark">That is not this room\'s code.</p>' : ''}
<p><button type="submit">Join</button></p>
</form>
</main>
</body>
</html>
`;
}
