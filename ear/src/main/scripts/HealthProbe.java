import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Exits 0 when InsightIQ's MicroProfile Health endpoint answers 200 and includes the application's own checks
 * (Payara reports UP before the application has deployed, when there are no checks yet).
 */
public class HealthProbe {
    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(20)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        boolean healthy = response.statusCode() == 200 && response.body().contains("\"database\"")
                && response.body().contains("\"broker\"");
        System.out.println(response.statusCode() + " " + response.body());
        System.exit(healthy ? 0 : 1);
    }
}
