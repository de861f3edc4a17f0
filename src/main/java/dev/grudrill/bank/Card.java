package dev.grudrill.bank;

/** A question with its model answer (which may not be written yet). */
public record Card(Question question, Answer answer) {
    public String id() {
        return question.id();
    }
}
