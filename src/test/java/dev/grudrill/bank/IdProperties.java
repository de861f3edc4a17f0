package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Ids become file names ({@code answers/<id>.md}, and {@code bank import} writes {@code <deck>-NN}). The id
 * pattern admits only names that stay inside their folder: no separators, no dots, nothing empty.
 */
class IdProperties {

    @Property(tries = 5000)
    void everyValidIdNamesAFileInsideItsFolder(@ForAll("candidates") String id) {
        if (!id.matches(DeckFile.ID_PATTERN)) {
            return;
        }
        assertFalse(id.isEmpty() || id.contains("/") || id.contains("\\") || id.contains(".") || id.contains("\0")
                || id.contains(":"), id);
        Path answers = Path.of("bank", "answers");
        Path file = answers.resolve(id + ".md").normalize();
        assertEquals(answers, file.getParent(), id);
        assertTrue(file.getFileName().toString().equals(id + ".md"), id);
    }

    @Property(tries = 3000)
    void pathTricksAreNeverValidIds(@ForAll("tricks") String id) {
        assertFalse(id.matches(DeckFile.ID_PATTERN), id);
    }

    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("az09-./\\_:\0 ~").ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> tricks() {
        Arbitrary<String> word = Arbitraries.strings().withChars("az09-").ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> trick = Arbitraries.of("..", "/", "\\", ".", "\0", "%2e%2e", "\n", "/etc/passwd", "~", "C:",
                "\u2215", "\uFF0F", "");
        return net.jqwik.api.Combinators.combine(word, trick, word).as((a, t, b) -> a + t + b)
                .filter(s -> !s.matches("[a-z0-9-]*"));
    }
}
