package nl.overheid.recordingpolicy.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder between the gateway and its database that the test can cut: {@link #cut()} closes the listening
 * socket and every forwarded connection (as a database that stops or a network that fails would), so pooled
 * connections are dead and new ones are refused; {@link #restore()} listens again on the same port. Two threads per
 * connection, one per direction: a handful of connections in a test.
 */
final class CuttableProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    CuttableProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = first.getLocalPort();
        listen(first);
    }

    int port() {
        return port;
    }

    /**
     * Closes the listener and resets every connection through it: the database is gone, for old and new connections
     * alike. Reset (linger 0), not closed: a closed socket would wait in FIN_WAIT for the gateway's side, which an idle
     * pooled connection does not give, and keep the port from being listened on again.
     */
    synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : open) {
            reset(socket);
        }
        open.clear();
    }

    /** Listens again on the same port: the database is back. */
    synchronized void restore() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            try {
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
                listen(again);
                return;
            } catch (BindException e) {
                again.close();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200); // a socket of the cut connections still holds the port
            }
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        closeQuietly(socket);
    }

    private void listen(ServerSocket socket) {
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket), "proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // cut
            }
            open.add(client); // before connecting onwards, so that a cut in the meantime resets it too
            Socket server = new Socket();
            try {
                server.connect(target, 5_000);
            } catch (IOException e) {
                open.remove(client);
                closeQuietly(client);
                closeQuietly(server);
                continue;
            }
            open.add(server);
            pump(client, server);
            pump(server, client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed or was cut: close both below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "proxy-pump-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
