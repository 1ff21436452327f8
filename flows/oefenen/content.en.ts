// English copy of the practice flow: the coach's words and the four simulated patients.
// The patients talk like people in a consultation room: short, concrete, sometimes hesitant.
import type { OefenenContent } from "./content.ts";

export const en: OefenenContent = {
  locale: "en",
  choose: {
    intro: [
      "Welcome to the practice conversation. You are the care provider; the coach plays the patient.",
      "You type what you say to the patient. The patient reacts to what you do: an open question makes them tell more, a reflection takes them deeper, and advice they did not ask for soon gets a ‘yes, but’.",
      "You practise the three phases of the GG/ZZ conversation model: first follow, then activate, and only then add something as the expert. Say it out loud when you move to another phase, and ask permission.",
      "At the end you get feedback on your questions, reflections and moves. The patient is made up: do not type details of real patients.",
    ],
    ask: "Who would you like to practise with?",
  },
  tips: {
    ask: "Would you like short tips from the coach during the conversation? Without tips it feels more like a real consultation.",
    yes: "Yes, with tips",
    no: "No, without tips",
  },
  start: (name, maxTurns) => [
    `${name} has come in and sits down. You start: type what you say first.`,
    `The conversation lasts at most ${maxTurns} turns. You can always stop with ‘Finish and get feedback’.`,
  ],
  finish: "Finish and get feedback",
  says: (name, text) => `${name}: ${text}`,
  shiftYes: ["Yes, that's fine.", "Sure, go ahead.", "All right, yes."],
  shiftOk: ["Okay.", "Er, fine.", "Well, all right."],
  shiftHesitant: [
    "Er... if you like.",
    "Okay, though I'm not sure where you're going with this.",
    "Well, all right. I suppose.",
  ],
  repeat: ["Like I said: ", "I just said: ", "Once more, then: ", "As I told you: "],
  hint: {
    earlyAdvice: (name) =>
      `Tip: you gave advice or information while the conversation is still in phase 1 (following). What does ${name} know and want? Ask permission before you add anything.`,
    unnamed: () =>
      "Tip: you moved to a next phase without naming it. Say out loud what you would like to do, and ask if that is okay.",
    named: () => "Tip: you named the move to another phase. That keeps the patient with you.",
    premature: (name) =>
      `Tip: you named the move to phase 2 (activating), but ${name} has not yet said what really matters. That is why ${name} goes along hesitantly. You can also explore further first.`,
    pull: (name) =>
      `Tip: ${name} is asking for advice. That is the pull towards the ZZ conversation. Do you answer straight away, or first explore what ${name} already knows and wants?`,
    value: (name) =>
      `Tip: ${name} said what really matters. This could be a moment to name the move to phase 2 (activating).`,
    goal: (name) =>
      `Tip: ${name} set a goal of their own. You can close the conversation, or first ask about a first step and who could help.`,
  },
  ended: {
    trainee: () => "You finished the conversation.",
    turns: (_, maxTurns) => `The ${maxTurns} turns are up, so the conversation stops here.`,
    closed: (name) => `You closed the conversation after ${name} found a goal of their own.`,
  },
  feedbackIntro: "Here is your feedback.",
  difficulty: { open: "open", terughoudend: "reserved", ketenzorg: "chronic-care check-up" },
  difficultyCard: {
    open: (name) => `Today ${name} is a little more open to change than usual.`,
    terughoudend: (name) =>
      `Today ${name} is reserved: less willing to change anything, and quicker to ask for a ready-made piece of advice.`,
  },
  protocolCard: (items) =>
    `This is a chronic-care check-up. Go through the protocol (${items}) and hold the GG conversation as well: what matters to the patient?`,
  protocol: (done, total, open) =>
    `The protocol of the chronic-care check-up: you covered ${done} of the ${total} points${open ? `; still open: ${open}` : ""}.`,
  profile: {
    topics: {
      complaint: "the complaint",
      smoking: "smoking",
      alcohol: "alcohol",
      medication: "medication",
      sleep: "sleep",
      eating: "eating",
      moving: "exercise",
      work: "work",
      family: "family and friends",
      daily: "daily life",
      feelings: "how it feels",
      past: "the past",
      future: "the future",
      values: "what makes life worthwhile",
      ideas: "their own ideas about the cause",
      attempts: "what they already tried",
      person: "who the patient is",
    },
    value: (name) => `what really matters to ${name}`,
    more: (topic) => `more about ${topic}`,
    found: (items) => `What you found out: ${items}.`,
    foundNothing: "You did not find out much about the patient themselves yet.",
    missed: (items) => `What stayed hidden: ${items}.`,
  },
  quote: (words) => `Your words: “${words}”`,
  again:
    "Would you like to practise again, with the same or another patient? Start a new practice conversation.",
  personas: {
    ans: {
      name: "Ans",
      label: "Ans (58), type 2 diabetes",
      card: [
        "Ans is 58 and has had type 2 diabetes for five years. She sees you, the practice nurse, for her check-up. Her HbA1c has gone up a little since last year.",
        "She works three days a week in a flower shop and is married to Kees.",
      ],
      reveal:
        "What you did not know: Ans accepts her diabetes, but has little trust that she can do anything about it herself (high acceptance, low perceived control). What drives her: being a grandmother who joins in with her grandchildren. She was fairly open to change, as long as it came from herself.",
      open: [
        "Oh, it's all right. I'm often tired, especially after work. Then I flop on the sofa and a biscuit or two goes in.",
        "Three days in the shop, it's lovely work, but in the evening I've got no energy left for anything. Kees cooks then, luckily.",
        "On Wednesdays I look after my grandchildren, Noor and Daan. They're four and six. Wonderful, but I notice I can't keep up with them.",
        "I used to cycle everywhere. Now I take the car more and more, even when there's no need.",
      ],
      deepen: [
        "Yes, exactly. Tired is the right word. I'm actually fed up with having so little energy.",
        "Yes. And you know, my mother had diabetes too. In the end she lost a toe. I think about that more often than I let on.",
        "That's right. I don't want to end up like her. I just want to be there for the little ones.",
      ],
      value:
        "If I'm honest: what matters most to me is being a grandmother who joins in. Cycling to the playground with Noor and Daan, playing on the floor with them. I want to be able to do that for a long time yet.",
      valueMore: [
        "Those Wednesdays really are the best day of my week. I feel needed then.",
        "When I'm in the park with them, I don't think about the diabetes at all.",
        "Kees always says I come alive when the grandchildren are around.",
      ],
      closed: ["Yes, sometimes.", "No, not really.", "Hm, yes. More or less."],
      about: {
        complaint: [
          "I'm here for my check-up. The assistant said my sugar was a bit higher than last year.",
          "And I'm often tired, especially after work. That's the worst of it, really.",
        ],
        smoking: ["Smoking? No, I stopped twenty years ago. I managed that, back then."],
        alcohol: ["A glass of wine on Saturdays, with Kees. That's all."],
        medication: [
          "Metformin, twice a day. I take it faithfully.",
          "I sometimes forget the evening one, when I doze off on the sofa.",
        ],
        sleep: [
          "Sleep's all right. But I don't wake up rested.",
          "Sometimes I lie there worrying about that sugar. I don't tell Kees.",
        ],
        eating: [
          "I eat what Kees cooks. Potatoes, vegetables, a bit of meat.",
          "It goes wrong in the evening. I sit on the sofa and the biscuit tin comes out. I know, I know.",
        ],
        moving: [
          "Not much. I'm on my feet all day in the shop, but otherwise I take the car.",
          "I used to cycle everywhere. I don't even know why I stopped.",
        ],
        work: [
          "I work three days a week in a flower shop. Lovely work, just hard on your legs.",
          "After a day like that I'm done. I don't feel like anything, not even things I enjoy.",
        ],
        family: [
          "I'm married to Kees. We have two children and two grandchildren, Noor and Daan.",
          "On Wednesdays I look after the little ones. I notice I can't keep up with them, and that hurts.",
        ],
        daily: [
          "Three days at work, the grandchildren on Wednesday, and the housework. In the evening I flop down.",
        ],
        feelings: [
          "I'm fed up with it, really. That I have so little energy.",
          "My mother had diabetes too. She lost a toe in the end. If I'm honest, that's what I'm afraid of.",
        ],
        past: [
          "I used to be much fitter. I cycled to the shop every day, rain or shine.",
          "When my mother got ill, I looked after her. I saw what that sugar does to you.",
        ],
        future: [
          "The future? I hope I can keep up with the grandchildren for a long time. Whether I will, like this, I don't know.",
        ],
        values: ["Important? My family, I suppose. That everyone stays healthy."],
        ideas: [
          "I think it's the snacking, in the evening. But I can't get myself to stop.",
          "And that I hardly move any more, maybe. But after a day in the shop I'm just done.",
        ],
        attempts: [
          "I once put the biscuit tin high up in the cupboard. A week later it was back on the counter.",
        ],
        person: [
          "I'm Ans, 58. Flowers, grandchildren, and a husband who cooks well. There's not much more to tell.",
        ],
      },
      denies: ["No, that doesn't bother me.", "No, not that. It's mostly the tiredness."],
      unknown: [
        "What do you mean?",
        "I've never really thought about that.",
        "Ha, nobody ever asks me that. No idea, really.",
        "Er... I'd have to think about that. I honestly don't know.",
      ],
      guarded: ["Well. I don't really know.", "I'd rather not talk about that, actually."],
      hurt: [
        "Well, that's not very kind. I really do my best, you know.",
        "That hurts, what you just said. I came here for help.",
      ],
      intrusive: ["Er... what has that got to do with my sugar?", "That's an odd question, to be honest."],
      suicide: ["No, really not. I love being with my grandchildren far too much for that."],
      scale: ["A {n}, I think. It does matter, but it isn't easy.", "Hm... a {n}?"],
      other: ["Yes... well, that's how it goes.", "Hm-hm. I don't really know what else to say."],
      yesBut: [
        "Yes, but I know all that. I just can't manage it. In the evening I'm worn out.",
        "Yes but, I've tried that so many times. After a week I'm back on the sofa.",
        "That sounds easy, but with my work and the grandchildren it never happens.",
      ],
      unready: [
        "Change? Well. I don't know if I'm ready for that yet.",
        "That's a hard question. I haven't really thought about it.",
      ],
      notYet: [
        "To be honest, I don't really know yet what I would want.",
        "Though I don't really know where I'd start.",
      ],
      changeTalk: [
        "I'd like to have more energy again. Enough to keep up with the children.",
        "Maybe I should just get on my bike more often again. I used to, and I felt fitter then.",
      ],
      goal: "You know what I want? To be able to cycle to the playground with Noor and Daan this summer. I'll just start: a ride twice a week after work, together with Kees.",
      afterGoal: [
        "Kees will like coming along, I'm sure. He sits too much as well.",
        "If it rains, I'll walk round the block. That should be doable.",
        "I'll write it on the calendar in the kitchen, so I see it every day.",
      ],
      acceptInfo: ["Oh, I didn't know that. Good to hear.", "Okay. Now I understand better why it matters."],
      adviceRequest: [
        "But just tell me: what should I do about my blood sugar?",
        "You know more about it than I do. What should I do?",
      ],
      goodbye: "Thank you. I'm just going to give it a go. See you next time!",
    },
    henk: {
      name: "Henk",
      label: "Henk (67), COPD",
      card: [
        "Henk is 67 and has COPD. He sees the GP for his yearly check-up because the assistant called him about it. He still smokes about ten cigarettes a day.",
        "He worked for forty years as a pipefitter in the harbour and lives with his wife Ria and their dog Bram.",
      ],
      reveal:
        "What you did not know: Henk sees his COPD as part of his age and thinks nothing can be done about it anyway (low acceptance, low perceived control). What drives him: fishing in the harbour with his son Mark. He was not very open to change and needed time.",
      open: [
        "Not bad. I'm a bit short of breath, but that's my age. Everyone my age has something.",
        "I walk Bram, the dog, every day. But the walk keeps getting shorter. By the bridge I'm already puffing.",
        "On Saturdays I always went fishing with my son Mark, off the jetty in the harbour. I stopped that this year.",
        "It's a long walk from the car to the jetty, with all that gear. I can't manage it any more.",
      ],
      deepen: [
        "Yes. That puffing on the stairs, I hate it. Not that I say so at home.",
        "Exactly. Mark still asks if I'm coming. I just make up an excuse.",
        "Yes... I feel like an old man. And I'm not one yet, if you ask me.",
      ],
      value:
        "You know what it is? Those Saturdays with Mark, that's the best thing there is. The two of us on the jetty, a cup of coffee, no need to talk. I don't want to lose that.",
      valueMore: [
        "Mark works hard and is busy with the kids. That Saturday was our time.",
        "On the jetty I'm just Henk, not a patient.",
        "Ria says I've been grumpy since I stopped fishing. She's right, mind you.",
      ],
      closed: ["Yes.", "No.", "Sometimes."],
      about: {
        complaint: [
          "I'm a bit short of breath. Mostly on the stairs and when it's cold. But that's my age.",
          "In the morning I cough up phlegm. Been like that for years, I don't notice it any more.",
        ],
        smoking: [
          "Ten or so a day. It used to be forty, so it's not too bad.",
          "That cigarette with my coffee, that's my moment. Everyone keeps going on about it.",
        ],
        alcohol: ["A few beers at the weekend. Nothing special."],
        medication: [
          "I've got those inhalers. The blue one only when it really won't go.",
          "I forget the other one now and then. I don't notice any difference anyway.",
        ],
        sleep: ["I sleep like a log. Sometimes the coughing wakes me, mind."],
        eating: ["Ria cooks. Plain Dutch food. Nothing wrong with it."],
        moving: [
          "I walk Bram, the dog, every day. But the walk keeps getting shorter.",
          "By the bridge I'm already puffing. Then I pretend Bram needs a sniff.",
        ],
        work: [
          "Forty years a pipefitter in the harbour. Retired now.",
          "I was the strongest in the crew. And now I'm puffing on the stairs. Strange, that.",
        ],
        family: [
          "Ria, my wife. And my son Mark, he lives nearby.",
          "Mark still asks if I'm coming fishing. I make up an excuse.",
        ],
        daily: ["Coffee, the paper, walking the dog. A job here and there. Nothing special."],
        feelings: [
          "Well. I make light of it, but it bothers me.",
          "I feel like an old man. And I'm not one yet, if you ask me.",
        ],
        past: [
          "I used to go fishing in the harbour every Saturday. With Mark.",
          "I stopped this year. Too far to walk with all that gear.",
        ],
        future: ["The future? At my age you don't look that far ahead."],
        values: ["Important? Being left alone, I'd say."],
        ideas: ["What I think? That it's my age. My father had it too."],
        attempts: [
          "I stopped smoking once, for three weeks. I was so grumpy that Ria said: just smoke, then.",
        ],
        person: ["Henk. Harbour man, sixty-seven, married, one son and a dog. That's all you need to know."],
      },
      denies: ["No. Don't have that.", "No, nothing like that. Just the breathing."],
      unknown: [
        "What do you mean?",
        "No idea. I don't think about that.",
        "That's not what I came here for, is it?",
        "Well. I've got no opinion on that.",
      ],
      guarded: ["I'm not going into that now.", "Nothing wrong, really."],
      hurt: [
        "Right. If you're going to talk like that, I'll be off.",
        "Well I never. You don't talk to people like that.",
      ],
      intrusive: ["That's none of your business, doctor.", "Why do you want to know?"],
      suicide: ["No, doctor. It's not that bad. I've got Ria and Mark, and the dog needs walking."],
      scale: ["A {n}. At most.", "Call it a {n}."],
      other: ["Well.", "Hm. Right."],
      yesBut: [
        "Yes but, I've smoked for fifty years. You don't just stop that.",
        "Yes, they all say that. But at my age it doesn't matter any more.",
        "Could be, but I'm not giving up my last bit of pleasure as well.",
      ],
      unready: [
        "Change? At my age? I'm not starting on that now.",
        "I don't know what you want me to say. It is what it is.",
      ],
      notYet: ["Well, I don't see what there is to change.", "I haven't much idea about that."],
      changeTalk: [
        "If I'm honest, I would like to stand on that jetty with Mark again.",
        "Maybe if I walked a bit more, with Bram. A bit past the bridge. Then it might come back a little.",
      ],
      goal: "All right then. I want to go fishing with Mark again before the summer. Then I have to make that walk to the jetty. Every day I'll walk Bram a bit further than the bridge.",
      afterGoal: [
        "Mark can carry the gear. I'll just ask him.",
        "Ria will come on that walk, I bet. She thinks I sit at home too much.",
        "When I make it, I'll call Mark. Then we'll go in June.",
      ],
      acceptInfo: [
        "Hm. Nobody ever explained it to me like that.",
        "Okay, that's clear. I'll remember that.",
      ],
      adviceRequest: ["Can't you just give me a stronger inhaler?"],
      goodbye: "Right. Then I'll go and walk that dog. Thanks, eh.",
    },
    samira: {
      name: "Samira",
      label: "Samira (41), persistent complaints without a clear cause",
      card: [
        "Samira is 41. For a year and a half she has had pain in her muscles and joints and is often exhausted. Blood tests and a course of physiotherapy found no explanation.",
        "She works as a teaching assistant and has two teenagers. She is back at the GP because the complaints are not getting less.",
      ],
      reveal:
        "What you did not know: Samira finds it hard to accept that there is no clear cause, but is sure she can do something herself once she knows what it is (low acceptance, high perceived control). What drives her: being taken seriously and feeling like herself again, at work and when dancing. She doubted whether changing anything made sense.",
      open: [
        "Badly, to be honest. I hurt everywhere and I'm exhausted. And nobody can tell me what it is.",
        "I've gone from four days of work to two. I'm a teaching assistant, I love working with children. Now I can't keep it up.",
        "At home I only do what's absolutely necessary. My daughters help, but it doesn't feel right.",
        "I used to go to Zumba every Tuesday evening, with a friend. I stopped. I was afraid it would make things worse.",
      ],
      deepen: [
        "Yes. That's exactly it. You don't feel taken seriously when nobody finds anything.",
        "Yes... Sometimes I think I'm making a fuss myself. And maybe that's the worst part.",
        "That's right. I miss myself a bit, the Samira who was up for anything.",
      ],
      value:
        "What I want most? To feel like myself again. Laughing with the children at school, dancing on Tuesdays. Not being busy with my body all day.",
      valueMore: [
        "At school the children always came to me when something was wrong. I miss that.",
        "When I danced I didn't think about anything. That was my hour.",
        "My friend still asks if I'm coming back to Zumba.",
      ],
      closed: ["Yes.", "No, not really.", "Sometimes. It varies."],
      about: {
        complaint: [
          "Pain in my shoulders and legs, and I'm always exhausted. Mornings are the worst.",
          "It's been a year and a half. Blood tests, physio: nothing explained it.",
        ],
        smoking: ["No, I don't smoke. Never have."],
        alcohol: ["No, I don't drink alcohol."],
        medication: ["Paracetamol when it's really bad. It doesn't help much."],
        sleep: [
          "I do sleep, but I don't wake up rested.",
          "And at night I sometimes lie there thinking: what if it is something serious after all?",
        ],
        eating: ["I eat healthily, I think. I cook for the girls every day."],
        moving: [
          "I don't do much. I'm afraid it gets worse if I do too much.",
          "I used to go to zumba on Tuesdays, with a friend. I miss that.",
        ],
        work: [
          "I'm a teaching assistant. I went from four days to two.",
          "The children ask where I am. I feel ashamed, to be honest.",
        ],
        family: [
          "Two daughters, fifteen and seventeen. They help at home, more than they should.",
          "My husband says I should take it easy. As if I'm not already.",
        ],
        daily: ["I do what has to be done. Work, cook, and then I lie on the sofa."],
        feelings: [
          "I don't feel taken seriously. Everyone says there's nothing wrong.",
          "Sometimes I think I'm making a fuss myself. That's maybe the worst of it.",
        ],
        past: ["I used to be up for anything. Work, dancing, friends. I don't recognise myself any more."],
        future: ["I want to know what I have first. Then I can look ahead."],
        values: ["Important? Being taken seriously. That most of all."],
        ideas: ["I think there's something they haven't found yet. Something with my muscles, maybe."],
        attempts: ["I've tried everything: physio, rest, a new mattress. Nothing really helps."],
        person: [
          "Samira, 41. Mother of two girls, teaching assistant. Used to be the cheerful one of the group.",
        ],
      },
      denies: ["No, I don't have that. It's the pain and the tiredness.", "No, not that."],
      unknown: [
        "I don't quite see what you mean.",
        "I've never really stopped to think about that.",
        "Sorry, where are you going with that question?",
        "Er, no idea. That's really not on my mind right now.",
      ],
      guarded: ["I'd rather not go into that now.", "That's hard to say."],
      hurt: [
        "You see, that's exactly what I mean. Nobody takes me seriously.",
        "That really hurts. I'm not making this up.",
      ],
      intrusive: [
        "Why do you ask? I don't see what that has to do with my complaints.",
        "I'd rather not answer that.",
      ],
      suicide: [
        "No. I'm tired and angry, but I want to live. I want it to get better, for me and the girls.",
      ],
      scale: ["A {n}. It also depends on what I have.", "I'd say a {n}."],
      other: ["Hm.", "Yes. Well."],
      yesBut: [
        "Yes but, how can I do anything when I don't even know what I've got?",
        "The physio said that too. I did it, it didn't help.",
        "Yes, but so you're really saying it's all in my head?",
      ],
      unready: [
        "Change? I want to know what I've got first. Then I can do something about it.",
        "I don't know what I should change as long as nobody knows what it is.",
      ],
      notYet: ["Fine, but I don't really know what I would want.", "I wouldn't know where to start."],
      changeTalk: [
        "I would actually like to do something again that makes me happy. Even if the pain is still there.",
        "Maybe I could join Zumba at the back, for half an hour. If it doesn't work, I'll just stop.",
      ],
      goal: "I'm going to text my friend that I'll come to Zumba again on Tuesday. Half an hour, at the back, and then I'll see how it goes. That's what I want.",
      afterGoal: [
        "My friend will love this. She'll probably pick me up.",
        "And if it goes well, I'll ask at school if I can add a morning.",
        "I'll keep track of how I feel after dancing. Then I'll know for myself.",
      ],
      acceptInfo: [
        "Okay. So not having a clear cause doesn't mean it isn't real. That's good to hear.",
        "That's clear. That does help me.",
      ],
      adviceRequest: [
        "Can't you just refer me to a specialist? I want to know what it is.",
        "Shouldn't I just have a scan?",
      ],
      goodbye: "Thank you. I'm going to text my friend. It was good that you listened to me.",
    },
    gerda: {
      name: "Gerda",
      label: "Gerda (78), lonely after losing her husband",
      card: [
        "Gerda is 78. Her husband Jan died nine months ago. She sees the GP because she sleeps badly.",
        "She still lives in their house; her son lives far away. Physically she is in fairly good health.",
      ],
      reveal:
        "What you did not know: Gerda accepts that Jan is gone and copes well in practical ways (high acceptance, high perceived control). What she misses: someone to care for and singing together. What drives her: mattering to others. She was quite open to something new.",
      open: [
        "I'm all right, doctor. It's just that I sleep so badly. At three o'clock I'm still awake.",
        "In the daytime I manage. Shopping, the washing, the garden. But the evenings are long.",
        "Jan and I did everything together. Cooking, reading the paper, the choir on Tuesdays. Now I cook just for myself, and that's no good.",
        "My son calls on Sundays. He lives up north, that's far. I don't want to be a burden to him.",
      ],
      deepen: [
        "Yes, that's true. It's so quiet in the house.",
        "Yes... I miss caring for someone. I did that all my life.",
        "Exactly. I don't feel needed any more. There, now I've said it.",
      ],
      value:
        "What matters to me? Mattering. Cooking for someone, singing together in the choir. Jan and I sang there for thirty years. I belonged there.",
      valueMore: [
        "At Christmas the choir always sang in the church. The church would be full.",
        "My neighbour is on her own too. I say hello, but nothing more.",
        "Cooking for one isn't cooking. You cook for other people.",
      ],
      closed: ["Yes, that's right.", "No, not that.", "Sometimes, doctor."],
      about: {
        complaint: [
          "I sleep so badly, doctor. At three I'm still awake.",
          "Otherwise there's nothing wrong with me. My knee a bit, when it rains.",
        ],
        smoking: ["Smoking? No, doctor. Jan smoked a pipe, I never did."],
        alcohol: ["A glass of wine in the evening. Just the one. To help me drop off."],
        medication: ["Only a pill for my blood pressure. Nothing else, doctor."],
        sleep: [
          "I go to bed at ten, but at three I'm awake. It's so quiet then.",
          "Jan always snored. Forty years it annoyed me, and now I miss it.",
        ],
        eating: [
          "I do eat, doctor. A sandwich, an egg.",
          "Cooking for one isn't cooking. I always cooked for Jan.",
        ],
        moving: ["I work in the garden and I walk to the shops. That still goes fine."],
        family: [
          "My son lives in Groningen. He rings on Sundays.",
          "I don't want to be a burden to him. He's busy enough.",
        ],
        daily: [
          "During the day I manage. Shopping, the washing, the garden.",
          "In the evening the television is on, for the sound. I don't really watch it.",
        ],
        feelings: [
          "It's so quiet in the house, doctor.",
          "I don't feel needed any more. There, now I've said it.",
        ],
        past: [
          "Jan and I did everything together. Cooking, the paper, choir on Tuesdays.",
          "We sang in that choir for thirty years. After the funeral I didn't go back.",
        ],
        future: [
          "I'm 78, doctor. I don't look that far ahead any more. Though I don't want to just sit and wait either.",
        ],
        values: ["What makes it worthwhile? Well. I used to know. Now... the garden, perhaps."],
        ideas: ["I think it's the quiet. But a tablet would help, I thought."],
        attempts: [
          "Warm milk, the radio on softly. One night it helps, the next I'm tossing and turning again.",
        ],
        person: [
          "Gerda, 78. A widow, for nine months now. A son, a garden, and the neighbours' cat that drops by.",
        ],
      },
      denies: ["No, doctor. I don't have that.", "No. Just the sleeping, otherwise I'm all right."],
      unknown: [
        "What do you mean, doctor?",
        "I've never really thought about that.",
        "Well, I don't really know. Jan always knew more about that sort of thing.",
        "Now there's a question, doctor. I really couldn't say.",
      ],
      guarded: ["Oh, doctor.", "I don't really know."],
      hurt: ["I didn't expect that from you, doctor.", "Well. I need a moment after that."],
      intrusive: [
        "Well, that's a question, doctor. Not even my son asks me that.",
        "I don't talk about that easily.",
      ],
      suicide: ["No, doctor. I miss Jan, but I do want to be here. For my son, and for the garden."],
      scale: ["A {n}, doctor. Something like that.", "Let's say a {n}."],
      other: ["Yes, yes.", "Well, that's how it is."],
      yesBut: [
        "Yes, but I'm not one for those little clubs. I manage.",
        "That's kindly meant, doctor, but I'm too old for that.",
        "Yes but, without Jan it's just not the same.",
      ],
      unready: [
        "Change? I'm 78, doctor. It is what it is.",
        "I don't know if I'm ready for that. It's only been nine months.",
      ],
      notYet: ["Fine, but I don't really know what I'd want.", "I don't actually know."],
      changeTalk: [
        "I would like to sing again. Perhaps. Though I don't know if I can face it without Jan.",
        "And perhaps I could invite my neighbour round. She's on her own too.",
      ],
      goal: "I'm going to call the conductor and ask if I can come and sing again, just the rehearsals at first. And on Sunday I'll invite my neighbour for dinner.",
      afterGoal: [
        "I know where the conductor's number is. In Jan's little book.",
        "I'll make pea soup, Jan always liked that.",
        "If I find it scary, I'll ask the neighbour to come along the first time.",
      ],
      acceptInfo: ["Well. I didn't know that, doctor.", "That's good to know. Thank you."],
      adviceRequest: ["Can't you give me something to help me sleep? A tablet?"],
      goodbye: "Thank you, doctor. I'm going to call the conductor right away.",
    },
  },
};
