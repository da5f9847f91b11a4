#include "corpus.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace codeboom::bench {

namespace {

using namespace std::string_view_literals;

// Spoken Dutch is mostly short function words; drawing them apart from the content words keeps
// word lengths, and so the bytes per code point the importer sees, close to real transcripts.
constexpr std::string_view kFunctionWords =
    "de het een en dat die is in van op te met voor niet maar ook als er aan om zijn was je "
    "we ik ze hij wat wel dan nog naar bij of uit door over heel wordt hebben heb had kan "
    "moet zou gewoon eigenlijk natuurlijk toch echt dus want omdat zo daar hier nu toen al "
    "even best vooral soms altijd nooit meer veel weinig hun ons onze mijn jullie zich iets "
    "niets iemand allemaal beetje één twee drie mij wij zij bijvoorbeeld bĳvoorbeeld "
    "natuurlĳk mĳn tegen tussen zonder sinds tot waar hoe welke deze dit zelf samen eerst "
    "daarna ineens misschien";

constexpr std::string_view kNouns =
    "gemeente wethouder subsidie subsidies regeling beleid ambtenaar ambtenaren inwoners "
    "buurt wijk wĳk vereniging organisatie bestuur vergadering aanvraag formulier budget "
    "begroting jaar maand week project projecten samenwerking partners provincie ministerie "
    "overheid financiering middelen kosten uren vrijwilligers vrijwilliger coördinator "
    "coördinatoren coördinatie ideeën idee plan plannen doelen resultaten evaluatie rapport "
    "verantwoording controle regels procedure procedures termijn deadline brief mail telefoon "
    "gesprek overleg contact netwerk mensen kinderen ouderen jongeren gezinnen school zorg "
    "welzijn cultuur sport bibliotheek wijkcentrum huur pand ruimte ervaring ervaringen "
    "probleem problemen oplossing vraag vragen antwoord situatie moment tijd tĳd geld euro "
    "procent kant manier punt reden gevoel vertrouwen draagvlak belang rol taak "
    "verantwoordelijkheid beslissing keuze knelpunt signaal voorbeeld zaak praktijk werkgroep "
    "raad gemeenteraad coalitie politiek ambitie visie uitvoering aanpak pilot monitor "
    "cijfers website informatie communicatie België Nederland Vlaanderen Brussel Rotterdam "
    "Utrecht Gent regio dorp stad centrum bewoners ondernemers winkeliers bedrijven stichting "
    "fonds fondsen sponsor bijdrage bijdragen tarief café coöperatie reünie patiënten "
    "efficiëntie materiaal prijs lijst Rijk collega collega's directeur medewerker "
    "medewerkers vrijwilligerswerk kerk moskee buurthuis speeltuin festival";

constexpr std::string_view kAdjectives =
    "financiële financieel sociale lokale nieuwe oude goede goed slecht moeilijk makkelijk "
    "lastig belangrijk belangrijke groot grote klein kleine duidelijk onduidelijk ingewikkeld "
    "eenvoudig snel langzaam druk rustig blij tevreden ontevreden kritisch positief negatief "
    "enthousiast geïnteresseerd geïnteresseerde betrokken zelfstandig structureel tijdelijk "
    "extra vaste eerste tweede laatste volgende vorige hele open eerlijk officieel officiële "
    "creatief praktisch essentieel essentiële potentiële reëel reële identiek naïef ideëel "
    "coördinerende vrij rijk ĳverig ijverig frustrerend";

constexpr std::string_view kVerbs =
    "zeggen zei denk denken vind vinden weet weten ga gaan gaat ging komen komt kwam doen "
    "doet deed maken maakt gemaakt krijgen krijgt kregen gekregen geven geeft gegeven zien "
    "zie gezien werken werkt gewerkt helpen helpt vraagt gevraagd aanvragen aangevraagd "
    "betalen betaald regelen geregeld merken merk gemerkt praten gepraat proberen geprobeerd "
    "beginnen begonnen stoppen gestopt blijven blijft veranderen veranderd besluiten besloten "
    "organiseren georganiseerd ondersteunen ondersteund financieren gefinancierd investeren "
    "geïnvesteerd gecreëerd geëvalueerd overleggen afspreken afgesproken bespreken besproken "
    "uitleggen snappen begrijpen begrepen hopen verwachten verwacht schrijven geschreven "
    "indienen ingediend afwijzen afgewezen toekennen toegekend";

// Hesitations and transcriber annotations, as they appear inside running speech.
constexpr std::array kFillers = {"eh"sv,    "ehm"sv,     "eh"sv,
                                 "(...)"sv, "[lacht]"sv, "nou"sv,
                                 "hè"sv,    "ja"sv,      "[onverstaanbaar]"sv,
                                 "(...)"sv, "zeg"sv,     "[stilte]"sv};

constexpr std::array kBackchannels = {"Ja."sv,          "Mm-hm."sv,  "Oké."sv,
                                      "Ja, precies."sv, "Klopt."sv,  "Interessant."sv,
                                      "[lacht] Ja."sv,  "Eh, ja."sv, "Dat snap ik."sv};

constexpr std::array kQuestionStarts = {
    "Hoe"sv, "Wat"sv,         "Waarom"sv, "Kunt u"sv,          "Kun je"sv,          "Wanneer"sv,
    "Wie"sv, "In hoeverre"sv, "Zou je"sv, "Wat vond je van"sv, "Hoe ging dat met"sv};

constexpr std::array kPlaces = {"Utrecht"sv, "Rotterdam"sv, "Gent"sv,      "Antwerpen"sv,
                                "Zwolle"sv,  "Leuven"sv,    "Groningen"sv, "Den Bosch"sv};

constexpr std::array kMonths = {"januari"sv,   "februari"sv, "maart"sv,    "april"sv,
                                "mei"sv,       "juni"sv,     "juli"sv,     "augustus"sv,
                                "september"sv, "oktober"sv,  "november"sv, "december"sv};

constexpr std::array kNamedRespondents = {"Sofie Maes"sv, "Jan de Vries"sv, "Mevr. Peeters"sv,
                                          "Dhr. Claes"sv, "Fatima"sv,       "Noël"sv};

std::vector<std::string_view> splitWords(std::string_view list) {
    std::vector<std::string_view> words;
    while (!list.empty()) {
        const std::size_t space = list.find(' ');
        words.push_back(list.substr(0, space));
        list.remove_prefix(space == std::string_view::npos ? list.size() : space + 1);
    }
    return words;
}

struct Vocabulary {
    std::vector<std::string_view> function = splitWords(kFunctionWords);
    std::vector<std::string_view> nouns = splitWords(kNouns);
    std::vector<std::string_view> adjectives = splitWords(kAdjectives);
    std::vector<std::string_view> verbs = splitWords(kVerbs);
};

const Vocabulary& vocabulary() {
    static const Vocabulary words;
    return words;
}

template <typename Array> std::string_view pick(std::mt19937& rng, const Array& words) {
    std::uniform_int_distribution<std::size_t> index(0, words.size() - 1);
    return words[index(rng)];
}

bool chance(std::mt19937& rng, double p) {
    return std::bernoulli_distribution(p)(rng);
}

int between(std::mt19937& rng, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// Upper-cases the first letter for the start of a sentence, including the Dutch digraph (ij ->
// IJ, and the ligature ĳ -> Ĳ) and accented Latin-1 letters, so the text has the capitals a
// case-insensitive search must see through.
void appendCapitalized(std::string& out, std::string_view word) {
    const auto first = static_cast<unsigned char>(word[0]);
    if (word.starts_with("ij")) {
        out += "IJ";
        out += word.substr(2);
    } else if (word.starts_with("ĳ")) {
        out += "Ĳ";
        out += word.substr(2);
    } else if (first >= 'a' && first <= 'z') {
        out += static_cast<char>(first - 'a' + 'A');
        out += word.substr(1);
    } else if (first == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0xA0 &&
               static_cast<unsigned char>(word[1]) <= 0xBE) {
        out += word[0];
        out += static_cast<char>(static_cast<unsigned char>(word[1]) - 0x20);
        out += word.substr(2);
    } else {
        out += word;
    }
}

class TranscriptWriter {
public:
    TranscriptWriter(std::mt19937& rng, int interview) : rng_(rng) {
        timestamps_ = chance(rng_, 0.3);
        interviewer_ = chance(rng_, 0.8) ? "Interviewer" : "I";
        const int style = between(rng_, 0, 3);
        if (style == 0) {
            respondents_ = {"R" + std::to_string(interview % 12 + 1)};
        } else if (style == 1) {
            respondents_ = {"Respondent " + std::to_string(interview % 30 + 1)};
        } else if (style == 2) {
            // A focus group: several participants answer in turn.
            const int participants = between(rng_, 2, 4);
            for (int i = 1; i <= participants; ++i)
                respondents_.push_back("Deelnemer " + std::to_string(i));
        } else {
            respondents_ = {std::string(pick(rng_, kNamedRespondents))};
        }
        out_ += "Interview " + std::to_string(interview) + " – " +
                std::string(pick(rng_, kPlaces)) + ", " + std::to_string(between(rng_, 1, 28)) +
                " " + std::string(pick(rng_, kMonths)) + " 2024\n\n";
    }

    std::string take(std::size_t targetBytes) {
        while (out_.size() < targetBytes) {
            interviewerTurn();
            respondentTurn();
        }
        return std::move(out_);
    }

private:
    void label(const std::string& speaker) {
        if (timestamps_) {
            char stamp[24];
            std::snprintf(stamp, sizeof stamp, "[%02d:%02d:%02d] ", seconds_ / 3600,
                          seconds_ / 60 % 60, seconds_ % 60);
            out_ += stamp;
            seconds_ += between(rng_, 5, 90);
        }
        out_ += speaker;
        out_ += ": ";
    }

    void word(bool first) {
        const int kind = between(rng_, 0, 99);
        const Vocabulary& words = vocabulary();
        const std::string_view w = kind < 45   ? pick(rng_, words.function)
                                   : kind < 72 ? pick(rng_, words.nouns)
                                   : kind < 87 ? pick(rng_, words.verbs)
                                   : kind < 97 ? pick(rng_, words.adjectives)
                                               : pick(rng_, kFillers);
        if (first)
            appendCapitalized(out_, w);
        else
            out_ += w;
    }

    void sentence() {
        const int length = between(rng_, 4, 18);
        if (chance(rng_, 0.06)) {
            const std::string_view filler = pick(rng_, kFillers);
            appendCapitalized(out_, filler);
            out_ += filler[0] == '[' || filler[0] == '(' ? " " : ", ";
            word(false);
        } else {
            word(true);
        }
        for (int i = 1; i < length; ++i) {
            out_ += chance(rng_, 0.07) ? ", " : " ";
            word(false);
        }
        const int end = between(rng_, 0, 99);
        out_ += end < 88 ? "." : end < 94 ? "..." : end < 98 ? "?" : "!";
    }

    void question() {
        out_ += pick(rng_, kQuestionStarts);
        const int length = between(rng_, 3, 12);
        for (int i = 0; i < length; ++i) {
            out_ += ' ';
            word(false);
        }
        out_ += '?';
    }

    void interviewerTurn() {
        label(interviewer_);
        if (chance(rng_, 0.15)) {
            out_ += pick(rng_, kBackchannels);
        } else {
            if (chance(rng_, 0.4)) {
                sentence();
                out_ += ' ';
            }
            question();
        }
        out_ += "\n\n";
    }

    void respondentTurn() {
        label(respondents_[static_cast<std::size_t>(
            between(rng_, 0, static_cast<int>(respondents_.size()) - 1))]);
        // Long answers run over several paragraphs without a new label.
        const int paragraphs = chance(rng_, 0.25) ? between(rng_, 2, 3) : 1;
        for (int p = 0; p < paragraphs; ++p) {
            const int sentences = between(rng_, 1, 7);
            for (int s = 0; s < sentences; ++s) {
                if (s > 0)
                    out_ += ' ';
                sentence();
            }
            out_ += "\n\n";
        }
    }

    std::mt19937& rng_;
    std::string out_;
    bool timestamps_ = false;
    int seconds_ = 0;
    std::string interviewer_;
    std::vector<std::string> respondents_;
};

} // namespace

TempDir::TempDir(std::string_view prefix) {
    const auto base = std::filesystem::temp_directory_path();
    std::random_device entropy;
    std::mt19937_64 names(
        entropy() ^
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / (std::string(prefix) + "-" + std::to_string(names() % 1000000000));
        if (std::filesystem::create_directory(candidate)) {
            path_ = std::move(candidate);
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory in " + base.string());
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string generateTranscript(std::mt19937& rng, std::size_t targetBytes, int interview) {
    return TranscriptWriter(rng, interview).take(targetBytes);
}

Corpus writeCorpus(const std::filesystem::path& dir, std::size_t count, std::size_t bytesEach,
                   std::uint32_t seed) {
    std::mt19937 rng(seed);
    Corpus corpus;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string text = generateTranscript(rng, bytesEach, static_cast<int>(i + 1));
        char name[32];
        std::snprintf(name, sizeof name, "interview_%03zu.txt", i + 1);
        const auto file = dir / name;
        std::ofstream out(file, std::ios::binary);
        out << text;
        if (!out.flush())
            throw std::runtime_error("cannot write " + file.string());
        corpus.files.push_back(file);
        corpus.bytes += text.size();
    }
    return corpus;
}

} // namespace codeboom::bench
