package nl.overheid.recordingpolicy.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** A plain java.net.http client for the REST endpoints: what a portal would send, nothing framework-specific. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URL base;
    /** The Authorization header every request of this client carries, if it logs in. */
    private final String authorization;

    Http(URL base) {
        this(base, null);
    }

    private Http(URL base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same endpoints, every request authenticated with HTTP Basic as {@code identity}. */
    Http as(ItIdentities identities, String identity) {
        return new Http(base, identities.basic(identity));
    }

    /** The same endpoints, every request carrying this Authorization header (e.g. a wrong password). */
    Http withAuthorization(String header) {
        return new Http(base, header);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    /** A JSON POST with extra headers, given as name, value, name, value, ... (e.g. Idempotency-Key, traceparent). */
    HttpResponse<String> postJson(String path, String json, String... headerNamesAndValues) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headerNamesAndValues));
    }

    /** A POST without a body (and so without Content-Type), e.g. a withdrawal that gives no reason. */
    HttpResponse<String> postWithoutBody(String path, String... headerNamesAndValues) {
        return send(withHeaders(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.noBody()), headerNamesAndValues));
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headerNamesAndValues) {
        if (headerNamesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("headers come as name, value pairs");
        }
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        return request;
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET that asks for {@code accept} and reads the answer as bytes (a PDF), with extra headers as name, value pairs. */
    HttpResponse<byte[]> getBytes(String path, String accept, String... headerNamesAndValues) {
        HttpRequest.Builder request = withHeaders(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET(),
                headerNamesAndValues);
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(base.toString().replaceFirst("/$", "") + path);
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
