"""English material: reporting verbs, pronouns, roles, titles, abbreviations."""
from __future__ import annotations

from .common import words

CODE = "en"

CUE_VERBS = words(
    # “…,” he said.  /  Kirby said: “…”  /  said Kirby.
    "say says said saying "
    "add adds added adding "
    "tell tells told telling "
    "write writes wrote writing "
    "ask asks asked asking "
    "explain explains explained explaining "
    "note notes noted noting "
    "states stated stating "  # not `state`: `state Del. Ann Price`, `state officials`
    "declare declares declared declaring "
    "continue continues continued continuing "
    "recall recalls recalled recalling "
    "warn warns warned warning "
    "insist insists insisted insisting "
    "argue argues argued arguing "
    "acknowledge acknowledges acknowledged acknowledging "
    "admit admits admitted admitting "
    "reply replies replied replying "
    "respond responds responded responding "
    "answer answers answered answering "
    "announce announces announced announcing "
    "claim claims claimed claiming "
    "tweet tweets tweeted tweeting "
    "post posts posted "
    "quip quips quipped "
    "joke jokes joked "
    "shout shouts shouted shouting "
    "yell yells yelled "
    "cry cries cried "
    "whisper whispers whispered "
    "exclaim exclaims exclaimed "
    "suggest suggests suggested "
    "stress stresses stressed "
    "emphasize emphasizes emphasized emphasise emphasises emphasised "
    "observe observes observed "
    "remark remarks remarked "
    "concede concedes conceded "
    "conclude concludes concluded "
    "predict predicts predicted "
    "promise promises promised "
    "vow vows vowed "
    "urge urges urged "
    "report reports reported "
    "boast boasts boasted "
    "complain complains complained "
    "comment comments commented "
    "confirm confirms confirmed "
    "demand demands demanded "
    "mutter mutters muttered "
    "chant chants chanted chanting "
    "sing sings sang singing "
    "read reads "
    "testify testifies testified "
    "repeat repeats repeated "
    "reiterate reiterates reiterated "
    "allege alleges alleged "
    "caution cautions cautioned "
    "assert asserts asserted "
    "counter counters countered "
    "retort retorts retorted "
    "describe describes described "
    "call calls called "
    "dub dubs dubbed "
    "label labels labeled labelled "
    "term terms termed "
    "deem deems deemed "
    "characterize characterizes characterized "
)
# Two-word reporting verbs: `“…,” Castellanos shot back.`, `he followed up:`
PHRASAL_CUES = frozenset((
    "shot back", "shoots back", "fired back", "fires back", "hit back", "hits back", "pushed back", "pushes back",
    "followed up", "follows up", "chimed in", "chimes in", "went on", "goes on", "piped up", "spoke up",
    "weighed in", "weighs in", "cut in", "broke in",
))
PHRASAL_PARTICLES = frozenset(p.split()[1] for p in PHRASAL_CUES)
# Verbs that introduce a quote only as `described it as “…”`, never `“…,” he called`.
FRAMING_VERBS = words(
    "describe describes described call calls called dub dubs dubbed label labels "
    "labeled labelled term terms termed deem deems deemed characterize characterizes characterized"
)
# Their object is the listener, never the speaker: `…,” Ana Ruiz … told The Daily Ledger.`
ADDRESSEE_VERBS = words("tell tells told telling")
# No person speaks: `“…,” the statement read` is attributed to a document, not inherited.
IMPERSONAL = frozenset()
DOCUMENT_NOUNS = words("letter statement report ruling decision order opinion filing complaint lawsuit memo "
                       "book article piece post tweet email e-mail release study survey ad advertisement note")
# `according to X, “…”`
ACCORDING = ("according to",)

PRONOUNS = {
    # pronoun -> (gender, number); gender m/f/n/None
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"),
    "they": (None, "pl"), "it": ("n", "sg"), "i": (None, "sg"), "we": (None, "pl"),
}
SUBJECT_PRONOUNS = words("he she they it i we")

HONORIFICS = {
    # honorific -> gender
    "mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f",
    "sir": "m", "lady": "f", "lord": "m", "madam": "f",
}
# Titles that stand before a name: `Governor Vyacheslav Gladkov`, `Sen. Lena Park`.
TITLES = words(
    "president vice governor gov. gov senator sen. sen representative rep. rep del. delegate "
    "congressman congresswoman secretary minister prime chancellor mayor general gen. "
    "colonel col. lieutenant lt. captain capt. major sergeant sgt. admiral adm. "
    "dr. dr prof. prof professor judge justice chief director ambassador commissioner "
    "pope king queen prince princess sheikh rabbi father reverend rev. bishop cardinal "
    "premier speaker leader chairman chairwoman chair spokesman spokeswoman spokesperson "
    "commander attorney deputy acting former first lady "
    "sheriff councilman councilwoman councilmember alderman alderwoman pastor administrator superintendent "
    "democrat republican"  # `Democrat Katherine Ellison`
)
# Party words describe rather than title: `the Michigan Democrat` is whoever the story is about.
PARTY_WORDS = words("democrat republican")
# Head nouns of roles: `air force spokesman`, `the governor`.
ROLE_NOUNS = words(
    "president governor senator representative congressman congresswoman secretary "
    "minister chancellor mayor general colonel captain admiral professor judge chief "
    "director ambassador commissioner spokesman spokeswoman spokesperson official "
    "officer analyst expert adviser advisor aide lawyer attorney economist researcher "
    "scientist doctor leader chairman chairwoman chair head manager founder ceo "
    "candidate nominee lawmaker legislator diplomat prosecutor investigator strategist "
    "pollster activist resident witness commander premier king queen prince speaker "
    "narrator author writer editor reporter correspondent host anchor coach player "
    "teacher student owner executive president-elect sheriff inspector envoy negotiator "
    "campaigner organizer organiser volunteer survivor victim farmer worker engineer "
    "economist historian mp mep lord businessman businesswoman billionaire mogul developer "
    "entrepreneur congressman-elect senator-elect governor-elect candidate-elect democrat republican"
)
# A capitalised run ending in one of these is a role, not a name: `Labour MP`, `Majority Leader`
# (not `King`, `Judge`, `Major`: they are surnames too).
ROLE_FINAL = words(
    "mp mep leader spokesman spokeswoman spokesperson official minister secretary director chairman "
    "chairwoman president governor senator mayor ambassador commissioner chief officer adviser advisor "
    "correspondent editor analyst economist lawmaker congressman congresswoman democrat republican"
)
ORG_WORDS = words(
    "house ministry department council committee agency office government administration "
    "party company corporation inc. ltd. bank university institute commission service "
    "services army navy force forces kremlin pentagon times post news journal press "
    "network campaign foundation union association organization organisation group "
    "court parliament congress senate police authority authorities command staff "
    "reuters afp ap tass bbc cnn fox nbc abc cbs msnbc "
    # shows, events and places that look like names: `Steve Harvey Morning Show`, `Presidential Debates`
    "show program programme debate debates hall station radio magazine channel newspaper daily "
    "league club team college school hospital center centre museum church bureau usa "
    "nations international fund federation alliance coalition watch reserve assembly cabinet embassy "
    "corp corp. co. llc plc gmbh holdings motors airlines airways industries systems technologies "
    "partners capital energy pharmaceuticals labs media "
    "street avenue road boulevard highway parkway freeway plaza square county "  # places: `on Front Street`
    "security medicare medicaid"  # programmes: `Social Security`
)
GROUP_WORDS = words(
    "officials residents people protesters critics supporters experts analysts "
    "lawmakers democrats republicans voters witnesses authorities sources observers "
    "aides advisers doctors scientists workers students police "
    "delegates members parents teachers farmers veterans fans leaders activists demonstrators employees "
    "neighbors neighbours locals investigators prosecutors economists pollsters conservatives liberals "
    "advocates organizers attendees participants survivors families relatives officers soldiers troops "
    "agents researchers nurses senators representatives governors mayors"
)
# The same sets under the names ru/uk use, so attribution reads one interface.
ROLE_LEMMAS = ROLE_NOUNS
ORG_LEMMAS = ORG_WORDS
GROUP_LEMMAS = GROUP_WORDS
# After a cue verb these are not the speaker: `said on Friday`, `said in a statement`.
TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "earlier later last this next on in at during after before when while late "
    "january february march april may june july august september october november december "
    "morning afternoon evening night week month year"
)
ADVERBS = words(
    "also later then previously repeatedly once again further simply flatly bluntly "
    "recently earlier separately publicly privately quietly angrily "
    "first initially finally subsequently still even only just often always never sometimes "
    "himself herself themselves itself"  # `Park herself said`
)
DETERMINERS = words("the a an this that these those his her its their our my your")
ABBREVIATIONS = words(
    "mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep rev no vs etc inc ltd co "
    "corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m"
)
FEMALE_NAMES = words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa "
    "betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda "
    "melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela "
    "helen anna brenda pamela nicole emma samantha katherine christine debra rachel "
    "catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia "
    "kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline "
    "frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia "
    "judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany "
    "natalie isabella charlotte rose alexis kayla hillary nikki elaine claire kellyanne "
    "nancy condoleezza madeleine sheryl oprah michelle melania ivanka chelsea huma donna "
    "kamala elizabeth tulsi amy kirsten jill tammy dianne sonia ruth ava lena ursula "
    "angela theresa jacinda olena yulia iryna tetiana natalia olga svetlana maria anna "
    "valentina lyudmila irina ekaterina kateryna oksana nadiya viktoria marina ella "
    "loretta lorraine louise lucy lydia mabel madeline marcia marjorie marsha maureen maxine melinda "
    "mildred miriam molly monica muriel nadine naomi nora norma patsy paula pauline peggy penelope "
    "phyllis priscilla rita roberta rosa rosalind rosemary roxanne sabrina sally shannon sheila sherry "
    "sylvia tamara tanya tara tiffany tina tracy trisha vanessa vera veronica vicki viola wanda wendy "
    "yolanda yvonne zoe abby adrienne agnes alicia alison allison alma amelia anita annette antoinette "
    "arlene audrey beatrice becky belinda bernadette bernice bertha beth bethany betsy bianca bonnie "
    "bridget brooke camille candace cara carla carrie cassandra cecilia celeste charlene cindy claudia "
    "colleen connie constance courtney daisy darlene deanna debbie deirdre delores dolores dora doreen "
    "edith edna eileen eleanor elena eliza ellen eloise elsie erica erin esther ethel eugenia eunice eva "
    "felicia fiona gail gayle geraldine gina gladys glenda gretchen gwen gwendolyn harriet heidi holly "
    "ida imogen inez irene isabel jackie jane janelle jeanette jeanne jenna jenny jessie joann joanna "
    "joanne jocelyn jodi josephine juanita julianne karla kate katelyn katie kathy kendra kristen kristin "
    "kristina krystal latoya laurie leah lila lillian lily lindsay lindsey lois lola lorena lori lorna "
    "louisa lucia lucille luisa lynne mallory mamie marcella margarita margo marian marianne marion marla "
    "marlene martina mattie melanie meredith mia michele mindy minnie myra nell nellie nina noelle "
    "patrice patty polly rachael ramona rebekah regina renee rhonda rochelle rosalie rosie sadie selena "
    "serena shana shauna stacey stacy stella sue susanna suzanne tabitha teresa terri thelma toni tonya "
    "trudy valerie verna vivian whitney wilma winifred"
)
MALE_NAMES = words(
    "james robert john michael william david richard joseph thomas charles christopher "
    "daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian "
    "george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan "
    "stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick "
    "raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter "
    "kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean "
    "austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel "
    "logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby "
    "philip johnny barack bill mike mitch ted marco jeb chris rand bernie tim newt rudy "
    "reince sean rex vladimir volodymyr dmitry dmitri sergei sergey vyacheslav yuriy yuri "
    "oleksiy oleksandr andriy mykhailo petro viktor boris mikhail alexei alexey ivan igor "
    "emmanuel olaf rishi keir xi kim recep benjamin ali hassan mohammed ahmed "
    "abraham alfred alvin andre angelo antonio archie armando arnold barry bart ben bernard bert bob brad "
    "bradley brent brett byron calvin cameron carlos cecil cedric chad clarence claude clifford clint "
    "clyde cody colin conrad cory darrell darren darryl dave derek derrick desmond dewey dick don donnie "
    "duane dustin dwayne dwight earl ed eddie edgar edwin elmer elvis emmett enrique ernest ervin felix "
    "fernando floyd fred freddie frederick garrett gene geoffrey gilbert glen greg hal hank harvey hector "
    "herbert herman homer hugh hugo ian ira irving isaac jake jared jay jeff jerome jim jimmy joel "
    "johnnie jon jonah julian julius karl ken kirk kurt leo leon leonard leroy lester lionel lonnie "
    "lorenzo luis luke luther lyle malcolm manuel marcus mario martin marvin matt maurice max melvin "
    "micheal miguel milton neil nick norman oliver omar orlando oscar otis pablo pedro percy phil quentin "
    "rafael ramon randall randolph reggie reginald rene ricardo rick ricky rob rod rodney rolando ron "
    "ronnie rowan ruben rufus salvador sam sammy saul seth sidney sonny stan sylvester teddy terrence "
    "theodore thurman toby todd tom tommy tony travis trevor troy tyrone vernon victor vince walt wendell "
    "wilbur willard woodrow zach"
)
# Words that start another clause, so a speaker's noun phrase cannot reach past them.
CLAUSE_WORDS = words("of for and that but as when while because")
# Titles written with a full stop (`Del.`, `Gov.`) never end a sentence.
ABBREVIATIONS = ABBREVIATIONS | frozenset(t.rstrip(".") for t in TITLES if t.endswith("."))
SERVANT_LEMMAS: frozenset = frozenset()  # English says `Gladkov’s spokesman`, read elsewhere
# Abbreviated titles, so `the governor` finds `Gov. Robert Klein`.
TITLE_EXPANSIONS = {
    "gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general", "lt.": "lieutenant",
    "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "adm.": "admiral", "prof.": "professor",
    "dr.": "doctor", "del.": "delegate", "rev.": "reverend", "supt.": "superintendent", "atty.": "attorney",
}
