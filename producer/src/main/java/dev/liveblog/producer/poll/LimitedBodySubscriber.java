package dev.liveblog.producer.poll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into bytes but gives up, cancelling the download, once it passes a limit: the JDK's own
 * {@code ofByteArray} would read a page of any size into memory. A {@code Content-Length} over the limit fails at
 * once, before any byte is read.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than allowed; not worth retrying soon, as the page will not shrink. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(final long maxBytes) {
            super(String.format(Locale.ROOT, "body larger than %d bytes", maxBytes));
        }
    }

    private final long maxBytes;
    private final long declaredLength;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    LimitedBodySubscriber(final long maxBytes, final long declaredLength) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(final Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (declaredLength > maxBytes) {
            tooLarge();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(final List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (final ByteBuffer item : items) {
            if ((long) buffer.size() + item.remaining() > maxBytes) {
                tooLarge();
                return;
            }
            final byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.writeBytes(bytes);
        }
        subscription.request(1);
    }

    @Override
    public void onError(final Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    private void tooLarge() {
        subscription.cancel();
        result.completeExceptionally(new TooLargeException(maxBytes));
    }
}
