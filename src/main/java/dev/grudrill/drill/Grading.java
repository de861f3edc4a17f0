package dev.grudrill.drill;

import dev.grudrill.bank.KeyPoint;
import dev.grudrill.bank.Misconception;
import java.util.List;

/**
 * What a typed answer covered, key point by key point, and which misconceptions it stated.
 *
 * @param points         one entry per key point of the model answer, in its order
 * @param misconceptions the misconceptions the answer stated (not negated), in the answer's order
 * @param blank          the answer had no words at all
 */
public record Grading(List<PointResult> points, List<MisconceptionHit> misconceptions, boolean blank) {

    public Grading {
        points = List.copyOf(points);
        misconceptions = List.copyOf(misconceptions);
    }

    /**
     * One key point: covered when {@code term} (one of its terms) matched; {@code evidence} is the
     * answer's own words that matched each part of the term.
     */
    public record PointResult(int index, KeyPoint point, String term, List<String> evidence) {
        public PointResult {
            evidence = List.copyOf(evidence);
        }

        public boolean covered() {
            return term != null;
        }
    }

    /** A misconception the answer stated: the matching term and the answer's words. */
    public record MisconceptionHit(int index, Misconception misconception, String term, String evidence) {
    }

    public int covered() {
        return (int) points.stream().filter(PointResult::covered).count();
    }

    public int total() {
        return points.size();
    }

    /** Covered key points over all key points; 0 when there are none. */
    public double coverage() {
        return points.isEmpty() ? 0 : (double) covered() / points.size();
    }

    public List<Integer> coveredIndexes() {
        return points.stream().filter(PointResult::covered).map(PointResult::index).toList();
    }

    public List<Integer> missedIndexes() {
        return points.stream().filter(p -> !p.covered()).map(PointResult::index).toList();
    }
}
