package dev.grudrill.drill;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.NotFoundException;
import dev.grudrill.bank.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Which questions an interview asks.
 *
 * <p>With {@code ids}, exactly those questions in that order, written or not. Otherwise {@code count}
 * questions drawn from those with a written model answer that match {@code topic} and
 * {@code difficulty} (null: any), shuffled with {@code new Random(seed)} so that the same seed picks the
 * same questions from the same bank.
 */
public record Selection(int count, Topic topic, Integer difficulty, List<String> ids, long seed) {

    public Selection {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** The picked cards; throws {@link NotFoundException} for an unknown id or when nothing matches. */
    public List<Card> pick(Bank bank) {
        if (!ids.isEmpty()) {
            return ids.stream().map(key -> bank.resolve(key, null)).toList();
        }
        List<Card> matching = bank.cards().stream().filter(this::matches).toList();
        List<Card> written = new ArrayList<>(matching.stream().filter(Card::written).toList());
        if (written.isEmpty()) {
            throw new NotFoundException("no question with a written model answer matches" + filters()
                    + (matching.isEmpty() ? "" : " (" + matching.size() + " match without one yet: "
                            + matching.stream().limit(5).map(Card::id).collect(Collectors.joining(", "))
                            + (matching.size() > 5 ? ", …" : "") + "; ask for them with --ids)"));
        }
        Collections.shuffle(written, new Random(seed));
        return List.copyOf(written.subList(0, Math.min(count, written.size())));
    }

    private boolean matches(Card card) {
        return (topic == null || card.question().topics().contains(topic))
                && (difficulty == null || card.question().difficulty() == difficulty);
    }

    private String filters() {
        String text = (topic == null ? "" : " --topic " + topic.label())
                + (difficulty == null ? "" : " --difficulty " + difficulty);
        return text.isEmpty() ? " (the bank has none)" : text;
    }
}
