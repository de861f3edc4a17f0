package dev.grudrill.drill;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What the scheduler keeps for one card: its FSRS state and a hash of the prompt it was last reviewed
 * with. Cards are keyed by question id, not by the hash, so a card whose prompt was edited keeps its
 * progress; the hash only lets {@code stats} say that the prompt changed since.
 *
 * @param state      the FSRS state after the last review
 * @param promptHash {@link #hash} of the prompt as last reviewed; null for cards without one (practice kinds)
 */
public record TrackedCard(CardState state, String promptHash) {

    public TrackedCard {
        Objects.requireNonNull(state, "state");
    }

    /**
     * SHA-256 of the prompt with its whitespace collapsed, as 16 hex digits: re-wrapping a prompt in
     * its file is not an edit, changing a word is.
     */
    public static String hash(String prompt) {
        String normal = prompt.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether the card was reviewed with a prompt other than {@code currentPrompt}. */
    public boolean promptChanged(String currentPrompt) {
        return promptHash != null && currentPrompt != null && !promptHash.equals(hash(currentPrompt));
    }
}
