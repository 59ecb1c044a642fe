package io.alertify.pipeline.collector;

import io.alertify.pipeline.request.JsonRequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/**
 * A batch's body, decompressed when its {@code Content-Encoding} says gzip (Telegraf, the Influx clients),
 * and bounded after decompression, so a small body that inflates to gigabytes is refused with 413.
 */
final class BatchBody {

    private BatchBody() {
    }

    static byte[] read(HttpServletRequest request, long limit) throws IOException {
        var encoding = request.getHeader("Content-Encoding");
        if (encoding != null && encoding.strip().equalsIgnoreCase("gzip")) {
            try (var gzip = new GZIPInputStream(request.getInputStream())) {
                return JsonRequestBody.bounded(gzip, -1, limit);
            } catch (java.util.zip.ZipException e) {
                throw JsonRequestBody.invalid("body", "says Content-Encoding: gzip but is not gzip (" + e.getMessage() + ")");
            }
        }
        return JsonRequestBody.bounded(request.getInputStream(), request.getContentLengthLong(), limit);
    }
}
