// A small Swedish word bank for synthetic practices. Nouns carry their four
// inflected forms and the form they take first in a compound (bostad → bostads-),
// so generated text has the inflections, compounds and å ä ö that real text has.

export interface Noun {
  /** Singular indefinite, singular definite, plural indefinite, plural definite. */
  forms: readonly [string, string, string, string];
  /** The noun as the first part of a compound: bostads-, skol-, föräldra-. */
  joint: string;
}

const n = (sg: string, def: string, pl: string, plDef: string, joint: string): Noun => ({
  forms: [sg, def, pl, plDef],
  joint,
});

/** Roughly by frequency in the real practices: the first nouns are drawn most often. */
export const nouns: readonly Noun[] = [
  n("kommun", "kommunen", "kommuner", "kommunerna", "kommun"),
  n("bostad", "bostaden", "bostäder", "bostäderna", "bostads"),
  n("förening", "föreningen", "föreningar", "föreningarna", "förenings"),
  n("språk", "språket", "språk", "språken", "språk"),
  n("skola", "skolan", "skolor", "skolorna", "skol"),
  n("familj", "familjen", "familjer", "familjerna", "familje"),
  n("arbete", "arbetet", "arbeten", "arbetena", "arbets"),
  n("utbildning", "utbildningen", "utbildningar", "utbildningarna", "utbildnings"),
  n("samhälle", "samhället", "samhällen", "samhällena", "samhälls"),
  n("mottagande", "mottagandet", "mottaganden", "mottagandena", "mottagnings"),
  n("barn", "barnet", "barn", "barnen", "barn"),
  n("förälder", "föräldern", "föräldrar", "föräldrarna", "föräldra"),
  n("nätverk", "nätverket", "nätverk", "nätverken", "nätverks"),
  n("praktik", "praktiken", "praktiker", "praktikerna", "praktik"),
  n("insats", "insatsen", "insatser", "insatserna", "insats"),
  n("verksamhet", "verksamheten", "verksamheter", "verksamheterna", "verksamhets"),
  n("handläggare", "handläggaren", "handläggare", "handläggarna", "handläggar"),
  n("lägenhet", "lägenheten", "lägenheter", "lägenheterna", "lägenhets"),
  n("hyresvärd", "hyresvärden", "hyresvärdar", "hyresvärdarna", "hyresvärds"),
  n("möte", "mötet", "möten", "mötena", "mötes"),
  n("träff", "träffen", "träffar", "träffarna", "träff"),
  n("kurs", "kursen", "kurser", "kurserna", "kurs"),
  n("stöd", "stödet", "stöd", "stöden", "stöd"),
  n("grupp", "gruppen", "grupper", "grupperna", "grupp"),
  n("hälsa", "hälsan", "hälsor", "hälsorna", "hälso"),
  n("idrott", "idrotten", "idrotter", "idrotterna", "idrotts"),
  n("kultur", "kulturen", "kulturer", "kulturerna", "kultur"),
  n("fritid", "fritiden", "fritider", "fritiderna", "fritids"),
  n("bibliotek", "biblioteket", "bibliotek", "biblioteken", "biblioteks"),
  n("ungdom", "ungdomen", "ungdomar", "ungdomarna", "ungdoms"),
  n("kvinna", "kvinnan", "kvinnor", "kvinnorna", "kvinno"),
  n("vän", "vännen", "vänner", "vännerna", "vän"),
  n("plan", "planen", "planer", "planerna", "plan"),
  n("boende", "boendet", "boenden", "boendena", "boende"),
  n("tolk", "tolken", "tolkar", "tolkarna", "tolk"),
  n("mentor", "mentorn", "mentorer", "mentorerna", "mentors"),
  n("jobb", "jobbet", "jobb", "jobben", "jobb"),
  n("arbetsgivare", "arbetsgivaren", "arbetsgivare", "arbetsgivarna", "arbetsgivar"),
  n("myndighet", "myndigheten", "myndigheter", "myndigheterna", "myndighets"),
  n("region", "regionen", "regioner", "regionerna", "regions"),
  n("församling", "församlingen", "församlingar", "församlingarna", "församlings"),
  n("kyrka", "kyrkan", "kyrkor", "kyrkorna", "kyrko"),
  n("introduktion", "introduktionen", "introduktioner", "introduktionerna", "introduktions"),
  n("vägledning", "vägledningen", "vägledningar", "vägledningarna", "väglednings"),
  n("kartläggning", "kartläggningen", "kartläggningar", "kartläggningarna", "kartläggnings"),
  n("uppföljning", "uppföljningen", "uppföljningar", "uppföljningarna", "uppföljnings"),
  n("etablering", "etableringen", "etableringar", "etableringarna", "etablerings"),
  n("information", "informationen", "informationer", "informationerna", "informations"),
  n("sommar", "sommaren", "somrar", "somrarna", "sommar"),
  n("cykel", "cykeln", "cyklar", "cyklarna", "cykel"),
  n("trädgård", "trädgården", "trädgårdar", "trädgårdarna", "trädgårds"),
  n("förskola", "förskolan", "förskolor", "förskolorna", "förskole"),
  n("gymnasium", "gymnasiet", "gymnasier", "gymnasierna", "gymnasie"),
  n("körkort", "körkortet", "körkort", "körkorten", "körkorts"),
  n("ekonomi", "ekonomin", "ekonomier", "ekonomierna", "ekonomi"),
  n("läxa", "läxan", "läxor", "läxorna", "läx"),
  n("omsorg", "omsorgen", "omsorger", "omsorgerna", "omsorgs"),
  n("vård", "vården", "vårdar", "vårdarna", "vård"),
  n("matlagning", "matlagningen", "matlagningar", "matlagningarna", "matlagnings"),
  n("simning", "simningen", "simningar", "simningarna", "sim"),
  n("lots", "lotsen", "lotsar", "lotsarna", "lots"),
  n("sommarjobb", "sommarjobbet", "sommarjobb", "sommarjobben", "sommarjobbs"),
  n("trångboddhet", "trångboddheten", "trångboddheter", "trångboddheterna", "trångboddhets"),
  n("fastighet", "fastigheten", "fastigheter", "fastigheterna", "fastighets"),
  n("äldreboende", "äldreboendet", "äldreboenden", "äldreboendena", "äldreboende"),
  n("rättighet", "rättigheten", "rättigheter", "rättigheterna", "rättighets"),
  n("skyldighet", "skyldigheten", "skyldigheter", "skyldigheterna", "skyldighets"),
  n("bidrag", "bidraget", "bidrag", "bidragen", "bidrags"),
  n("ansökan", "ansökan", "ansökningar", "ansökningarna", "ansöknings"),
  n("samtal", "samtalet", "samtal", "samtalen", "samtals"),
  n("erfarenhet", "erfarenheten", "erfarenheter", "erfarenheterna", "erfarenhets"),
  n("kunskap", "kunskapen", "kunskaper", "kunskaperna", "kunskaps"),
  n("forskning", "forskningen", "forskningar", "forskningarna", "forsknings"),
  n("strategi", "strategin", "strategier", "strategierna", "strategi"),
  n("lokal", "lokalen", "lokaler", "lokalerna", "lokal"),
  n("värd", "värden", "värdar", "värdarna", "värd"),
  n("frivillig", "frivilligen", "frivilliga", "frivilliga", "frivillig"),
  n("område", "området", "områden", "områdena", "områdes"),
  n("by", "byn", "byar", "byarna", "by"),
  n("stad", "staden", "städer", "städerna", "stads"),
  n("länsstyrelse", "länsstyrelsen", "länsstyrelser", "länsstyrelserna", "länsstyrelse"),
  n("undersköterska", "undersköterskan", "undersköterskor", "undersköterskorna", "undersköterske"),
  n("yrke", "yrket", "yrken", "yrkena", "yrkes"),
  n("dag", "dagen", "dagar", "dagarna", "dag"),
  n("vecka", "veckan", "veckor", "veckorna", "vecko"),
  n("år", "året", "år", "åren", "års"),
];

/** Present, past, supine and infinitive. */
export const verbs: readonly (readonly [string, string, string, string])[] = [
  ["erbjuder", "erbjöd", "erbjudit", "erbjuda"],
  ["samordnar", "samordnade", "samordnat", "samordna"],
  ["träffas", "träffades", "träffats", "träffas"],
  ["lär", "lärde", "lärt", "lära"],
  ["stödjer", "stödde", "stött", "stödja"],
  ["ordnar", "ordnade", "ordnat", "ordna"],
  ["bjuder in", "bjöd in", "bjudit in", "bjuda in"],
  ["utvecklar", "utvecklade", "utvecklat", "utveckla"],
  ["hjälper", "hjälpte", "hjälpt", "hjälpa"],
  ["leder", "ledde", "lett", "leda"],
  ["samarbetar med", "samarbetade med", "samarbetat med", "samarbeta med"],
  ["skapar", "skapade", "skapat", "skapa"],
  ["når", "nådde", "nått", "nå"],
  ["minskar", "minskade", "minskat", "minska"],
  ["ökar", "ökade", "ökat", "öka"],
  ["bygger", "byggde", "byggt", "bygga"],
  ["hyr ut", "hyrde ut", "hyrt ut", "hyra ut"],
  ["söker", "sökte", "sökt", "söka"],
  ["ger", "gav", "gett", "ge"],
  ["förbättrar", "förbättrade", "förbättrat", "förbättra"],
  ["förmedlar", "förmedlade", "förmedlat", "förmedla"],
  ["följer upp", "följde upp", "följt upp", "följa upp"],
  ["möter", "mötte", "mött", "möta"],
  ["översätter", "översatte", "översatt", "översätta"],
];

/** Common, neuter (-t) and definite/plural (-a) forms. */
export const adjectives: readonly (readonly [string, string, string])[] = [
  ["ny", "nytt", "nya"],
  ["svensk", "svenskt", "svenska"],
  ["lokal", "lokalt", "lokala"],
  ["gemensam", "gemensamt", "gemensamma"],
  ["ideell", "ideellt", "ideella"],
  ["kommunal", "kommunalt", "kommunala"],
  ["långsiktig", "långsiktigt", "långsiktiga"],
  ["tydlig", "tydligt", "tydliga"],
  ["enkel", "enkelt", "enkla"],
  ["öppen", "öppet", "öppna"],
  ["praktisk", "praktiskt", "praktiska"],
  ["trygg", "tryggt", "trygga"],
  ["viktig", "viktigt", "viktiga"],
  ["stor", "stort", "stora"],
  ["bred", "brett", "breda"],
  ["särskild", "särskilt", "särskilda"],
  ["nyanländ", "nyanlänt", "nyanlända"],
  ["mångspråkig", "mångspråkigt", "mångspråkiga"],
  ["flexibel", "flexibelt", "flexibla"],
  ["återkommande", "återkommande", "återkommande"],
  ["ensamkommande", "ensamkommande", "ensamkommande"],
  ["självständig", "självständigt", "självständiga"],
  ["regional", "regionalt", "regionala"],
  ["närmre", "närmre", "närmre"],
];

export const prepositions = ["på", "i", "med", "för", "till", "av", "efter", "under", "inom", "mellan", "genom", "hos", "utan", "kring"] as const;

export const connectives = ["och", "men", "samt", "medan", "eftersom", "så att", "när", "där"] as const;

export const adverbs = ["ofta", "även", "tillsammans", "varje vecka", "under hösten", "på kvällarna", "i dag", "snabbt", "gärna", "särskilt"] as const;

/** Syllables for made-up proper names (partners, places), which give the vocabulary a long tail. */
export const nameHeads = ["Björk", "Käll", "Sjö", "Lönn", "Ek", "Gran", "Ås", "Holm", "Berg", "Lind", "Sörm", "Mälar", "Hjälmar", "Rosen", "Vall", "Strand", "Älv", "Bäck", "Näs", "Kvarn", "Tall", "Hav", "Ljung", "Dal"] as const;
export const nameTails = ["vik", "åsen", "backa", "torp", "by", "hult", "löv", "sund", "näs", "hagen", "gården", "bro", "ängen", "lunda", "holmen", "dal", "berga", "ström"] as const;
export const organisationKinds = ["IF", "idrottsförening", "kulturförening", "församling", "studieförbund", "bostadsbolag", "folkhögskola", "hembygdsförening", "scoutkår", "föreningsråd"] as const;

export const roles = [
  "integrationsstrateg",
  "integrationssamordnare",
  "enhetschef för mottagning",
  "verksamhetsutvecklare",
  "projektledare",
  "socialsekreterare",
  "studie- och yrkesvägledare",
  "bostadssamordnare",
  "folkhälsostrateg",
  "rektor",
] as const;

export const sections = {
  what: "Vad är det?",
  problem: "Vilket problem löser det?",
  how: "Så fungerar det",
  who: "Vem gör vad",
  funding: "Finansiering",
  results: "Resultat",
  advice: "Att tänka på om ni vill göra likadant",
  source: "Källa",
} as const;
