import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least a servlet on Payara Micro can do for the banner: the same bytes and headers as
 * {@code GET /api/v1/banners}, read once from the file named by the system property
 * {@code bare.banner.file}, in an application with no security, no CDI beans and no filters. The
 * banner benchmark measures it beside the portal to show what the server itself costs per request.
 */
@WebServlet(urlPatterns = "/api/v1/banners")
public class BareBannerServlet extends HttpServlet {

    private byte[] body;

    @Override
    public void init() {
        try {
            body = Files.readAllBytes(Path.of(System.getProperty("bare.banner.file")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("ETag", "\"bare\"");
        response.setHeader("Cache-Control", "public, max-age=30");
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
