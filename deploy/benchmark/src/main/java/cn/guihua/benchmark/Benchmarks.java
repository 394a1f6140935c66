package cn.guihua.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.guihua.localstack.LocalStack;

/** Entry point of deploy/benchmark/run.sh: starts the local stack on a data directory, runs one benchmark, stops. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        Path dataDir = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (rest.isEmpty() || !rest.get(0).equals("ingest") || dataDir == null) {
            System.err.println("usage: deploy/benchmark/run.sh ingest [ROWS]");
            System.exit(2);
        }
        int rows = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 100_000;
        boolean ok;
        try (LocalStack stack = new LocalStack(root, dataDir, System.out)) {
            stack.start(true);
            ok = new IngestBenchmark(stack, rows, System.out).run();
        }
        System.exit(ok ? 0 : 1);
    }
}
