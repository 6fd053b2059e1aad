/*
 * screen.c - render -f screen: the facilitator's screen for a projector,
 * one self-contained HTML file. C computes every time, as render does,
 * and embeds the schedule as JSON; the page's script only reads the
 * clock, finds the running item and phase, and counts down.
 */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"

static void	json_str(FILE *, const char *);
static void	json_kv(FILE *, const char *, const char *, int);
static void	json_day(FILE *, const struct ag_day *);
static void	json_labels(FILE *, enum lp_lang);

/*
 * The page loads nothing: the policy forbids every fetch, so a slip
 * (a font, an image) shows up as a refused load, not a silent one.
 */
static const char screen_head[] =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
    "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n";

/* Sized in vh so that 1920x1080 and a small laptop look alike. */
static const char screen_css[] =
"*{box-sizing:border-box}\n"
"html,body{margin:0;height:100%;background:#101418;color:#f4f4f0;"
"font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif}\n"
"body{display:flex;flex-direction:column;padding:3vh 4vw;overflow:hidden}\n"
"#top{display:flex;justify-content:space-between;align-items:baseline;"
"font-size:3vh;color:#a9b4bd}\n"
"#top .badge{margin-left:1.2em;padding:0 .5em;border-radius:.3em;"
"background:#b5651d;color:#fff}\n"
"#top .badge:empty{display:none}\n"
"main{flex:1;display:flex;flex-direction:column;justify-content:center}\n"
"#now-title{font-size:6vh;font-weight:bold;line-height:1.15;margin:0}\n"
"#phase{display:flex;align-items:center;margin-top:2vh;min-height:8vh}\n"
"#now-mode{font-size:6vh;font-weight:bold;width:1.6em;height:1.3em;"
"line-height:1.3em;text-align:center;border-radius:.2em;margin-right:.5em}\n"
"#now-mode:empty{display:none}\n"
".m-I{background:#2f6fb5}.m-G{background:#2e8b57}.m-P{background:#c0622b}\n"
".m-x{background:#555}\n"
"#now-phase{font-size:5vh;margin:0}\n"
"#now-phase .ml{position:absolute;width:1px;height:1px;overflow:hidden;"
"clip:rect(0 0 0 0)}\n"
"#now-range{font-size:3.5vh;color:#8c979f;margin-left:1em}\n"
"#now-left.soon{color:#e8b64c}\n"
"#now-left{font-size:26vh;font-weight:bold;line-height:1;margin:2vh 0 0;"
"font-variant-numeric:tabular-nums;letter-spacing:-.02em}\n"
"#now-left.date{font-size:9vh;line-height:1.3}\n"
"#bar{height:2.2vh;background:#2b3238;border-radius:1.1vh;overflow:hidden;"
"margin:2vh 0}\n"
"#bar div{height:100%;width:0;background:#e8b64c}\n"
"#bar.none{visibility:hidden}\n"
"#next{font-size:4vh;color:#d0d6da}\n"
"#next p{margin:.4vh 0}\n"
"#next .l{color:#8c979f}\n"
"#keys{font-size:1.8vh;color:#6d7880}\n"
"body.used #keys{visibility:hidden}\n"
"body.cue{animation:cue 1s ease-out 3}\n"
"@keyframes cue{0%{background:#e8b64c}100%{background:#101418}}\n"
"body.paused #now-left{color:#8c979f}\n"
"#table{display:none;position:fixed;inset:0;background:#101418;"
"padding:2vh 4vw;overflow:auto;font-size:2.1vh}\n"
"body.table #table{display:block}\n"
"#table table{border-collapse:collapse;width:100%}\n"
"#table td{padding:.12em .6em;border-bottom:1px solid #2b3238}\n"
"#table tr.phase td{color:#a9b4bd;padding-left:2em}\n"
"#table tr.break td{color:#a9b4bd;font-style:italic}\n"
"#table tr.current td{background:#e8b64c;color:#101418}\n"
"#table tr.done td{opacity:.55}\n";

/*
 * The page's script. Times in the data are minutes after midnight as C
 * computed them; the script adds only the +/- shift, counts seconds
 * and formats a clock with the language's prefix and separator.
 */
static const char screen_js[] =
"(function(){'use strict';\n"
"var D=JSON.parse(document.getElementById('agenda-data').textContent);\n"
"var L=D.L,$=function(i){return document.getElementById(i);};\n"
"var shifts=[],paused=false,pauseAt=0,pausedFor=0,sound=false,ac=null;\n"
"var base=Date.now(),t0=performance.now(),fixed=null,lastKey=null;\n"
"var ms=[],m,re=/(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d):(\\d\\d)(?::(\\d\\d))?/g;\n"
"if(/^#now=/.test(location.hash))while((m=re.exec(location.hash)))"
"ms.push({date:m[1],sec:(+m[2])*3600+(+m[3])*60+(+(m[4]||0))});\n"
"if(ms.length)fixed=ms[0];\n"
"function p2(n){return(n<10?'0':'')+n;}\n"
"function hm(min){min=((min%1440)+1440)%1440;"
"return p2(Math.floor(min/60))+L.sep+p2(min%60);}\n"
"function clk(min){return L.pre+hm(min);}\n"
"function fmt(s,a){return s.replace('%s',a);}\n"
"function elapsed(){var n=paused?pauseAt:performance.now();"
"return (n-t0-pausedFor)/1000;}\n"
"function moment(){var e=elapsed();if(fixed)return{date:fixed.date,"
"sec:fixed.sec+e};var d=new Date(base+e*1000);"
"return{date:d.getFullYear()+'-'+p2(d.getMonth()+1)+'-'+p2(d.getDate()),"
"sec:d.getHours()*3600+d.getMinutes()*60+d.getSeconds()"
"+d.getMilliseconds()/1000};}\n"
"function S(min){var s=min,i;for(i=0;i<shifts.length;i++)"
"if(min*60>shifts[i].at)s+=shifts[i].d;return s;}\n"
"function shiftTotal(){var s=0,i;for(i=0;i<shifts.length;i++)"
"s+=shifts[i].d;return s;}\n"
"function pickDay(date){var i,n=null;for(i=0;i<D.days.length;i++){"
"if(D.days[i].date===null||D.days[i].date===date)"
"return{day:D.days[i],other:false};"
"if(n===null&&D.days[i].date>date)n=D.days[i];}\n"
"return{day:n||D.days[D.days.length-1],other:true};}\n"
"function mmss(s){s=Math.max(0,Math.ceil(s-1e-6));"
"return p2(Math.floor(s/60))+':'+p2(s%60);}\n"
/* The view: what the four ids and the rest show at second t. */
"function view(d,t){var it=d.items,v={title:'',mode:'',phase:'',"
"left:'',date:false,total:0,rest:0,next:'',nextL:L.next,nextPhase:'',"
"key:'',cur:-1,over:false},i,j,x,ph;\n"
"if(it.length===0){v.title=d.title;return v;}\n"
"if(t<S(it[0].s)*60){v.title=fmt(L.starts,clk(S(it[0].s)));"
"v.rest=S(it[0].s)*60-t;v.left=mmss(v.rest);v.next=it[0].t;"
"v.nextL=L.next+' '+clk(S(it[0].s));v.key='before';return v;}\n"
"for(i=0;i<it.length;i++)if(t>=S(it[i].s)*60&&t<S(it[i].e)*60)break;\n"
"if(i===it.length){for(i=0;i<it.length&&S(it[i].s)*60<=t;i++);\n"
"if(i===it.length){v.title=fmt(L.over,clk(S(d.end)));v.over=true;"
"v.key='over';return v;}\n"
"v.title=L.nothing;v.rest=S(it[i].s)*60-t;v.left=mmss(v.rest);"
"v.next=it[i].t;v.nextL=L.next+' '+clk(S(it[i].s));v.key='gap'+i;"
"return v;}\n"
"x=it[i];v.cur=i;v.title=x.t;v.key='i'+i;"
"v.total=(S(x.e)-S(x.s))*60;v.rest=S(x.e)*60-t;\n"
"for(j=0;j<x.ph.length;j++){ph=x.ph[j];"
"if(t>=S(ph.s)*60&&t<S(ph.e)*60){v.mode=ph.m;v.phase=ph.n;v.ph=ph;"
"v.range=hm(S(ph.s))+'\\u2013'+hm(S(ph.e));"
"v.total=(S(ph.e)-S(ph.s))*60;v.rest=S(ph.e)*60-t;v.key+='p'+j;"
"if(j+1<x.ph.length){v.nextPhaseL=L.nextPhase+' '+clk(S(x.ph[j+1].s));"
"v.nextPhase=x.ph[j+1].n;}break;}\n"
"if(t<S(ph.s)*60){v.nextPhaseL=L.nextPhase+' '+clk(S(ph.s));"
"v.nextPhase=ph.n;break;}}\n"
"v.left=mmss(v.rest);\n"
"if(i+1<it.length){v.next=it[i+1].t;v.nextL=L.next+' '+"
"clk(S(it[i+1].s));}else{v.next=fmt(L.ends,clk(S(d.end)));v.nextL='';}\n"
"return v;}\n"
"function chime(){if(!sound||!ac)return;var n=ac.currentTime,f=[660,880],"
"k;for(k=0;k<2;k++){var o=ac.createOscillator(),g=ac.createGain();"
"o.type='sine';o.frequency.value=f[k];g.gain.setValueAtTime(0,n+k*.35);"
"g.gain.linearRampToValueAtTime(.18,n+k*.35+.03);"
"g.gain.exponentialRampToValueAtTime(.001,n+k*.35+1.2);"
"o.connect(g);g.connect(ac.destination);o.start(n+k*.35);"
"o.stop(n+k*.35+1.3);}}\n"
"function cue(){var b=document.body;b.classList.remove('cue');"
"void b.offsetWidth;b.classList.add('cue');chime();}\n"
"function table(d,v){var h='',i,j,x,ph,cls;for(i=0;i<d.items.length;i++){"
"x=d.items[i];cls=x.b?'break':'item';if(i===v.cur)cls+=' current';"
"else if(v.over||(v.cur>i))cls+=' done';"
"h+='<tr class=\"'+cls+'\"><td>'+hm(S(x.s))+(x.e>x.s?'\\u2013'+"
"hm(S(x.e)):'')+'</td><td>'+esc(x.t)+'</td></tr>';"
"for(j=0;j<x.ph.length;j++){ph=x.ph[j];h+='<tr class=\"phase'+"
"(i===v.cur&&ph.n===v.phase&&v.phase!==''?' current':'')+'\"><td>'+"
"hm(S(ph.s))+'\\u2013'+hm(S(ph.e))+'</td><td>'+esc(ph.n)+"
"'</td></tr>';}}\n"
"$('table-body').innerHTML=h;}\n"
"function phaseText(v){var e=$('now-phase'),s;e.textContent='';"
"if(!v.ph)return;if(v.ph.m&&v.phase.indexOf(v.ph.m+': ')===0){"
"s=document.createElement('span');s.className='ml';"
"s.textContent=v.ph.m+': ';e.appendChild(s);"
"e.appendChild(document.createTextNode(v.phase.slice(v.ph.m.length+2)));}"
"else e.textContent=v.phase;}\n"
"function esc(s){return s.replace(/[&<>\"]/g,function(c){return{'&':"
"'&amp;','<':'&lt;','>':'&gt;','\"':'&quot;'}[c];});}\n"
"function draw(){var mo=moment(),pd=pickDay(mo.date),d=pd.day,v,sh;\n"
"$('day-title').textContent=d.title;\n"
"if(pd.other){v={title:d.title,mode:'',phase:'',left:d.dateLong,date:true,"
"total:0,next:d.items.length?d.items[0].t:'',nextL:d.items.length?"
"L.first+' '+clk(d.items[0].s):'',nextPhase:'',key:'other',cur:-1};"
"$('clock').textContent=d.when;}\n"
"else{v=view(d,mo.sec);$('clock').textContent="
"clk(Math.floor(mo.sec/60));}\n"
"$('now-title').textContent=v.title;phaseText(v);"
"$('now-range').textContent=v.range||'';\n"
"$('now-mode').textContent=v.mode;$('now-mode').className=v.mode?"
"('m-'+(/^[IGP]$/.test(v.mode)?v.mode:'x')):'';\n"
"$('now-left').textContent=v.left;$('now-left').className=v.date?"
"'date':(v.total>0&&v.rest<=60?'soon':'');\n"
"$('bar').className=v.total>0?'':'none';"
"$('bar').firstChild.style.width=(v.total>0?Math.min(100,"
"100*(1-v.rest/v.total)):0)+'%';\n"
"$('next-phase').textContent=v.nextPhase;"
"$('next-phase-label').textContent=v.nextPhase?v.nextPhaseL:'';\n"
"$('next-label').textContent=v.nextL;$('next-title').textContent=v.next;\n"
"sh=shiftTotal();$('shift').textContent=sh?((sh>0?'+':'\\u2212')+"
"Math.abs(sh)+' min'):'';\n"
"$('paused').textContent=paused?L.paused:'';\n"
"$('sound').textContent=sound?L.soundOn:'';\n"
"if(lastKey!==null&&v.key!==lastKey&&!pd.other)cue();lastKey=v.key;\n"
"if(document.body.classList.contains('table'))table(d,v);\n"
"var r=parseFloat(getComputedStyle($('now-left')).fontSize)/"
"window.innerHeight;document.body.setAttribute('data-font-ratio',"
"r.toFixed(3));}\n"
"document.addEventListener('keydown',function(e){var k=e.key,mo;\n"
"if(k===' '){if(paused){pausedFor+=performance.now()-pauseAt;"
"paused=false;}else{pauseAt=performance.now();paused=true;}}\n"
"else if(k==='+'||k==='-'){mo=moment();shifts.push({at:mo.sec,"
"d:k==='+'?5:-5});}\n"
"else if(k==='f'){if(document.fullscreenElement)document.exitFullscreen();"
"else if(document.documentElement.requestFullscreen)"
"document.documentElement.requestFullscreen();}\n"
"else if(k==='t')document.body.classList.toggle('table');\n"
"else if(k==='l'){sound=!sound;if(sound&&!ac&&window.AudioContext)"
"ac=new AudioContext();if(sound)chime();}\n"
"else return;e.preventDefault();document.body.classList.add('used');"
"draw();});\n"
"if(ms.length>1){var out=[],pre=document.createElement('pre');\n"
"ms.forEach(function(x){fixed=x;lastKey=null;draw();"
"out.push(['now-title','now-phase','now-left','next-title']"
".map(function(i){return $(i).textContent;}).join('\\t'));});\n"
"pre.id='now-check';pre.hidden=true;pre.textContent=out.join('\\n');"
"document.body.appendChild(pre);fixed=ms[0];}\n"
"lastKey=null;draw();\n"
"m=/[#&]keys=([^&]*)/.exec(location.hash);if(m)m[1].split('').forEach("
"function(c){document.dispatchEvent(new KeyboardEvent('keydown',"
"{key:c==='_'?' ':c}));});\n"
"setInterval(draw,250);})();\n";

/* A JSON string safe inside <script>: no "</", no raw U+2028/9. */
static void
json_str(FILE *fp, const char *s)
{
	const unsigned char	*u = (const unsigned char *)(s ? s : "");

	putc('"', fp);
	for (; *u != '\0'; u++) {
		if (*u == '"' || *u == '\\')
			fprintf(fp, "\\%c", *u);
		else if (*u < 0x20 || *u == '<' || *u == '>' || *u == '&')
			fprintf(fp, "\\u%04x", *u);
		else if (u[0] == 0xe2 && u[1] == 0x80 &&
		    (u[2] == 0xa8 || u[2] == 0xa9)) {
			fprintf(fp, "\\u%04x", u[2] == 0xa8 ? 0x2028 : 0x2029);
			u += 2;
		} else
			putc(*u, fp);
	}
	putc('"', fp);
}

static void
json_kv(FILE *fp, const char *k, const char *v, int comma)
{
	fprintf(fp, "%s\"%s\":", comma ? "," : "", k);
	json_str(fp, v);
}

static void
json_day(FILE *fp, const struct ag_day *d)
{
	const struct ag_item	*it;
	const struct ag_phase	*ph;
	char			 iso[11], *s;
	size_t			 i, j;

	fputs("{\"date\":", fp);
	if (d->hasdate)
		json_str(fp, lp_date_iso(&d->date, iso));
	else
		fputs("null", fp);
	json_kv(fp, "title", d->title, 1);
	s = d->hasdate ? lp_date_long(d->lang, &d->date) : lp_xstrdup("");
	json_kv(fp, "dateLong", s, 1);
	free(s);
	s = lp_xasprintf("%s%s%s", d->place ? d->place : "",
	    d->place ? " \u00b7 " : "", lp_tr_in(d->lang, "not today"));
	json_kv(fp, "when", s, 1);
	free(s);
	fprintf(fp, ",\"start\":%d,\"end\":%d,\"items\":[", d->start,
	    d->dayend);
	for (i = 0; i < d->nit; i++) {
		it = &d->it[i];
		fprintf(fp, "%s{\"s\":%d,\"e\":%d,\"b\":%d", i ? ",\n" : "",
		    it->start, it->end, it->kind == AG_BREAK);
		json_kv(fp, "t", it->title, 1);
		fputs(",\"ph\":[", fp);
		for (j = 0; j < it->nph; j++) {
			ph = &it->ph[j];
			fprintf(fp, "%s{\"s\":%d,\"e\":%d", j ? "," : "",
			    ph->start, ph->end);
			json_kv(fp, "m", ph->label, 1);
			s = ag_phase_title(ph);
			json_kv(fp, "n", s, 1);
			free(s);
			putc('}', fp);
		}
		fputs("]}", fp);
	}
	fputs("]}", fp);
}

/* The page's words, in the words now uses for the same things. */
static void
json_labels(FILE *fp, enum lp_lang l)
{
	char	 c[16], *hm;

	/* "kl. " before the clock, as lp_clock_long writes it. */
	lp_clock_long(l, 0, c);
	if ((hm = strstr(c, "00")) != NULL)
		*hm = '\0';
	fputs("{", fp);
	json_kv(fp, "pre", c, 0);
	json_kv(fp, "sep", l == LP_EN ? ":" : ".", 1);
	json_kv(fp, "starts", lp_tr_in(l, "The day starts at %s"), 1);
	json_kv(fp, "over", lp_tr_in(l, "The day is over (%s)"), 1);
	json_kv(fp, "ends", lp_tr_in(l, "The day ends at %s"), 1);
	json_kv(fp, "nothing", lp_tr_in(l, "Nothing on the programme now"),
	    1);
	json_kv(fp, "next", lp_tr_in(l, "Next"), 1);
	json_kv(fp, "nextPhase", lp_tr_in(l, "Next phase"), 1);
	json_kv(fp, "first", lp_tr_in(l, "First"), 1);
	json_kv(fp, "paused", lp_tr_in(l, "Paused"), 1);
	json_kv(fp, "soundOn", lp_tr_in(l, "Sound on"), 1);
	fputs("}", fp);
}

int
ag_screen(const struct ag_prog *p, FILE *fp)
{
	enum lp_lang	 l;
	size_t		 i;

	l = p->ndays > 0 ? p->days[0].lang : lp_doc_lang(0, LP_NB);
	fprintf(fp, "<!doctype html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n%s<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>",
	    lp_lang_code(l), screen_head);
	lp_html_esc(fp, p->name);
	fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
	    "<div id=\"top\"><span id=\"day-title\">", screen_css);
	lp_html_esc(fp, p->name);
	fputs("</span><span><span id=\"clock\"></span>"
	    "<span id=\"shift\" class=\"badge\"></span>"
	    "<span id=\"paused\" class=\"badge\"></span>"
	    "<span id=\"sound\" class=\"badge\"></span></span></div>\n"
	    "<main>\n<h1 id=\"now-title\"></h1>\n"
	    "<div id=\"phase\"><span id=\"now-mode\"></span>"
	    "<p id=\"now-phase\"></p><span id=\"now-range\"></span></div>\n"
	    "<p id=\"now-left\"></p>\n"
	    "<div id=\"bar\"><div></div></div>\n"
	    "<div id=\"next\"><p><span id=\"next-phase-label\" class=\"l\">"
	    "</span> <span id=\"next-phase\"></span></p>"
	    "<p><span id=\"next-label\" class=\"l\"></span> "
	    "<span id=\"next-title\"></span></p></div>\n</main>\n"
	    "<p id=\"keys\">", fp);
	lp_html_esc(fp, lp_tr_in(l, "space: pause/resume \u00b7 + / \u2212: "
	    "the rest of the day 5 min later/earlier \u00b7 f: full screen "
	    "\u00b7 t: table \u00b7 l: sound"));
	fputs("</p>\n<div id=\"table\"><table><tbody id=\"table-body\">"
	    "<tr><td></td></tr></tbody></table></div>\n"
	    "<script id=\"agenda-data\" type=\"application/json\">"
	    "{\"L\":", fp);
	json_labels(fp, l);
	fputs(",\n\"days\":[", fp);
	for (i = 0; i < p->ndays; i++) {
		if (i > 0)
			fputs(",\n", fp);
		json_day(fp, &p->days[i]);
	}
	fprintf(fp, "]}</script>\n<script>\n%s</script>\n</body>\n</html>\n",
	    screen_js);
	return 0;
}
