package dev.grudrill.bank;

import java.util.List;

/**
 * The model answer to one question. An answer that is not written yet has {@code written == false},
 * null texts and empty lists; commands say so instead of printing an empty answer.
 *
 * @param markdown    the whole body: "## Short answer" then "## Details"
 * @param shortAnswer what a strong candidate says in the first 30 seconds (Markdown)
 * @param details     mechanism, equations, examples (Markdown); null when the answer has no details section
 * @param calc        gru-drill commands whose output backs the answer
 * @param markdownLine the line of the answer file where {@code markdown} starts (0 when not written)
 */
public record Answer(String id, boolean written, String markdown, String shortAnswer, String details,
        List<KeyPoint> keyPoints, List<Misconception> misconceptions, List<String> followUps,
        List<String> references, List<String> calc, int markdownLine) {

    public Answer {
        keyPoints = List.copyOf(keyPoints);
        misconceptions = List.copyOf(misconceptions);
        followUps = List.copyOf(followUps);
        references = List.copyOf(references);
        calc = List.copyOf(calc);
    }

    public static Answer notWritten(String id) {
        return new Answer(id, false, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }
}
