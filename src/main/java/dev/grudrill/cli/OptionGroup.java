package dev.grudrill.cli;

/** Options that several commands share (a picocli mixin, declared in code like the commands' own). */
abstract class OptionGroup {
    private final BaseCommand command;

    OptionGroup(BaseCommand command) {
        this.command = command;
    }

    Arg.Builder option(String names) {
        return command.option(names);
    }

    Arg<Boolean> flag(String names, String description) {
        return command.flag(names, description);
    }
}
