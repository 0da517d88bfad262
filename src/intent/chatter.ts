// Chatter a Discord server gets that Safir must not answer: what the question classifier (src/intent) learns its
// "not about the source" class from. Not knowledge, so not content: it stays the same whatever the knowledge
// base says. Half shares a word with the source in another sense ("turkish coffee", "an alliance in a mobile
// game", "defence in football"), half is general chat (greetings, bot commands, coding help, other countries'
// news). Written by helpers who read only the source document and no question set, entry or code; lines equal
// to a question of the project's question sets were left out, so no set measures what was learnt from it.
//
// One message per line.
export const CHATTER_EXAMPLES = `how do u make turkish coffee at home
best recipe for a green smoothie?
my peace lily is drooping what do i do
any good ai homework helper apps
how do i lower the threat level in gta
what sanctions did the club get for that fight in the match
which security camera should i buy for my front door
my knee joint pain is killing me any tips
where can i take a free intelligence test
how to improve my defence in football as a centre back
is a balance board good for working out
what's the best open source video editor
what's the conclusion of that movie inception, was it a dream
can u write an overview of my essay on climate change
how do i write a conclusion for my history essay
whats the best green tea brand
how do i fix a security error on my laptop
any good turkish dramas to watch on netflix
how do i keep my bank account balance from going negative
my wifi keeps saying connection not secure, help
can u recommend a peaceful lofi playlist for studying
what's the best tank build for defence in elden ring
how do i form an alliance in civ 6
whats a good strategy game on mobile
how to treat a sprained ankle joint
is artificial intelligence gonna take my job as a graphic designer
what's the cheapest flight to malaysia from london
recipe for turkish delight pls
what is emotional intelligence and how do i get better at it
how do i set up two factor security on discord
my cat keeps treating the dog as a threat, how do i help them get along
good exercises for joint mobility?
which partner should i pick for the group project, someone smart or someone chill
how to make my relationship with my gf more balanced
what's the overview of the new iphone features
whats a good open world game like skyrim
how to cooperate better with my coworkers
how do you get the peace ending in undertale
is green technology a good career to study at uni
what's the best defence deck in clash royale
how do i write a treaty for my model un class assignment
who's the strongest alliance in the star wars universe
best home security system under 200 bucks
how do i get more territory in the game risk
hi
hello there bot
good morning everyone
lol
thanks bot
how r u
!help
/ping
why is my javascript returning undefined
what did the president of france say in the news today
whats happening with the japanese election
any news on brazil's economy this week
what should i eat for dinner
brb
can u play music in the vc
who made this bot
how do i mute someone on discord
im so bored someone talk to me
can u translate hello into spanish
gn everyone
whats the best pizza topping, fight me
what's the price of bitcoin rn
did canada change its immigration rules this year
what happened in the german parliament vote yesterday
are you chatgpt
write me a poem about cats
how old is the universe
any tips for studying for my maths exam tomorrow
whos online rn
can someone give me the server rules
Merhaba, nasılsın?
Apa khabar semua?
Selamat pagi, ada yang mau main game?
مرحبا، كيف حالك؟
what is the meaning of life
how do i make turkish coffee without a cezve
green smoothie ideas pls
how often do u water a peace lily
can AI write my essay lol
how do i deal with the threat from the final boss in elden ring
the threat meter in this game is broken ngl
our alliance in rise of kingdoms keeps getting zeroed, tips?
why did the league put sanctions on that club
fifa sanctions on the team, what happened
which security camera should i buy for my apartment
wyze vs ring doorbell cam for home security?
my knee joint pain is killing me
any tips for joint pain after running
where can i take a legit intelligence test
is an iq test accurate at all
how do i play better defence in football
best defensive formation in fc 24
is a balance board worth it
balance board exercises for beginners
best open source video editor?
how to contribute to open source projects
whats the conclusion of that movie, i fell asleep
can u give an overview of my essay
write an overview for my group project
malaysia trip itinerary ideas
cheapest flights to turkey in summer
turkey roast recipe for thanksgiving
how to stay safe while hiking alone
who's the best duo partner in valorant
partnering with someone for a school project, how do we split the work
how do i secure my wifi network
is cyber security a good career
how do i balance work and uni
peace out guys see u tmrw
any good war strategy games on steam
how do i make a treaty in civ 6
tech stocks going down again?
smart home tech recommendations
how to make a green screen effect on capcut
best strategy to hold territory in risk
stable diffusion vs midjourney which is better
yo whats up
is it gonna rain tmrw
why is my js code returning undefined
fix my sql query pls
who won the game last night
whats ur name
are u a bot?
/play lofi
!rank
what commands do u have
whats 2+2
whats the latest on the us election
whats happening in ukraine news rn
did japan change its prime minister again
french pension protests update?
is china's economy slowing down
brazil news today
how tall is the eiffel tower
who's the best footballer ever
im bored
anyone wanna play minecraft
can you write me a poem about cats
translate hello to spanish
how to center a div
best laptop for uni under 1000
do u like pizza
hello bot are u working
السلام عليكم
selamat pagi guys
best way to make turkish coffee at home without a cezve?
any good green smoothie recipes w spinach and banana
is there an AI homework helper that does math step by step
how do u drop threat as a tank in wow so the healer stops pulling aggro
which alliance should i join in clash of clans, mine is dead
why did that football club get sanctions for breaking financial fair play
which security camera should i buy for my front door, wifi or wired
my knee joint pain gets worse when i run, what should i do
where can i take a free intelligence test online, like a proper iq one
is a balance board good for ankle rehab
what's a good open source alternative to photoshop
what's the conclusion of that movie inception, is he still dreaming or not
can u give an overview of my essay if i paste it here
how do i write a conclusion for my chemistry lab report
malaysia travel tips for first timers?
how long do i roast a 5kg turkey for thanksgiving
cheapest time to fly to turkey for holiday
how to keep my peace of mind during exam season
is artificial intelligence going to take my job as a translator
my bank app sent a security alert, is it a scam or real
how do i set up two factor authentication on discord
what was the treaty of versailles about, need it for history homework
best joint compound for fixing drywall cracks
me and my gf keep fighting, any relationship advice
how to balance part time work and study
how do i open a bank account in malaysia as an international student
green card application process how long does it take
my cat keeps marking his territory in the house, how to stop it
emotional intelligence tips for new team leaders
crossword clue: alliance, 4 letters
exercise routine for complete beginners at the gym
partner dance classes for beginners, salsa or bachata?
innovative science fair project ideas for grade 9
how to counter a fire type in pokemon
is the rise of kingdoms alliance system worth it for f2p
how do i install stable diffusion on my pc
what does a peace corps volunteer actually do
tips for sharing a dorm room with a roommate peacefully
best strategy to hold territory in the board game risk
how do i write an executive summary for a business plan
safety tips for hiking alone in the mountains
whats the best sanctions strategy in civilization 6 diplomacy
hello safir!
whats the weather in istanbul tomorrow
how r u doing today bot
who made you
thanks bro
my javascript fetch returns undefined, why??
recommend me a good anime to binge
what happened in the japanese election this week
any news about brazil's economy lately
what's the latest on the german coalition government
can you translate good night into french
im bored, entertain me
what's your favourite food
is it going to rain in kuala lumpur today
write me a short poem about cats
ramadan mubarak everyone
can u play music in vc
how many hours should i sleep before an exam
how do i get the verified role in this server
sql query to count rows grouped by category
best laptop for uni under 800 dollars
what did the US president say about trade today
is canada's new immigration policy making it harder for students
what's going on with the protests in france
recommend a book for the summer holidays
who is the best footballer right now
how to cook nasi lemak at home
selamat pagi semua, apa khabar
merhaba, nasılsın bugün?
السلام عليكم، كيف حالكم؟
can you set a reminder for 5pm
are you a real person or a bot
best turkish coffee pot to buy?
green smoothie recipe w spinach and banana?
is a peace lily toxic to cats
can u recommend an AI homework helper for algebra
which AI is best for writing my essay lol
how do i beat the high threat bosses in the division 2
how does threat work when tanking in wow
best alliance to join in rise of kingdoms?
how do i leave my alliance in clash of clans
why did that club get sanctions from uefa
premier league points deduction sanctions explained?
wyze vs ring security cam, which one
my knee joint pain gets worse when it rains, normal?
how does a joint bank account work
where can i take a free intelligence test online
how to get better at defence in fc 24
best defensive formation in football manager?
do balance boards actually help with posture
my bank balance isnt updating after a transfer
good open source alternatives to photoshop?
how do i contribute to an open source project on github
whats the conclusion of inception, was he still dreaming
can u give me an overview of my essay if i paste it
how to write a strong conclusion for a college essay
how long do i roast a 12 pound turkey
which green energy stocks should i invest in rn
windows security keeps blocking discord, how do i fix it
my partner wants to move in together, any advice
good cooperative games for 2 players?
how do i sign a peace treaty in civ 6
my cat keeps hissing at the new kitten, how do i get them to coexist
what jobs can i get with a national security degree
beginner exercises for the gym, where do i start
how to turn on two factor for better account security
tips for holding territory in splatoon turf war
how to do diplomacy in europa universalis 4 without getting backstabbed
is malaysian food spicy? planning a trip
what does the conclusion of the last season of dark mean
my phone's technology feels so outdated, should i upgrade
stability ball exercises for core?
whats the weather in istanbul today
how r u doing
are you a bot or a real person
why is my javascript fetch returning undefined
whats ur fav food
who won the match last night
did indonesia's president announce anything new today
what happened in the french elections
latest news on japan's economy?
can u write me a poem about cats
how many continents are there
best laptop under 1000 bucks
ok
sql query to count rows per group
whats a good nasi lemak recipe
translate hello to french
who is the richest person in the world
any good movies on netflix rn
how do i get the verified role on this server
mods are asleep post cats
explain quantum computing simply
whats new with brazil's economy this week
how much does a ps5 cost
is turkish delight vegan
turkey or ham for thanksgiving this year
green smoothie recipe that doesnt taste like grass pls
which ai homework helper is the best for math
can chatgpt do my essay lol
how do i deal with the threat meter in the stealth level
tank keeps losing threat on the boss, any tips
anyone wanna join my alliance in rise of kingdoms
why did the league sanction that club, point deduction?
what security camera should i buy for my front door
ring vs eufy security cam which is better
my knee joint hurts after leg day is that normal
joint account at the bank worth it?
where can i take a free iq intelligence test
is emotional intelligence real or a scam
how do i improve my defence in fifa
best defensive midfielder in the premier league ngl
do balance boards actually help with snowboarding
how to check my bank balance on the app
whats the conclusion of that movie, the ending made no sense
how to write a good conclusion for my history essay
give me an overview of the new valorant patch
malaysia trip itinerary 5 days
is nasi lemak spicy
peace was never an option meme origin
how do i get the peacemaker badge in the game
best cooperative games to play with friends on switch
co-op campaign or pvp which is more fun
who counters jett in valorant
what tech tree should i go first in civ 6
my pc tech is outdated, what gpu should i get
green tech stocks worth buying?
how do i pass my driving exercise test
best ab exercises with no equipment
whats a peace treaty in diplomacy the board game, how do u betray ppl
how do i set up two factor for account security
my discord got hacked, how do i improve security
what does sovereign mean in the sovereign citizen memes
does my foreign student visa let me work part time
how to deal with a toxic teammate thats a threat to the team vibe
who's the strongest character in attack on titan, the military police or survey corps
what is the policy for returns on amazon
yo
hi bot
ur mom
skibidi toilet explained
why is my python code throwing indentation error
fix my javascript for loop pls
/play never gonna give you up
whos the best minecraft youtuber
gta 6 release date
is fortnite dead ong
anyone wanna play among us
rate my setup
recommend me an anime
latest news from ukraine today
what did the us president say yesterday
is brazil hosting the next world cup
whats going on with china and taiwan rn
are u sentient
ur kinda mid ngl
thanks bot ur goated
bruh
can u help me with my algebra homework
whats 9 + 10
how do i get a girlfriend lmao
my cat keeps knocking stuff off the table why
best budget gaming headset under 50
how to grow on tiktok fast
apa kabar guys
brb gotta eat
who wants to vc
translate hello into japanese
write me a poem about pizza
best turkish coffee brand to buy?
how do i make turkish delight at home
recipe for a green smoothie with spinach
any good AI homework helper for algebra
how do i beat the final boss threat in elden ring
my alliance in rise of kingdoms keeps getting zeroed, tips?
why did the league hand out sanctions to that club
which security camera should i buy for my driveway
ring doorbell vs wyze cam for home security
my joint pain gets worse when it rains, any remedies
is an online IQ intelligence test legit
how do i improve my defence as a centre back in football
best defensive formation in fifa
are balance boards good for seniors
what's the conclusion of that movie inception, was it all a dream
can you give me an overview of my essay on climate change
best open source photo editor
malaysian nasi lemak recipe please
cheapest flights to turkey in july
how to write a conclusion for my history paper
threat level in call of duty, what does the red skull mean
what is the cooperation mode in it takes two
tips for a peaceful night's sleep
how to spot a sovereign citizen scam call
my bank sent a security alert, is it phishing
how do i balance my checkbook
wheel balancing cost at a tire shop
treaty of versailles summary for my history homework
artificial intelligence course recommendations for beginners
how to set up two factor security on my email
my cat is hostile toward the new kitten what do i do
where can i buy a coexist bumper sticker
strategic board games like risk, any recs
how do you play the board game diplomacy
joint account vs separate accounts for married couples
exercise routine for people over 60
green technology stocks worth buying?
what's the sanction for a red card in the premier league
good intelligence build for a mage in skyrim
partnership tax return deadline
how do i draw a territory map for my dnd campaign
malaysia airlines baggage allowance
turkey roasting time for a 15 pound bird
stability ball exercises for lower back
best prosperity plant for my office desk
how to keep the peace at thanksgiving dinner with my in-laws
hello bot
thanks!
who are you
what can you do
why does my javascript fetch return undefined
who won the world cup in 2022
recommend me a good book
dinner ideas for tonight?
bye
how old are you
what did erdogan say in his latest speech
latest news on the french elections
what happened in the us congress this week
how's the economy in argentina doing
is japan raising interest rates
my printer won't connect to wifi, how to fix
what time is it in jakarta
convert 100 usd to ringgit
can you translate hello into spanish
what is 17 times 23
how do i reset my discord password
how do i change my nickname on this server
is the bot down?
recommend a netflix series
my grandkids set up this discord for me, how do i turn off the notifications
what year did the berlin wall fall
whats the score in the cricket match
sql query to count rows grouped by a column
git merge vs rebase
any tips for retirement savings
what's in the latest uk budget
did canada's pm resign
good night all
can you play music in the voice channel
what's the best way to learn arabic
where can i buy turkish delight near me
green smoothie recipe with spinach and banana
how often should i water a peace lily
whats a good ai homework helper for maths
how do i beat the final threat boss in elden ring
rise of kingdoms alliance tips for newbies
why did uefa sanction that club last season
ring doorbell vs eufy which is better
my knee joint pain wont go away after running
is an online intelligence test accurate
how to play zonal defence in football
best open source alternatives to photoshop
can u give me an overview of my essay
how to write a conclusion for my history essay
is malaysia airlines good for long haul flights
cheap flights to turkey this summer?
what was the treaty of versailles
what does the peace sign emoji mean
my landlord wont give back my security deposit
how to set up two factor auth for better account security
whats a good antivirus to block threats on windows
joint bank account pros and cons
my squad in fortnite has zero cooperation, tips?
cooperative board games for 4 players
what does prosperity gospel mean
im at war with my sister over the tv remote lol
convert military time 1800
does the military diet actually work
how do i train an ai model on my own data
border collie training tips
how do i find some inner peace before exams
strategy games like civilization where u make alliances
my neighbour keeps parking in my spot, what can i do
sovereign wealth fund explained simply
how to make malaysian nasi lemak at home
best intelligence build for a mage in skyrim
how long to cook a 6kg turkey
partnering up for a school project, how do we split the work fairly
my partner wont talk to me after a fight, advice?
stable diffusion how to install on windows
whats the challenge rating threat level of an adult red dragon in dnd
security guard job interview tips
will it rain tomorrow
undefined is not a function error in javascript how fix
who won the champions league
are u a real person
what's your name
gn
who is the president of france
latest news on ukraine
whats happening in the us elections
what did the japanese prime minister say today
how to cook rice without a rice cooker
best laptop under 1000
can u help me with my maths homework 2x+5=11
what's the meaning of life
recommend a movie for tonight
sql inner join vs left join
pineapple on pizza yes or no
any good podcasts?
how to get better sleep
is bitcoin going up
latest news about china and taiwan
whats going on with brexit these days
how tall is mount everest
who would win batman or superman
best turkish coffee pot for a small kitchen, any recs
green smoothie recipe with spinach and banana that actually tastes good?
my peace lily leaves are turning yellow, is it too much water
the final boss threat level in elden ring is insane, any strategy tips
should i join a new alliance in rise of kingdoms or stay solo, what's the strategy
what are the sanctions for a red card in the premier league, how many games banned
which security camera with ai person detection should i buy under 100 bucks
where can i take a free intelligence test online that's actually accurate
are balance boards good for ankle rehab after an injury
best open source alternative to photoshop
what's the conclusion of that movie inception, is he still dreaming
can someone give me feedback on the overview of my essay
my wifi security settings say wpa2, should i switch to wpa3
anyone know a good malaysian restaurant in london
turkey roasting time for thanksgiving, how long per pound
what's the return policy at ikea
how do i keep peace between my two cats, they keep fighting over territory
my insurance policy renewal went up 30 percent, is that normal
clash of clans: best way to defend my base against air threats
joint account at the bank vs separate accounts for couples?
how do i exercise my shoulders without weights
green technology stocks, worth buying this year?
is artificial intelligence going to take my job as an accountant
how do you get a security clearance job in the us
my cousin is a foreign exchange student, what should i gift her
what does hostile takeover mean in business
best partner dance for beginners, salsa or bachata
my relationship with my roommate is getting hostile, how do i handle it
peaceful music for sleeping, any playlists
how do i set up two factor authentication for my account security
military time to regular time, what's 1900
most diplomatic way to tell my boss i'm quitting?
is the bird turkey named after the country turkey or the other way round
what's the best strategy in chess for beginners, any openings
my stability ball popped, what size should i get
how do i make my code's error handling more robust against hostile input
the villain in that show was a threat to the whole kingdom, who plays him
terrorists vs counter-terrorists in cs2, which side is easier for new players
is malaysia airlines or airasia better for leg room
the region lock on my switch game, can i get around it
my mom's prosperity plant is dying, help
what's the difference between intelligence and wisdom in dnd
shared spreadsheet keeps breaking when two people edit at once, fix?
how do i balance work and uni without burning out
home security system with no monthly fees?
where can i buy the operation board game for kids
peace sign emoji on iphone where is it
whats the weather like in istanbul tomorrow
brb getting food
anyone up for valorant
what's the latest news from indonesia's election
did pakistan raise interest rates this month
what's happening in sudan right now
who is the current president of egypt
my javascript promise keeps returning undefined
are you a real person
whats a good book to read on holiday
when does ramadan start this year
can you translate hello into japanese
how old are you safir
good bot
this server is dead lol
how do i change my nickname on discord
is it going to rain in kuala lumpur this weekend
who's the best footballer ever, messi or ronaldo
did saudi arabia announce another oil production cut
did qatar host any summit this week
git merge conflict help pls
apa kabar semua
selamat pagi kawan-kawan
what's the time in jakarta right now
recommend a laptop for programming under 1000
any tips to get better sleep
whats your favourite colour
türk kahvesi köpüklü nasıl yapılır
klanımız öbür klanla ittifak kursun mu sizce
futbolda savunma hattı nasıl dizilir
dün akşamki maçta defans rezaletti
yapay zeka ile ödev yapmak kopya sayılır mı
kardeşimle kavga ettik nasıl barışırım
malezya'ya tatile gitmek için hangi ay iyi
telefonun güvenlik güncellemesi geldi, yükleyeyim mi
selam millet nasılsınız
bugün hava çok sıcak ya
akşam ne yesek
şu an hangi diziyi izliyorsunuz
sınav haftası bitmek bilmiyor
kanka iyi geceler herkese
biri bana iyi bir oyun önersin
pakatan dalam game ni macam mana nak join
pertahanan pasukan aku lemah betul semalam
teh tarik ke kopi turki lagi sedap
perjanjian sewa rumah ni kena sign ke
latihan bola petang ni jadi tak
AI ni boleh tolong buat assignment aku ke
sekatan jalan raya kat highway tadi teruk gila
korang dah makan ke
esok cuti tak
lagu apa best sekarang ni
panas gila hari ni weh
sape nak main ml malam ni
selamat malam semua
nasi lemak kat mana paling sedap
aku bosan la, borak jom
aliansi di game ini gimana cara gabungnya
pertahanan timnas kemarin jebol mulu
kopi turki enak gak sih
damai sama mantan itu mungkin gak
AI buat bikin gambar yang bagus apa ya
latihan gabungan futsal minggu depan jadi gak
kena sanksi dari guru gara-gara telat, wajar gak
ada ancaman hujan deras sore ini, bawa payung gak
halo semua apa kabar
lagi pada ngapain nih
rekomendasi film dong
gue ngantuk banget sumpah
besok libur gak sih
makan siang enaknya apa ya
wkwk lucu banget
كيف أسوي قهوة تركية مضبوطة؟
التحالف في اللعبة كيف أدخله؟
الدفاع في ماتش امبارح كان وحش جدا
في مسلسل تركي حلو تنصحوني فيه؟
الذكاء الاصطناعي يقدر يكتب لي الواجب؟
تصالحت مع أخوي بعد الهوشة، كيف نحافظ على السلام بالبيت؟
عقوبة اللاعب بعد الكرت الأحمر كم مباراة؟
وش تتعشون الليلة؟
الجو حر مرة اليوم
تصبحون على خير يا شباب
عندي امتحان بكرة ادعولي
ازيكم يا جماعة عاملين ايه
شو عم تعملوا هلأ؟
مين صاحي لهالحين؟
هل من أحد هنا يحب القراءة؟
is green tea actually good for you
how long do i roast a turkey for a family dinner
my friends keep fighting in the group chat, how do i keep the peace
best antivirus to block threats on my laptop
leg day exercises for beginners pls
give me an overview of world war one for my test
will artificial intelligence take my job in 10 years
how do u balance school and a part time job
what ended the thirty years war, its for a history quiz
are home security cameras worth the money
is an online intelligence test legit or a scam
do u get sanctions in ranked for leaving matches early
how do i become more diplomatic with my boss
which team has the best defence in the league this season
best innovative gadgets under 50 bucks
whats the main goal in minecraft tbh
how to protect my territory in the risk board game
what does solidarity mean for my sociology class
ideas for the environment club at school
how do i counter a fast rush in age of empires
ways to build stronger ties with my cousins
my partner for the group project wont reply
is the stock market stable rn or should i wait
how to manifest prosperity in the new year lol
what is sovereignty, its for my homework on medieval kings
regional pizza styles ranked worst to best
how to stay prepared for a hurricane at home
tranquil music for falling asleep
sum up the plot of the last movie u watched
why do hostile mobs keep spawning in my base
best gaming pc build for around 1000
why are egg prices rising so fast
how many joints are in the human body
best co-op games to play with friends this weekend
whats the gist of photosynthesis, quick
unique username ideas for my new account
hurdles race tips for sports day
is solar power worth it for a small house
how to deal with a toxic teammate in ranked
list of volatile chemicals for chem lab safety
who would win in a fight, a bear or a gorilla
resep nasi goreng yang enak apa ya
bugün maç saat kaçta başlıyor
cuti sekolah bila mula tahun ni
ما هي أفضل لعبة على الهاتف
whats a good strategy for chess openings
can someone help me with my ai homework for comp sci
whats the final takeaway from the book we read in class
my best friend and i made a pact to go to the gym
how do i stop my little brother from snooping on my phone
my cat is proactive about waking me up at 5am lol
which phone has the most advanced camera tech rn
why do people say the roman empire had such a long peace
how do i enhance my photos without paying for an app
whats the point of the intro paragraph in an essay
good green smoothie recipes for breakfast
is it safe to walk alone at night in my city
how to mitigate lag when streaming games
the final boss in this game is a real threat ngl
is it worth buying a smartwatch for tracking runs
how do i cancel my gym membership lol
what's a good team name for trivia night
what happened at the battle of hastings, need it for a quiz
is the weather gonna be calm this weekend
wats the best laptop for uni under 800
how do i tell my friends im moving away
hey bot tell me a joke about cats
why is my sourdough starter not rising
is there a cheap vpn for gaming
what does a defence lawyer actually do all day
my grandma always says balance is everything
best guild to join in an mmo for casual players
how to be more open with my parents about grades
why is the sky blue, my kid asked me
teach me how to do a proper push up
whats the difference between a robot and ai
need a summary of chapter 5 for biology
how to recognise a fake sneaker
is my neighbour's dog hostile or just loud
gud morning everyone how r u
whats the best pathway to become a nurse
how long does it take to learn coding from scratch
fun facts about the ottoman empire for trivia
what snacks should i bring from malaysia for my friends
how do i stop procrastinating, ready for finals
world news roundup today, anything big overseas
my wifi keeps dropping, any fixes
can u recommend a game where u build an empire
my roommate keeps eating my food, should i confront him
how do i make peace with my ex for the sake of the kids
what causes volcanoes to be so volatile
need a treaty name for my fantasy novel
quiet neighbourhoods to live in with kids
what is the most peaceful animal in the world
how do i report a scam threat email
best way to ban someone from my server, bot command?
whats the easiest way to counter the meta deck
cheapest economic way to heat my flat
who are the non playable characters in this quest
whats this server about anyway
what are the main goals for my new year's resolutions
how hard is it to build a lego millennium set
what is the paramount rule of friendship lol
why does my plant look so unstable in the pot
cheapest way to get into 3d printing tech
is it worth getting an electric car for the environment
how smart is the ai in the new racing game
what's the newest tech at the shopping mall expo
how to defend my base in tower defense games
my internet relationship is kinda complicated
to sum up my week: tired lol
how to keep my mental health balanced during exams
is the ummah strong in my local mosque community
this math problem has a layer of complexity i cant handle
final score of last night's match?
what's the moral of the story in the tortoise and the hare
my ambitions for this year: learn guitar
hi safir, good evening
assalamualaikum semua, apa khabar
merhaba arkadaşlar, nasılsınız
selamat pagi, sudah sarapan belum
صباح الخير يا جماعة
goodnight chat, see u tomorrow
tell me a joke about peace and quiet in a house with toddlers
why did the turkey cross the road, i forgot the punchline
knock knock joke about intelligence pls
tell me a dad joke about security guards
is a hot dog a sandwich, settle this debate
turkey sandwich or chicken sandwich for lunch
how to make turkish delight at home
best malaysian street food i have to try
is laksa spicy for beginners
what goes well with green curry
how many calories in a turkey burger
is kebab healthier than pizza
cooking tips for a balanced diet on a budget
how do i stop my bread dough from being so volatile lol it collapsed
which clan should i ally with in the new strategy game
is the alliance faction better than the horde one for new players
best defence build for my character in elden ring
how to unlock the peace treaty option in civ
any tips for diplomacy victory in civilization
how do you win the intelligence mission in that spy game
is the threat level in this raid too high for solo
how do i get out of the sanctioned queue after a ban
tower defense strategy for wave 40
how to build a green energy city in city builder games
who is the best defender in football right now
what time does the basketball game start tonight
is the national team's defence holding up this tournament
how do i improve my stamina for joint running sessions with my club
best stretching exercises after a run
how many players on a cricket team
who won the chess world title last year
what counts as a threat in chess notation
what was the oldest written peace treaty in history, for class
how did medieval alliances work through marriages
what was the longest war in history
when did the ottoman empire fall
who built the first computer, trivia question
what was the first peace prize given for
fun history trivia about ancient spies
what was the silk road used for
can you help with my algebra homework on balancing equations
how do i balance a chemical equation
what is artificial selection in biology
what is a green function in physics
explain the water cycle for my geography homework
what does stability mean in a chemistry sense
write a conclusion for my lab report on plants
how do i cite sources in apa style
overview of the digestive system for my biology test
how do i calculate the territory area of a circle lol i mean the area
my friends formed an alliance against me in monopoly
how to make new friends after moving cities
my sister and i signed a peace treaty over the tv remote lol
how do i set boundaries with my roommate about his territory in the fridge
my parents are so hostile about my gaming hours
how do i stay calm when my boss threatens to fire people
my dog is very territorial, any training tips
best way to keep my relationship balanced with work
my cousin is joining the army, what should i gift him
feeling unsafe in my new apartment, what should i do
how to ask my crush out without it being weird
my friend group has a lot of drama, should i leave
is it normal to feel anxious before a job interview
how do i make my wedding speech less cringe
should i buy a laptop with a dedicated ai chip
best budget security camera for a small shop
which router has the best security settings
is a mechanical keyboard worth it for typing
are refurbished phones reliable
best noise cancelling headphones for peace and quiet on trains
which smart home hub works with green energy plugs
is it worth upgrading my gpu this year or wait
what's the best password manager for security
cheap drone for beginners with good camera
best external hard drive for backups
is the new console worth buying at launch
which ai image generator is free to use
did you see the election results overseas today
whats going on with the floods in southeast asia this week
any news about that earthquake abroad
why is the currency dropping in some countries lately
what happened at the climate summit this year
are there strikes happening in europe right now
is it safe to travel to istanbul next month for holiday
what's the weather like in kuala lumpur in march
what's the visa process for studying in malaysia
best places to visit in turkey for a honeymoon
how much does a hot air balloon ride in cappadocia cost
what's the exchange rate of the turkish lira today
is the ringgit stronger than last year
how do i learn turkish fast
bahasa melayu susah tak untuk belajar
en iyi kahve tarifi nedir
film yang bagus untuk ditonton malam ini apa ya
كيف أتعلم البرمجة بسرعة
bot, roll a dice
!play some lofi music
/remind me to study at 8pm
can u set my nickname to shadow
bot what time is it
who made you safir
can you write me a poem about green fields
why did the computer go to therapy, too many threats in its inbox
whats the best pickup line about peace
tell me something funny about cats plotting world domination
what's heavier, a kilo of feathers or a kilo of steel
lol this chat is so quiet today
anyone up for a game of among us tonight
rate my setup, just got a new monitor
where can i get turkish delight near me
my peace lily leaves r turning yellow help
how do i drop threat as a tank in wow
best alliance to join in rise of kingdoms server 1234
what sanctions did uefa give that club for the fans
my knee joint pain is killing me after running
free iq intelligence test online is it legit
how to get better at defence in fifa
whats the conclusion of that movie inception did the top fall
malaysia trip itinerary 5 days kl and penang
cheap flights to turkey in summer?
how to type the peace sign emoji on pc
my cat is so hostile to the new kitten wat do i do
how to open a joint account at the bank
best cooperation board game for 4 ppl
green technology stocks worth buying rn?
artificial intelligence course recomendations for beginners
how do i make a peace treaty with gandhi in civ 6
where do i find my wifi security key
how to turn on 2fa security on discord
gym exercises for beginners at home
military press form tips pls my shoulders hurt
our teams defence was trash in the last match lol
intelligence build for a mage in skyrim
my partner keeps stealing my hoodies lol
threat level midnight is the best office episode fight me
innovative ideas for a science fair project
how long do i roast a 6kg turkey
tips for writing a conclusion paragraph for my history essay
how to be more diplomatic with my annoying coworker
how do i protect my base territory in minecraft from griefers
safety tips for hiking alone
is a balance transfer credit card worth it
peaceful music for studying recs
free ai art generator that doesnt suck
intel or amd cpu for gaming
alliance airlines baggage allowance
how do i sanction a player in my discord server like mute them
whats a good partner for a duo in fortnite
prosperity tea benefits is it real
my sovereign in crusader kings keeps dying
why is my javascript variable undefined
whats the latest news on the french election
did japan raise interest rates
whats going on in brazil rn
!commands
bot r u alive
thx bot
best pizza toppings go
can u translate hello to spanish
whats 15 times 23
are u chatgpt
how to fix a flat bike tire
song recs for the gym
any1 playing valorant tonite
is pluto a planet or not
whats the price of bitcoin
sql query to count rows in a table
how to change my discord nickname
whats canadas new immigration policy
germany budget news today
who is the prime minister of india rn
ur kinda useless ngl
how old is the earth
can u help w my chem homework
how do i keep my peace lily alive, the leaves are drooping
my friends keep leaving me on read what do i do
is this phone deal actually good or a scam
how do i find peace of mind after a breakup
is it safe to eat chicken thats been in the fridge 4 days
best tech youtubers to follow
how do i balance uni and a part time job
how do i know if im ready for a relationship
whats a good fitness goal to set for the new year
how to deal with a toxic coworker
can an AI homework helper do my math worksheet
threat level in my stealth game keeps going up, how do i lower it
why did the club get hit with sanctions from the league
recommend a security camera for my front door
joint pain after running, should i worry
how do i prepare for an intelligence test for a job
what does open source software mean
whats the conclusion of inception, was it all a dream
can u give an overview of my essay on climate change
is my bank app safe to use on public wifi
is deal or no deal still on tv
what does the peace sign emoji mean in texts
whats the goal in chess basically
im not ready for my exam tomorrow help
friends tv show best episode?
work life balance tips for remote workers
is it safe to travel to bali in the rainy season
best tech gadgets under 50 dollars
how do i clean a turkish rug at home
malaysian food recommendations besides nasi lemak
how do i deal with anxiety before presentations
how to exit safe mode on windows
my goal this week is drinking more water, any tips
peace out guys gotta go
ready player one book vs movie which is better
my bank balance is so low, how do i save money
is the deal with my landlord legal if theres no contract
how many goals did messi score this season
best friends forever quotes for insta captions
tech support pls my laptop wont turn on
what does intelligence do for a wizard in dnd
business partnership with my friend, how do we split profits
cooperative board games to play with friends
whats the treaty of versailles about, its for my sisters homework
is a home safe worth buying for jewellery
hello bot how r u
what is 2+2
recommend a good netflix series
whats the latest news in japan
how to cook rice properly without it getting mushy
what time is it in new york rn
how do i fix a git merge conflict
best pizza toppings?
whats going on with brazil's economy rn
is germany in a recession
recommend me a song
what games do u play
how to lose weight fast
who is the president of the usa
whats ur favourite colour
whats the news from canada today
how does photosynthesis work
selamat pagi semuanya
how do i get the moderator role
how many members are in this server
whats the best laptop for programming
why is the sky blue
whats the exchange rate for euro to dollar
for my essay on climate change, how do i write a conclusion
my teacher wants a summary of the novel we read, can you do it
my uncle says the earth is flat, is he right
help me prep for my biology quiz
need one line for my report on photosynthesis
for my presentation on volcanoes how many slides is too many
my son thinks dinosaurs lived alongside humans, true?
someone in the server said the moon landing was staged, can u check that
debate prep: should school uniforms be compulsory
my teacher asked us to explain the water cycle
homework: what's 15 percent of 240
journalist here, how do i write a catchy headline
how long should an essay intro be
my aunt says vaccines are dangerous, is she right
quiz tomorrow on the periodic table, how do i memorise it fast
for my report should i use apa or mla
my son is behind in math, how can i help him catch up
someone said cracking knuckles gives u arthritis, is that true
for my debate on social media, give me arguments against it
teacher wants a poem analysis by friday, where do i even start
for my essay on world war two, what were the main causes
need a thesis statement for my essay on renewable energy
my uncle says goldfish have a 3 second memory, legit?
for my history presentation, when did the cold war end
can u just write my homework for me
my teacher asked us to explain supply and demand
help me prep for my chemistry test on acids and bases
for my report, what's the population of malaysia
whats the capital of turkey? need it for a quiz
my friend says lightning never strikes the same place twice, true?
for my essay on the internet, how did it start
need one line for my report on the industrial revolution
debate prep: is homework actually useful
my son thinks he's bad at computers, how can he learn coding
someone in discord said this bot is useless lol
for my presentation, what font looks most professional
my teacher wants us to explain how vaccines work
is it ok to use online encyclopedias for my school report
for my essay, how do i paraphrase without plagiarising
my dad says we only use 10% of our brain, is that right
quiz prep: what are the planets in order
writing an article on remote work, what angle should i take
for homework, how do i solve quadratic equations
my grandma says cold weather gives you a cold, true or myth
for my debate, how do i rebut an argument politely
need a conclusion line for my essay on plastic pollution
my teacher asked what democracy means, can u explain
for my civics report, how does voting work in general
someone in the server said bananas are radioactive, is that real
for my presentation on ocean currents, what's a good hook
my son wants to know why the sky is blue for his homework
prep me for my vocab quiz in a foreign language
for my essay on ai in schools, what are the pros and cons
my uncle says ai will take everyone's jobs, is that true
debate: are electric cars really greener
for my science homework, how do solar panels work
for my report on the economy, what is inflation
for my essay, what's a good quote about friendship
my teacher wants us to explain how a bill becomes law
my uncle says turkey the bird is named after the country, is that true
for my geography homework, what's the tallest mountain in malaysia
help me plan my study schedule for finals
for my essay, should i write in first person
my teacher said my essay is too long, how do i cut it down
quiz prep: difference between mitosis and meiosis?
someone says humans have only five senses, true?
my son asked how rainbows form, help me explain
for my debate on zoos, are they good or bad for animals
journalist brief: how do i interview someone who's nervous
for my presentation, how do i stop shaking on stage
need one line for my report on the human heart
my uncle says eating carrots improves eyesight, is that legit
for homework, what's the difference between weather and climate
my teacher asked us to explain gravity simply
debate prep: should voting be mandatory
for my essay on immigration, how do i keep it balanced
my friend claims goldfish grow to fit the tank, true?
quiz tmrw on fractions, quick tips?
for my report, how do i make a bibliography
my son thinks the internet is a physical place, how do i explain it lol
for my art class presentation, what's impressionism
someone said sugar makes kids hyper, is that true
for my essay, how many sources should i use
my teacher wants a chapter summary, how do i keep it short
writing a piece on local traffic, where do i find data
for my homework, what's the formula for the area of a circle
my uncle swears bulls hate the colour red, is it true
prep me for my physics quiz on the laws of motion
for my debate on school start times, what does research say
need a good opening line for my college application essay
my teacher asked us to explain the food chain
for my report on malaysian food, what are some popular dishes
is turkey a good place to study abroad? asking for my own plans
my son's teacher says he talks too much in class, what do i do
for my presentation, how do i credit images properly
someone in the server said you lose most heat through your head, true?
for my essay on the renaissance, what changed in art
my uncle says aliens built ancient monuments, is he right
for my quiz, what's the largest ocean
tarih ödevim için sonuç paragrafı nasıl yazılır?
amcam dünyanın düz olduğunu söylüyor, haklı mı?
cikgu saya minta ringkasan novel, boleh tolong?
bantu saya bersedia untuk kuiz biologi esok
buat esai saya tentang perubahan iklim, bagaimana menulis pendahuluan yang bagus?
anak saya merasa tertinggal di matematika, bagaimana membantunya?
لواجبي، كيف أكتب خاتمة لمقال عن التلوث؟
عمي يقول إن الأرض مسطحة، هل هو محق؟
for my essay, is it better to write in the morning or at night lol
my teacher asked us to explain how volcanoes erupt
debate prep: are video games bad for kids
need one line for my report on recycling
my friend says you can't get sunburnt on cloudy days, true?
for my presentation on space, how far away is the moon
my son thinks he's behind on reading, any book suggestions for his age
someone said this bot gets stuff wrong, how do i know it's right
for my report, can you check my grammar
journalist here, what's a good structure for a news story
help me prep for my history quiz on ancient empires
for my essay on friendship, how should i start
my cousin says drinking lots of milk makes you taller, for my health project is that true
gm all
tea?
coffee run
ready?
who won
peace out
balance pls
goal!!
afk
lmao
ty
np
same
who's on tonight
anyone up
gg
nice
wb
hmm
pizza?
lunch time
match tonight?
who's streaming
rip
sup
brb coffee
oof
w
L
😂
+1
agreed
nvm
k
see ya
weekend plans?
so tired
first!
check dms
ping me later
new emoji?
who's hosting
vc?
game night?
good luck all
selamat pagi
günaydın
مرحبا
apa kabar
terima kasih
team up for ranked?
my tech died lol
anyone want join my clan alliance in the mobile game?
my team need one more player for joint exercise at gym tomorrow
what is best strategy for chess opening
how to protect my phone from virus
security camera for home which one is good?
my teacher give me sanctions for late homework lol
peace bro, good night everyone
what is green tea benefit for health
how to train artificial intelligence model for my school project
best defence formation in football?
my laptop technology is old, need upgrade
anyone know good recipe for Turkish delight?
Malaysian nasi lemak recipe anyone?
is turkey meat healthy for eat?
intelligence test online free where
how to improve my exercise routine for lose weight
my balance in bank account low, how to save money
any good war movie recommend?
overview of this game update?
conclusion paragraph for my essay how to write
enemy team threaten to report me in game, what I do
how to keep peace with my annoying roommate
how to say prosperity wishes for new year in english
my microphone not working in voice channel, help
what green vegetable good for diabetes
military school or normal university better for me?
stability of my internet connection so bad today
which smartphone have best innovation this year
alliance in the board game, how to win
cooperation in group project, my friends not helping
hello everyone, where you all from?
sorry my english bad, can someone help me practice?
good morning friends
anyone playing tonight?
how to say "terima kasih" in english
what time is it there
السلام عليكم يا جماعة
apa khabar semua, dah makan?
can someone check my english grammar in this sentence
which is correct, "informations" or "information"?
happy eid everyone
is it halal to eat gelatin candy?
who want voice call for english speaking practice
bot can you tell joke
what your name bot
Ramazan'da oruç tutan var mı?
ada yang main game malam ni?
what is the capital city of this islamic nation?
how many people live in this country
what language they speak there
what currency they use
how is weather there in summer
who is the president of the nation
when the country got independence
başkenti neresi?
penduduk negara ni berapa orang?
ما هي العملة الرسمية لهذا البلد؟
kapan negara ini merdeka ya?
which clan alliance should i join in my mobile game
any good leg day exercises bro
how do i turn on 2fa security for my acc
is the ai in the new cod campaign mid
best ai image generator rn?
how do i make my pc setup all green rgb
is my team's defence trash or is it just me, soccer btw
how do i capture territory faster in splatoon
peace out gonna go eat 🍕
whats the best treaty strategy in stellaris
my internet is so unstable ngl
is frame rate stability good on handheld pcs
how do i counter a tank main in ow
patch balance is so mid this season fr
best position to play in league for climbing
how do i get partnered as a streamer
my phone's security update bricked it 💀
is green tea good for studying
threat level of the new boss is insane how do i beat it
whats the conclusion of the anime season, no spoilers pls
civ tech tree which path first
any tips for clearing hurdles in track
how complex is the crafting system in this game
how do ties work in chess tourneys
joint pain after gaming all night is that normal
is intelligence genetic fr
is there a trade sanctions mechanic in hoi4
cheapest way to upgrade my gpu
anyone wanna duo ranked
whos hopping on tonight
gm chat ☀️
lmao this server is dead
whats everyone playing rn
bro i just got mogged in ranked
is the new season bussin or mid
drop ur fav snack
whos the goat streamer
mods can we get a memes channel
my dog just ate my controller 💀
anyone got algebra homework help
can someone boost the server
ratio + l + fell off
hi bot are u sentient
whats ur fav game bot
brb moms calling
is pineapple on pizza valid
whats the capital of this country
how many ppl live there
what language do they speak
what currency do they use
is it hot there all year
whos their president rn
when did they become independent
who's the king or leader there
what year was the country founded
whats the weather like there rn
My grandson keeps asking me to play a computer game where you make alliances. Is it suitable for a nine year old?
Does anyone have a good recipe for Turkish delight?
How long should I roast a twelve pound turkey for Christmas dinner?
What's the best stuffing to go with turkey?
Has anyone been on holiday to Malaysia? Is the heat bearable for someone my age?
Is it true that Turkish coffee is much stronger than ordinary coffee?
Has anyone tried a Malaysian curry? Is it very spicy?
What's the best way to keep my computer secure from viruses?
My bank keeps sending me security codes by text. What are they for?
How do I turn off the AI helper on my new phone? It keeps talking to me.
Is green tea good for blood pressure?
What's the best feed for my green beans this year?
How do I get rid of greenfly on my roses?
Which exercises are gentle on bad knees?
Is there a joint supplement that actually helps with arthritis?
My doctor says I need more exercise. Any suggestions for a 75 year old?
How do I share photos with the family on this server?
My granddaughter did an intelligence test at school. What counts as a good score?
Can someone recommend a good spy film for a Sunday afternoon?
How do I stop the neighbour's cat treating my garden as its territory?
Where can a body find some peace and quiet in a house full of grandchildren?
Who won the bridge partnership prize at the club last week?
How do I set up a password that is strong enough?
Any tips for improving my balance? I've had a couple of falls.
How do I check the balance on my bank account online?
Is it safe to use contactless payment at the shops?
I missed the last episode of the detective series. What was the conclusion?
My grandson says the new puppy is a threat to my slippers. Any training tips?
Does anyone know the words to the hymn about peace we sang on Sunday?
Is the technology museum in town open on Sundays?
My smart speaker keeps mishearing me. How do I fix it?
Who won the friendly match between the two village teams on Saturday?
What does LOL mean? My granddaughter keeps writing it.
What is the population of the country?
What is the capital city?
WHAT LANGUAGE DO THEY SPEAK THERE
Who is the current leader of the country?
When did the country gain its independence?
What is the weather like there this time of year?
What's the name of their president?
What year was the nation founded?
How many people live there
What is their national dish?
Good morning everyone, how is everybody keeping?
Can anyone recommend a decent hearing aid?
How do I video call my grandchildren on this thing?
Thank you all for your help yesterday, you are very kind.
Happy birthday to my lovely granddaughter!
What's everyone having for Sunday lunch?
Does anyone know how to knit a cable pattern?
How do I make the writing bigger on my screen?
Who is coming to the family reunion next month?
how do i leave this group
Can someone remind me what time the grandchildren's school concert starts?
What's a good present for a teenage grandson these days?
Is it going to rain tomorrow?
What's the best remedy for a cold?
Did anyone see the lovely sunset last night?
Could someone explain what a meme is? I'm quite lost.
Best alliance to pick in a strategy video game?
How do I make my phone more secure?
Is my football team's defence any good this season?
What's a good exercise routine for beginners?
Can you help me prep for an IQ test on intelligence?
Any good green smoothie recipes?
Will the referee's sanctions get overturned after the match?
How do I protect my home network from threats?
What's my bank balance look like, can you check?
Recommend a film about spies?
How do I find a dance partner?
Is AI going to write my homework for me?
What's a peaceful place to go on holiday?
How do I keep my cat and dog coexisting peacefully?
Best tech gadgets under fifty quid?
Is chess good for learning about threats and tactics?
What's the best defence in a board game of territory conquest?
How do I improve my balance for yoga?
Which antivirus gives the best security?
Which clan alliance should I join in my online game?
My gym has joint exercises for knees, are they worth it?
Can you recommend a documentary about green energy cars?
Tips for forming a study alliance with classmates?
What's the safest password manager?
Is a treaty in my fantasy football league binding?
How do I stop my little brother stealing my sweets, any sanctions ideas?
Good recipes with Turkish delight?
Is my smart watch tracking my sleep accurately?
Who wins in a debate, the first or second speaker?
What's a good opening line for a debate speech?
How do I fact-check a viral news story?
Are you biased?
Who built you?
How do I become a journalist?
What makes a good interview question?
Is this bot just repeating propaganda?
Can you write my essay on climate change?
What's your favourite film?
How do I cite a source in an article?
Hello, are you there?
Which language do people speak there?
What's the weather like in that country?
When did the country gain independence?
How big is their economy in dollars?
Who is the current foreign minister?
What year was their first constitution written?
How large is their army in numbers?
How many people live in their biggest city?
Thanks, that's all.
How do I win an argument with my parents?
What's the best note-taking app for reporters?
Recommend a podcast about logic and fallacies.
Is coffee bad for concentration during exams?
Can you translate this paragraph into another language?
anyone got a turkey recipe for the holidays
drills at the gym today were brutal
my power drill died, any recs
fire drill at school lol
best alliance race in the game?
peace out guys, logging off
is there a mod that adds trade sanctions to my strategy game
threat level on the raid boss?
ai art generator recs?
anyone tried that new ai chatbot for homework
green tea or coffee
my intelligence test score was mid
border collie or lab?
joint pain after running, tips?
exercise routine for beginners?
need a partner for the group project
best defence formation in the football game?
what's a good overview of calculus
conclusion paragraph tips for my essay
any good team-up co-op games
malaysian food spots near me?
security camera recommendations
territory control maps in shooters
peaceful music playlist?
budget app to balance my spending?
hostile takeover meaning in business class
green screen setup?
whos up for a ranked match
who pinged me
ty bot
can a mod pin this
anyone watching the match tonight
ok thx
wrong channel sorry
how do i change my nickname
lmao same
what's your favourite movie
hbu
population?
capital city?
currency?
weather there rn?
who's the president
when was it founded
and the capital?
what's the GDP
how big is the army
when did independence happen
sick clutch last night
anyone selling a used laptop
what's the best alliance in world of warcraft
any good co-op games for pc
anyone got intel on when the next raid boss spawns
how do i use a power drill
what's the conclusion paragraph supposed to have in an essay
peace lily keeps dying, what do i do
threat level in among us is crazy lol
best green tech stocks to buy rn
is a back five a good defence in my football team
can someone give me an overview of the new season
anyone wanna team up for valorant tonight
my cat has no sense of sovereignty over the couch lmao
what's the treaty of the week in civ 6
how many people live in the country
what's the capital city
what's the weather like there in summer
who is the current president
what year did the country become independent
who's the foreign minister
when was the country founded
what's the population of the biggest city
how's everyone doing
what's for dinner
recommend me a good movie
whats the best phone under 300
can you help with my maths homework
how do i cook biryani
what's a good workout for abs
how do i get better at chess
what's the best AI chatbot
how do i make my laptop run faster
any tips for exams
how do i save money as a student
best tower defence game on mobile
what's the military drill routine for fitness bootcamp
how do i share my screen in vc
my friends ditched me for a party smh
my teammates keep threatening to quit the squad
what's the best strategy in monopoly
how do i reset my password
how do i get the nitro role
how do i stop procrastinating
what's the best budget keyboard
is green tea good for you
Futbolda en iyi defans hangi diziliş?
Spor salonunda hangi egzersizlerle başlamalıyım?
Telefonumun güvenlik ayarlarını nasıl değiştiririm?
Bu oyunda ittifak kurmak için klana mı girmem lazım?
Yapay zekaya ödev yazdırmak kopya sayılır mı?
İstihbarat temalı iyi bir dizi önerir misin?
naber nasılsın
Yeşil çay zayıflatır mı?
Bugün hava nasıl olacak?
Ülkenin nüfusu kaç?
Cumhurbaşkanının adı ne?
Para birimi ne?
Tarih sınavına nasıl çalışmalıyım?
Kedim mama yemiyor ne yapayım
Pasukan mana ada pertahanan paling kuat dalam liga?
Latihan senaman apa yang sesuai untuk kurus cepat?
Macam mana nak set password yang selamat untuk akaun bank?
Game ni boleh buat alliance dengan kawan ke?
Tiket kelas ekonomi ke sana murah tak?
hai bot, ko tengah buat apa
Filem pasal perisik yang best apa?
Bahasa rasmi negara tu apa?
Berapa ramai penduduk dia?
Mata wang apa yang digunakan?
Cuaca kat sana panas tak?
Siapa perdana menteri sekarang?
Bila negara tu merdeka?
Latihan bola sepak esok pukul berapa?
Pertahanan tim bola mana yg paling solid musim ini?
Olahraga apa yg bagus buat pemula?
Cara ngaktifin fitur keamanan di HP gimana?
Di game ini gimana cara gabung aliansi?
Rekomendasi aplikasi AI buat edit foto dong
Resep rendang yg enak gimana?
halo, lagi ngapain
Film mata-mata yg seru apa ya?
Ibu kotanya di mana?
Jumlah penduduknya berapa sih?
Mata uangnya apa?
Musim hujan di sana bulan apa?
Presidennya siapa?
Tahun berapa negara itu berdiri?
Kampus mana yg jurusan teknologi nya bagus?
مين أحسن دفاع في الدوري هالموسم؟
شو أحسن تمارين للبطن؟
كيف أحمي جوالي من الاختراق؟
في اللعبة دي إزاي أعمل تحالف مع صحابي؟
وش أطبخ اليوم على الغدا؟
ما أفضل طريقة لمذاكرة التاريخ قبل الامتحان؟
إزيك عامل إيه؟
فيه فيلم جاسوسية حلو أتفرج عليه النهارده؟
ما عاصمة هذه الدولة؟
كم عدد سكانها؟
وش العملة اللي يستخدمونها؟
الجو عندهم حار ولا بارد؟
مين رئيس الدولة؟
متى تأسست الدولة؟
شو اللغة الرسمية هناك؟
what's the population of this nation
what language do people speak there
who is the leader of the country
what's the prime minister's name
when did the country become independent
what year was it founded
what's the weather like there
is it hot all year round
does it snow there
what's the climate like in summer
how many people live in the capital
what's the national dish
what time zone are they in
how long do I roast a turkey for
best alliance to join in my strategy game
how do I sign a peace treaty in my empire building game
what's the best green tea brand
is intelligence genetic, for my biology homework
what exercises help with back pain
any good joint supplements for knee pain
how do I raise my threat level in my online game
what's the difference between a drill and a screwdriver
is peace lily safe for cats
how do I cancel my gym membership
which team won the football last night
what film should I watch tonight
is artificial sweetener bad for you
my phone's battery drains fast, any tips
what's a good budget laptop for school
what time is it in Malaysia right now
can you recommend a good spy movie
how do I make my garden fence taller
can you help me with my maths homework
what's 7 times 8
how do I write a good essay introduction
when are the exams this year
can you check my spelling
what's a good topic for a science fair project
how do I revise without getting bored
what's your favourite colour
are you a robot
what's the best way to learn a language fast
who invented the internet
good night bot
what should I have for lunch
can you write my history essay for me
where can I buy cheap school shoes
`;
