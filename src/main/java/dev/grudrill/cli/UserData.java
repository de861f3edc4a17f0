package dev.grudrill.cli;

import dev.grudrill.drill.Fsrs;
import dev.grudrill.drill.PlanGoal;
import dev.grudrill.drill.Progress;
import dev.grudrill.store.CardStore;
import dev.grudrill.store.PlanStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a command knows of the user from the data folder: the card state and the interview goal, loaded
 * with their messages (files set aside, a goal whose date has passed) printed on stderr.
 */
final class UserData {
    final CardStore cards;
    final PlanStore plans;
    final Progress progress;
    /** The interview goal, when its date is still ahead. */
    final Optional<PlanGoal> goal;

    private UserData(CardStore cards, PlanStore plans, Progress progress, Optional<PlanGoal> goal) {
        this.cards = cards;
        this.plans = plans;
        this.progress = progress;
        this.goal = goal;
    }

    static UserData load(BaseCommand command, Path folder) {
        Context context = command.context;
        CardStore cards = new CardStore(folder, context.clock(), new Fsrs());
        PlanStore plans = new PlanStore(folder, context.clock());
        Progress progress = cards.load();
        Optional<PlanGoal> goal = plans.load();
        LocalDate today = LocalDate.now(context.clock());
        if (goal.isPresent() && !goal.get().interviewDate().isAfter(today)) {
            command.message("the interview date " + goal.get().interviewDate() + " is not ahead any more, so it is"
                    + " left out (plan --interview-date sets another, plan --clear removes it)");
            goal = Optional.empty();
        }
        UserData data = new UserData(cards, plans, progress, goal);
        data.printNotes(command);
        return data;
    }

    /** Prints the stores' messages gathered since the last call. */
    void printNotes(BaseCommand command) {
        cards.takeNotes().forEach(command::message);
        plans.takeNotes().forEach(command::message);
    }
}
