import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The test cluster's way from a pod to the machine's PostgreSQL, Kafka and Keycloak, which listen on the
 * host's 127.0.0.1 only (and Kafka advertises 127.0.0.1:9092 to its clients), through Unix sockets in a
 * directory that the pods mount (hostPath):
 *
 * <pre>
 *   java Gateway.java host DIR PORT...   on the host: DIR/PORT.sock -> 127.0.0.1:PORT
 *   java Gateway.java pod DIR PORT...    in a pod (sidecar): the pod's 127.0.0.1:PORT -> DIR/PORT.sock
 * </pre>
 *
 * So a service in its own network namespace reaches 127.0.0.1:5432, :9092 and :8180 exactly as a service
 * of the local stack does, and the tokens' issuer and Kafka's advertised address stay the same. Bytes
 * are copied unchanged both ways; each connection takes two virtual threads. Run with JDK 21+ as a
 * single-file program (no build step).
 */
public class Gateway {

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !(args[0].equals("host") || args[0].equals("pod"))) {
            System.err.println("usage: java Gateway.java host|pod DIR PORT...");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            int port = Integer.parseInt(args[i]);
            Path socket = dir.resolve(port + ".sock");
            ServerSocketChannel server;
            if (args[0].equals("host")) {
                Files.deleteIfExists(socket);
                server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                server.bind(UnixDomainSocketAddress.of(socket));
                // the services run as uid 10001 in their pods
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw-rw-"));
                accept(server, () -> SocketChannel.open(new InetSocketAddress("127.0.0.1", port)));
            } else {
                server = ServerSocketChannel.open();
                server.bind(new InetSocketAddress("127.0.0.1", port));
                accept(server, () -> SocketChannel.open(UnixDomainSocketAddress.of(socket)));
            }
            System.out.printf("gateway %s: %s%n", args[0], args[0].equals("host")
                    ? socket + " -> 127.0.0.1:" + port : "127.0.0.1:" + port + " -> " + socket);
        }
        Thread.currentThread().join();
    }

    interface Opener {
        SocketChannel open() throws IOException;
    }

    static void accept(ServerSocketChannel server, Opener target) {
        Thread.ofPlatform().name("accept-" + server).start(() -> {
            while (true) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (IOException e) {
                    System.err.println("accept failed: " + e);
                    return;
                }
                Thread.ofVirtual().start(() -> {
                    SocketChannel upstream = null;
                    try {
                        upstream = target.open();
                        SocketChannel far = upstream;
                        Thread back = Thread.ofVirtual().start(() -> copy(far, client));
                        copy(client, upstream);
                        back.join();
                    } catch (Exception e) {
                        // the far end is not there: the client sees the connection closed
                    } finally {
                        close(client);
                        if (upstream != null) {
                            close(upstream);
                        }
                    }
                });
            }
        });
    }

    /** Copies until the source ends, then half-closes the target (so the far end sees the end too). */
    static void copy(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(32 * 1024);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            close(to);
            close(from);
        }
    }

    static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
