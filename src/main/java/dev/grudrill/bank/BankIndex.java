package dev.grudrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundled bank, compiled at build time into JSON files that the streaming parser reads at start-up:
 * {@code bank.json} (decks and questions), one {@code <id>.json} per written answer, read when that
 * answer is first needed, and for a search {@code postings.txt} (which cards hold each term) and
 * {@code <id>.sentences.txt} (the analysed sentences of an answer, for its snippet).
 * A lookup then reads a few kilobytes instead of parsing 50 YAML front matters. The build writes it
 * from the repository's {@code questions/} and {@code answers/} (see the cli's {@code BundleIndex}).
 */
public final class BankIndex {
    static final int FORMAT = 3;
    static final String POSTINGS = "postings.txt";
    static final String SENTENCES = ".sentences.txt";
    private static final JsonFactory JSON = new JsonFactory();

    /** Opens a file of the index by name, or returns null when there is none. */
    interface Opener {
        InputStream open(String name) throws IOException;
    }

    private BankIndex() {
    }

    public static void write(Bank bank, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(folder.resolve("bank.json")))) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeArrayFieldStart("decks");
            for (Deck deck : bank.decks()) {
                g.writeStartObject();
                g.writeStringField("name", deck.name());
                g.writeStringField("title", deck.title());
                g.writeArrayFieldStart("questions");
                for (Question q : deck.questions()) {
                    writeQuestion(g, q, bank.find(q.id()).orElseThrow().written());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        TextAnalyzer analyzer = new TextAnalyzer();
        for (Card card : bank.cards()) {
            if (card.written()) {
                try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(folder.resolve(card.id() + ".json")))) {
                    writeAnswer(g, card.answer());
                }
                writeSentences(card, analyzer, folder.resolve(card.id() + SENTENCES));
            }
        }
        writePostings(bank, analyzer, folder.resolve(POSTINGS));
    }

    /**
     * {@code <id>}{@value #SENTENCES}: one line per sentence of the answer, three fields split by tabs: the
     * sentence (white space already folded to single spaces), its distinct terms, and its analysed
     * tokens as "term start end" triples, all split by spaces.
     */
    private static void writeSentences(Card card, TextAnalyzer analyzer, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Search.Sentence sentence : Search.Sentence.of(card, analyzer)) {
            List<String> tokens = new ArrayList<>();
            for (TextAnalyzer.Token token : sentence.tokens().get()) {
                tokens.add(token.term() + " " + token.start() + " " + token.end());
            }
            String text = sentence.text().get();
            out.append(text).append('\t').append(String.join(" ", new java.util.TreeSet<>(analyzer.terms(text))))
                    .append('\t').append(String.join(" ", tokens)).append('\n');
        }
        Files.writeString(file, out.toString());
    }

    /**
     * {@value #POSTINGS}: a first line of card ids and lengths ("gru-01 637 gru-02 512 …"), then one line
     * per term, sorted, with the cards holding it and its counts ("#reset_gate\tgru-01 8 gru-03 21 …").
     * Terms hold no white space, so a search finds its lines by their first field and parses only those.
     */
    private static void writePostings(Bank bank, TextAnalyzer analyzer, Path file) throws IOException {
        List<String> lengths = new ArrayList<>();
        Map<String, List<String>> holders = new java.util.TreeMap<>();
        for (Card card : bank.cards()) {
            Search.Terms terms = Search.Terms.of(card, analyzer);
            lengths.add(card.id() + " " + terms.length());
            terms.counts().forEach((term, count) -> holders.computeIfAbsent(term, t -> new ArrayList<>())
                    .add(card.id() + " " + count));
        }
        StringBuilder out = new StringBuilder(String.join(" ", lengths)).append('\n');
        holders.forEach((term, cards) -> out.append(term).append('\t').append(String.join(" ", cards)).append('\n'));
        Files.writeString(file, out.toString());
    }

    private static void writeQuestion(JsonGenerator g, Question q, boolean written) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeNumberField("number", q.number());
        g.writeStringField("prompt", q.prompt());
        g.writeArrayFieldStart("topics");
        for (Topic t : q.topics()) {
            g.writeString(t.label());
        }
        g.writeEndArray();
        g.writeNumberField("difficulty", q.difficulty());
        g.writeNumberField("seconds", q.suggestedTime().getSeconds());
        g.writeBooleanField("written", written);
        g.writeEndObject();
    }

    private static void writeAnswer(JsonGenerator g, Answer a) throws IOException {
        g.writeStartObject();
        g.writeStringField("markdown", a.markdown());
        g.writeNumberField("markdownLine", a.markdownLine());
        g.writeStringField("shortAnswer", a.shortAnswer());
        g.writeStringField("details", a.details());
        g.writeArrayFieldStart("keyPoints");
        for (KeyPoint k : a.keyPoints()) {
            g.writeStartArray();
            g.writeString(k.point());
            strings(g, k.terms());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("misconceptions");
        for (Misconception m : a.misconceptions()) {
            g.writeStartArray();
            g.writeString(m.claim());
            strings(g, m.terms());
            g.writeString(m.correction());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeFieldName("followUps");
        strings(g, a.followUps());
        g.writeFieldName("references");
        strings(g, a.references());
        g.writeFieldName("calc");
        strings(g, a.calc());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Reads an index written by {@link #write}; answers and search terms are read when first needed. */
    public static Bank read(Opener opener) throws IOException {
        List<Deck> decks = new ArrayList<>();
        Set<String> written = new HashSet<>();
        try (JsonParser p = JSON.createParser(required(opener, "bank.json"))) {
            expect(p, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("format") && p.getIntValue() != FORMAT) {
                    throw new IOException("index format " + p.getIntValue() + ", expected " + FORMAT);
                } else if (field.equals("decks")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        decks.add(readDeck(p, written));
                    }
                }
            }
        }
        return new Bank(decks, written, id -> readAnswer(opener, id), terms -> readPostings(opener, terms),
                id -> written.contains(id) ? readSentences(opener, id) : List.of());
    }

    private static InputStream required(Opener opener, String name) throws IOException {
        InputStream in = opener.open(name);
        if (in == null) {
            throw new IOException("bank index: " + name + " is missing");
        }
        return in;
    }

    private static Deck readDeck(JsonParser p, Set<String> written) throws IOException {
        String name = null;
        String title = null;
        List<Question> questions = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = p.getText();
                case "title" -> title = p.getText();
                case "questions" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        questions.add(readQuestion(p, name, written));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Deck(name, title, questions);
    }

    private static Question readQuestion(JsonParser p, String deck, Set<String> written) throws IOException {
        String id = null;
        int number = 0;
        String prompt = null;
        List<Topic> topics = new ArrayList<>();
        int difficulty = 0;
        long seconds = 0;
        boolean isWritten = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = p.getText();
                case "number" -> number = p.getIntValue();
                case "prompt" -> prompt = p.getText();
                case "topics" -> strings(p).forEach(t -> topics.add(Topic.fromLabel(t).orElseThrow()));
                case "difficulty" -> difficulty = p.getIntValue();
                case "seconds" -> seconds = p.getLongValue();
                case "written" -> isWritten = p.getBooleanValue();
                default -> p.skipChildren();
            }
        }
        if (isWritten) {
            written.add(id);
        }
        return new Question(id, deck, number, prompt, topics, difficulty, Duration.ofSeconds(seconds));
    }

    private static Answer readAnswer(Opener opener, String id) {
        try (JsonParser p = JSON.createParser(required(opener, id + ".json"))) {
            expect(p, JsonToken.START_OBJECT);
            String markdown = null;
            String shortAnswer = null;
            String details = null;
            int markdownLine = 0;
            List<KeyPoint> keyPoints = new ArrayList<>();
            List<Misconception> misconceptions = new ArrayList<>();
            List<String> followUps = List.of();
            List<String> references = List.of();
            List<String> calc = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "markdown" -> markdown = p.getText();
                    case "markdownLine" -> markdownLine = p.getIntValue();
                    case "shortAnswer" -> shortAnswer = p.getText();
                    case "details" -> details = p.getValueAsString();
                    case "keyPoints" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            p.nextToken();
                            String point = p.getText();
                            p.nextToken();
                            keyPoints.add(new KeyPoint(point, strings(p)));
                            p.nextToken();
                        }
                    }
                    case "misconceptions" -> {
                        while (p.nextToken() == JsonToken.START_ARRAY) {
                            p.nextToken();
                            String claim = p.getText();
                            p.nextToken();
                            List<String> terms = strings(p);
                            p.nextToken();
                            misconceptions.add(new Misconception(claim, terms, p.getText()));
                            p.nextToken();
                        }
                    }
                    case "followUps" -> followUps = strings(p);
                    case "references" -> references = strings(p);
                    case "calc" -> calc = strings(p);
                    default -> p.skipChildren();
                }
            }
            return new Answer(id, true, markdown, shortAnswer, details, keyPoints, misconceptions, followUps,
                    references, calc, markdownLine);
        } catch (IOException e) {
            throw new UncheckedIOException("bank index: cannot read the answer of " + id, e);
        }
    }

    private static List<Search.Sentence> readSentences(Opener opener, String id) {
        List<Search.Sentence> sentences = new ArrayList<>();
        String file = latin1File(opener, id + SENTENCES);
        for (int start = 0, end; start < file.length(); start = end + 1) {
            end = file.indexOf('\n', start);
            int firstTab = file.indexOf('\t', start);
            int secondTab = file.indexOf('\t', firstTab + 1);
            String text = file.substring(start, firstTab);
            String terms = " " + file.substring(firstTab + 1, secondTab) + " ";
            String tokens = file.substring(secondTab + 1, end);
            sentences.add(new Search.Sentence(term -> terms.contains(" " + latin1(term) + " "), () -> utf8(text),
                    () -> tokens(utf8(tokens))));
        }
        return sentences;
    }

    /**
     * A file of the index read as ISO-8859-1, one char per byte, which the JDK copies without decoding:
     * decoding non-ASCII UTF-8 runs char by char, several milliseconds per 100 KB at start-up. Tabs,
     * line ends, spaces, digits and ASCII text read the same either way; {@link #utf8} decodes a field
     * that may hold other characters when it is used.
     */
    private static String latin1File(Opener opener, String name) {
        try (InputStream in = required(opener, name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("bank index: cannot read " + name, e);
        }
    }

    /** A field of a {@link #latin1File}, decoded as the UTF-8 it is. */
    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** Text as it reads in a {@link #latin1File}. */
    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** "term start end term start end …" as tokens. */
    private static List<TextAnalyzer.Token> tokens(String field) {
        String[] triples = field.isEmpty() ? new String[0] : field.split(" ");
        List<TextAnalyzer.Token> tokens = new ArrayList<>(triples.length / 3);
        for (int i = 0; i + 2 < triples.length; i += 3) {
            tokens.add(new TextAnalyzer.Token(triples[i], Integer.parseInt(triples[i + 1]),
                    Integer.parseInt(triples[i + 2])));
        }
        return tokens;
    }

    /** The lengths of every card and the postings of {@code terms} only: other lines are skipped unparsed. */
    private static Search.Postings readPostings(Opener opener, Set<String> terms) {
        String file = latin1File(opener, POSTINGS);
        Map<String, String> byLatin1 = new HashMap<>();
        terms.forEach(term -> byLatin1.put(latin1(term), term));
        int end = file.indexOf('\n');
        Map<String, Integer> lengths = new HashMap<>();
        pairs(file.substring(0, end), lengths);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int start = end + 1; start < file.length(); start = end + 1) {
            end = file.indexOf('\n', start);
            for (Map.Entry<String, String> term : byLatin1.entrySet()) {
                String key = term.getKey();
                if (file.startsWith(key, start) && file.charAt(start + key.length()) == '\t') {
                    Map<String, Integer> holders = new HashMap<>();
                    pairs(file.substring(start + key.length() + 1, end), holders);
                    counts.put(term.getValue(), holders);
                }
            }
        }
        return new Search.Postings(lengths, counts);
    }

    /** "a 1 b 2" into {a=1, b=2}. */
    private static void pairs(String line, Map<String, Integer> into) {
        String[] fields = line.split(" ");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            into.put(fields[i], Integer.parseInt(fields[i + 1]));
        }
    }

    /** The strings of the array the parser is on. */
    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            out.add(p.getText());
        }
        return out;
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.nextToken() != token) {
            throw new IOException("bank index: expected " + token + " at " + p.currentLocation());
        }
    }
}
