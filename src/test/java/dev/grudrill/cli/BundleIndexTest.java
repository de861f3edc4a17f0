package dev.grudrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.grudrill.bank.Card;
import dev.grudrill.bank.TestBanks;
import org.junit.jupiter.api.Test;

/** The renderings the build stores for the bundled bank are exactly what show would render. */
class BundleIndexTest {
    @Test
    void storedRenderingsEqualLiveOnes() {
        for (Card card : TestBanks.real().cards()) {
            assertEquals(BundleIndex.plain(card, false), BundleIndex.rendered(card, false), card.id());
            assertEquals(BundleIndex.plain(card, true), BundleIndex.rendered(card, true), card.id());
        }
    }

    @Test
    void showPrintsTheSameFromTheIndexAndFromTheFiles() {
        assertEquals(CliRun.run("show", "6", "2", "--bank", ".").out(), CliRun.run("show", "6", "2").out());
        assertEquals(CliRun.run("show", "6", "--short", "--bank", ".").out(), CliRun.run("show", "6", "--short").out());
    }
}
