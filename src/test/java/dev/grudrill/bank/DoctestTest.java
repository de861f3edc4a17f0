package dev.grudrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DoctestTest {
    @Test
    void commandsAndTheirOutputInsideFencedBlocks() {
        String md = "Text\n$ gru-drill calc not-in-a-block\n```\n$ gru-drill calc params --input 1 --hidden 2\n"
                + "line one\nline two\n$ gru-drill calc flops\nthird\n```\n";
        List<Doctest> tests = Doctest.in(md, 10);
        assertEquals(2, tests.size());
        assertEquals(new Doctest(13, "gru-drill calc params --input 1 --hidden 2", List.of("line one", "line two")),
                tests.get(0));
        assertEquals(new Doctest(16, "gru-drill calc flops", List.of("third")), tests.get(1));
    }

    @Test
    void aLongCommandContinuesAfterBackslashes() {
        String md = "```\n$ gru-drill calc forward --hidden 1 \\\n    --x 1 \\\n    --h 0.5\nh' = 0.4\n```\n";
        assertEquals(List.of(new Doctest(2, "gru-drill calc forward --hidden 1 --x 1 --h 0.5", List.of("h' = 0.4"))),
                Doctest.in(md, 1));
    }
}
