package fi.kulttuuripankki.devtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs one real OpenSearch 2.19 node for development and tests.
 *
 * <p>Usage: {@code OpenSearchNode --data DIR [--port 9200] [--cluster-name NAME]}.
 * The node listens on 127.0.0.1 only, as a single-node cluster without the security
 * plugin (it is not on the classpath), and keeps everything under DIR. It runs until
 * the JVM is told to stop (SIGTERM / SIGINT), then closes the node cleanly.
 */
public final class OpenSearchNode {

    /** Only the modules the backend uses: fewer modules start faster and use less heap. */
    private static final String MODULES = String.join(",",
            "org.opensearch.transport.Netty4Plugin",              // HTTP and transport
            "org.opensearch.analysis.common.CommonAnalysisPlugin", // finnish/swedish/english, filters
            "org.opensearch.index.mapper.MapperExtrasPlugin",      // search_as_you_type, rank_feature
            "org.opensearch.painless.PainlessPlugin",              // scripts (update by query)
            "org.opensearch.index.reindex.ReindexPlugin");         // _reindex, _update_by_query

    private OpenSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        int port = 9200;
        String clusterName = "kulttuuripankki-dev";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data" -> { data = Path.of(require(args[i], value)).toAbsolutePath(); i++; }
                case "--port" -> { port = parsePort(require(args[i], value)); i++; }
                case "--cluster-name" -> { clusterName = require(args[i], value); i++; }
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (data == null) {
            usage("--data DIR is required (the folder that holds the node's data and logs)");
        }

        final int httpPort = port;
        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((index, settings) -> settings
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", String.valueOf(httpPort))
                // The transport port is internal to this one node: let it pick a free one.
                .put("transport.port", "0")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("node.attr.purpose", "kulttuuripankki-dev"));

        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                System.err.println("Closing the OpenSearch node failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "opensearch-node-shutdown"));

        runner.build(new OpenSearchRunner.Configs()
                .basePath(data.toString())
                .numOfNode(1)
                .clusterName(clusterName)
                .moduleTypes(MODULES)
                .printOnFailure());
        System.out.println("OpenSearch node ready to accept requests on http://127.0.0.1:" + httpPort);
        stopped.await();
    }

    private static String require(String flag, String value) {
        if (value == null) {
            usage(flag + " needs a value");
        }
        return value;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the usage message
        }
        usage("--port must be a number between 1 and 65535, got " + value);
        return -1;
    }

    private static void usage(String problem) {
        System.err.println("OpenSearchNode: " + problem);
        System.err.println("usage: OpenSearchNode --data DIR [--port 9200] [--cluster-name NAME]");
        System.exit(2);
    }
}
