package dev.grudrill.cli;

import dev.grudrill.bank.Bank;
import dev.grudrill.bank.Question;
import dev.grudrill.bank.Search;
import dev.grudrill.bank.TextAnalyzer;
import dev.grudrill.term.SafeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class SearchCommand extends BaseCommand {
    private final Arg<List<String>> words = parameters("QUERY").arity("1..*").description("Words to look for.")
            .listOf(String.class);
    private final Arg<Integer> limit = option("--limit").label("N").defaultValue("10")
            .description("At most N hits (default: 10).").of(Integer.class);
    private final LookupOutput output = new LookupOutput(this);
    private final BankOptions bankOptions = new BankOptions(this);

    SearchCommand(Context context) {
        super(context, "search", null, "Search prompts and answers, best match first.",
                "Ranking is BM25 over prompts (weighted 4x) and answers, with stemming and GRU synonyms:",
                "\"reset gate\" also finds r_t, \"update gate\" z_t, \"candidate\" n_t.");
    }

    @Override
    int execute() {
        int limit = this.limit.get();
        if (limit < 1) {
            throw CliException.usage("--limit must be 1 or more, not " + limit);
        }
        String query = String.join(" ", words.get()).strip();
        TextAnalyzer analyzer = new TextAnalyzer();
        List<String> terms = analyzer.terms(query);
        if (terms.isEmpty()) {
            throw CliException.usage("the query '" + query + "' has no searchable words");
        }
        Bank bank = bankOptions.loadOrFail(context);
        List<Search.Hit> hits = new Search(bank, analyzer).search(query, limit);
        switch (output.format()) {
            case json -> printJson(query, terms, hits);
            case markdown -> printMarkdown(hits);
            default -> printText(hits, output.screen(context));
        }
        if (hits.isEmpty()) {
            message("no question matches '" + query + "'");
            return ExitCodes.NOT_FOUND;
        }
        return ExitCodes.OK;
    }

    private void printJson(String query, List<String> terms, List<Search.Hit> hits) {
        List<Map<String, Object>> items = new ArrayList<>();
        int rank = 1;
        for (Search.Hit hit : hits) {
            Question q = hit.card().question();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rank", rank++);
            item.put("id", q.id());
            item.put("number", q.number());
            item.put("question", q.prompt());
            item.put("score", hit.score());
            item.put("snippet", hit.snippet().text());
            item.put("highlights", hit.snippet().highlights());
            items.add(item);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", Json.SCHEMA_VERSION);
        doc.put("query", query);
        doc.put("terms", terms);
        doc.put("count", hits.size());
        doc.put("hits", items);
        Json.print(out(), doc);
    }

    private void printMarkdown(List<Search.Hit> hits) {
        int rank = 1;
        for (Search.Hit hit : hits) {
            Question q = hit.card().question();
            out().println((rank++) + ". **" + q.id() + "** " + SafeText.escape(q.prompt()));
            out().println("   " + marked(hit.snippet(), "**", "**"));
        }
    }

    private void printText(List<Search.Hit> hits, Screen screen) {
        int rank = 1;
        for (Search.Hit hit : hits) {
            Question q = hit.card().question();
            String score = Numbers.decimals(hit.score(), 2);
            out().println((rank < 10 ? " " : "") + rank++ + ". " + screen.bold(q.id()) + "  "
                    + SafeText.escape(q.prompt()) + "  " + screen.dim("(" + score + ")"));
            String open = screen.colour ? "\u001b[1;33m" : "**";
            String close = screen.colour ? "\u001b[0m" : "**";
            out().println("    " + marked(hit.snippet(), open, close));
        }
    }

    private static String marked(Search.Snippet snippet, String open, String close) {
        StringBuilder out = new StringBuilder();
        String text = snippet.text();
        int at = 0;
        for (int[] range : snippet.highlights()) {
            out.append(SafeText.escape(text.substring(at, range[0]))).append(open)
                    .append(SafeText.escape(text.substring(range[0], range[1]))).append(close);
            at = range[1];
        }
        return out.append(SafeText.escape(text.substring(at))).toString();
    }
}
