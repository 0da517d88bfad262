// The everyday-wording lexicon: words and phrases people use in chat for what the source says in its own
// words, in English, Turkish, Malay, Indonesian and Arabic. Read by src/search/lexicon.ts.
//
// How it was written: by a helper who read only the source document
// (foreign-policy-and-security-relations.md) and no question set, knowledge-base entry or search code. Each
// line maps an everyday word or phrase to a word or phrase that occurs literally in the source, with a weight:
// 0.8 = plainly the same meaning in this context, 0.6 = close but looser. Same concept only: no broader or
// narrower word (no "spy" → intelligence, "weapons" → defence, "embargo" → sanctions), and no everyday word
// that in chat mostly means something else. A second pass, written the same way, added verbs, verb phrases,
// slang and idioms ("stick together", "plan ahead", "have each other's back"); a third pass the casual names of
// each section's topic and question intents ("who do they roll with", "bottom line"). On review for this
// project 10 of the first pass's 616 lines, 17 of the second pass's 492 and 23 of the third pass's 384 were
// left out (kept below as comments, with the reason): they map to a different, broader or narrower concept,
// are too general, or would let off-topic chatter in. Exact words always count 1.0, above any line here.
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
# Second pass (verbs, verb phrases, slang, idioms), written the same way: from the source only, no question set read.
keep things stable	stability	0.8	en
instability	stability	0.6	en
do well economically	prosperity	0.8	en
well off	prosperity	0.8	en
booming	prosperity	0.8	en
economic growth	prosperity	0.6	en
keep people safe	safety	0.8	en
stay safe	safety	0.8	en
out of harm's way	safety	0.8	en
keep the country safe	national security	0.8	en
keep the nation safe	national security	0.8	en
security ties	security relations	0.8	en
security links	security relations	0.8	en
external relations	foreign policy	0.8	en
deal with other countries	foreign policy	0.8	en
methods	approaches	0.8	en
how they handle	approaches	0.6	en
smart move	strategic move	0.8	en
clever move	strategic move	0.8	en
calculated move	strategic move	0.8	en
nonstop	constant	0.8	en
non-stop	constant	0.8	en
around the clock	constant	0.8	en
re-evaluate	evaluations	0.8	en
wide-ranging	extensive	0.8	en
have a say	influence	0.6	en
call the shots	influence	0.6	en
big deal	important	0.8	en
trying to achieve	aim	0.8	en
what are they after	aim	0.8	en
intention	aim	0.8	en
endgame	aim	0.8	en
build relationships	cultivate	0.8	en
grow ties	cultivate	0.8	en
develop relations	cultivate	0.8	en
make friends with	cultivate	0.6	en
cozy up to	cultivate	0.6	en
win-win	reciprocal	0.8	en
mutually beneficial	reciprocal	0.8	en
both sides benefit	reciprocal	0.8	en
scratch each other's back	reciprocal	0.6	en
world stage	global	0.8	en
all over the world	across the globe	0.8	en
partner with	partnering	0.8	en
buddy up	partnering	0.8	en
stand firm	steadfast	0.8	en
never waver	steadfast	0.8	en
stick to their guns	steadfast	0.8	en
ride or die	steadfast	0.6	en
laser-focused	focus	0.8	en
zero in on	focus	0.8	en
comes first	paramount	0.8	en
top of the list	paramount	0.8	en
first and foremost	paramount	0.8	en
what matters most	paramount	0.8	en
what's in it for them	interest	0.8	en
looking out for themselves	interest	0.6	en
guard	safeguarding	0.8	en
shield	safeguarding	0.8	en
protect people	safeguarding	0.8	en
defend	defence	0.8	en
their land	territory	0.8	en
their soil	territory	0.8	en
borders	territory	0.6	en
folks	people	0.8	en
the public	people	0.8	en
ordinary people	people	0.8	en
everyday people	people	0.8	en
# dropped (function words: carry no subject): even though	despite	0.8	en
up against	facing	0.8	en
confronting	facing	0.8	en
global politics	geopolitical	0.8	en
international politics	geopolitical	0.8	en
bumps in the road	hurdles	0.8	en
stumbling blocks	hurdles	0.8	en
barriers	hurdles	0.8	en
# dropped (too general): succeed	successfully	0.8	en
# dropped (too general): success	successfully	0.8	en
forge	built	0.8	en
set up	established	0.8	en
paid off	productive	0.6	en
# dropped (function words: carry no subject): all kinds of	various	0.8	en
# dropped (function words: carry no subject): a range of	various	0.8	en
side with	alliances	0.8	en
align with	alliances	0.8	en
band together	alliances	0.8	en
friends with	alliances	0.6	en
in cahoots	alliances	0.6	en
stick together	cooperation	0.6	en
work with	cooperation	0.8	en
work alongside	cooperation	0.8	en
pull together	cooperation	0.8	en
hand in hand	cooperation	0.8	en
play ball	cooperation	0.6	en
bring countries together	cooperation	0.8	en
# dropped (too general: any request): looking for	seeking	0.8	en
hang on to	maintain	0.8	en
uphold	maintain	0.8	en
make better	enhance	0.8	en
ramp up	enhance	0.6	en
paved the way	paved the pathway	0.8	en
cleared the way	paved the pathway	0.8	en
opened the door	paved the pathway	0.8	en
set the stage	paved the pathway	0.8	en
laid the groundwork	paved the pathway	0.8	en
deepen	deep	0.8	en
close ties	deep	0.6	en
defence ties	defence relationships	0.8	en
military ties	defence relationships	0.8	en
showcase	displayed	0.8	en
put on display	displayed	0.8	en
train together	joint military exercises	0.8	en
joint training	joint military exercises	0.8	en
war drills	military exercises	0.8	en
share intel	shared intelligence	0.8	en
swap intel	shared intelligence	0.8	en
trade intel	shared intelligence	0.8	en
exchange intelligence	shared intelligence	0.8	en
share information	shared intelligence	0.6	en
live and let live	peaceful coexistence	0.8	en
chill with	peaceful coexistence	0.6	en
live alongside	coexistence	0.8	en
friendly with	peaceful relations	0.8	en
cool with	peaceful relations	0.6	en
vibe with	peaceful relations	0.6	en
no beef	peaceful relations	0.6	en
at peace	peaceful	0.8	en
peacefully	peaceful	0.8	en
keep the peace	peace	0.8	en
make peace	peace	0.8	en
bury the hatchet	peace	0.6	en
peace pact	peace treaties	0.8	en
chaotic	volatile	0.8	en
tense	volatile	0.8	en
explosive	volatile	0.8	en
powder keg	volatile environment	0.8	en
tinderbox	volatile environment	0.8	en
dangerous neighborhood	volatile environment	0.8	en
dangerous neighbourhood	volatile environment	0.8	en
go after	pursues	0.8	en
work towards	pursues	0.8	en
strive for	pursues	0.8	en
push for	pursues	0.8	en
tactful	diplomatic	0.8	en
talk it out	diplomatic	0.8	en
talk things out	diplomatic	0.8	en
peace talks	diplomatic	0.8	en
acknowledge each other	recognition	0.8	en
rule themselves	sovereignty	0.8	en
govern themselves	sovereignty	0.8	en
self-governing	sovereignty	0.8	en
run their own affairs	sovereignty	0.8	en
respect each other's borders	sovereignty	0.8	en
on the rise	rising	0.8	en
# dropped (too general): growing	rising	0.8	en
prospects	potential	0.8	en
possibility	potential	0.8	en
peace in the region	regional tranquility	0.8	en
peace and calm	tranquility	0.8	en
next door	regional	0.6	en
ward off	counter	0.8	en
fend off	counter	0.8	en
fight off	counter	0.8	en
keep at bay	counter	0.8	en
thwart	counter	0.8	en
deal with threats	countering threats	0.8	en
handle threats	countering threats	0.8	en
crack down	countering	0.6	en
plan ahead	proactive	0.8	en
stay one step ahead	proactive	0.8	en
# dropped (stronger: pre-emption, not proactive (issue 8 removed it)): act first	proactive	0.8	en
on the front foot	proactive	0.8	en
nip it in the bud	proactive	0.6	en
lean on	leverage	0.8	en
make the most of	leverage	0.8	en
use to their advantage	leverage	0.8	en
take advantage of	exploitation	0.8	en
diplomatic channels	diplomatic ties	0.8	en
fight terrorism	against terrorism	0.8	en
war on terror	against terrorism	0.8	en
tighten	reinforce	0.8	en
double down	reinforce	0.8	en
shore up	reinforce	0.8	en
# dropped (narrower: one kind of economic sanctions): financial penalties	economic sanctions	0.8	en
rogue states	hostile states	0.8	en
unfriendly countries	hostile states	0.8	en
not friendly	hostile	0.8	en
beef with	hostile	0.6	en
on bad terms	hostile	0.6	en
bad blood	hostile	0.6	en
opps	hostile	0.6	en
nonstate actors	non-state entities	0.8	en
share tech	technological cooperation	0.8	en
tech partnerships	technological cooperation	0.8	en
leaps and bounds	advancement	0.8	en
# dropped (too general): more and more	increasing	0.8	en
rest on	base	0.8	en
build on	base	0.8	en
foreign ties	international relationships	0.8	en
overseas ties	international relationships	0.8	en
relations with other countries	international relationships	0.8	en
other countries	international	0.6	en
state-of-the-art	innovative	0.8	en
groundbreaking	innovative	0.8	en
# dropped (in chat mostly a book): novel	innovative	0.8	en
new defense tech	innovative defenses	0.8	en
# dropped (narrower: one kind of artificial intelligence (issue 8 removed it as an alias)): machine learning	artificial intelligence	0.6	en
eco-friendly	green	0.8	en
environmentally friendly	green	0.8	en
# dropped (different concept: energy, not green technology (issue 8 removed it)): clean energy	green technology	0.6	en
to sum up	in summation	0.8	en
in a nutshell	in summation	0.8	en
long story short	in summation	0.8	en
# dropped (in chat a request to shorten anything): tldr	in summation	0.6	en
# dropped (in chat mostly a summary of something else (a film, a book)): summary	conclusion	0.8	en
big picture	overview	0.8	en
rundown	overview	0.8	en
the gist	overview	0.6	en
sweet spot	balance	0.6	en
reduce threats	threat mitigation	0.8	en
lower the risk	mitigation	0.8	en
stay ready	remain prepared	0.8	en
stay prepared	remain prepared	0.8	en
keep their guard up	remain prepared	0.8	en
plan ahead for	prepared	0.8	en
brace for	prepared	0.8	en
on their toes	prepared	0.6	en
possible threats	potential threats	0.8	en
aim high	ambitiously	0.8	en
aiming high	ambitiously	0.8	en
ambition	ambitiously	0.8	en
openly	open	0.8	en
engage with	interactions	0.8	en
engagement	interactions	0.8	en
# dropped (too general): make sure	ensuring	0.8	en
# dropped (too general): see to it	ensuring	0.8	en
stand with	solidarity	0.8	en
have each other's back	solidarity	0.8	en
look out for each other	solidarity	0.8	en
in it together	solidarity	0.8	en
back each other up	solidarity	0.8	en
muslim states	islamic nations	0.8	en
one of a kind	unique	0.8	en
special situation	unique position	0.8	en
where they stand	position	0.8	en
extra layer	additional layer	0.8	en
tricky	complexity	0.6	en
messy	complexity	0.6	en
pivotal	crucial	0.8	en
super important	crucial	0.8	en
can't do without	vital	0.8	en
birlikte çalışmak	cooperation	0.8	tr
el ele vermek	cooperation	0.8	tr
omuz omuza	solidarity	0.8	tr
arka çıkmak	solidarity	0.6	tr
iyi geçinmek	peaceful relations	0.8	tr
iyi geçiniyor	peaceful relations	0.8	tr
arası iyi	peaceful relations	0.8	tr
arası bozuk	hostile	0.6	tr
düşmanlık	hostile	0.8	tr
düşman ülkeler	hostile states	0.8	tr
düşman devletler	hostile states	0.8	tr
yan yana yaşamak	coexistence	0.8	tr
barış içinde yaşamak	peaceful coexistence	0.8	tr
korumak	safeguarding	0.8	tr
koruma	safeguarding	0.8	tr
sahip çıkmak	safeguarding	0.6	tr
güvende	safety	0.8	tr
güvende tutmak	safety	0.8	tr
topraklar	territory	0.8	tr
sınırlar	territory	0.6	tr
vatan	country	0.8	tr
memleket	country	0.8	tr
halk	people	0.8	tr
tetikte	prepared	0.8	tr
hazırlık	prepared	0.8	tr
önlem almak	proactive	0.8	tr
tedbir almak	proactive	0.8	tr
karşı koymak	counter	0.8	tr
terörle mücadele	against terrorism	0.8	tr
amaç	aim	0.8	tr
hedef	aim	0.8	tr
derdi ne	aim	0.6	tr
güçlendirmek	reinforce	0.8	tr
geliştirmek	enhance	0.8	tr
sürdürmek	maintain	0.8	tr
ilişki kurmak	cultivate	0.8	tr
yakınlaşmak	cultivate	0.6	tr
bağlar	ties	0.8	tr
huzurlu	tranquility	0.8	tr
gergin	volatile	0.8	tr
istikrarsız	volatile	0.8	tr
en önemli	paramount	0.8	tr
hayati	vital	0.8	tr
kritik	crucial	0.8	tr
şart	required	0.8	tr
gerekli	required	0.8	tr
tanımak	recognition	0.8	tr
özetle	in summation	0.8	tr
kısacası	in summation	0.8	tr
genel bakış	overview	0.8	tr
başarılı	successfully	0.8	tr
zorluk	hurdles	0.8	tr
karmaşık	complexity	0.8	tr
dengelemek	balance	0.8	tr
riski azaltmak	mitigation	0.8	tr
çevre dostu	green	0.8	tr
teknoloji paylaşımı	technological cooperation	0.8	tr
bekerjasama	cooperation	0.8	ms
berganding bahu	cooperation	0.8	ms
bersatu padu	solidarity	0.8	ms
perpaduan ummah	solidarity	0.8	ms
bersekutu	alliances	0.8	ms
negara kawan	alliances	0.6	ms
berbaik	peaceful relations	0.8	ms
hidup aman	peaceful coexistence	0.8	ms
negara musuh	hostile states	0.8	ms
melindungi	safeguarding	0.8	ms
menjaga	safeguarding	0.8	ms
jaga keselamatan	safety	0.8	ms
rakyat	people	0.8	ms
masyarakat	society	0.8	ms
tanah air	country	0.8	ms
sempadan	territory	0.6	ms
bersiap sedia	prepared	0.8	ms
sentiasa bersedia	remain prepared	0.8	ms
berjaga-jaga	prepared	0.8	ms
proaktif	proactive	0.8	ms
langkah pencegahan	proactive	0.6	ms
menentang	counter	0.8	ms
membanteras	countering	0.8	ms
banteras	countering	0.8	ms
menangani ancaman	countering threats	0.8	ms
melawan	countering	0.6	ms
matlamat	aim	0.8	ms
tujuan	aim	0.8	ms
objektif	objective	0.8	ms
mengukuhkan	reinforce	0.8	ms
memperkukuh	reinforce	0.8	ms
meningkatkan	enhance	0.8	ms
mengekalkan	maintain	0.8	ms
menjalin hubungan	cultivate	0.8	ms
kongsi risikan	shared intelligence	0.8	ms
tenang	tranquility	0.8	ms
tak stabil	volatile	0.8	ms
tidak stabil	volatile	0.8	ms
bergolak	volatile	0.8	ms
paling penting	paramount	0.8	ms
penting sangat	vital	0.8	ms
sangat penting	vital	0.8	ms
kritikal	crucial	0.8	ms
diperlukan	required	0.8	ms
berdaulat	sovereignty	0.8	ms
mengiktiraf	recognition	0.8	ms
pengiktirafan	recognition	0.8	ms
ringkasnya	in summation	0.8	ms
kesimpulannya	in summation	0.8	ms
gambaran keseluruhan	overview	0.8	ms
berjaya	successfully	0.8	ms
rintangan	hurdles	0.8	ms
rumit	complexity	0.8	ms
seimbangkan	balance	0.8	ms
kurangkan risiko	mitigation	0.8	ms
mesra alam	green	0.8	ms
luar negara	foreign	0.8	ms
hal ehwal luar	foreign policy	0.8	ms
msia	malaysia	0.8	ms
bekerja sama	cooperation	0.8	id
kerja bareng	cooperation	0.8	id
bergandengan tangan	cooperation	0.8	id
bahu-membahu	cooperation	0.8	id
setia kawan	solidarity	0.8	id
kesetiakawanan	solidarity	0.8	id
bersekutu	alliances	0.8	id
akur	peaceful relations	0.8	id
rukun	peaceful coexistence	0.8	id
berdampingan	coexistence	0.8	id
musuhan	hostile	0.6	id
negara musuh	hostile states	0.8	id
melindungi	safeguarding	0.8	id
menjaga	safeguarding	0.8	id
aman	safety	0.8	id
rakyat	people	0.8	id
masyarakat	society	0.8	id
tanah air	country	0.8	id
perbatasan	territory	0.6	id
antisipasi	proactive	0.8	id
mengantisipasi	proactive	0.8	id
proaktif	proactive	0.8	id
memberantas	countering	0.8	id
berantas	countering	0.8	id
menangkal	counter	0.8	id
menangani ancaman	countering threats	0.8	id
tujuan	aim	0.8	id
sasaran	goal	0.6	id
maunya apa	aim	0.6	id
memperkuat	reinforce	0.8	id
meningkatkan	enhance	0.8	id
mempertahankan	maintain	0.8	id
menjalin hubungan	cultivate	0.8	id
mempererat hubungan	cultivate	0.8	id
mempererat	cultivate	0.8	id
tenang	tranquility	0.8	id
tidak stabil	volatile	0.8	id
bergejolak	volatile	0.8	id
rawan konflik	volatile	0.8	id
paling penting	paramount	0.8	id
prioritas utama	paramount	0.8	id
sangat penting	vital	0.8	id
penting banget	vital	0.8	id
krusial	crucial	0.8	id
diperlukan	required	0.8	id
berdaulat	sovereignty	0.8	id
mengakui	recognition	0.8	id
pengakuan	recognition	0.8	id
intinya	in summation	0.8	id
kesimpulannya	in summation	0.8	id
gambaran umum	overview	0.8	id
berhasil	successfully	0.8	id
sukses	successfully	0.8	id
kendala	hurdles	0.8	id
rumit	complexity	0.8	id
ribet	complexity	0.6	id
menyeimbangkan	balance	0.8	id
mengurangi risiko	mitigation	0.8	id
mitigasi	mitigation	0.8	id
ramah lingkungan	green	0.8	id
luar negeri	foreign	0.8	id
urusan luar negeri	foreign policy	0.8	id
يتعاونوا	cooperation	0.8	ar
يتعاون	cooperation	0.8	ar
يشتغلوا مع بعض	cooperation	0.8	ar
يد واحدة	solidarity	0.8	ar
يساندوا بعض	solidarity	0.8	ar
يقفوا مع بعض	solidarity	0.8	ar
وحدة الأمة	solidarity	0.8	ar
متحالفين	alliances	0.8	ar
دول صديقة	alliances	0.8	ar
علاقات طيبة	peaceful relations	0.8	ar
علاقتهم حلوة	peaceful relations	0.6	ar
عايشين مع بعض	coexistence	0.8	ar
يعيشون بسلام	peaceful coexistence	0.8	ar
عداوة	hostile	0.8	ar
دول معادية	hostile states	0.8	ar
يحمي	safeguarding	0.8	ar
حماية	safeguarding	0.8	ar
الشعب	people	0.8	ar
أرض	territory	0.8	ar
آمن	safety	0.8	ar
مستعدين	prepared	0.8	ar
على أهبة الاستعداد	prepared	0.8	ar
استباقي	proactive	0.8	ar
مواجهة	countering	0.8	ar
محاربة	countering	0.8	ar
التصدي	countering	0.8	ar
مكافحة الإرهاب	against terrorism	0.8	ar
محاربة الإرهاب	against terrorism	0.8	ar
يواجه	facing	0.8	ar
هدف	aim	0.8	ar
الهدف	aim	0.8	ar
إيش يبغون	aim	0.6	ar
شو بدهم	aim	0.6	ar
عايزين إيه	aim	0.6	ar
يقوي	reinforce	0.8	ar
تعزيز	reinforce	0.8	ar
تطوير	enhance	0.8	ar
يحافظ على	maintain	0.8	ar
الحفاظ على	maintain	0.8	ar
بناء علاقات	cultivate	0.8	ar
تدريب مشترك	joint military exercises	0.8	ar
هادئ	tranquility	0.8	ar
مضطرب	volatile	0.8	ar
متوتر	volatile	0.8	ar
غير مستقر	volatile	0.8	ar
منطقة	regional	0.8	ar
أهم شي	paramount	0.8	ar
الأهم	paramount	0.8	ar
ضروري	vital	0.8	ar
مهم جدا	vital	0.8	ar
حاسم	crucial	0.8	ar
الاعتراف	recognition	0.8	ar
يعترفوا	recognition	0.8	ar
باختصار	in summation	0.8	ar
الخلاصة	in summation	0.8	ar
نظرة عامة	overview	0.8	ar
بنجاح	successfully	0.8	ar
صعوبات	hurdles	0.8	ar
معقد	complexity	0.8	ar
موازنة	balance	0.8	ar
تقليل المخاطر	mitigation	0.8	ar
صديقة للبيئة	green	0.8	ar
المسلمين	islamic	0.8	ar
# Third pass (names of each section's topic and question intents; concepts still missing), written the same way: from the source only, no question set read.
international relations	international relationships	0.8	en
security partnerships	security relations	0.8	en
security cooperation	security relations	0.8	en
general idea	overview	0.8	en
broad strokes	overview	0.8	en
at a glance	overview	0.8	en
# dropped (in chat mostly an introduction of a person or a video): intro	overview	0.6	en
# dropped (in chat mostly an introduction of a person or a video): introduction	overview	0.6	en
what's the point	aim	0.6	en
whats the point	aim	0.6	en
# dropped (too general: any question about wants): what do they want	aim	0.6	en
agenda	aim	0.6	en
end goal	goal	0.8	en
number one priority	paramount	0.8	en
core interests	paramount interest	0.8	en
main interest	paramount interest	0.8	en
protect their borders	safeguarding of its territory	0.8	en
defend the homeland	safeguarding of its territory	0.8	en
main areas	key focus areas	0.8	en
core areas	key focus areas	0.8	en
concentrate on	focus	0.8	en
emphasis	focus	0.8	en
who do they roll with	alliances	0.8	en
who they roll with	alliances	0.8	en
who are their friends	alliances	0.8	en
who's on their side	alliances	0.8	en
in their corner	alliances	0.6	en
who has their back	alliances	0.6	en
besties	alliances	0.6	en
defence cooperation	defence relationships	0.8	en
defense cooperation	defence relationships	0.8	en
defence relations	defence relationships	0.8	en
defense relations	defence relationships	0.8	en
defense ties	defence relationships	0.8	en
joint maneuvers	joint military exercises	0.8	en
joint manoeuvres	joint military exercises	0.8	en
pool intelligence	shared intelligence	0.8	en
pooling intel	shared intelligence	0.8	en
get along with the neighbours	peaceful coexistence	0.8	en
get along with the neighbors	peaceful coexistence	0.8	en
live in peace	peaceful coexistence	0.8	en
peaceful neighbours	peaceful coexistence	0.8	en
good-neighbourliness	peaceful coexistence	0.8	en
regional peace	regional tranquility	0.8	en
calm in the region	regional tranquility	0.8	en
peace in the neighbourhood	regional tranquility	0.8	en
chance for peace	potential for peace	0.8	en
prospects for peace	potential for peace	0.8	en
peacemaking	peace	0.8	en
peace settlement	peace treaties	0.8	en
signed peace deals	established peace treaties	0.8	en
# dropped (broader: a different principle than mutual recognition of sovereignty (issue 8 removed it)): territorial integrity	sovereignty	0.6	en
handle bad actors	countering threats	0.8	en
deal with bad actors	countering threats	0.8	en
deal with enemies	countering threats	0.6	en
threat response	countering threats	0.8	en
responding to threats	countering threats	0.8	en
neutralize threats	countering threats	0.8	en
neutralise threats	countering threats	0.8	en
stop threats	counter threats	0.8	en
fight terror	against terrorism	0.8	en
war on terrorism	against terrorism	0.8	en
stop terrorism	against terrorism	0.8	en
international cooperation	global cooperation	0.8	en
multilateral	global cooperation	0.6	en
rogue nations	hostile states	0.8	en
rogue regimes	hostile states	0.8	en
hostile regimes	hostile states	0.8	en
hostile governments	hostile states	0.8	en
enemy regimes	hostile states	0.8	en
unfriendly regimes	hostile states	0.8	en
# dropped (different: a rival is not necessarily hostile): rivals	hostile	0.6	en
non-state groups	non-state entities	0.8	en
# dropped (broader: more than sanctions): economic pressure	economic sanctions	0.6	en
diplomatic contacts	diplomatic ties	0.8	en
# dropped (different concept): soft power	influence	0.6	en
toughen	reinforce	0.8	en
# dropped (different: enforcing is not reinforcing): enforce	reinforce	0.6	en
take the initiative	proactive	0.8	en
get ahead of	proactive	0.8	en
make the first move	proactive	0.8	en
preventive	proactive	0.6	en
facilitate	foster	0.8	en
tech with other countries	technological cooperation	0.8	en
tech collab	technological cooperation	0.8	en
tech collaboration	technological cooperation	0.8	en
tech ties	technological cooperation	0.8	en
tech partners	technological cooperation	0.8	en
sharing technology	technological cooperation	0.8	en
# dropped (broader: any military technology, not the innovative defences the source names (issue 8 removed it)): defence tech	innovative defenses	0.6	en
# dropped (broader: any military technology (issue 8 removed it)): defense tech	innovative defenses	0.6	en
# dropped (broader: any military technology (issue 8 removed it)): military tech	innovative defenses	0.6	en
high-tech defenses	innovative defenses	0.8	en
clean technology	green technology	0.8	en
environmental technology	green technology	0.8	en
sustainable technology	green technology	0.8	en
technologically advanced	advancement in technologies	0.8	en
co-develop	partnering	0.8	en
# dropped (in chat often food): takeaway	conclusion	0.8	en
key takeaways	conclusion	0.8	en
what's the takeaway	conclusion	0.8	en
bottom line	conclusion	0.8	en
final thoughts	conclusion	0.8	en
upshot	conclusion	0.8	en
conclude	conclusion	0.8	en
to conclude	in summation	0.8	en
wrapping up	in summation	0.8	en
# dropped (too general): all in all	in summation	0.8	en
# dropped (too general): in short	in summation	0.8	en
# dropped (too general): in brief	in summation	0.8	en
boils down to	in summation	0.8	en
all things considered	in summation	0.8	en
walk a fine line	balance	0.8	en
strategic partnership	strategic cooperation	0.8	en
minimize threats	threat mitigation	0.8	en
minimise threats	threat mitigation	0.8	en
defuse threats	threat mitigation	0.8	en
threat management	threat mitigation	0.8	en
reduce risks	mitigation	0.8	en
make the most of tech	exploitation of technological progress	0.8	en
put tech to use	exploitation of technological progress	0.8	en
always ready	remain prepared	0.8	en
stay alert	remain prepared	0.8	en
future threats	potential threats	0.8	en
possible dangers	potential threats	0.8	en
willing to work with anyone	open cooperation	0.8	en
friendly exchanges	peaceful interactions	0.8	en
# dropped (too general): guarantee	ensuring	0.8	en
muslim solidarity	solidarity of the islamic ummah	0.8	en
islamic unity	solidarity of the islamic ummah	0.8	en
unity of muslims	solidarity of the islamic ummah	0.8	en
islamic world	islamic ummah	0.8	en
special position	unique position	0.8	en
# dropped (too general): distinctive	unique	0.8	en
extra complexity	additional layer of complexity	0.8	en
not black and white	complexity	0.8	en
not simple	complexity	0.8	en
nuanced	complexity	0.6	en
why does it matter	vital	0.6	en
indispensable	vital	0.8	en
make or break	crucial	0.8	en
matters a lot	crucial	0.8	en
huge deal	important	0.8	en
# dropped (too general): necessary	required	0.8	en
# dropped (different: personal health): wellbeing	prosperity	0.6	en
affluence	prosperity	0.8	en
economic success	prosperity	0.8	en
safe and sound	safety	0.8	en
meticulous	precise	0.8	en
careful strategy	precise strategic approaches	0.8	en
playbook	strategic approaches	0.8	en
regular reviews	constant evaluations	0.8	en
always reassessing	constant evaluations	0.8	en
# dropped (in chat mostly product or film reviews): reviews	evaluations	0.6	en
appraisal	evaluations	0.8	en
big impact	extensive influence	0.8	en
huge influence	extensive influence	0.8	en
national security strategy	national security policy	0.8	en
security strategy	security policy	0.8	en
# dropped (too general): sphere	arena	0.8	en
# dropped (in chat mostly games): realm	arena	0.8	en
build bridges	cultivate	0.8	en
reach out to	cultivate	0.6	en
single-minded	steadfast focus	0.8	en
unshakable	steadfast	0.8	en
unshakeable	steadfast	0.8	en
in spite of	despite	0.8	en
different countries	various nations	0.8	en
many countries	various nations	0.8	en
lots of countries	various nations	0.8	en
# dropped (too general): numerous	various	0.8	en
headwinds	hurdles	0.6	en
inhabitants	people	0.8	en
populace	people	0.8	en
citizenry	people	0.8	en
turf	territory	0.8	en
evident in	displayed	0.8	en
on show	displayed	0.8	en
flashpoint	volatile environment	0.8	en
unrest	volatile	0.6	en
turmoil	volatile	0.6	en
precarious	volatile	0.6	en
long-standing	established	0.8	en
longstanding	established	0.8	en
shows that	reveals	0.8	en
kimlerle müttefik	alliances	0.8	tr
dostları kim	alliances	0.8	tr
barışçıl ilişkiler	peaceful relations	0.8	tr
komşularla iyi geçinmek	peaceful coexistence	0.8	tr
barış içinde bir arada yaşama	peaceful coexistence	0.8	tr
bölgesel barış	regional tranquility	0.8	tr
tehditlere karşı	countering threats	0.8	tr
tehditlerle mücadele	countering threats	0.8	tr
kötü niyetli aktörler	hostile	0.8	tr
düşmanlar	hostile	0.8	tr
hasım	hostile	0.8	tr
teknoloji iş birliği	technological cooperation	0.8	tr
teknolojik iş birliği	technological cooperation	0.8	tr
yeni savunma teknolojileri	innovative defenses	0.8	tr
sonuç	conclusion	0.8	tr
sonuç olarak	in summation	0.8	tr
kısaca	in summation	0.8	tr
amacı ne	aim	0.8	tr
neyi hedefliyor	aim	0.8	tr
gaye	aim	0.8	tr
odak alanları	key focus areas	0.8	tr
ortak tatbikatlar	joint military exercises	0.8	tr
savunma ilişkileri	defence relationships	0.8	tr
savunma iş birliği	defence relationships	0.8	tr
istihbarat operasyonları	intelligence operations	0.8	tr
barış antlaşmaları	peace treaties	0.8	tr
tanınma	recognition	0.8	tr
ekonomik yaptırımlar	economic sanctions	0.8	tr
terörle savaş	against terrorism	0.8	tr
devlet dışı aktörler	non-state entities	0.8	tr
diplomatik ilişkiler	diplomatic ties	0.8	tr
proaktif	proactive	0.8	tr
küresel iş birliği	global cooperation	0.8	tr
uluslararası iş birliği	global cooperation	0.8	tr
uluslararası ilişkiler	international relationships	0.8	tr
karşılıklı	reciprocal	0.8	tr
jeopolitik	geopolitical	0.8	tr
güvenlik ilişkileri	security relations	0.8	tr
ulusal güvenlik politikası	national security policy	0.8	tr
karmaşıklık	complexity	0.8	tr
benzersiz	unique	0.8	tr
eşsiz	unique	0.8	tr
çıkar	interest	0.8	tr
vatandaşlar	people	0.8	tr
ümmetin birliği	solidarity of the islamic ummah	0.8	tr
müslüman ülkeler	islamic countries	0.8	tr
teknolojik ilerleme	technological progress	0.8	tr
stratejik iş birliği	strategic cooperation	0.8	tr
tehdit azaltma	threat mitigation	0.8	tr
sekutu dengan siapa	alliances	0.8	ms
hubungan baik dengan jiran	peaceful coexistence	0.8	ms
berbaik dengan jiran	peaceful coexistence	0.8	ms
hidup aman damai	peaceful coexistence	0.8	ms
keamanan serantau	regional tranquility	0.8	ms
kedamaian serantau	regional tranquility	0.8	ms
menghadapi ancaman	countering threats	0.8	ms
tangani ancaman	countering threats	0.8	ms
negara bermusuhan	hostile states	0.8	ms
pihak musuh	hostile	0.8	ms
kerjasama teknologi	technological cooperation	0.8	ms
kerja sama teknologi	technological cooperation	0.8	ms
pertahanan inovatif	innovative defenses	0.8	ms
kesimpulan	conclusion	0.8	ms
rumusan	conclusion	0.8	ms
secara ringkas	in summation	0.8	ms
pendek kata	in summation	0.8	ms
hala tuju	aim	0.6	ms
sasaran	goal	0.8	ms
fokus utama	key focus areas	0.8	ms
bidang tumpuan	focus areas	0.8	ms
tumpuan	focus	0.8	ms
hubungan pertahanan	defence relationships	0.8	ms
latihan ketenteraan bersama	joint military exercises	0.8	ms
operasi risikan	intelligence operations	0.8	ms
perjanjian keamanan	peace treaties	0.8	ms
pengiktirafan kedaulatan	recognition of each other's sovereignty	0.8	ms
memerangi keganasan	against terrorism	0.8	ms
perangi keganasan	against terrorism	0.8	ms
entiti bukan negara	non-state entities	0.8	ms
aktor bukan negara	non-state entities	0.8	ms
hubungan diplomatik	diplomatic ties	0.8	ms
kerjasama global	global cooperation	0.8	ms
kerjasama antarabangsa	global cooperation	0.8	ms
hubungan antarabangsa	international relationships	0.8	ms
saling menguntungkan	reciprocal	0.8	ms
timbal balik	reciprocal	0.8	ms
geopolitik	geopolitical	0.8	ms
kemajuan teknologi	technological progress	0.8	ms
kesatuan ummah	solidarity of the islamic ummah	0.8	ms
hubungan keselamatan	security relations	0.8	ms
dasar keselamatan negara	national security policy	0.8	ms
kerumitan	complexity	0.8	ms
unik	unique	0.8	ms
kedudukan	position	0.8	ms
kerjasama strategik	strategic cooperation	0.8	ms
hubungan baik	peaceful relations	0.8	ms
mengurangkan ancaman	threat mitigation	0.8	ms
sentiasa berwaspada	remain prepared	0.8	ms
berwaspada	prepared	0.6	ms
sekutunya siapa	alliances	0.8	id
temenan sama siapa	alliances	0.6	id
akur sama tetangga	peaceful coexistence	0.8	id
rukun dengan tetangga	peaceful coexistence	0.8	id
hubungan baik dengan tetangga	peaceful coexistence	0.8	id
hidup damai	peaceful coexistence	0.8	id
perdamaian kawasan	regional tranquility	0.8	id
ketenangan kawasan	regional tranquility	0.8	id
menghadapi ancaman	countering threats	0.8	id
melawan ancaman	countering threats	0.8	id
negara bermusuhan	hostile states	0.8	id
pihak yang bermusuhan	hostile	0.8	id
kerja sama teknologi	technological cooperation	0.8	id
kolaborasi teknologi	technological cooperation	0.8	id
pertahanan inovatif	innovative defenses	0.8	id
kesimpulan	conclusion	0.8	id
singkatnya	in summation	0.8	id
pokoknya	in summation	0.6	id
tujuannya apa	aim	0.8	id
fokus utama	key focus areas	0.8	id
bidang fokus	focus areas	0.8	id
hubungan pertahanan	defence relationships	0.8	id
latihan militer bersama	joint military exercises	0.8	id
operasi intelijen	intelligence operations	0.8	id
perjanjian perdamaian	peace treaties	0.8	id
pengakuan kedaulatan	recognition of each other's sovereignty	0.8	id
memerangi terorisme	against terrorism	0.8	id
lawan terorisme	against terrorism	0.8	id
aktor non-negara	non-state entities	0.8	id
entitas non-negara	non-state entities	0.8	id
hubungan diplomatik	diplomatic ties	0.8	id
kerja sama global	global cooperation	0.8	id
kerja sama internasional	global cooperation	0.8	id
hubungan internasional	international relationships	0.8	id
saling menguntungkan	reciprocal	0.8	id
timbal balik	reciprocal	0.8	id
geopolitik	geopolitical	0.8	id
kemajuan teknologi	technological progress	0.8	id
persatuan umat	solidarity of the islamic ummah	0.8	id
hubungan keamanan	security relations	0.8	id
kebijakan keamanan nasional	national security policy	0.8	id
kompleksitas	complexity	0.8	id
unik	unique	0.8	id
posisi	position	0.8	id
kerja sama strategis	strategic cooperation	0.8	id
hubungan baik	peaceful relations	0.8	id
mengurangi ancaman	threat mitigation	0.8	id
selalu siaga	remain prepared	0.8	id
waspada	prepared	0.6	id
kemitraan global	global partnerships	0.8	id
الحلفاء	alliances	0.8	ar
التحالفات	alliances	0.8	ar
حسن الجوار	peaceful coexistence	0.8	ar
علاقات حسن الجوار	peaceful coexistence	0.8	ar
السلام الإقليمي	regional tranquility	0.8	ar
الهدوء في المنطقة	regional tranquility	0.8	ar
مواجهة التهديدات	countering threats	0.8	ar
التصدي للتهديدات	countering threats	0.8	ar
الدول المعادية	hostile states	0.8	ar
الأعداء	hostile	0.8	ar
جهات معادية	hostile	0.8	ar
التعاون التكنولوجي	technological cooperation	0.8	ar
التعاون التقني	technological cooperation	0.8	ar
دفاعات مبتكرة	innovative defenses	0.8	ar
الخاتمة	conclusion	0.8	ar
خاتمة	conclusion	0.8	ar
من الآخر	in summation	0.8	ar
زبدة الكلام	in summation	0.8	ar
هدف السياسة الخارجية	aim	0.8	ar
الغاية	aim	0.8	ar
الغرض	aim	0.8	ar
المحاور الرئيسية	key focus areas	0.8	ar
مجالات التركيز	focus areas	0.8	ar
العلاقات الدفاعية	defence relationships	0.8	ar
العمليات الاستخباراتية	intelligence operations	0.8	ar
معاهدات السلام	peace treaties	0.8	ar
اتفاقيات السلام	peace treaties	0.8	ar
العقوبات الاقتصادية	economic sanctions	0.8	ar
من غير الدول	non-state entities	0.8	ar
العلاقات الدبلوماسية	diplomatic ties	0.8	ar
علاقات دبلوماسية	diplomatic ties	0.8	ar
التعاون الدولي	global cooperation	0.8	ar
العلاقات الدولية	international relationships	0.8	ar
المعاملة بالمثل	reciprocal	0.8	ar
منفعة متبادلة	reciprocal	0.8	ar
جيوسياسي	geopolitical	0.8	ar
التقدم التكنولوجي	technological progress	0.8	ar
تضامن الأمة	solidarity of the islamic ummah	0.8	ar
العلاقات الأمنية	security relations	0.8	ar
سياسة الأمن القومي	national security policy	0.8	ar
التعقيد	complexity	0.8	ar
فريد	unique	0.8	ar
موقعها الفريد	unique position	0.8	ar
التعاون الاستراتيجي	strategic cooperation	0.8	ar
علاقات سلمية	peaceful relations	0.8	ar
الحد من التهديدات	threat mitigation	0.8	ar
تخفيف التهديدات	threat mitigation	0.8	ar
الاستباقية	proactive	0.8	ar
شراكات عالمية	global partnerships	0.8	ar
الاعتراف بالسيادة	recognition of each other's sovereignty	0.8	ar
`;
