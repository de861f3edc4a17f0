package dev.grudrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled bank, compiled at build time into one JSON file that the streaming parser reads at
 * start-up: loading 50 YAML front matters with data binding costs far more than one lookup should.
 * The build runs {@link #main} on the repository's {@code questions/} and {@code answers/}, so a bank
 * with any problem fails the build instead of shipping.
 */
public final class BankIndex {
    static final int FORMAT = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private BankIndex() {
    }

    /** {@code BankIndex BANK_DIR OUT_FILE}: checks the bank and writes its index; throws listing the problems. */
    public static void main(String[] args) throws IOException {
        LoadResult result = new BankLoader().load(Path.of(args[0]), "");
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("the bank has problems, run 'gru-drill bank check --bank .':\n"
                    + String.join("\n", result.problems().stream().map(Problem::toString).toList()));
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            write(result.bank(), stream);
        }
    }

    public static void write(Bank bank, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeArrayFieldStart("decks");
            for (Deck deck : bank.decks()) {
                g.writeStartObject();
                g.writeStringField("name", deck.name());
                g.writeStringField("title", deck.title());
                g.writeArrayFieldStart("questions");
                for (Question q : deck.questions()) {
                    writeQuestion(g, q, bank.find(q.id()).orElseThrow().answer());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeQuestion(JsonGenerator g, Question q, Answer a) throws IOException {
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
        g.writeBooleanField("written", a.written());
        if (a.written()) {
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
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Reads an index written by {@link #write}. */
    public static Bank read(InputStream in) throws IOException {
        List<Deck> decks = new ArrayList<>();
        Map<String, Answer> answers = new HashMap<>();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("format") && p.getIntValue() != FORMAT) {
                    throw new IOException("index format " + p.getIntValue() + ", expected " + FORMAT);
                } else if (field.equals("decks")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        decks.add(readDeck(p, answers));
                    }
                }
            }
        }
        return new Bank(decks, answers);
    }

    private static Deck readDeck(JsonParser p, Map<String, Answer> answers) throws IOException {
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
                        questions.add(readQuestion(p, name, answers));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Deck(name, title, questions);
    }

    private static Question readQuestion(JsonParser p, String deck, Map<String, Answer> answers) throws IOException {
        String id = null;
        int number = 0;
        String prompt = null;
        List<Topic> topics = new ArrayList<>();
        int difficulty = 0;
        long seconds = 0;
        boolean written = false;
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
                case "id" -> id = p.getText();
                case "number" -> number = p.getIntValue();
                case "prompt" -> prompt = p.getText();
                case "topics" -> strings(p).forEach(t -> topics.add(Topic.fromLabel(t).orElseThrow()));
                case "difficulty" -> difficulty = p.getIntValue();
                case "seconds" -> seconds = p.getLongValue();
                case "written" -> written = p.getBooleanValue();
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
        answers.put(id, written ? new Answer(id, true, markdown, shortAnswer, details, keyPoints, misconceptions,
                followUps, references, calc, markdownLine) : Answer.notWritten(id));
        return new Question(id, deck, number, prompt, topics, difficulty, Duration.ofSeconds(seconds));
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
