// The classifier's English rules: word lists and cue patterns for the normalised text.
// The engine (./engine.ts) reads them; the labelling conventions they follow are in ../classify.ts.
import { alt, rx, set } from "./build.ts";
import type { Rules } from "./types.ts";

const EN_SUBJ = set(`you i we they he she it there that this your my his her their any anyone anybody
  anything someone something everything everyone both all either these those the you're you'd you've
  you'll i'm i'd i've we're they're it's`);
const EN_AUX = set(`do does did are is was were have has had can could will would shall should may might must
  am don't doesn't didn't aren't isn't wasn't weren't haven't hasn't can't couldn't won't wouldn't shouldn't`);
const EN_IMPERATIVE = set(`try take make keep avoid stop start cut drink eat go come call book get use check
  remember aim build put walk stick write bring give limit reduce swap switch add apply rest plan pick
  consider ring phone ask spread finish wear hold leave skip do`);
const EN_EVAL_ADJ = set(`nice lovely great wonderful awful sad frustrating hard difficult brilliant terrible
  good exciting scary annoying`);

const EN_LEAD =
  "(?:(?:so|then|really|honestly|maybe|perhaps|now|and|but|well|i think|i really think|i feel like|i'm afraid|obviously|basically|definitely)\\s+)*";

export const en: Rules = {
  strongFillers: set(`um umm uh uhm er erm hmm hm mm mmm mm-hmm mhm uh-huh okay ok alright yeah yep yup oh ah
    and but well hi hello hey just please`),
  weakFillers: set(`right sure exactly absolutely no nope yes wow now anyway great good fine
    gotcha indeed true cool lovely`),
  fillerPhrases: rx(
    "^(?:all right|i see|got it|you know|i mean|as far as i'm concerned|good (?:morning|afternoon|evening)|fair enough|of course|ok so|okay so|right so)(?:[,]\\s*|\\s+|$)",
  ),
  wh: set("what how why where when who whom whose which what's how's where's who's why's when's"),
  subj: EN_SUBJ,
  embed: EN_SUBJ,
  isVerbFirst: (tokens, clause) => {
    const [t0, t1] = tokens;
    if (!t0 || !EN_AUX.has(t0)) return false;
    if (t0 === "don't" && t1 !== undefined && !EN_SUBJ.has(t1)) return false;
    // "Do the exercises twice a day." is an instruction; "Do the exercises hurt?" keeps its question mark.
    if (
      t0 === "do" &&
      (t1 === "the" || t1 === "this" || t1 === "that" || t1 === "your") &&
      !clause.endsWith("?")
    ) {
      return false;
    }
    return t1 === undefined || EN_SUBJ.has(t1);
  },
  exclamation: (tokens) => {
    const [t0, t1, t2] = tokens;
    if (t0 === "what" && (t1 === "a" || t1 === "an")) return true;
    return (
      t0 === "how" &&
      t1 !== undefined &&
      EN_EVAL_ADJ.has(t1) &&
      (t2 === undefined || t2 === "that" || t2 === "to" || t2 === "for")
    );
  },
  quantity: rx("^(?:how (?:many|much|often|long|old|far)|since when|what time)\\b"),
  degree: rx(
    "^how much (?:do you (?:want|care|think|feel)|does (?:it|that|this) (?:matter|bother|worry|affect)|confidence|effort|support|energy|of a)\\b",
  ),
  tellRequest: rx(
    "^(?:tell me|tell us|describe|talk me through|walk me through|say (?:a bit |a little )?more|explain to me|give me an example)\\b|^(?:can|could|would|will)\\s+you\\s+(?:\\S+\\s+){0,3}(?:tell|describe|explain|say (?:a bit |a little )?more|talk (?:me )?(?:through|about)|walk me|give me an example|elaborate|expand)\\b|^(?:and )?what else\\s*\\??$|^and then\\s*\\??$",
  ),
  indirect: rx(
    "^(?:i'm (?:\\S+ )?curious|i am (?:\\S+ )?curious|i wonder|i'm wondering|i was wondering|i'd (?:like|love) to (?:know|hear|understand)|i would (?:like|love) to (?:know|hear|understand)|(?:can|could|may) i ask (?:you )?(?:how|what|where|why|when|who|which|if|whether))\\b",
  ),
  indirectClosed: rx(
    "^(?:i'm (?:\\S+ )?curious|i am (?:\\S+ )?curious|i wonder|i'm wondering|i was wondering|i'd (?:like|love) to know|i would (?:like|love) to know|(?:can|could|may) i ask (?:you )?) (?:if|whether)\\b",
  ),
  openPhrase: rx("^(?:to what extent|in what way|in what ways|how come|what kind of|what sort of)\\b"),
  disguisedAdvice: rx(
    alt([
      "^why don't you\\b|^why not\\b|^how about\\b",
      "^what about (?:\\S+ing)\\b",
      "^what if you (?:just |tried|were to|started|cut|took|went|had|gave|switched|swapped)",
      "^wouldn't it be (?:better|good|nice|wise) (?:to|if)\\b",
      "^don't you think (?:you|it) (?:should|would be better|'d be better|might be better)\\b",
      "^shouldn't you\\b|^couldn't you just\\b",
    ]),
  ),
  tag: rx(
    "(?:,\\s*|\\s+)(?:right|isn't it|aren't you|don't you|didn't you|haven't you|is that right|is that correct|am i right|correct|yeah|no|ok|okay|huh|is it|isn't that right|does that make sense|you know|have i got that right|did i get that right|is that fair)\\s*\\?$",
  ),
  check: rx(
    "^(?:is that right|is that correct|right|correct|am i right|does that make sense|make sense|you know|ok|okay|yeah|is that fair|have i got that right|did i get that right|fair|does that sound right)$",
  ),
  politeImperative: () => false,
  other: rx(
    alt([
      "^(?:thanks|thank you|cheers|bye|goodbye|take care|welcome)\\b",
      "^see you\\b|^i'll see you\\b",
      "^(?:come (?:on )?in|have a seat|take a seat|sit down|take your time|go on|go ahead|carry on|keep going)\\b",
      "^(?:sorry|pardon|excuse me|no problem|no worries|don't worry|bear with me)\\b",
      "^let me (?:just )?(?:pull|check|get|grab|have a look|look|find|write|note|jot)\\b|^i'll just\\b|^just a (?:moment|sec|second)\\b|^one (?:moment|sec|second)\\b",
      "^(?:nice|good|great|lovely) to (?:see|meet|hear)\\b|^glad to hear\\b",
      "^you(?:'ve| have| did) (?:done )?(?:really |so |very |extremely )?(?:well|great|brilliantly|a (?:great|good|fantastic) job)\\b",
      "^(?:well done|good job|great job|nice work|nice one|good for you|brilliant|excellent|fantastic|wonderful|amazing|awesome|great|perfect|lovely|congratulations)\\b",
      "^that's (?:really |so |very |absolutely |totally |perfectly )?(?:great|brilliant|fantastic|wonderful|excellent|amazing|impressive|awesome|good|fine|ok|okay|a big step|a great step|an achievement|lovely|nice)\\b(?! for\\b)|^that is (?:great|brilliant|fine)\\b",
      "^that's (?:\\S+ )?(?:progress|an improvement)\\b",
      "^let's (?:have a look|look|talk|go through|start|turn|move|see|come back|focus|think|begin|spend|take a (?:look|moment))\\b",
      "^i'd like to (?:give|share|tell|talk|go through|explain|offer)\\b",
      "^i'm going to (?:\\S+ ){0,4}(?:hat|expert|information|advice|explain)\\b",
    ]),
  ),
  options: rx(
    alt([
      "\\bchoose (?:between|from)\\b|\\bpick (?:between|from)\\b",
      "\\b(?:you can|you could) (?:choose|pick|decide between)\\b",
      "\\bup to you (?:whether|which|if)\\b|^it's up to you$",
      "\\b(?:a couple of|a few|several|some|two|three|different|other|various|many|lots of|a number of|a range of) (?:options|choices|possibilities|ways|approaches|alternatives|routes)\\b",
      "\\b(?:one|another|the other|an) option (?:is|would be|could be)\\b|\\bthere's also the option\\b",
      "\\beither\\b.*\\bor\\b",
      "\\balternatively\\b",
      "\\bsome people\\b.*\\bothers\\b",
      "\\bwhich (?:would you prefer|do you prefer|appeals|sounds better)\\b|\\bwhat would you prefer\\b",
      "\\b(?:a few|some|several|a couple of) things (?:you|we) (?:could|can|might)\\b|\\bthings you could try\\b",
      "^(?:you|we) (?:could|can|might)\\b.*\\bor\\b",
      "^(?:there's|there are|there is|you've got|you have|we have|we've got)\\b[^,]*,[^,]*,.*\\bor\\b",
    ]),
  ),
  advice: rx(
    alt([
      `(?:^|, )${EN_LEAD}(?:you|u)\\s+(?:(?:really|just|definitely|probably|still|do|absolutely|certainly|seriously)\\s+)*(?:should|shouldn't|need to|must|mustn't|have to|ought to|'ve got to|have got to|gotta|had better|can't keep|could try|might want to|may want to|might try|might consider|could consider|could always)\\b`,
      "^(?:you'd|you had) (?:\\S+ )?(?:better|be better off|do well to|want to make sure)\\b|^you've got to\\b|^you'll (?:need|have) to\\b",
      "^(?:maybe|perhaps) (?:you|we) could\\b",
      `(?:^|\\s)(?:i'd|i would) (?!say (?:that )?(?:you|it|that)|like to (?:know|hear|ask|understand|check|give|share|talk|go|look|explore|move|come|tell|explain)|love to|be (?:interested|curious)|imagine|guess|think|be\\b|have\\b)`,
      "\\bi (?:would |'d )?(?:really |strongly )?(?:recommend|suggest|advise|encourage you)\\b",
      "\\bwhat i(?:'d| would) (?:recommend|suggest)\\b",
      "\\bmy (?:advice|recommendation|suggestion)\\b|\\bif i were you\\b|\\bi want you to\\b|\\bi'd like you to\\b",
      "\\blet's (?:agree|plan|arrange|book|schedule|set up|make|try|aim|get you|start you)\\b",
      "^here's (?:what we'll do|what we're going to do|the plan)\\b|^(?:the|my) plan is\\b|^what we'll do is\\b",
      "\\bi think (?:you|it|it'd|it would|it's|it is)\\s+(?:\\S+\\s+){0,3}(?:should|need|better|best|good|wise|sensible|important|helpful)\\b",
      "\\b(?:it's|it is|it'd be|it would be|it might be|it may be|it could be) (?:\\S+ )?(?:better|best|important|a good idea|wise|sensible|advisable|worth|helpful|good) (?:to (?!you\\b)|that|if)",
      "\\b(?:it|that) (?:might|may|could|would|can|will) (?:\\S+ )?help (?:to|if)\\b|\\bit (?:\\S+ )?helps (?:to|if)\\b",
      "\\bthe best (?:thing|way|option|time|moment|place)\\b|\\b(?:your|the) best bet\\b",
      "\\b(?:you're|you are|you'd be|you would be) (?:\\S+ )?better off\\b",
      "\\byou can (?:(?:just|safely|always|go ahead and)\\s+)?(?:start|go back|carry on|resume|stop taking|get back)\\b",
      "\\bmake sure\\b|\\bbe sure to\\b|\\bdon't forget\\b|\\bremember to\\b|^try (?:to|and)\\b|\\bworth (?:trying|a try|considering)\\b",
    ]),
  ),
  imperative: EN_IMPERATIVE,
  explicitReflection: rx(
    alt([
      "^(?:it|that) (?:sounds|seems|looks|feels)\\b|^sounds like\\b|^seems like\\b|^looks like you\\b|^feels like\\b",
      "^you(?:'re| are) (?:saying|telling me)\\b|^you (?:said|say|mentioned|told me)\\b|^you've (?:told me|said|mentioned)\\b",
      "^what (?:i'm hearing|i hear|you're saying|you are saying|you're telling)\\b|^i'm hearing\\b|^i hear (?:you|that|what)\\b|^i can hear\\b",
      "^if i (?:understand|understood|heard|hear)\\b|^if i've got (?:this|that|it|you) right\\b",
      "^let me (?:see if i|summari[sz]e|make sure i|check i|just check i)\\b",
      "^(?:so )?to sum (?:it )?up\\b|^in summary\\b|^to summari[sz]e\\b|^summing up\\b",
      "^on (?:the )?one hand\\b|^(?:a )?part of you\\b|^in other words\\b",
      "^so\\b",
      "^(?:that|it) must (?:be|have been|feel)\\b|^you must (?:be|feel|have been)\\b",
      "^i know (?:that )?(?:you|this|it's|it is)\\b|^i can (?:see|imagine|understand|tell)\\b|^i get (?:that|the sense)\\b(?=\\s\\S)|^i(?:'m| am) getting the sense\\b|^i sense\\b|^i understand (?:that|how|why)\\b",
      "^you (?:\\S+ ){1,2}so\\b",
    ]),
  ),
  strongInfo: rx(
    alt([
      "\\d+\\s*(?:over|/)\\s*\\d+",
      "\\b(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty)\\s*(?:%|percent|mmol|units|mg)\\b",
      "\\b(?:higher|increased|greater|raised) risk\\b",
      "\\b(?:\\d+(?:\\.\\d+)?|a|one|two|three|four|five|six|ten|half a) (?:kilos?|kg|pounds|lbs|stone|cm|litres?)\\b",
      "\\b(?:blood pressure|blood sugar|sugars?|cholesterol|hba1c|kidney function|liver function|lung function|heart rate|oxygen|weight|bmi|levels?|results?|readings?)\\b(?:\\s+\\S+){0,3}\\s+(?:is|was|are|were|came|looks?|looked|has|have|had)\\s+(?:\\S+\\s+)?(?:fine|normal|good|ok|okay|high|low|raised|elevated|too|on the|back|below|above|stable|the same|dropped|risen|gone|improved|worse|better|\\d)",
    ]),
  ),
  secondPersonSubject: (tokens) => {
    const t0 = tokens[0];
    return t0 === "you" || t0 === "you're" || t0 === "you've" || t0 === "you'd" || t0 === "you'll";
  },
  hardInfo: rx(
    alt([
      "\\b(?:raises?|increases?|lowers?|reduces?|decreases?|worsens?|improves?)\\b (?:\\S+ )?(?:risk|chance|blood|sugar|pressure|cholesterol|levels?)\\b",
      "\\b(?:the|your|a) risk of\\b|\\bchances? of\\b",
      "\\bresearch (?:shows|suggests|has shown)\\b|\\bstudies (?:show|suggest)\\b|\\bevidence (?:shows|suggests)\\b",
      "\\bworks by\\b|\\bcaused by\\b|\\bcomes? from\\b|\\bwhich means\\b|\\baddictive\\b",
      "\\bguidelines?\\b|\\bguidance\\b|\\brecommended (?:limit|amount|dose)\\b|\\bthe (?:limit|advice) is\\b",
      "\\b(?:it's|it is|that's|that is) (?:completely |perfectly |quite |very |really )?(?:normal|common|usual|typical)\\b",
      "\\bmost people\\b|\\ba lot of people\\b|\\blots of people\\b|\\bmany people\\b|\\bon average\\b",
      "\\bside effects?\\b|\\bleaflet\\b|\\binformation sheet\\b",
      "\\bafter (?:a few|a couple of|\\d+|two|three|four|six) (?:days|weeks|months)\\b|\\btakes? (?:\\S+ ){0,4}(?:days|weeks|months) to\\b",
      "\\bover time\\b|\\bcan lead to\\b|\\bleads to\\b|\\bdamage\\b|\\bcontains\\b",
      "\\bthere's (?:\\S+ ){0,4}(?:sugar|salt|fat|calories|alcohol|caffeine) in\\b",
      "\\bputs? (?:more |extra )?(?:strain|pressure)\\b|\\bmakes? your (?:sleep|blood|heart|sugar)\\b",
      "\\bcan (?:push|make|cause|affect|raise|lower)\\b|\\bresults (?:are|were) back\\b|\\bnothing to worry about\\b",
      "\\b(?:is|are) (?:\\S+ )?(?:bad|good|harmful|unhealthy) for (?:your|you|the)\\b",
      "\\bonly (?:\\S+ )?works? (?:if|when)\\b|\\bworks? (?:best|better) (?:if|when)\\b",
      "\\b(?:narrows?|damages?|clogs?|weakens?|blocks?|thickens?|stiffens?)\\b",
      "\\b(?:that's|which is|that is) (?:why|what (?:gives|causes|makes))\\b",
      "\\b(?:about |around |roughly )?(?:half|a third|a quarter|one in \\S+|\\d+ in \\d+) of (?:people|patients|smokers)\\b",
      "\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine) (?:out of|in) (?:\\d+|ten|twenty|a hundred|five|three|four)\\b",
      "\\bwithin (?:a few|\\d+|a|one|two|three|four|six) (?:days|weeks|months)\\b|\\b(?:needs?|takes?) (?:\\S+ )?time to\\b",
    ]),
  ),
  empathic: rx(
    "^(?:that's|that is|it's|it is|this is|that was|it was|that's been|it's been|this has been) (?:\\S+ ){0,3}(?:hard|tough|difficult|tricky|awkward|a lot|frustrating|scary|lonely|heavy|painful|sad|rough|no small|exhausting|overwhelming|stressful|upsetting|confusing|worrying|unsettling|draining|tiring|a struggle|much|weighing|horrible|awful|unfair|rubbish|a pain)\\b",
  ),
  secondPersonStart: rx("^(?:you|your|yours|yourself|you're|you've|you'd|you'll)\\b"),
  softInfo: rx(
    `^(?:with|during|in|after|for)?\\s*(?:the |a |an |extra |too much |regular |being )?(?:(?!your\\b)\\S+ )?${alt(
      [
        "smoking",
        "nicotine",
        "alcohol",
        "sugar",
        "sugars",
        "insulin",
        "metformin",
        "statins",
        "medication",
        "medicine",
        "tablets",
        "pills",
        "patches",
        "gum",
        "vaping",
        "weight",
        "obesity",
        "copd",
        "diabetes",
        "asthma",
        "flare-ups?",
        "lungs",
        "heart",
        "blood vessels",
        "arteries",
        "blood pressure",
        "cholesterol",
        "exercise",
        "physical activity",
        "stress",
        "antidepressants",
        "antibiotics",
        "beta blockers?",
        "blood thinners",
        "painkillers",
        "ibuprofen",
        "paracetamol",
        "infection",
        "flu",
        "vaccine",
        "tendons?",
        "bones",
        "muscles",
        "joints",
        "kidneys",
        "salt",
        "fibre",
        "caffeine",
        "fruit juice",
        "fizzy drinks",
        "pain",
        "symptoms",
      ],
    )}\\b`,
  ),
  measureStart: rx(
    "^your (?:blood pressure|blood sugars?|sugars?|cholesterol|hba1c|kidney function|liver function|lung function|heart rate|oxygen|weight|bmi|levels|results?|readings?|ecg|bloods)\\b",
  ),
  secondPersonAnywhere: rx("\\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\\b"),
  firstPerson: rx("^(?:i|i'm|i'll|i've|i'd|we|we'll|we're|let me|let's|my)\\b"),
  midWh: rx(
    "\\s(?=(?:what|how|why|where|when|who|which)\\s(?:do|does|did|are|is|was|were|would|could|can|will|should|have|has|might)\\s(?:you|we|i|they|it|he|she)\\b)",
  ),
  activating: rx(
    alt([
      "\\bchange\\b|\\bchanges\\b|\\bchanging\\b|\\bdifferent(?:ly)?\\b",
      "\\bquit(?:ting)?\\b|\\bstop(?:ping)? (?:smoking|drinking|eating|vaping)\\b|\\bstopping you\\b",
      "\\bcut(?:ting)? (?:down|back)\\b|\\b(?:drink|drinking|smoke|smoking|eat|eating) less\\b|\\blos(?:e|ing) weight\\b",
      "\\btake up\\b|\\bget(?:ting)? back (?:to|on|into)\\b",
      "\\b(?:to|you|i) start\\b|\\bstart (?:with|next|tomorrow|on)\\b|\\bget(?:ting)? started\\b",
      "\\b(?:are you|you're|you are) going to\\b|\\bwork on\\b|\\bdo something about\\b|'d want\\b|\\byou do want\\b",
      "\\bif you (?:\\S+ed|quit|cut|did|gave|went|took|stopped|managed)\\b",
      "\\b(?:first|next|small|little) step\\b|\\bone thing you could\\b",
      "\\bgoals?\\b|\\bplans?\\b|\\bplanning\\b|\\bachiev\\w*",
      "\\bhop(?:e|ing) to\\b|\\bhoping\\b|\\bwould (?:you )?like\\b|'d like\\b|\\bwould you want\\b|\\byou want (?:to )?(?:things|it)\\b",
      "\\bwant to (?:change|quit|stop|do|be|get|start|lose|cut|try|achieve|feel|make)\\b|\\bwish\\b|\\bfuture\\b",
      "\\b(?:a|one|two|five) years? from now\\b|\\bin (?:a year|two|three|six|a few|five|ten)(?: (?:months?|years?))?(?:'s)? time\\b|\\bin (?:two|three|six|a few) (?:months|years)\\b",
      "\\bscale\\b|\\b(?:0|1|zero|one) to (?:10|ten)\\b|\\bfrom (?:0|1|zero|one) to\\b",
      "\\b(?:a|an|not a|not an) (?:zero|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]|10)\\b(?! of\\b|-)",
      "\\bhow (?:important|confident|motivated|ready|willing)\\b|\\bconfiden\\w*|\\bmotivat\\w*|\\bready\\b|\\bwilling\\b",
      "\\bkeep (?:it|that) (?:up|going)\\b|\\bstick (?:with|to) it\\b|\\bmanag\\w*|\\bto be able to\\b",
      "\\bsupport you\\b|\\bback you up\\b|\\bhelp you\\b|\\b(?:could|would|might) (?:it |that )?help\\b|\\bwho could\\b",
      "\\bneed to (?:keep|make|get)\\b|\\b(?:good things|benefits?|pros|upsides?|downsides?) (?:about|of|to) (?:stopping|quitting|changing|cutting|losing|being|getting|exercising|making|giving)\\b",
      "\\b(?:might|could|would|will) (?:\\S+ )?get in the way\\b|\\battempts?\\b|\\btried (?:before|to)\\b|\\b(?:alcohol|drink|smoke)-free\\b",
      "\\bwhat would you gain\\b|\\byou'd gain\\b|\\bwhat would it take\\b|\\bget in the way of (?:changing|doing)\\b",
      "\\bsuppose\\b|(?<!can |could |i )\\bimagine\\b|\\bwhat if\\b|\\bif (?:this|it) worked\\b|\\bif things (?:were|went) (?:going )?well\\b",
      "\\bgive it a go\\b|\\bup for\\b|\\btry(?:ing)? it\\b|\\btackle\\b|\\bgo about\\b|\\bhandle it\\b|\\bcravings?\\b",
      "\\blike the idea\\b|\\bworked for you\\b|\\b(?:can|could) you do\\b|\\bdo yourself\\b",
      "\\b(?:might|could|would|will|going to) (?:\\S+ )?try\\b|\\b(?:doable|achievable|realistic|manageable)\\b|\\bwhat would (?:\\S+ ){0,4}look like\\b|\\bhow would (?:\\S+ ){0,4}look\\b",
    ]),
  ),
  futureTime: rx("\\bnext week\\b|\\btomorrow\\b"),
  expertShift: rx(
    alt([
      "\\b(?:would|will) it be (?:ok|okay|alright|all right) (?:with you )?if i\\b",
      "\\bis it (?:ok|okay|alright|all right) (?:with you )?if i\\b",
      "\\b(?:can|may|could) i (?:\\S+ ){0,2}(?:tell|share|give|offer|suggest|explain|make a suggestion)\\b",
      "\\bshall i (?:\\S+ ){0,2}(?:explain|tell|go through)\\b|\\bdo you mind if i\\b",
      "^(?:shall|should) (?:i|we) (?:\\S+ ){0,3}(?:book|refer|prescribe|arrange|order|schedule|measure|check)\\b",
      "\\bwould you like (?:me to|some) (?:\\S+ )?(?:information|advice|tips|ideas|explain|suggest)\\b",
      "\\bwould you (?:be interested in|like to|want to) (?:hear|hearing|know|knowing|learn)\\b",
      "\\bshare (?:some|a few) (?:ideas|information|thoughts)\\b|\\bgive you (?:some )?(?:information|advice)\\b",
      "\\bexpert\\b|\\bwhat can i do for you\\b|\\bhow can i help\\b|\\bwhat can i help you with\\b",
    ]),
  ),
  clinical: rx(
    alt([
      "\\bpain\\w*|\\bache\\w*|\\bsymptoms?\\b",
      "\\bmedication\\b|\\bmedicines?\\b|\\bmeds\\b|\\btablets?\\b|\\bpills?\\b|\\bmetformin\\b|\\binsulin\\b",
      "\\binhaler\\b|\\bpuffs\\b|\\bblood pressure\\b|\\bblood sugar\\b|\\bsugars\\b|\\bglucose\\b|\\bcholesterol\\b|\\bhba1c\\b",
      "\\bunits\\b|\\bside effects?\\b|\\bdose\\b|\\bdosage\\b|\\bfever\\b|\\bshort of breath\\b|\\bbreathless\\w*",
      "\\bdizzy\\b|\\bcough\\w*|\\bchest\\b|\\bpalpitations\\b|\\bpee\\b|\\burine\\b|\\bbowels?\\b|\\bweight\\b|\\bkilos?\\b|\\bbmi\\b",
      "\\bflu jab\\b|\\bvaccin\\w*|\\bfeet\\b|\\beye clinic\\b|\\bblood thinners\\b|\\bantibiotics\\b|\\bresults\\b|\\bblood test\\b",
      "\\bdiabetes\\b|\\bcopd\\b|\\basthma\\b|\\bheart attack\\b|\\bstroke\\b|\\bstomach\\b|\\bknee\\b|\\bhip\\b|\\bpregnan\\w*",
      "\\bstatins?\\b|\\bbloods\\b|\\bthe pill\\b|\\bpharmacy\\b|\\ballerg\\w*|\\bcigarettes\\b",
    ]),
  ),
  experience: rx(
    alt([
      "\\bfeel\\w*|\\bfind (?:that|it|this)\\b|\\benjoy\\w*|\\blike about\\b|\\blove\\b|\\bmiss\\b",
      "\\bimportant to you\\b|\\bmatters? to you\\b|\\bmeans? to you\\b|\\bmean to you\\b",
      "\\bhappy\\b|\\bunhappy\\b|\\bunsure\\b|\\binsecure\\b|\\bnervous\\b|\\banxious\\b|\\bguilty\\b|\\bashamed\\b|\\bworr\\w*|\\bscared\\b|\\bafraid\\b|\\bsad\\b|\\bangry\\b|\\bupset\\b|\\blonely\\b",
      "\\bhard on you\\b|\\bdifficult\\b|\\btough\\b|\\bhard\\b|\\bsupported\\b|\\bon your own\\b|\\bsomeone to talk to\\b",
      "\\bget in the way\\b|\\bdaily life\\b|\\bgood time\\b|\\bis that right\\b|\\blike for you\\b|\\bfor you\\b|\\bto you\\b",
      "\\benergy\\b|\\bproud\\b|\\bfrustrat\\w*|\\bcop(?:e|ing)\\b",
      "\\btalk(?:ed)? (?:to|with) (?:anyone|someone|somebody|anybody)\\b|\\bhow (?:things|it|that) (?:are|is|was|went|feels?)\\b",
      "\\bhow(?:'s| is| has| have| are| was) (?:\\S+ ){0,3}(?:been|going|doing)\\b",
    ]),
  ),
};
