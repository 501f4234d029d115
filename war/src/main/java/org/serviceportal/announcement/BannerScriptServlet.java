package org.serviceportal.announcement;

import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.serviceportal.platform.i18n.CurrentLanguage;
import org.serviceportal.platform.i18n.Language;
import org.serviceportal.platform.web.ReadyBytes;

/**
 * {@code GET /banner.js}: the script a login page includes with one tag to show the banner. Its few
 * words (the close button, the region's name) come from the bundles, put in once at start; it is
 * served with a short cache, an entity tag and open CORS so that pages anywhere may load it.
 */
@WebServlet(name = "BannerScriptServlet", urlPatterns = "/banner.js")
public class BannerScriptServlet extends HttpServlet {

    static final String CACHE_CONTROL = "public, max-age=300";

    private transient ReadyBytes script;

    @Override
    public void init() throws ServletException {
        String source;
        try (InputStream in = BannerScriptServlet.class.getResourceAsStream("/announcement/banner.js")) {
            if (in == null) {
                throw new ServletException("announcement/banner.js is missing");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServletException(e);
        }
        var labels = Json.createObjectBuilder();
        for (Language l : Language.values()) {
            ResourceBundle b = ResourceBundle.getBundle(CurrentLanguage.BUNDLE, l.locale(),
                    BannerScriptServlet.class.getClassLoader());
            labels.add(l.code(), Json.createObjectBuilder().add("close", b.getString("banner.close"))
                    .add("region", b.getString("banner.region")).add("until", b.getString("banner.until")));
        }
        script = ReadyBytes.of(source.replace("/*LABELS*/{}", labels.build().toString()).getBytes(StandardCharsets.UTF_8),
                "text/javascript;charset=UTF-8");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BannerServlet.cors(response);
        script.serve(request, response, CACHE_CONTROL);
    }
}
