package dev.grudrill.cli;

import picocli.AutoComplete;

final class CompletionCommand extends BaseCommand {
    CompletionCommand(Context context) {
        super(context, "completion", null, "Print a bash/zsh completion script.",
                "Use: source <(gru-drill completion)   (in zsh, run 'autoload -U +X bashcompinit && bashcompinit'"
                        + " first)");
    }

    @Override
    int execute() {
        out().print(AutoComplete.bash("gru-drill", spec.root().commandLine()));
        return ExitCodes.OK;
    }
}
