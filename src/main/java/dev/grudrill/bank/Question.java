package dev.grudrill.bank;

import java.time.Duration;
import java.util.List;

/**
 * One question of a deck.
 *
 * @param id            stable identifier, e.g. {@code gru-06}; also the answer file's name
 * @param deck          the deck the question belongs to, e.g. {@code gru}
 * @param number        position in its deck, 1-based
 * @param prompt        the question as an interviewer asks it
 * @param topics        topics from the fixed vocabulary
 * @param difficulty    1 (warm-up) to 3 (hard)
 * @param suggestedTime how long a spoken answer should take
 */
public record Question(String id, String deck, int number, String prompt, List<Topic> topics, int difficulty,
        Duration suggestedTime) {

    public Question {
        topics = List.copyOf(topics);
    }
}
