package org.serviceportal.newsletter;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.serviceportal.platform.web.ClientAddress;

/**
 * {@code /api/v1/subscriptions}: the ICT newsletter for the public. Subscribing always answers 202
 * with the same body; the address gets a confirm link (double opt-in). Preferences and unsubscribe
 * work with the signed link of each mail; {@code POST unsubscribe?token=} is the RFC 8058 one-click
 * address of the {@code List-Unsubscribe} header.
 */
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletter")
public class SubscriptionResource {

    /** A confirm link's token. */
    public record Confirmation(@NotNull String token) {
    }

    static final Map<String, String> ACCEPTED = Map.of("status", "accepted",
            "detail", "If the address can receive mail, a message with a confirm link is on its way.");

    @Inject
    ClientAddress clientAddress;

    @Inject
    SubscriptionService subscriptions;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe {email, language nl|en, products[], topics[]? (NEWSLETTER, MAINTENANCE, OUTAGES; all"
            + " three when absent)}: always 202 and the same answer, known address or not; the address gets a mail with a"
            + " confirm link")
    @APIResponse(responseCode = "202", description = "Accepted; a confirm link is mailed")
    @APIResponse(responseCode = "400", description = "Invalid field (problem details name it)")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After")
    public Response subscribe(@NotNull @Valid SubscriptionService.SubscribeRequest body) {
        subscriptions.subscribe(body, clientAddress.of(request));
        return Response.accepted(ACCEPTED).build();
    }

    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a subscription with the token of the mailed confirm link")
    @APIResponse(responseCode = "200", description = "Confirmed; the subscription")
    @APIResponse(responseCode = "400", description = "Unknown or expired token")
    public SubscriptionService.SubscriberView confirm(@NotNull @Valid Confirmation body) {
        return subscriptions.confirm(body.token());
    }

    @GET
    @Path("preferences")
    @Operation(summary = "The subscription of a signed manage link")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "400", description = "Invalid link")
    public SubscriptionService.SubscriberView preferences(@QueryParam("token") String token) {
        return subscriptions.byLink(token);
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change language and products {language, products[], topics[]?, version} by a signed manage link")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid link or field")
    @APIResponse(responseCode = "409", description = "Stale version")
    public SubscriptionService.SubscriberView changePreferences(@QueryParam("token") String token,
            @NotNull @Valid SubscriptionService.Preferences body) {
        return subscriptions.changePreferences(token, body);
    }

    @POST
    @Path("unsubscribe")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Unsubscribe by a signed link: the RFC 8058 one-click address (body List-Unsubscribe=One-Click);"
            + " doing it again is harmless")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    @APIResponse(responseCode = "400", description = "Invalid link")
    public SubscriptionService.SubscriberView unsubscribe(@QueryParam("token") String token) {
        return subscriptions.unsubscribe(token);
    }
}
