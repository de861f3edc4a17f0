package dev.grudrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * answer is first needed, and {@code terms.json} (the search terms of every card, read by a search).
 * A lookup then reads a few kilobytes instead of parsing 50 YAML front matters. The build writes it
 * from the repository's {@code questions/} and {@code answers/} (see the cli's {@code BundleIndex}).
 */
public final class BankIndex {
    static final int FORMAT = 2;
    /** Where the build puts the index inside the application. */
    static final String RESOURCE_FOLDER = "/bank/index/";
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
                try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(
                        folder.resolve(card.id() + ".sentences.json")))) {
                    g.writeStartArray();
                    for (Search.Sentence sentence : Search.Sentence.of(card, analyzer)) {
                        g.writeString(sentence.text());
                        strings(g, new java.util.ArrayList<>(new java.util.TreeSet<>(sentence.terms())));
                    }
                    g.writeEndArray();
                }
            }
        }
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(folder.resolve("terms.json")))) {
            g.writeStartObject();
            for (Card card : bank.cards()) {
                Search.Terms terms = Search.Terms.of(card, analyzer);
                g.writeArrayFieldStart(card.id());
                g.writeNumber(terms.length());
                for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(terms.counts()).entrySet()) {
                    g.writeString(e.getKey());
                    g.writeNumber(e.getValue());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
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
        return new Bank(decks, written, id -> readAnswer(opener, id), () -> readTerms(opener),
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
        try (JsonParser p = JSON.createParser(required(opener, id + ".sentences.json"))) {
            expect(p, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                p.nextToken();
                sentences.add(new Search.Sentence(text, new HashSet<>(strings(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bank index: cannot read the sentences of " + id, e);
        }
        return sentences;
    }

    private static Map<String, Search.Terms> readTerms(Opener opener) {
        Map<String, Search.Terms> terms = new HashMap<>();
        try (JsonParser p = JSON.createParser(required(opener, "terms.json"))) {
            expect(p, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String id = p.currentName();
                p.nextToken();
                p.nextToken();
                int length = p.getIntValue();
                Map<String, Integer> counts = new HashMap<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    String term = p.getText();
                    p.nextToken();
                    counts.put(term, p.getIntValue());
                }
                terms.put(id, new Search.Terms(counts, length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bank index: cannot read the search terms", e);
        }
        return terms;
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
