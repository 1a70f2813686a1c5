package cn.xgz.recon.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A file made of numbered blocks formatted in parallel and written in order. At most two blocks per thread are in
 * memory at once, so a gigabyte file costs a few blocks of heap, not the file.
 */
final class OrderedBlocks {

    /** The bytes of items {@code [from, to)}. */
    @FunctionalInterface
    interface Block {
        byte[] format(int from, int to);
    }

    private OrderedBlocks() {}

    static void write(OutputStream out, int items, int blockSize, int threads, Block block) throws IOException {
        if (threads <= 1 || items <= blockSize) {
            for (int from = 0; from < items; from += blockSize) {
                out.write(block.format(from, Math.min(items, from + blockSize)));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "csv-format");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<byte[]>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < items || !pending.isEmpty()) {
                while (next < items && pending.size() < 2 * threads) {
                    int from = next;
                    int to = Math.min(items, from + blockSize);
                    pending.add(pool.submit(() -> block.format(from, to)));
                    next = to;
                }
                out.write(take(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] take(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("写出被中断", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }
}
