package dev.grudrill.drill;

/** The outcome of {@link Fsrs#review}: the card's new state and the log of the review. */
public record Review(CardState card, ReviewLog log) {
}
