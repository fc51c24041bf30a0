package org.qcommons.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A TCP relay on the loopback interface that makes one browser's connection to the app slow or broken: each chunk
 * is held back {@code oneWayMillis} in each direction (so a round trip takes twice that longer), and {@link #drop}
 * cuts every connection and refuses new ones for a while, as a network that falls over does. Unlike the browser's
 * own throttling it also slows WebSocket frames, which carry Vaadin's push.
 */
public final class SlowLink implements AutoCloseable {

    private record Chunk(long due, byte[] bytes) {}

    private final ServerSocket server;
    private final int target;
    private final long oneWayMillis;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile long downUntil;
    private volatile boolean closed;

    public SlowLink(int targetPort, long oneWayMillis) throws IOException {
        this.target = targetPort;
        this.oneWayMillis = oneWayMillis;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "slow-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Cuts every connection now and refuses new ones for {@code millis}. */
    public void drop(long millis) {
        downUntil = System.currentTimeMillis() + millis;
        open.forEach(SlowLink::quietlyClose);
        open.clear();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket browser = server.accept();
                if (System.currentTimeMillis() < downUntil) {
                    quietlyClose(browser);
                    continue;
                }
                Socket app = new Socket();
                app.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target));
                browser.setTcpNoDelay(true);
                app.setTcpNoDelay(true);
                open.add(browser);
                open.add(app);
                pump(browser, app);
                pump(app, browser);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try {
                        for (int read; (read = in.read(buffer)) >= 0; ) {
                            queue.add(
                                    new Chunk(System.currentTimeMillis() + oneWayMillis, Arrays.copyOf(buffer, read)));
                        }
                    } catch (IOException e) {
                        // the other side closed
                    }
                    queue.add(new Chunk(0, null));
                },
                "slow-link-read");
        Thread writer = new Thread(
                () -> {
                    try {
                        while (true) {
                            Chunk c = queue.take();
                            if (c.bytes() == null) {
                                break;
                            }
                            long wait = c.due() - System.currentTimeMillis();
                            if (wait > 0) {
                                Thread.sleep(wait);
                            }
                            out.write(c.bytes());
                            out.flush();
                        }
                    } catch (IOException | InterruptedException e) {
                        // closed
                    }
                    quietlyClose(to);
                    quietlyClose(from);
                },
                "slow-link-write");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    private static void quietlyClose(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        open.forEach(SlowLink::quietlyClose);
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
