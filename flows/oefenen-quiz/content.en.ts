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
  again: "Would you like another round? Start a new quiz: you will get different questions.",
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
      professional: "What matters most to you right now?",
      explanation:
        "An open question about what matters. The care provider follows the patient and lets them sort things out themselves.",
    },
    "vorige-keer": {
      patient: "I've tried to stop smoking so many times.",
      professional: "What helped you last time, when it worked for a few weeks?",
      explanation: "Asking about earlier successes builds confidence to change. That belongs to activating.",
    },
    dochter: {
      patient: "My daughter says I drink too much.",
      professional: "Your daughter is worried, and you're not sure yet what you think about it.",
      explanation:
        "A reflection that gives back both sides, without pushing. The care provider keeps following until the patient knows what they want.",
    },
  },
};
