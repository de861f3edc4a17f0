package dev.grudrill.bank;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a bank folder: deck files under {@code questions/} and one Markdown answer per question under
 * {@code answers/}. Loading is strict and collects every problem instead of stopping at the first.
 */
public final class BankLoader {

    // Built on first use: creating a mapper is costly, and the bundled bank is read without one.
    private ObjectMapper yaml;
    private ObjectMapper json;

    private ObjectMapper yaml() {
        if (yaml == null) {
            yaml = strict(YAMLMapper.builder());
        }
        return yaml;
    }

    private ObjectMapper json() {
        if (json == null) {
            json = strict(JsonMapper.builder());
        }
        return json;
    }

    private static ObjectMapper strict(com.fasterxml.jackson.databind.cfg.MapperBuilder<?, ?> builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The bank shipped inside the application (the repository's questions/ and answers/). */
    public LoadResult loadBundled() {
        try {
            try (InputStream probe = BundledFiles.open("bank.json")) {
                if (probe != null) {
                    return new LoadResult(BankIndex.read(BundledFiles::open), List.of());
                }
            }
        } catch (IOException e) {
            return new LoadResult(new Bank(List.of(), Map.of()),
                    List.of(new Problem("bundled bank", 0, "cannot read its index: " + e.getMessage())));
        }
        return loadBundledFiles();
    }

    /** The bundled bank read from its files, as {@code bank check} does; slower than the index. */
    public LoadResult loadBundledFiles() {
        URL url = BankLoader.class.getResource("/bank/questions");
        if (url == null) {
            return new LoadResult(new Bank(List.of(), Map.of()),
                    List.of(new Problem("bundled bank", 0, "missing from the application: rebuild it")));
        }
        try {
            URI uri = url.toURI();
            Path questions;
            if ("jar".equals(uri.getScheme())) {
                try {
                    questions = FileSystems.getFileSystem(uri).provider().getPath(uri);
                } catch (FileSystemNotFoundException notOpenYet) {
                    questions = FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
                }
            } else {
                questions = Path.of(uri);
            }
            return load(questions.getParent(), "");
        } catch (IOException | URISyntaxException e) {
            return new LoadResult(new Bank(List.of(), Map.of()),
                    List.of(new Problem("bundled bank", 0, "cannot open: " + e.getMessage())));
        }
    }

    /**
     * Loads the bank in {@code root}. Problems name files as {@code displayPrefix + "questions/gru.yaml"}.
     */
    public LoadResult load(Path root, String displayPrefix) {
        List<Problem> problems = new ArrayList<>();
        String rootName = displayPrefix.isEmpty() ? "." : displayPrefix.replaceAll("/$", "");
        if (!Files.isDirectory(root)) {
            problems.add(new Problem(rootName, 0, Files.exists(root) ? "is not a folder"
                    : Files.isSymbolicLink(root) ? "is a symbolic link that leads nowhere (or to itself)"
                    : "no such folder"));
            return new LoadResult(new Bank(List.of(), Map.of()), problems);
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(rootName, 0, "cannot open: " + BankFiles.describe(e)));
            return new LoadResult(new Bank(List.of(), Map.of()), problems);
        }
        if (!Files.isDirectory(root.resolve("questions")) && !Files.isDirectory(root.resolve("answers"))) {
            problems.add(new Problem(rootName, 0, "is not a bank: a bank holds questions/ and answers/ folders"));
            return new LoadResult(new Bank(List.of(), Map.of()), problems);
        }
        int beforeDeckList = problems.size();
        List<Path> deckFiles = list(root, realRoot, "questions", displayPrefix, problems,
                name -> name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"),
                "a deck file (.yaml, .yml or .json)");
        List<Path> answerFiles = list(root, realRoot, "answers", displayPrefix, problems,
                name -> name.endsWith(".md"), "an answer file (.md)");

        // A deck refused while listing (a link out of the bank, a folder that cannot be listed) may hold any question.
        boolean deckListClean = problems.subList(beforeDeckList, problems.size()).stream()
                .allMatch(p -> p.message().startsWith("unexpected"));
        int beforeDecks = problems.size();
        List<Deck> decks = loadDecks(deckFiles, displayPrefix, problems);
        boolean allDecksRead = deckListClean && decks.size() == deckFiles.size() && problems.size() == beforeDecks;
        Map<String, Question> questionsById = new LinkedHashMap<>();
        Map<String, String> deckFileOf = new HashMap<>();
        for (Deck deck : decks) {
            for (Question q : deck.questions()) {
                questionsById.put(q.id(), q);
                deckFileOf.put(q.id(), deck.name());
            }
        }
        Map<String, Answer> answers = loadAnswers(answerFiles, displayPrefix, questionsById, allDecksRead, problems);
        for (Question q : questionsById.values()) {
            if (!answers.containsKey(q.id()) && answerFiles.stream().noneMatch(f -> stem(f).equals(q.id()))) {
                problems.add(new Problem(displayPrefix + "answers/" + q.id() + ".md", 0,
                        "missing: question " + q.id() + " (deck " + deckFileOf.get(q.id()) + ") has no answer file"));
            }
        }
        return new LoadResult(new Bank(decks, answers), problems);
    }

    private List<Deck> loadDecks(List<Path> files, String prefix, List<Problem> problems) {
        List<Deck> decks = new ArrayList<>();
        Map<String, String> deckNames = new HashMap<>();
        Map<String, String> idOwners = new HashMap<>();
        for (Path file : files) {
            String display = prefix + "questions/" + file.getFileName();
            String name = file.getFileName().toString();
            ObjectMapper mapper = name.endsWith(".json") ? json() : yaml();
            Optional<Deck> parsed = BankFiles.readText(file, display, problems)
                    .flatMap(text -> new DeckFile(mapper).parse(text, stem(file), display, problems));
            if (parsed.isEmpty()) {
                continue;
            }
            Deck deck = parsed.get();
            String earlier = deckNames.putIfAbsent(deck.name(), display);
            if (earlier != null) {
                problems.add(new Problem(display, 0, "duplicate deck '" + deck.name() + "' (also in " + earlier + ")"));
                continue;
            }
            Map<Integer, String> numbers = new HashMap<>();
            for (Question q : deck.questions()) {
                String owner = idOwners.putIfAbsent(q.id(), display);
                if (owner != null) {
                    problems.add(new Problem(display, 0, "duplicate id '" + q.id() + "' (also in " + owner + ")"));
                }
                String other = numbers.putIfAbsent(q.number(), q.id());
                if (other != null) {
                    problems.add(new Problem(display, 0, "duplicate number " + q.number() + " (" + other + " and "
                            + q.id() + ")"));
                }
            }
            decks.add(deck);
        }
        return decks;
    }

    /**
     * Parses the answer files. An answer whose question is unknown is a problem only when every deck
     * was read: otherwise the question may sit in the deck that failed, and the report would mislead.
     */
    private Map<String, Answer> loadAnswers(List<Path> files, String prefix, Map<String, Question> questions,
            boolean allDecksRead, List<Problem> problems) {
        Map<String, Answer> answers = new HashMap<>();
        AnswerFile parser = new AnswerFile(yaml());
        for (Path file : files) {
            String display = prefix + "answers/" + file.getFileName();
            String id = stem(file);
            if (!questions.containsKey(id) && allDecksRead) {
                problems.add(new Problem(display, 0, "answer without a question: no deck has a question '" + id + "'"));
                continue;
            }
            if (!questions.containsKey(id)) {
                continue;
            }
            Optional<Answer> answer = BankFiles.readText(file, display, problems)
                    .flatMap(text -> parser.parse(text, display, problems));
            if (answer.isPresent() && !answer.get().id().equals(id)) {
                problems.add(new Problem(display, 2, "id '" + answer.get().id() + "' does not match the file name ('"
                        + id + "')"));
            } else {
                answer.ifPresent(a -> answers.put(id, a));
            }
        }
        return answers;
    }

    /** Lists the regular files of one sub-folder, sorted, reporting anything else found there. */
    private static List<Path> list(Path root, Path realRoot, String folder, String prefix, List<Problem> problems,
            java.util.function.Predicate<String> accepted, String expected) {
        Path dir = root.resolve(folder);
        String display = prefix + folder;
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(display, 0, "missing: a bank holds questions/ and answers/ folders"));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString().replaceAll("/$", "");
                if (name.startsWith(".")) {
                    continue;
                }
                String entryDisplay = display + "/" + name;
                if (!insideRoot(entry, realRoot)) {
                    problems.add(new Problem(entryDisplay, 0, "points outside the bank folder; refusing to read it"));
                } else if (!Files.isRegularFile(entry)) {
                    problems.add(new Problem(entryDisplay, 0, "unexpected entry: expected " + expected));
                } else if (!accepted.test(name)) {
                    problems.add(new Problem(entryDisplay, 0, "unexpected file: expected " + expected));
                } else {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(display, 0, "cannot list: " + BankFiles.describe(e)));
        }
        return files;
    }

    private static boolean insideRoot(Path entry, Path realRoot) {
        try {
            return entry.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
