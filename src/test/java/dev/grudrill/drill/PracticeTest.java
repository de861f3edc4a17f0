package dev.grudrill.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generated practice problems: their answers are re-derived here independently of the calculators (the
 * closed formulas, and the GRU equations computed from the numbers the problem states), every one is
 * explained, answers are checked exactly, and a seed reproduces them.
 */
class PracticeTest {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Pattern SIZES = Pattern.compile("input_size=(\\d+), hidden_size=(\\d+)"
            + "(?:, num_layers=(\\d+))?(, bidirectional=True)?");

    static PracticeProblem problem(PracticeKind kind, long seed) {
        return PracticeGenerator.generate(kind, new SplittableRandom(seed));
    }

    @Test
    void parameterCountsFollowTheClosedFormulas() {
        for (PracticeKind kind : List.of(PracticeKind.PARAMS_GRU, PracticeKind.PARAMS_LSTM)) {
            int keras = 0;
            for (long seed = 1; seed <= 300; seed++) {
                PracticeProblem p = problem(kind, seed);
                String q = p.question();
                long g = kind == PracticeKind.PARAMS_GRU ? 3 : 4;
                long expected;
                Matcher m = SIZES.matcher(q);
                if (m.find()) {
                    long i = Long.parseLong(m.group(1));
                    long h = Long.parseLong(m.group(2));
                    long layers = m.group(3) == null ? 1 : Long.parseLong(m.group(3));
                    long d = m.group(4) == null ? 1 : 2;
                    expected = d * (g * h * (i + h + 2) + (layers - 1) * g * h * (d * h + h + 2));
                } else {
                    keras++;
                    Matcher k = Pattern.compile("(GRU|LSTM)\\((\\d+)\\).* dimension (\\d+)").matcher(q);
                    assertTrue(k.find(), q);
                    long h = Long.parseLong(k.group(2));
                    long i = Long.parseLong(k.group(3));
                    long d = q.contains("Bidirectional") ? 2 : 1;
                    long biases = kind == PracticeKind.PARAMS_GRU ? 2 : 1;
                    expected = d * g * h * (i + h + biases);
                }
                assertEquals(expected, p.integers()[0], q);
                assertTrue(p.solution().get(p.solution().size() - 1).length() > 0);
                assertTrue(p.solution().stream().anyMatch(l -> l.endsWith(String.format(Locale.ROOT, "= %,d",
                        expected))), "the worked solution ends in the answer: " + p.solution());
            }
            assertTrue(keras > 30 && keras < 150, "both conventions are asked: " + keras + " of 300 Keras");
        }
    }

    @Test
    void shapesFollowPyTorchsLayout() {
        for (long seed = 1; seed <= 300; seed++) {
            PracticeProblem p = problem(PracticeKind.SHAPE, seed);
            Matcher m = SIZES.matcher(p.question());
            assertTrue(m.find(), p.question());
            long i = Long.parseLong(m.group(1));
            long h = Long.parseLong(m.group(2));
            long d = m.group(4) == null ? 1 : 2;
            long rows = (p.question().contains("nn.GRU") ? 3 : 4) * h;
            String tensor = p.question().replaceAll("What is the shape of (\\S+) in .*", "$1");
            long[] expected = tensor.startsWith("bias") ? new long[] {rows}
                    : tensor.startsWith("weight_hh") ? new long[] {rows, h}
                    : tensor.contains("_l0") ? new long[] {rows, i} : new long[] {rows, d * h};
            assertArrayEquals(expected, p.integers(), p.question());
            assertTrue(p.solution().get(0).endsWith("= " + p.answer()), p.solution().get(0));
        }
    }

    @Test
    void oneStepAnswersAreTheGruEquationsOnTheStatedNumbers() {
        for (PracticeKind kind : List.of(PracticeKind.STEP_GATES, PracticeKind.STEP_STATE)) {
            for (long seed = 1; seed <= 200; seed++) {
                PracticeProblem p = problem(kind, seed);
                String all = String.join("\n", p.statement());
                double[] x = vector(all, "x");
                double[] h = vector(all, "h");
                String asked = p.question().replaceAll("What is (\\S+)\\? .*", "$1");
                double[] r = all.contains("W_ir = [") ? gate(all, "r", x, h, false, null) : null;
                double[] z = all.contains("W_iz = [") ? gate(all, "z", x, h, false, null) : null;
                double[] n = all.contains("W_in = [") ? gate(all, "n", x, h, true, r) : null;
                double[] expected = switch (asked) {
                    case "r" -> r;
                    case "z" -> z;
                    case "n" -> n;
                    default -> new double[] {(1 - z[0]) * n[0] + z[0] * h[0], (1 - z[1]) * n[1] + z[1] * h[1]};
                };
                assertArrayEquals(expected, p.decimals(), 1e-12, all);
                assertTrue(p.solution().get(p.solution().size() - 1).endsWith(p.answer()), p.solution().toString());
                assertTrue(p.check(p.answer()).correct(), p.answer());
            }
        }
    }

    /** σ(W_i x + b_i + W_h h + b_h), or for n tanh(W_i x + b_i + r ⊙ (W_h h + b_h)), from the statement's numbers. */
    private static double[] gate(String text, String g, double[] x, double[] h, boolean candidate, double[] r) {
        double[][] wi = matrix(text, "W_i" + g);
        double[][] wh = matrix(text, "W_h" + g);
        double[] bi = vector(text, "b_i" + g);
        double[] bh = vector(text, "b_h" + g);
        double[] out = new double[2];
        for (int j = 0; j < 2; j++) {
            double in = wi[j][0] * x[0] + wi[j][1] * x[1] + bi[j];
            double rec = wh[j][0] * h[0] + wh[j][1] * h[1] + bh[j];
            out[j] = candidate ? Math.tanh(in + r[j] * rec) : 1 / (1 + Math.exp(-(in + rec)));
        }
        return out;
    }

    private static double[] vector(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\w'])" + Pattern.quote(name) + " = \\[([^\\]\\[]*)\\]").matcher(text);
        assertTrue(m.find(), name + " in " + text);
        return Arrays.stream(m.group(1).split(", ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double[][] matrix(String text, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + " = \\[\\[([^\\]]*)\\], \\[([^\\]]*)\\]\\]").matcher(text);
        assertTrue(m.find(), name + " in " + text);
        return new double[][] {Arrays.stream(m.group(1).split(", ")).mapToDouble(Double::parseDouble).toArray(),
            Arrays.stream(m.group(2).split(", ")).mapToDouble(Double::parseDouble).toArray()};
    }

    private static void assertArrayEquals(long[] expected, long[] actual, String message) {
        assertEquals(Arrays.toString(expected), Arrays.toString(actual), message);
    }

    private static void assertArrayEquals(double[] expected, double[] actual, double delta, String message) {
        assertEquals(expected.length, actual.length, message);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], delta, message);
        }
    }

    @Test
    void countsAcceptThousandsSeparatorsAndNothingElseClose() {
        PracticeProblem p = new PracticeProblem(PracticeKind.PARAMS_GRU, List.of("q"), "q",
                PracticeProblem.AnswerType.COUNT, new long[] {1920}, new double[0], List.of("s"));
        for (String ok : List.of("1920", "1,920", " 1 920 ", "1_920")) {
            assertTrue(p.check(ok).correct(), ok);
        }
        assertEquals("1,921 is wrong; the answer is 1,920", p.check("1921").message());
        assertEquals("'1920.0' is not a whole number; the answer is 1,920", p.check("1920.0").message());
        assertEquals("no answer; the answer is 1,920", p.check("  ").message());
    }

    @Test
    void shapesAreCheckedDimensionByDimension() {
        PracticeProblem p = new PracticeProblem(PracticeKind.SHAPE, List.of("q"), "q", PracticeProblem.AnswerType.SHAPE,
                new long[] {384, 128}, new double[0], List.of("s"));
        for (String ok : List.of("(384, 128)", "384x128", "[384,128]", "384 × 128", "384, 128")) {
            assertTrue(p.check(ok).correct(), ok);
        }
        assertEquals("(128, 384) is wrong; the answer is (384, 128)", p.check("(128, 384)").message());
        assertFalse(p.check("(384, 128, 1)").correct());
        assertEquals("'3H x H' is not a shape; the answer is (384, 128)", p.check("3H x H").message());
    }

    @Test
    void vectorsAreCheckedValueByValueWithinHalfAUnitOfTheThirdDecimal() {
        PracticeProblem p = new PracticeProblem(PracticeKind.STEP_GATES, List.of("q"), "q",
                PracticeProblem.AnswerType.VECTOR, new long[0], new double[] {0.73105857863, -0.3215}, List.of("s"));
        assertEquals("[0.731, -0.322]", p.answer());
        for (String ok : List.of("0.731, -0.322", "[0.731 -0.321]", "(0.7311; −0.3215)", "0.7306,-0.3219")) {
            assertTrue(p.check(ok).correct(), ok);
        }
        assertEquals("value 2 (-0.3221) is off by more than 0.0005; the answer is [0.731, -0.322]",
                p.check("0.731, -0.3221").message());
        assertEquals("expected 2 values, not 1; the answer is [0.731, -0.322]", p.check("0.731").message());
        assertEquals("'abc' is not a number; the answer is [0.731, -0.322]", p.check("abc, -0.322").message());
        assertFalse(p.check("0,731, -0,322").correct(), "decimals take a point, not a comma");
        assertFalse(p.check("0.732, -0.322").correct());
    }

    @Test
    void aSeedReproducesItsProblemsAndAnotherSeedDoesNot() {
        for (PracticeKind kind : PracticeKind.values()) {
            assertEquals(problem(kind, 42), problem(kind, 42), kind.key());
            assertNotEquals(problem(kind, 42).statement(), problem(kind, 43).statement(), kind.key());
        }
        Progress a = new Progress(new Fsrs());
        Progress b = new Progress(new Fsrs());
        assertEquals(asked(new PracticeSession("a", a, 7, 5, List.of(PracticeKind.values()))),
                asked(new PracticeSession("b", b, 7, 5, List.of(PracticeKind.values()))));
    }

    private static List<PracticeProblem> asked(PracticeSession s) {
        List<PracticeProblem> out = new ArrayList<>();
        while (s.hasNext()) {
            out.add(s.next(NOW));
            s.skip();
        }
        return out;
    }

    @Test
    void eachKindIsACardAndAWrongAnswerBringsItsKindBackFirst() {
        Progress progress = new Progress(new Fsrs());
        PracticeSession s = new PracticeSession("p", progress, 1, 7, List.of(PracticeKind.values()));
        List<PracticeKind> kinds = new ArrayList<>();
        Instant t = NOW;
        while (s.hasNext()) {
            PracticeProblem p = s.next(t);
            kinds.add(p.kind());
            boolean wrong = p.kind() == PracticeKind.SHAPE;
            HistoryRecord record = s.answer(wrong ? "(1, 2, 3)" : p.answer(), t.plusSeconds(10));
            progress.apply(record);
            assertEquals(p.kind().cardId(), record.questionId());
            assertEquals(HistoryRecord.PRACTICE, record.source());
            assertEquals(wrong ? "again" : "good", record.grade());
            assertEquals(String.join("\n", p.statement()), record.prompt());
            t = t.plusSeconds(20);
        }
        assertEquals(List.of(PracticeKind.PARAMS_GRU, PracticeKind.PARAMS_LSTM, PracticeKind.SHAPE,
                PracticeKind.STEP_GATES, PracticeKind.STEP_STATE, PracticeKind.SHAPE, PracticeKind.SHAPE), kinds,
                "every kind once, then the one answered wrong (its 1-minute step) before the others (10 minutes)");
        assertEquals(5, progress.cards().size());
        assertEquals(3, progress.cards().get(PracticeKind.SHAPE.cardId()).state().reps());
    }
}
