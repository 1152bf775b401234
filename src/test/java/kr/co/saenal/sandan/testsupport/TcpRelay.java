package kr.co.saenal.sandan.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a port of its own in front of a real server (PostgreSQL, say), which a test can cut and restore:
 * cut, it closes every open connection and the port refuses new ones, as a stopped server's does; restored, it
 * relays again on the same port. Lets a test take a service away from one application server without stopping the
 * service for anybody else.
 */
public final class TcpRelay implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    private TcpRelay(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listening = bind(0);
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** A relay on a free port of 127.0.0.1 to {@code host:port}, relaying at once. */
    public static TcpRelay to(String host, int port) {
        return new TcpRelay(host, port);
    }

    public int port() {
        return port;
    }

    /** Closes every relayed connection and the port: new connections are refused until {@link #restore()}. */
    public synchronized void cut() {
        closeQuietly(listening);
        listening = null;
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    /** Listens on the same port again. */
    public synchronized void restore() {
        if (listening == null) {
            listening = bind(port);
            accept(listening);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket bind(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        daemon("relay-accept-" + port, () -> {
            while (!socket.isClosed()) {
                Socket client = null;
                try {
                    client = socket.accept();
                    Socket server = new Socket(targetHost, targetPort);
                    open.add(client);
                    open.add(server);
                    pipe(client, server);
                    pipe(server, client);
                } catch (IOException closedOrRefused) {
                    closeQuietly(client); // cut, or the target refused: the client sees its connection closed
                }
            }
        });
    }

    private void pipe(Socket from, Socket to) {
        daemon("relay-" + port, () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
