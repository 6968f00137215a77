package org.diplograph.neo4jlauncher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Main runs an embedded Neo4j 5 Community DBMS that listens for Bolt (and optionally HTTP) on
 * 127.0.0.1, with authentication on and the neo4j user's password taken from NEO4J_PASSWORD.
 *
 * <p>It prints {@link #READY} once a real Bolt client has logged in and run a query, and shuts the
 * DBMS down cleanly on SIGTERM. scripts/neo4j starts it and waits for that line.
 *
 * <p>Usage: {@code Main --home DIR --bolt-port N [--http-port N] [--pagecache SIZE]}; an HTTP port
 * of 0 turns the HTTP connector off.
 */
public final class Main {
    /** READY is the line that tells scripts/neo4j the server accepts authenticated Bolt queries. */
    public static final String READY = "diplograph-neo4j: ready";

    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";
    private static final String DEFAULT_PASSWORD = "diplograph";
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);

    // An admin command run by the embedded API, which has full privileges, so it works while the
    // initial password "neo4j" is still marked as change-required.
    private static final String SET_PASSWORD =
            "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED";
    private static final String CLEAR_CHANGE_REQUIRED =
            "ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED";

    private Main() {}

    public static void main(String[] args) {
        try {
            run(Options.parse(args), passwordFromEnv());
        } catch (UsageException e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.exit(2);
        } catch (Throwable e) {
            e.printStackTrace();
            // Last, so that it ends the log tail that scripts/neo4j shows.
            System.err.println("neo4j-launcher: start failed: " + rootCause(e));
            // Neo4j may have left non-daemon threads behind; make sure the process ends.
            System.exit(1);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String passwordFromEnv() {
        String password = System.getenv("NEO4J_PASSWORD");
        return password == null || password.isEmpty() ? DEFAULT_PASSWORD : password;
    }

    private static void run(Options options, String password) throws Exception {
        AtomicReference<DatabaseManagementService> dbms = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService service = dbms.getAndSet(null);
            if (service != null) {
                System.out.println("diplograph-neo4j: stopping");
                service.shutdown();
                System.out.println("diplograph-neo4j: stopped");
            }
            stopped.countDown();
        }, "diplograph-neo4j-shutdown"));

        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(options.home)
                .setConfig(settings(options))
                .setUserLogProvider(new Log4jLogProvider(System.out))
                .build();
        dbms.set(service);

        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        setPassword(system, password);

        GraphDatabaseService neo4j = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!neo4j.isAvailable(STARTUP_WAIT.toMillis())) {
            throw new IllegalStateException("database neo4j is not available after " + STARTUP_WAIT);
        }
        checkBolt(options.boltPort, password);

        System.out.printf("%s bolt://%s:%d%s in %d ms%n", READY, HOST, options.boltPort,
                options.httpPort > 0 ? " http://" + HOST + ":" + options.httpPort : "",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        System.out.flush();
        stopped.await();
    }

    private static Map<Setting<?>, Object> settings(Options options) {
        Map<Setting<?>, Object> s = new HashMap<>();
        s.put(GraphDatabaseSettings.auth_enabled, true);
        s.put(GraphDatabaseSettings.pagecache_memory, options.pagecache);
        // Keep only a little transaction log: this is a development and test database.
        s.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
        s.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(128));
        s.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        s.put(GraphDatabaseSettings.udc_enabled, false);

        s.put(BoltConnector.enabled, true);
        s.put(BoltConnector.listen_address, new SocketAddress(HOST, options.boltPort));
        s.put(BoltConnector.advertised_address, new SocketAddress(HOST, options.boltPort));
        s.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Netty waits a quiet period per event loop group on shutdown (5 s each by default, 10 s in
        // all); the databases are already stopped by then, so there is nothing to wait for.
        s.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);

        s.put(HttpConnector.enabled, options.httpPort > 0);
        if (options.httpPort > 0) {
            s.put(HttpConnector.listen_address, new SocketAddress(HOST, options.httpPort));
            s.put(HttpConnector.advertised_address, new SocketAddress(HOST, options.httpPort));
        }
        return s;
    }

    /** setPassword makes the neo4j user's password the given one, on a new store and an old one. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(SET_PASSWORD, Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: the store was made
            // by an earlier start. Still make sure no password change is pending.
            if (!messages(e).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally(CLEAR_CHANGE_REQUIRED);
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** checkBolt logs in over Bolt like a client would and runs a query. */
    private static void checkBolt(int port, String password) {
        try (Driver driver = GraphDatabase.driver("bolt://" + HOST + ":" + port,
                AuthTokens.basic(USER, password))) {
            long one = driver.executableQuery("RETURN 1 AS one").execute()
                    .records().get(0).get("one").asLong();
            if (one != 1) {
                throw new IllegalStateException("Bolt check: RETURN 1 gave " + one);
            }
        }
    }

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private record Options(Path home, int boltPort, int httpPort, long pagecache) {
        static Options parse(String[] args) throws UsageException {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new UsageException("usage: --home DIR --bolt-port N [--http-port N] [--pagecache SIZE]");
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            String home = values.remove("home");
            String bolt = values.remove("bolt-port");
            if (home == null || bolt == null) {
                throw new UsageException("--home and --bolt-port are required");
            }
            int httpPort = port("http-port", values.getOrDefault("http-port", "0"), true);
            values.remove("http-port");
            long pagecache;
            try {
                pagecache = ByteUnit.parse(values.getOrDefault("pagecache", "512m"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--pagecache: " + e.getMessage());
            }
            values.remove("pagecache");
            if (!values.isEmpty()) {
                throw new UsageException("unknown options " + values.keySet());
            }
            Path dir = Path.of(home).toAbsolutePath();
            if (!Files.isDirectory(dir)) {
                throw new UsageException("--home " + dir + " is not a directory");
            }
            return new Options(dir, port("bolt-port", bolt, false), httpPort, pagecache);
        }

        private static int port(String name, String value, boolean zeroAllowed) throws UsageException {
            try {
                int port = Integer.parseInt(value);
                if ((port == 0 && zeroAllowed) || (port > 0 && port < 65536)) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw new UsageException("--" + name + " " + value + " is not a port");
        }
    }
}
