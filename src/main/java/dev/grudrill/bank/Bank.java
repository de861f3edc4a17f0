package dev.grudrill.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The loaded, validated bank: decks of questions, each with its answer. Immutable. */
public final class Bank {
    private final List<Deck> decks;
    private final Map<String, Card> cardsById;
    /** Search postings the build computed, for the bundled bank; null for a bank read from files. */
    private final java.util.function.Function<java.util.Set<String>, Search.Postings> precomputedPostings;
    private final java.util.function.Function<String, List<Search.Sentence>> precomputedSentences;

    public Bank(List<Deck> decks, Map<String, Answer> answersById) {
        this.decks = List.copyOf(decks);
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Deck deck : decks) {
            for (Question q : deck.questions()) {
                cards.put(q.id(), new Card(q, answersById.getOrDefault(q.id(), Answer.notWritten(q.id()))));
            }
        }
        this.cardsById = cards;
        this.precomputedPostings = null;
        this.precomputedSentences = null;
    }

    /** A bank whose written answers {@code loader} reads on first use, by question id. */
    Bank(List<Deck> decks, java.util.Set<String> writtenIds, java.util.function.Function<String, Answer> loader,
            java.util.function.Function<java.util.Set<String>, Search.Postings> precomputedPostings,
            java.util.function.Function<String, List<Search.Sentence>> precomputedSentences) {
        this.decks = List.copyOf(decks);
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Deck deck : decks) {
            for (Question q : deck.questions()) {
                boolean written = writtenIds.contains(q.id());
                cards.put(q.id(), new Card(q, written, () -> written ? loader.apply(q.id()) : Answer.notWritten(q.id())));
            }
        }
        this.cardsById = cards;
        this.precomputedPostings = precomputedPostings;
        this.precomputedSentences = precomputedSentences;
    }

    java.util.function.Function<String, List<Search.Sentence>> precomputedSentences() {
        return precomputedSentences;
    }

    java.util.function.Function<java.util.Set<String>, Search.Postings> precomputedPostings() {
        return precomputedPostings;
    }

    public List<Deck> decks() {
        return decks;
    }

    /** Every card, deck by deck, in question-number order. */
    public List<Card> cards() {
        return List.copyOf(cardsById.values());
    }

    public Optional<Card> find(String id) {
        return Optional.ofNullable(cardsById.get(id));
    }

    /**
     * Finds a card by id ({@code gru-06}) or by number ({@code 6}). A number is looked up in
     * {@code deck} when given, else in every deck; it must then be unique.
     */
    public Card resolve(String idOrNumber, String deck) {
        String key = idOrNumber.trim();
        if (!key.matches("\\d{1,9}")) {
            return find(key).orElseThrow(() -> new NotFoundException(
                    "no question '" + idOrNumber + "' (ids look like " + exampleId() + "; 'gru-drill list' shows them)"));
        }
        int number = Integer.parseInt(key);
        List<Card> matches = new ArrayList<>();
        for (Card card : cardsById.values()) {
            Question q = card.question();
            if (q.number() == number && (deck == null || q.deck().equals(deck))) {
                matches.add(card);
            }
        }
        if (matches.isEmpty()) {
            throw new NotFoundException("no question " + number + numberRange(deck));
        }
        if (matches.size() > 1) {
            throw new AmbiguousNumberException("question " + number + " exists in several decks ("
                    + matches.stream().map(Card::id).collect(Collectors.joining(", "))
                    + "): give the id or --deck");
        }
        return matches.get(0);
    }

    private String numberRange(String deck) {
        List<Deck> scope = decks.stream().filter(d -> deck == null || d.name().equals(deck)).toList();
        if (deck != null && scope.isEmpty()) {
            return " (there is no deck '" + deck + "'; decks: "
                    + decks.stream().map(Deck::name).collect(Collectors.joining(", ")) + ")";
        }
        int max = scope.stream().flatMap(d -> d.questions().stream()).mapToInt(Question::number).max().orElse(0);
        return max == 0 ? " (the bank is empty)" : " (questions are numbered 1-" + max + ")";
    }

    private String exampleId() {
        return cardsById.isEmpty() ? "gru-06" : cardsById.keySet().iterator().next();
    }
}
