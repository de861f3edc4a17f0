package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void decimalsPrintLikeTheFormatter() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double v = random.nextDouble(-100, 100) * Math.pow(10, random.nextInt(-8, 3));
            for (int places : new int[] {2, 3, 10}) {
                String expected = String.format(Locale.ROOT, "%." + places + "f", v);
                if (expected.matches("-0\\.0*")) {
                    expected = expected.substring(1);
                }
                assertEquals(expected, Numbers.decimals(v, places), v + " to " + places);
            }
        }
    }
}
