package cn.xgz.recon.ingest.table;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A table's rows read, split and cleaned on a thread of their own, ahead of the caller. A source's ingest is one chunk
 * step in one thread; once the smaller sources were done, the registrations file was read on one core while the other
 * stood idle (17 s of a findings-heavy 7M night's 37 s ingest, 45–50 s at 20M). Validating and mapping the rows ahead
 * as well was tried and measured slower (7M findings-heavy: registrations 39–40 s against 37.6–38.5 s, more CPU).
 *
 * <p>Nothing else changes: the rows, {@link #rowsRead()} and {@link #stoppedPartWay()} after each row, and a failure
 * reach the caller in file order and exactly where the table's own reader gave them, as if it were read in the
 * caller's thread. The read-ahead is bounded ({@value #BATCHES} batches of {@value #BATCH} rows).
 */
final class ReadAheadTableReader implements TableReader {

    static final int BATCH = 512;
    static final int BATCHES = 8;

    /** A row with the reader's row count and stop reason just after it was read. */
    private record Item(RawRow row, long rowsRead, String stopped) {}

    /**
     * Rows in file order, then, in the last batch, the end of the table (with the final count and stop reason) or the
     * failure that ended reading.
     */
    private record Batch(Item[] items, int size, boolean end, long rowsRead, String stopped, Throwable failure) {}

    private final TableReader table;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private volatile boolean closed;
    private boolean started;
    /** What ended the reading thread without a batch saying so (it could not even allocate one). */
    private volatile Throwable died;

    private Batch batch;
    private int index;
    private long rowsRead;
    private String stopped;

    private ReadAheadTableReader(TableReader table) {
        this.table = table;
        this.thread = new Thread(this::readAhead, "read-ahead " + table.fileName());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> died = e);
    }

    /**
     * {@code table} read ahead on a thread that starts with the first {@link #next()}; closing the returned reader stops
     * it and closes the table.
     */
    static TableReader of(TableReader table) {
        return new ReadAheadTableReader(table);
    }


    private void readAhead() {
        Item[] items = new Item[BATCH];
        int n = 0;
        try {
            while (!closed) {
                RawRow row = table.next();
                if (row == null) {
                    post(new Batch(items, n, true, table.rowsRead(), table.stoppedPartWay(), null));
                    return;
                }
                items[n++] = new Item(row, table.rowsRead(), table.stoppedPartWay());
                if (n == BATCH) {
                    post(new Batch(items, n, false, 0, null, null));
                    items = new Item[BATCH];
                    n = 0;
                }
            }
        } catch (InterruptedException e) {
            // closed while waiting for room: nobody reads on
        } catch (Throwable t) {
            // The rows before the failure first, then the failure, where the caller would have met it.
            try {
                post(new Batch(items, n, false, 0, null, t));
            } catch (InterruptedException e) {
                // closed
            }
        }
    }

    private void post(Batch b) throws InterruptedException {
        while (!closed) {
            if (queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    @Override
    public RawRow next() {
        while (true) {
            if (batch != null) {
                if (index < batch.size()) {
                    Item it = batch.items()[index];
                    batch.items()[index++] = null;
                    rowsRead = it.rowsRead();
                    stopped = it.stopped();
                    return it.row();
                }
                if (batch.failure() != null) {
                    throw rethrown(batch.failure());
                }
                if (batch.end()) {
                    rowsRead = batch.rowsRead();
                    stopped = batch.stopped();
                    return null;
                }
            }
            if (!started) {
                // Started here rather than when opened: a file whose header fails binding is closed unread.
                started = true;
                thread.start();
            }
            batch = take();
            index = 0;
        }
    }

    /** The next batch; the reading thread always posts one before it ends, unless it died trying. */
    private Batch take() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    Batch b = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (b != null) {
                        return b;
                    }
                    if (!thread.isAlive() && queue.isEmpty()) {
                        Throwable cause = died;
                        throw cause == null ? new IllegalStateException("读取线程意外结束：" + table.fileName())
                                : rethrown(cause);
                    }
                } catch (InterruptedException e) {
                    // As a read in the caller's own thread would: finish the read, keep the interrupt for the caller.
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    @Override
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public String stoppedPartWay() {
        return stopped;
    }

    @Override
    public String fileName() {
        return table.fileName();
    }

    @Override
    public List<String> header() {
        return table.header();
    }

    @Override
    public int headerRowNumber() {
        return table.headerRowNumber();
    }

    /**
     * Stops the reading thread and closes the table. The thread is not interrupted (that would close the file's channel
     * under it): it finishes the row it is reading and sees the flag.
     */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        table.close();
    }
}
