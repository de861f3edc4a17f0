package dev.grudrill.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

@Command(name = "completion", description = {"Print a bash/zsh completion script.",
    "Use: source <(gru-drill completion)   (in zsh, run 'autoload -U +X bashcompinit && bashcompinit' first)"})
final class CompletionCommand extends BaseCommand {
    CompletionCommand(Context context) {
        super(context);
    }

    @Override
    int execute() {
        out().print(AutoComplete.bash("gru-drill", spec.root().commandLine()));
        return ExitCodes.OK;
    }
}
