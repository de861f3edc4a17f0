package dev.grudrill.cli;

import dev.grudrill.bank.Answer;
import dev.grudrill.bank.Card;
import dev.grudrill.bank.Durations;
import dev.grudrill.bank.KeyPoint;
import dev.grudrill.bank.Misconception;
import dev.grudrill.bank.Question;
import dev.grudrill.bank.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documented JSON and Markdown shapes of a card. */
final class CardViews {
    static final String NOT_WRITTEN = "Answer not written yet.";

    private CardViews() {
    }

    /** The JSON object of one question in a list: no answer text. */
    static Map<String, Object> summary(Card card) {
        Question q = card.question();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("deck", q.deck());
        m.put("number", q.number());
        m.put("question", q.prompt());
        m.put("topics", q.topics().stream().map(Topic::label).toList());
        m.put("difficulty", q.difficulty());
        m.put("suggestedSeconds", q.suggestedTime().getSeconds());
        m.put("written", card.written());
        return m;
    }

    /** The full JSON object of {@code show}: the summary plus the answer (null texts when not written). */
    static Map<String, Object> full(Card card) {
        Answer a = card.answer();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", Json.SCHEMA_VERSION);
        m.putAll(summary(card));
        m.put("shortAnswer", a.shortAnswer());
        m.put("details", a.details());
        m.put("answer", a.markdown());
        m.put("keyPoints", a.keyPoints().stream().map(k -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("point", k.point());
            point.put("terms", k.terms());
            return point;
        }).toList());
        m.put("misconceptions", a.misconceptions().stream().map(mc -> {
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("claim", mc.claim());
            claim.put("terms", mc.terms());
            claim.put("correction", mc.correction());
            return claim;
        }).toList());
        m.put("followUps", a.followUps());
        m.put("references", a.references());
        m.put("calc", a.calc());
        return m;
    }

    static String header(Question q) {
        return q.id() + " · question " + q.number() + " · "
                + String.join(", ", q.topics().stream().map(Topic::label).toList())
                + " · difficulty " + q.difficulty() + " · " + Durations.format(q.suggestedTime());
    }

    /** The whole card as one Markdown document; {@code shortOnly} stops after the short answer. */
    static String markdown(Card card, boolean shortOnly) {
        Question q = card.question();
        Answer a = card.answer();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(q.number()).append(". ").append(q.prompt()).append("\n\n");
        md.append('*').append(header(q)).append("*\n\n");
        if (!a.written()) {
            return md.append('*').append(NOT_WRITTEN).append("*\n").toString();
        }
        md.append("## Short answer\n\n").append(a.shortAnswer()).append("\n");
        if (shortOnly) {
            return md.toString();
        }
        if (a.details() != null) {
            md.append("\n## Details\n\n").append(a.details()).append("\n");
        }
        section(md, "Key points", a.keyPoints().stream().map(KeyPoint::point).toList());
        section(md, "Common misconceptions", a.misconceptions().stream()
                .map(m -> "*Wrong:* " + m.claim() + " " + m.correction()).toList());
        section(md, "Follow-up questions", a.followUps());
        section(md, "References", a.references());
        if (!a.calc().isEmpty()) {
            md.append("\n## Check it with gru-drill\n\n```\n");
            a.calc().forEach(c -> md.append(shellLines("$ " + c)).append('\n'));
            md.append("```\n");
        }
        return md.toString();
    }

    /** Longest line of a command shown in a code block, which the renderer indents by two. */
    static final int COMMAND_WIDTH = 76;

    /** A long command broken before options with shell continuations, so that it still pastes. */
    static String shellLines(String command) {
        List<String> groups = new java.util.ArrayList<>();
        for (String word : command.split(" ")) {
            if (groups.isEmpty() || word.startsWith("--")) {
                groups.add(word);
            } else {
                groups.set(groups.size() - 1, groups.get(groups.size() - 1) + " " + word);
            }
        }
        StringBuilder out = new StringBuilder(groups.get(0));
        int lineLength = out.length();
        for (String group : groups.subList(1, groups.size())) {
            if (lineLength + 1 + group.length() > COMMAND_WIDTH - 2) {
                out.append(" \\\n    ");
                lineLength = 4;
            } else {
                out.append(' ');
                lineLength++;
            }
            out.append(group);
            lineLength += group.length();
        }
        return out.toString();
    }

    private static void section(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        items.forEach(item -> md.append("- ").append(item).append('\n'));
    }
}
