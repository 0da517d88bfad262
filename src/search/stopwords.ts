/**
 * Words that carry no topic: question words, pronouns, auxiliaries and the like, in the languages the
 * knowledge base answers in. They are dropped from questions (after normalisation, so without accents)
 * because a fuzzy match on "does" or "what" only adds noise.
 */
const ENGLISH = `a about above after again against all also am an and any are aren around as at be because been before
being below between both but by can cannot could did do does doing done down during each either else ever every
few for from further get gets getting give go goes going got had has have having he her here hers herself him
himself his how however i if in into is isn it its itself just know let like look made make many may me might
more most much must my myself need no nor not now of off on once one only or other others otherwise ought our ours
ourselves out over own please really said same say says see shall she should so some such tell than that the
their theirs them themselves then there these they thing things think this those through to too under until up
upon us use used using very want was we were what whats when where whether which while who whom whose why will
with within without would yes yet you your yours yourself yourselves explain describe anything something
kind kinds way ways regarding role part there's let's
face faces facing faced deal deals dealing handle handles happen happens happening work works working try tries
mean means happen involve involves include includes
hi hey hello pls plz thanks thank ok okay so like actually basically just really bot safir anyone someone guys
big bigger biggest large larger largest small smaller smallest huge tiny good better best bad worse worst
lol lmao tbh nah yeah yep idk imo btw w u r ur ya tho whole
whatever whoever whichever wherever whenever`;

// Chat English: abbreviations, fillers and hedges people type on Discord. They say how something is asked,
// never what about, and as unknown words they would count against every answer. Also prepositions and
// contractions typed without the apostrophe ("towards", "alongside", "dont"), which WordNet does not list:
// as unknown words they counted fully against an answer and read as non-English in the sense check.
const CHAT = `ppl peeps yall ngl rn lmfao rofl plss thx ty tysm wanna gonna gotta kinda sorta tryna finna lemme
gimme dunno idc iirc afaik imho fyi though bc cuz coz cos bcuz n nd wdym wyd hmu smh fr frfr ong lowkey highkey
literally honestly seriously totally pretty quite super stuff thingy thingies bro bruh dude fam yo sup ye yea
yup nope omg wtf af asf hmm hm um uh ah oh k kk eh welp anyway anyways etc aka wat wut hows whos wheres whens
whys ig istg tf even still maybe perhaps probably possibly lot lots bunch ever also abt bout hw wht wot y thru
rly srsly ofc obv obvs prolly atm asap bcs dat dis da lotta outta hafta oughta wise according
everything everyone everybody nothing nobody somebody anybody somewhere anywhere everywhere nowhere
toward towards alongside among amongst amid beside besides despite via onto unto versus vs
dont didnt doesnt isnt arent wasnt werent wont cant couldnt shouldnt wouldnt havent hasnt hadnt im ive youre
theyre theyve thats theres smth sth`;

// Turkish, Malay/Indonesian and Arabic question and function words (accents already stripped by normalisation).
const TURKISH = `ve ile bir bu su o ne nedir nasil neden hangi kim mi mu midir icin gibi da de ki ama veya hakkinda olan
olarak daha cok en her var yok misin musun neler bana biraz
yani abi lan falan filan mesela acaba hani iste simdi bi bisey birsey kanka valla lutfen tamam peki
mi mı mu mü misin mısın musun müsün miyiz degil değil ise icin şey sey hangi kime neden niye`;
const MALAY = `dan yang di ke dari untuk dengan apa apakah bagaimana mengapa kenapa siapa ini itu ada adalah akan
atau juga oleh dalam pada tentang sebagai bagi negara mereka lain adakah saja sahaja kah ya tidak boleh bisa
kita kami anda kamu dia sudah telah
ni tu ke kah lah pun nak tak gak nggak enggak aja sih dong kok deh ya gimana bagaimanakah macam mana cara
diorang dorang mereka punya buat sama antara antar soal hal maksud maksudnya saja sahaja sangat lebih
je jer kot la nih tuh gan bang gue gw lu loe aku saya korang kau ko camne camana apasal nape knp gmn yg dgn utk
tdk ga ngga mau pengen banget bgt doang kayak`;
const ARABIC = `في من على الى إلى عن ما ماذا كيف لماذا هل هو هي هذا هذه ذلك التي الذي و او أو مع ان أن كان عن بين أي اي
هم لها له كل
شو ايش وش مين ليش كيف شلون هل في فيه عند لي لنا انا انت
يعني بس طيب يا والله ليه ازاي إزاي ايه إيه عشان علشان هيك كده كذا اللي الي تبع مثلا هاد دي ده`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH, CHAT, TURKISH, MALAY, ARABIC].flatMap((list) => list.split(/\s+/).filter(Boolean)),
);
