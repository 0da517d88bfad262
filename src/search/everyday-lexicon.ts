// The everyday-wording lexicon: words and phrases people use in chat for what the source says in its own
// words, in English, Turkish, Malay, Indonesian and Arabic. Read by src/search/lexicon.ts.
//
// How it was written: by a helper who read only the source document
// (foreign-policy-and-security-relations.md) and no question set, knowledge-base entry or search code. Each
// line maps an everyday word or phrase to a word or phrase that occurs literally in the source, with a weight:
// 0.8 = plainly the same meaning in this context, 0.6 = close but looser. Same concept only: no broader or
// narrower word (no "spy" → intelligence, "weapons" → defence, "embargo" → sanctions), and no everyday word
// that in chat mostly means something else. On review for this project 10 of its 616 lines were
// left out (kept below as comments, with the reason): they map to a different or narrower concept, or would let
// off-topic chatter in. Exact words always count 1.0, above any line here.
//
// Format: everyday<TAB>source<TAB>weight<TAB>language (en, tr, ms, id, ar); "#" starts a comment line.
export const EVERYDAY_LEXICON = `ally	alliances	0.8	en
coalition	alliances	0.8	en
bloc	alliances	0.6	en
buddies	alliances	0.6	en
buddy countries	alliances	0.6	en
friendly countries	alliances	0.6	en
friendly nations	alliances	0.6	en
same side	alliances	0.6	en
pact	treaties	0.8	en
pact	alliances	0.6	en
team up	cooperation	0.8	en
team up	partnering	0.8	en
work together	cooperation	0.8	en
collaborate	cooperation	0.8	en
collaboration	cooperation	0.8	en
collab	cooperation	0.8	en
teamwork	cooperation	0.8	en
join forces	cooperation	0.8	en
join hands	cooperation	0.8	en
co-operation	cooperation	0.8	en
joint effort	cooperation	0.6	en
help each other	cooperation	0.6	en
coordination	cooperation	0.6	en
partner up	partnering	0.8	en
partner	partnerships	0.6	en
partner countries	partnerships	0.8	en
tie-up	partnerships	0.8	en
joint venture	partnerships	0.6	en
bond	ties	0.6	en
connections	relationships	0.6	en
dealings	interactions	0.8	en
get along	peaceful relations	0.6	en
get along	coexistence	0.6	en
on good terms	peaceful relations	0.8	en
good relations	peaceful relations	0.6	en
friendly relations	peaceful relations	0.6	en
diplomatic relations	diplomatic ties	0.8	en
diplomatic links	diplomatic ties	0.8	en
defense	defence	0.8	en
defences	defenses	0.8	en
protect	safeguarding	0.8	en
keep safe	safeguarding	0.8	en
armed forces	military	0.8	en
armed services	military	0.8	en
# dropped (narrower: land forces, not the military as a whole ("a cyber army")): army	military	0.6	en
war games	military exercises	0.8	en
military drills	military exercises	0.8	en
drills	exercises	0.8	en
maneuvers	exercises	0.6	en
manoeuvres	exercises	0.6	en
joint drills	joint military exercises	0.8	en
combined drills	joint military exercises	0.8	en
intel	intelligence	0.8	en
intel sharing	shared intelligence	0.8	en
intelligence sharing	shared intelligence	0.8	en
info sharing	shared intelligence	0.6	en
intel ops	intelligence operations	0.8	en
ops	operations	0.8	en
economy	economic	0.8	en
economic penalties	economic sanctions	0.8	en
# dropped (in chat mostly sport (football penalties): lets off-topic in): penalties	sanctions	0.6	en
peace deal	peace treaties	0.8	en
peace agreement	peace treaties	0.8	en
peace accords	peace treaties	0.8	en
accord	treaties	0.8	en
agreement	treaties	0.6	en
live together	coexistence	0.8	en
living in harmony	coexistence	0.8	en
side by side	coexistence	0.6	en
harmony	coexistence	0.6	en
harmony	tranquility	0.6	en
calm	tranquility	0.6	en
serenity	tranquility	0.8	en
peace and quiet	tranquility	0.8	en
tranquillity	tranquility	0.8	en
no war	peace	0.6	en
unstable	volatile	0.8	en
turbulent	volatile	0.8	en
shaky	volatile	0.6	en
unpredictable	volatile	0.6	en
rough neighborhood	volatile environment	0.6	en
rough neighbourhood	volatile environment	0.6	en
region	regional	0.8	en
neighbours	regional	0.6	en
neighbors	regional	0.6	en
neighbouring	regional	0.6	en
neighboring	regional	0.6	en
neighbourhood	regional	0.6	en
neighborhood	regional	0.6	en
nearby countries	regional	0.6	en
diplomacy	diplomatic	0.8	en
negotiation	diplomatic	0.6	en
dialogue	diplomatic	0.6	en
foreign affairs	foreign policy	0.8	en
foreign relations	foreign policy	0.6	en
overseas	foreign	0.8	en
abroad	foreign	0.6	en
worldwide	global	0.8	en
around the world	across the globe	0.8	en
cross-border	international	0.6	en
geopolitics	geopolitical	0.8	en
world politics	geopolitical	0.6	en
sovereign	sovereignty	0.8	en
self-rule	sovereignty	0.8	en
self-determination	sovereignty	0.6	en
independence	sovereignty	0.6	en
autonomy	sovereignty	0.6	en
recognize	recognition	0.8	en
recognise	recognition	0.8	en
acknowledge	recognition	0.6	en
enemies	hostile	0.6	en
enemy	hostile	0.6	en
enemy states	hostile states	0.8	en
enemy countries	hostile states	0.8	en
hostile nations	hostile states	0.8	en
unfriendly	hostile	0.8	en
adversarial	hostile	0.8	en
adversaries	hostile	0.6	en
foes	hostile	0.6	en
bad guys	hostile	0.6	en
bad actors	hostile	0.6	en
non-state actors	non-state entities	0.8	en
non state actors	non-state entities	0.8	en
threaten	threats	0.8	en
menace	threats	0.8	en
danger	threats	0.6	en
risks	threats	0.6	en
combat	countering	0.6	en
counteract	counter	0.8	en
fight against	countering	0.6	en
push back	counter	0.6	en
tackle	countering	0.6	en
stand up to	counter	0.6	en
terror	terrorism	0.8	en
terrorist	terrorism	0.8	en
terror attacks	terrorism	0.8	en
counterterrorism	terrorism	0.8	en
counter-terrorism	terrorism	0.8	en
anti-terror	terrorism	0.8	en
anti-terrorism	terrorism	0.8	en
threat reduction	threat mitigation	0.8	en
risk reduction	mitigation	0.6	en
damage control	mitigation	0.6	en
readiness	prepared	0.8	en
preparedness	prepared	0.8	en
prepped	prepared	0.8	en
ready for anything	prepared	0.8	en
on alert	prepared	0.6	en
on guard	prepared	0.6	en
on standby	prepared	0.6	en
vigilant	prepared	0.6	en
battle-ready	prepared	0.6	en
pre-emptive	proactive	0.6	en
forward-looking	proactive	0.6	en
tech	technology	0.8	en
tech	technological	0.8	en
high-tech	technology	0.8	en
hi-tech	technology	0.8	en
tech cooperation	technological cooperation	0.8	en
tech progress	technological progress	0.8	en
tech advances	technological progress	0.8	en
advances	advancement	0.8	en
ai	artificial intelligence	0.8	en
a.i.	artificial intelligence	0.8	en
machine intelligence	artificial intelligence	0.8	en
innovation	innovative	0.8	en
cutting edge	innovative	0.8	en
cutting-edge	innovative	0.8	en
inventive	innovative	0.6	en
new ideas	innovative	0.6	en
green tech	green technology	0.8	en
greentech	green technology	0.8	en
clean tech	green technology	0.8	en
cleantech	green technology	0.8	en
eco-friendly tech	green technology	0.8	en
eco tech	green technology	0.8	en
sustainable tech	green technology	0.8	en
environmental tech	green technology	0.8	en
climate tech	green technology	0.6	en
renewable tech	green technology	0.6	en
muslim	islamic	0.8	en
moslem	islamic	0.8	en
islam	islamic	0.8	en
muslim-majority	islamic	0.6	en
muslim countries	islamic countries	0.8	en
muslim nations	islamic nations	0.8	en
muslim world	islamic ummah	0.8	en
muslim ummah	islamic ummah	0.8	en
muslim community	ummah	0.8	en
umma	ummah	0.8	en
ummat	ummah	0.8	en
togetherness	solidarity	0.8	en
stand together	solidarity	0.8	en
stick together	solidarity	0.8	en
muslim unity	solidarity	0.6	en
support each other	solidarity	0.6	en
national interest	interest	0.8	en
self-interest	interest	0.6	en
priorities	interest	0.6	en
top priority	paramount	0.6	en
most important	paramount	0.8	en
foremost	paramount	0.8	en
supreme	paramount	0.6	en
safe	safety	0.8	en
protection	safeguarding	0.8	en
homeland security	national security	0.6	en
stable	stability	0.8	en
steady	stability	0.6	en
balancing act	balance	0.8	en
equilibrium	balance	0.8	en
middle ground	balance	0.6	en
tightrope	balance	0.6	en
juggle	balance	0.6	en
challenges	hurdles	0.8	en
obstacles	hurdles	0.8	en
difficulties	hurdles	0.8	en
roadblocks	hurdles	0.8	en
complicated	complexity	0.6	en
complex	complexity	0.8	en
nation-state	nation	0.8	en
homeland	country	0.8	en
motherland	country	0.8	en
# dropped (different concept: a state's government, not the state): government	state	0.6	en
# dropped (different concept: a state's government, not the state): govt	state	0.6	en
citizens	people	0.6	en
# dropped (a figure (how many live there), not the people the source speaks of): population	people	0.6	en
# dropped (narrower: non-combatants, not a nation's people): civilians	people	0.6	en
wealth	prosperity	0.6	en
thriving	prosperity	0.8	en
flourishing	prosperity	0.8	en
well-being	prosperity	0.6	en
purpose	aim	0.8	en
endgame	goal	0.6	en
strategy	strategic	0.8	en
game plan	strategic	0.6	en
strengthen	reinforce	0.8	en
bolster	reinforce	0.8	en
beef up	reinforce	0.8	en
step up	reinforce	0.6	en
improve	enhance	0.8	en
keep up	maintain	0.6	en
sustain	maintain	0.8	en
preserve	maintain	0.6	en
promote	foster	0.8	en
encourage	foster	0.8	en
nurture	cultivate	0.8	en
build up	cultivate	0.6	en
make use of	leverage	0.8	en
tap into	leverage	0.8	en
harness	exploitation	0.8	en
capitalize on	exploitation	0.6	en
capitalise on	exploitation	0.6	en
mutual	reciprocal	0.6	en
two-way	reciprocal	0.8	en
give and take	reciprocal	0.6	en
clout	influence	0.6	en
sway	influence	0.8	en
unwavering	steadfast	0.8	en
resolute	steadfast	0.8	en
rock-solid	steadfast	0.6	en
continuous	constant	0.8	en
ongoing	constant	0.6	en
essential	vital	0.8	en
critical	crucial	0.8	en
fruitful	productive	0.8	en
assessments	evaluations	0.8	en
growing	increasing	0.8	en
sought	seeking	0.8	en
turkiye	turkey	0.8	en
türkiye	turkey	0.8	en
turkish	turkey	0.6	en
malaysian	malaysia	0.6	en
müttefik	alliances	0.8	tr
müttefikler	alliances	0.8	tr
ittifak	alliances	0.8	tr
ittifaklar	alliances	0.8	tr
dost ülkeler	alliances	0.8	tr
dostlar	alliances	0.6	tr
işbirliği	cooperation	0.8	tr
iş birliği	cooperation	0.8	tr
ortaklık	partnerships	0.8	tr
ortaklıklar	partnerships	0.8	tr
ortaklar	partnerships	0.6	tr
savunma	defence	0.8	tr
askeri	military	0.8	tr
silahlı kuvvetler	military	0.8	tr
# dropped (narrower: army, land forces): ordu	military	0.6	tr
tatbikat	exercises	0.8	tr
askeri tatbikat	military exercises	0.8	tr
ortak tatbikat	joint military exercises	0.8	tr
istihbarat	intelligence	0.8	tr
istihbarat paylaşımı	shared intelligence	0.8	tr
ekonomik	economic	0.8	tr
ekonomi	economic	0.8	tr
yaptırım	sanctions	0.8	tr
yaptırımlar	sanctions	0.8	tr
barış	peace	0.8	tr
barışçıl	peaceful	0.8	tr
barış içinde	peaceful	0.8	tr
bir arada yaşama	coexistence	0.8	tr
birlikte yaşama	coexistence	0.8	tr
huzur	tranquility	0.8	tr
bölge	regional	0.8	tr
bölgesel	regional	0.8	tr
komşular	regional	0.6	tr
komşu ülkeler	regional	0.6	tr
diplomasi	diplomatic	0.8	tr
diplomatik	diplomatic	0.8	tr
egemenlik	sovereignty	0.8	tr
bağımsızlık	sovereignty	0.6	tr
antlaşma	treaties	0.8	tr
antlaşmalar	treaties	0.8	tr
anlaşma	treaties	0.6	tr
barış antlaşması	peace treaties	0.8	tr
tehdit	threats	0.8	tr
tehditler	threats	0.8	tr
tehlike	threats	0.6	tr
terör	terrorism	0.8	tr
terörizm	terrorism	0.8	tr
mücadele	countering	0.6	tr
düşmanca	hostile	0.8	tr
düşman	hostile	0.6	tr
hazırlıklı	prepared	0.8	tr
teknoloji	technology	0.8	tr
teknolojik	technological	0.8	tr
yapay zeka	artificial intelligence	0.8	tr
yapay zekâ	artificial intelligence	0.8	tr
yenilik	innovative	0.8	tr
yenilikçi	innovative	0.8	tr
inovasyon	innovative	0.8	tr
yeşil teknoloji	green technology	0.8	tr
temiz teknoloji	green technology	0.8	tr
ümmet	ummah	0.8	tr
islam ümmeti	islamic ummah	0.8	tr
dayanışma	solidarity	0.8	tr
birlik	solidarity	0.6	tr
çıkarlar	interest	0.8	tr
ulusal çıkar	interest	0.8	tr
güvenlik	security	0.8	tr
ulusal güvenlik	national security	0.8	tr
emniyet	safety	0.6	tr
istikrar	stability	0.8	tr
denge	balance	0.8	tr
zorluklar	hurdles	0.8	tr
engeller	hurdles	0.8	tr
ülke	country	0.8	tr
ülkeler	countries	0.8	tr
millet	nation	0.8	tr
ulus	nation	0.8	tr
devlet	state	0.8	tr
devletler	states	0.8	tr
dış politika	foreign policy	0.8	tr
ilişkiler	relations	0.8	tr
müslüman	islamic	0.8	tr
islami	islamic	0.8	tr
islam ülkeleri	islamic countries	0.8	tr
küresel	global	0.8	tr
uluslararası	international	0.8	tr
refah	prosperity	0.8	tr
# dropped (mostly soil, earth): toprak	territory	0.6	tr
stratejik	strategic	0.8	tr
türkiye	turkey	0.8	tr
malezya	malaysia	0.8	tr
sekutu	alliances	0.8	ms
perikatan	alliances	0.8	ms
pakatan	alliances	0.6	ms
negara sahabat	alliances	0.6	ms
kerjasama	cooperation	0.8	ms
kerja sama	cooperation	0.8	ms
rakan kongsi	partnerships	0.8	ms
rakan strategik	partnerships	0.8	ms
pertahanan	defence	0.8	ms
tentera	military	0.8	ms
ketenteraan	military	0.8	ms
angkatan tentera	military	0.8	ms
latihan ketenteraan	military exercises	0.8	ms
latihan tentera	military exercises	0.8	ms
latihan bersama	joint military exercises	0.8	ms
perisikan	intelligence	0.8	ms
risikan	intelligence	0.8	ms
perkongsian risikan	shared intelligence	0.8	ms
ekonomi	economic	0.8	ms
sekatan ekonomi	economic sanctions	0.8	ms
sekatan	sanctions	0.6	ms
keamanan	peace	0.8	ms
damai	peace	0.8	ms
aman	peaceful	0.8	ms
kewujudan bersama	coexistence	0.8	ms
hidup bersama	coexistence	0.6	ms
ketenteraman	tranquility	0.8	ms
serantau	regional	0.8	ms
rantau	regional	0.8	ms
jiran	regional	0.6	ms
negara jiran	regional	0.6	ms
diplomasi	diplomatic	0.8	ms
diplomatik	diplomatic	0.8	ms
kedaulatan	sovereignty	0.8	ms
perjanjian	treaties	0.6	ms
triti	treaties	0.8	ms
perjanjian damai	peace treaties	0.8	ms
ancaman	threats	0.8	ms
pengganas	terrorism	0.8	ms
terorisme	terrorism	0.8	ms
keganasan	terrorism	0.6	ms
bermusuhan	hostile	0.8	ms
musuh	hostile	0.6	ms
bersedia	prepared	0.8	ms
siap siaga	prepared	0.8	ms
kesiapsiagaan	prepared	0.8	ms
teknologi	technology	0.8	ms
kecerdasan buatan	artificial intelligence	0.8	ms
inovasi	innovative	0.8	ms
inovatif	innovative	0.8	ms
teknologi hijau	green technology	0.8	ms
umat islam	islamic ummah	0.8	ms
solidariti	solidarity	0.8	ms
perpaduan	solidarity	0.6	ms
kepentingan	interest	0.8	ms
keselamatan	security	0.8	ms
keselamatan	safety	0.8	ms
keselamatan negara	national security	0.8	ms
kestabilan	stability	0.8	ms
keseimbangan	balance	0.8	ms
seimbang	balance	0.6	ms
cabaran	hurdles	0.8	ms
halangan	hurdles	0.8	ms
negara	country	0.8	ms
negara	nation	0.8	ms
negara-negara	countries	0.8	ms
dasar luar	foreign policy	0.8	ms
hubungan	relations	0.8	ms
antarabangsa	international	0.8	ms
sejagat	global	0.8	ms
kemakmuran	prosperity	0.8	ms
wilayah	territory	0.6	ms
strategik	strategic	0.8	ms
negara islam	islamic countries	0.8	ms
turki	turkey	0.8	ms
sekutu	alliances	0.8	id
aliansi	alliances	0.8	id
persekutuan	alliances	0.8	id
kerja sama	cooperation	0.8	id
kerjasama	cooperation	0.8	id
mitra	partnerships	0.8	id
kemitraan	partnerships	0.8	id
pertahanan	defence	0.8	id
militer	military	0.8	id
# dropped (narrower: army, soldiers): tentara	military	0.6	id
latihan militer	military exercises	0.8	id
latihan gabungan	joint military exercises	0.8	id
latihan bersama	joint military exercises	0.8	id
intelijen	intelligence	0.8	id
berbagi intelijen	shared intelligence	0.8	id
ekonomi	economic	0.8	id
sanksi	sanctions	0.8	id
sanksi ekonomi	economic sanctions	0.8	id
perdamaian	peace	0.8	id
damai	peaceful	0.8	id
hidup berdampingan	coexistence	0.8	id
koeksistensi	coexistence	0.8	id
ketenangan	tranquility	0.8	id
kawasan	regional	0.8	id
tetangga	regional	0.6	id
negara tetangga	regional	0.6	id
diplomasi	diplomatic	0.8	id
diplomatik	diplomatic	0.8	id
kedaulatan	sovereignty	0.8	id
traktat	treaties	0.8	id
perjanjian	treaties	0.6	id
perjanjian damai	peace treaties	0.8	id
ancaman	threats	0.8	id
terorisme	terrorism	0.8	id
teroris	terrorism	0.8	id
teror	terrorism	0.8	id
bermusuhan	hostile	0.8	id
musuh	hostile	0.6	id
siaga	prepared	0.8	id
siap siaga	prepared	0.8	id
kesiapsiagaan	prepared	0.8	id
teknologi	technology	0.8	id
kecerdasan buatan	artificial intelligence	0.8	id
inovasi	innovative	0.8	id
inovatif	innovative	0.8	id
teknologi hijau	green technology	0.8	id
umat	ummah	0.8	id
umat islam	islamic ummah	0.8	id
solidaritas	solidarity	0.8	id
persatuan	solidarity	0.6	id
kepentingan	interest	0.8	id
keamanan	security	0.8	id
keamanan nasional	national security	0.8	id
keselamatan	safety	0.8	id
stabilitas	stability	0.8	id
kestabilan	stability	0.8	id
keseimbangan	balance	0.8	id
tantangan	hurdles	0.8	id
hambatan	hurdles	0.8	id
negara	country	0.8	id
bangsa	nation	0.8	id
politik luar negeri	foreign policy	0.8	id
kebijakan luar negeri	foreign policy	0.8	id
hubungan	relations	0.8	id
internasional	international	0.8	id
kemakmuran	prosperity	0.8	id
wilayah	territory	0.8	id
strategis	strategic	0.8	id
negara islam	islamic countries	0.8	id
turki	turkey	0.8	id
حلفاء	alliances	0.8	ar
حليف	alliances	0.8	ar
تحالف	alliances	0.8	ar
تحالفات	alliances	0.8	ar
تعاون	cooperation	0.8	ar
التعاون	cooperation	0.8	ar
شراكة	partnerships	0.8	ar
شراكات	partnerships	0.8	ar
شركاء	partnerships	0.6	ar
دفاع	defence	0.8	ar
الدفاع	defence	0.8	ar
عسكري	military	0.8	ar
عسكرية	military	0.8	ar
# dropped (narrower: the army): الجيش	military	0.6	ar
مناورات	exercises	0.8	ar
مناورات عسكرية	military exercises	0.8	ar
تدريبات عسكرية	military exercises	0.8	ar
مناورات مشتركة	joint military exercises	0.8	ar
استخبارات	intelligence	0.8	ar
مخابرات	intelligence	0.8	ar
تبادل استخباراتي	shared intelligence	0.8	ar
اقتصاد	economic	0.8	ar
اقتصادي	economic	0.8	ar
اقتصادية	economic	0.8	ar
عقوبات	sanctions	0.8	ar
عقوبات اقتصادية	economic sanctions	0.8	ar
السلم	peace	0.8	ar
سلمي	peaceful	0.8	ar
سلمية	peaceful	0.8	ar
تعايش	coexistence	0.8	ar
التعايش السلمي	peaceful coexistence	0.8	ar
هدوء	tranquility	0.8	ar
إقليمي	regional	0.8	ar
إقليمية	regional	0.8	ar
جيران	regional	0.6	ar
دول الجوار	regional	0.6	ar
دبلوماسية	diplomatic	0.8	ar
دبلوماسي	diplomatic	0.8	ar
سيادة	sovereignty	0.8	ar
السيادة	sovereignty	0.8	ar
معاهدة	treaties	0.8	ar
معاهدات	treaties	0.8	ar
اتفاقية	treaties	0.6	ar
معاهدة سلام	peace treaties	0.8	ar
اتفاقية سلام	peace treaties	0.8	ar
تهديد	threats	0.8	ar
تهديدات	threats	0.8	ar
خطر	threats	0.6	ar
إرهاب	terrorism	0.8	ar
الإرهاب	terrorism	0.8	ar
ارهاب	terrorism	0.8	ar
الارهاب	terrorism	0.8	ar
مكافحة	countering	0.6	ar
معادية	hostile	0.8	ar
عدو	hostile	0.6	ar
أعداء	hostile	0.6	ar
مستعد	prepared	0.8	ar
مستعدة	prepared	0.8	ar
جاهزية	prepared	0.8	ar
استعداد	prepared	0.8	ar
تكنولوجيا	technology	0.8	ar
التكنولوجيا	technology	0.8	ar
تقنية	technology	0.8	ar
تقنيات	technologies	0.8	ar
ذكاء اصطناعي	artificial intelligence	0.8	ar
الذكاء الاصطناعي	artificial intelligence	0.8	ar
ابتكار	innovative	0.8	ar
مبتكرة	innovative	0.8	ar
تكنولوجيا خضراء	green technology	0.8	ar
التكنولوجيا الخضراء	green technology	0.8	ar
الأمة الإسلامية	islamic ummah	0.8	ar
الامة الاسلامية	islamic ummah	0.8	ar
الأمة	ummah	0.8	ar
أمة	ummah	0.8	ar
تضامن	solidarity	0.8	ar
التضامن	solidarity	0.8	ar
مصالح	interest	0.8	ar
مصلحة	interest	0.8	ar
أمن	security	0.8	ar
الأمن	security	0.8	ar
الأمن القومي	national security	0.8	ar
أمان	safety	0.8	ar
سلامة	safety	0.8	ar
استقرار	stability	0.8	ar
الاستقرار	stability	0.8	ar
توازن	balance	0.8	ar
تحديات	hurdles	0.8	ar
عقبات	hurdles	0.8	ar
دولة	state	0.8	ar
دول	states	0.8	ar
بلد	country	0.8	ar
بلاد	country	0.8	ar
السياسة الخارجية	foreign policy	0.8	ar
سياسة خارجية	foreign policy	0.8	ar
علاقات	relations	0.8	ar
إسلامي	islamic	0.8	ar
إسلامية	islamic	0.8	ar
اسلامي	islamic	0.8	ar
مسلم	islamic	0.8	ar
الدول الإسلامية	islamic countries	0.8	ar
عالمي	global	0.8	ar
دولي	international	0.8	ar
دولية	international	0.8	ar
ازدهار	prosperity	0.8	ar
أراضي	territory	0.8	ar
استراتيجي	strategic	0.8	ar
تركيا	turkey	0.8	ar
ماليزيا	malaysia	0.8	ar
`;
