// English copy of the quiz "spot the phase": the coach's words and the items in context.
import type { QuizContent } from "./content.ts";

export const en: QuizContent = {
  locale: "en",
  intro: [
    "Welcome to the quiz ‘spot the phase’.",
    "Each time you see what a patient says and how the care provider answers. You choose which phase of the GG/ZZ conversation model the care provider is in:",
    "Following: listening and exploring, with open questions, reflections and summaries about what the other person experiences and finds important.\nActivating: wishes, change, a number for importance or confidence, a first step and who could help.\nExpert: adding knowledge, giving advice or information, laying out options, or checklist questions about complaints and medicines.",
    "After each answer you read why. There are ten questions.",
  ],
  start: "Start the quiz",
  phase: { volgend: "Following", activerend: "Activating", expert: "Expert" },
  dontKnow: "I don't know",
  progress: (number, total) => `Question ${number} of ${total}`,
  patient: (line) => `Patient: “${line}”`,
  professional: (line) => `Care provider: “${line}”`,
  ask: "Which phase is the care provider in here?",
  right: "Right!",
  wrong: (expected) => `Not quite: this is ${expected}.`,
  skipped: (expected) => `This is ${expected}.`,
  result: (correct, total) => `You got ${correct} out of ${total} right.`,
  verdict: {
    low: "That's a start. With every utterance, look at what the care provider does: listen, encourage change, or add something themselves?",
    mid: "Nice. You often recognise the phases already. The doubtful cases are usually between following and activating: is it about how things are now, or about what the person wants?",
    high: "All correct. You recognise the phases perfectly. Now try it yourself in a practice conversation.",
  },
  another: "Another round, with ten questions you haven't had yet?",
  anotherRound: "Another round",
  stop: "Done",
  again: "Want to try again later? Start a new quiz.",
  items: {
    moe: {
      patient: "I've been so tired lately, I can't get anything done.",
      professional: "You notice your energy is gone.",
      explanation:
        "A reflection: the care provider gives back what the patient experiences, without steering. That is following.",
    },
    zwemmen: {
      patient: "Actually, I would like to go swimming again.",
      professional: "What could be a small first step?",
      explanation:
        "The patient names a wish and the care provider asks about a first step. That helps someone get moving: activating.",
    },
    suiker: {
      patient: "My sugar is too high again, the assistant said.",
      professional: "If you walk for half an hour every day, your sugar goes down.",
      explanation:
        "The care provider gives information, and really advice, though nobody asked. That is the expert role.",
    },
    stilte: {
      patient: "Since my husband passed away, the house is so quiet.",
      professional: "What is that like for you, the quiet?",
      explanation:
        "An open question about the experience. The care provider follows what the patient tells: following.",
    },
    schaal: {
      patient: "I'm willing to smoke less, but I don't know if I'll keep it up.",
      professional: "How confident are you that you can do it, on a scale of 0 to 10?",
      explanation:
        "A scaling question about confidence belongs to activating: it is about change and what it takes.",
    },
    pufjes: {
      patient: "Which other inhalers are there, actually?",
      professional: "There are two other kinds. Shall I explain the differences?",
      explanation:
        "The patient asks for help, and the care provider adds knowledge and lays out options. That is expert, and at the right moment here.",
    },
    "wie-helpt": {
      patient: "I don't know how to keep that up on my own.",
      professional: "Who around you could help you with that?",
      explanation: "Asking who could support someone is part of planning a change: activating.",
    },
    kleinkinderen: {
      patient: "It's so important to me that I can look after my grandchildren.",
      professional: "Your grandchildren give your life a lot of meaning.",
      explanation:
        "A reflection of what the patient values. The care provider follows and deepens, without steering towards change.",
    },
    avond: {
      patient: "In the daytime I manage, but in the evening I start snacking.",
      professional: "Shall we look at what you would like to do differently in the evening?",
      explanation:
        "The care provider names the move and asks permission to look at change. That starts the activating phase.",
    },
    artrose: {
      patient: "I want to start cycling again. But is that all right with my knee?",
      professional: "May I tell you something about cycling with arthritis?",
      explanation:
        "The patient has a goal and a question. The care provider asks permission to add knowledge: the move to the expert role.",
    },
    blij: {
      patient: "Actually, I've come for my check-up.",
      professional: "We will get to that. First I am curious: what has made you happy lately?",
      explanation:
        "An open question about what makes someone's life good, before the complaints. That is how a GG conversation starts: following.",
    },
    slaapuren: {
      patient: "I've been sleeping badly for weeks.",
      professional: "How many hours do you sleep a night?",
      explanation:
        "A closed question about one fact, as on a checklist. That is the expert role, the ZZ part of the conversation.",
    },
    "gewone-dag": {
      patient: "I'm all right, I suppose.",
      professional: "Tell me, what does an ordinary day look like for you?",
      explanation:
        "An invitation to tell, without a goal or advice. The care provider explores the patient's world: following.",
    },
    dirigent: {
      patient: "Actually, I would like to go back to the choir.",
      professional: "When could you call the conductor?",
      explanation:
        "The patient names a wish, and the care provider makes it concrete with a when-question: activating.",
    },
    rust: {
      patient: "I've tried all sorts of things for the pain.",
      professional: "You really must get more rest.",
      explanation:
        "Advice with ‘must’, though nobody asked for it. That is the expert role, and too early here.",
    },
    belangrijkst: {
      patient: "I just don't know any more.",
      professional: "It's all a bit much for you right now. What matters most to you at this moment?",
      explanation:
        "First a reflection of what the patient feels, then an open question about what matters. The care provider follows and lets the patient sort things out.",
    },
    "vorige-keer": {
      patient: "I want to give it one more go, stopping smoking. Last time it worked for a few weeks.",
      professional: "What helped you last time, in those weeks when it worked?",
      explanation:
        "The patient wants to stop and says it worked before. Asking what helped then builds the plan and the confidence: activating. Without that wish the same question would explore, and so follow.",
    },
    dochter: {
      patient: "My daughter says I drink too much.",
      professional: "Your daughter is worried, and you're not sure yet what you think about it.",
      explanation:
        "A reflection that gives back both sides, without pushing. The care provider keeps following until the patient knows what they want.",
    },
    "benoemd-na-waarde": {
      patient: "I really want those walks to work again, for the grandchildren.",
      professional:
        "You told me what matters to you. Is it all right if we now look at what you would like to do about it?",
      explanation:
        "The care provider names the move and asks permission, after the patient said what matters. That is how the activating phase starts at the right moment.",
    },
    "toestemming-uitleg": {
      patient: "I want to snack less, but I don't know what I can have instead.",
      professional: "I know a bit about that. Would you like me to tell you about snacks between meals?",
      explanation:
        "The patient asks for knowledge, and the care provider first asks whether he may give it. A named move to the expert role.",
    },
    "andere-kant": {
      patient: "Well, now I've told you just about everything.",
      professional: "Thank you. May I turn the other way now, to what you yourself would like?",
      explanation:
        "The care provider says out loud that the conversation turns another way, and asks if that is all right. What you yourself would like: that is activating.",
    },
    dokterspet: {
      patient: "Now I know what I want: to sing in the choir again. But my breathing...",
      professional:
        "Then let me put on my doctor's hat for a moment, if that's all right with you. I know a thing or two about singing with COPD.",
      explanation:
        "The care provider names the switch to his own knowledge, asks if that is all right, and ties it to what the patient wants. That is the expert role.",
    },
    "glazen-minder": {
      patient: "I do have a glass too many now and then, yes.",
      professional: "How many glasses fewer could you drink a week?",
      explanation:
        "The care provider jumps straight to cutting down, without naming that the conversation goes that way and without knowing what the patient wants. An unnamed move to activating.",
    },
    folder: {
      patient: "I just sleep badly, have done for months.",
      professional: "I'll give you this leaflet on sleep hygiene to take home.",
      explanation:
        "The care provider hands over knowledge nobody asked for, without naming the move. That is the expert role, uninvited.",
    },
    "wanneer-beginnen": {
      patient: "Well, my wife wants me to start exercising.",
      professional: "When do you want to start?",
      explanation:
        "A planning question while the wish is the partner's, not the patient's, and without naming the move. Activating, but unnamed and too early.",
    },
    "meteen-anders": {
      patient: "Good morning. I've come about my blood pressure.",
      professional: "Shall we look straight away at what you want to do differently?",
      explanation:
        "The move is named, but nothing has been explored: the patient has not said what matters to him yet. Activating, and too early.",
    },
    bereiken: {
      patient: "I'm all right. A bit tired.",
      professional: "May I suggest we talk about what you want to achieve?",
      explanation:
        "Politely asked, but after a single sentence from the patient. Without knowing what matters to the other person, this moves to activating too early.",
    },
    "waarom-gekomen": {
      patient: "You know, I don't really see why I should do anything.",
      professional: "You don't see the point yet. What made you come in today all the same?",
      explanation:
        "The patient is not ready. The care provider does not move on, but gives back what he hears and explores further. That way you keep following until the moment comes.",
    },
    "pleisters-overwogen": {
      patient: "I still smoke a packet a day.",
      professional: "Have you ever thought about trying nicotine patches?",
      explanation:
        "It sounds like a question, but it is the care provider's suggestion: advice put as a question. That is the expert role.",
    },
    "glas-laten-staan": {
      patient: "In the evening I have a couple of glasses of wine to unwind.",
      professional: "Wouldn't it be wiser to leave that glass alone?",
      explanation:
        "A question with the answer already in it. The care provider is really saying what the patient should do: expert.",
    },
    "fiets-naar-werk": {
      patient: "I just never get round to exercising.",
      professional: "What if you simply cycled to work?",
      explanation:
        "‘What if you...’ brings in the care provider's own solution here. A suggestion put as a question belongs to the expert role.",
    },
    "hoe-was-dat": {
      patient: "I've tried patches once before.",
      professional: "What was that like for you, with the patches?",
      explanation:
        "A genuine open question about the patient's experience, with no suggestion in it. The care provider follows.",
    },
    "snel-moe": {
      patient: "By the afternoon I'm completely worn out.",
      professional: "You tire quickly. How does that go at work?",
      explanation:
        "First a reflection, then an open question that explores the story further. Both parts follow the patient.",
    },
    "hond-deze-week": {
      patient: "I'd quite like to go walking again, with the dog.",
      professional: "Walking the dog appeals to you. What could you do this week?",
      explanation:
        "The reflection follows, but the question after it is about what the patient will do this week. The last part decides where the conversation goes: activating.",
    },
    "samenvatting-pufjes": {
      patient: "So really I don't know which inhalers I need.",
      professional:
        "You want to be able to cycle again and you're unsure about your inhalers. May I tell you how they work?",
      explanation:
        "A summary, then a request to add knowledge about what the patient himself asked. That is the move to the expert role.",
    },
    "goed-zo-elke-dag": {
      patient: "I went for a walk twice this week.",
      professional: "Well done! Now try it every day.",
      explanation:
        "After the praise comes an instruction from the care provider. That instruction decides the phase: expert, and uninvited.",
    },
    "checklist-roken": {
      patient: "I've come for my lung check-up.",
      professional: "Do you still smoke, and if so, how many a day?",
      explanation:
        "A checklist question about a fact: the ZZ track of the consultation, part of the expert role. Needed for the check-up, but no exploring of the person.",
    },
    plastabletten: {
      patient: "My legs are swollen again.",
      professional: "Do you take the water tablets every morning?",
      explanation:
        "A closed question about taking the medication, as in a protocol. ZZ, and so the expert role.",
    },
    "vissen-beweegprogramma": {
      patient: "In the summer I want to go fishing with my grandson again. What can I do about my breathing?",
      professional:
        "For that fishing with your grandson: there is an exercise programme for people with COPD. Shall I tell you how it works?",
      explanation:
        "No ZZ checklist: the patient has a wish of his own and a question, and the care provider adds knowledge that fits it, with permission. That is phase 3 of the GG conversation, the expert role.",
    },
    "welke-klachten": {
      patient: "Good afternoon, doctor.",
      professional: "Good afternoon. What are your symptoms?",
      explanation:
        "The conversation opens with the complaint: the ZZ opening. The care provider starts straight away in the role of the one who knows.",
    },
    "los-van-klachten": {
      patient: "Good afternoon, doctor.",
      professional: "Good afternoon. How are you, apart from your symptoms?",
      explanation:
        "The conversation opens with the person, not the complaint: the GG opening. The care provider follows.",
    },
    buitenmens: {
      patient: "I used to be a real outdoors person.",
      professional: "What was it like, back when you were outside so much?",
      explanation:
        "An open question about the past, with no wish on the table yet: the care provider explores the story. That is following.",
    },
  },
};
