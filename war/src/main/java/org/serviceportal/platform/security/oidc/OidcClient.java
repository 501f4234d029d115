package org.serviceportal.platform.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The portal as an OpenID Connect relying party (a confidential client): the authorization-code flow
 * with PKCE (S256), state and nonce; the code exchanged at the token endpoint with the client secret
 * (HTTP Basic); the ID token's signature (the provider's JWKS), issuer, audience, expiry and nonce
 * checked; RP-initiated logout at the provider's {@code end_session_endpoint}. The provider's
 * metadata is read once from {@code <issuer>/.well-known/openid-configuration}.
 */
@ApplicationScoped
public class OidcClient {

    /** What the callback needs to finish a sign-in it started: kept in the session, never sent out. */
    public record Started(String state, String nonce, String codeVerifier, URI callback, String next)
            implements Serializable {
    }

    /** The start of a sign-in: where to send the browser, and what to keep. */
    public record Redirect(URI location, Started started) {
    }

    @Inject
    OidcSettings settings;

    private volatile Provider provider;

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** The authorization request for a new sign-in that comes back to {@code callback}. */
    public Redirect start(URI callback, String next) throws IOException {
        Provider p = provider();
        var state = new State();
        var nonce = new Nonce();
        var verifier = new CodeVerifier();
        var request = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"),
                new ClientID(settings.clientId()), callback)
                .endpointURI(p.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256).build();
        return new Redirect(request.toURI(),
                new Started(state.getValue(), nonce.getValue(), verifier.getValue(), callback, next));
    }

    /**
     * Exchanges the code for tokens and verifies the ID token; its claims and the token itself (for
     * logout), or an exception saying why not.
     */
    public Verified finish(Started started, String code) throws IOException, SignInFailed {
        Provider p = provider();
        var grant = new AuthorizationCodeGrant(new AuthorizationCode(code), started.callback(),
                new CodeVerifier(started.codeVerifier()));
        var request = new TokenRequest.Builder(p.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())), grant).build();
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        } catch (ParseException e) {
            throw new SignInFailed("unreadable token response: " + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            throw new SignInFailed("token request refused: " + response.toErrorResponse().getErrorObject());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        try {
            var claims = p.validator().validate(idToken, new Nonce(started.nonce()));
            return new Verified(claims.toJSONObject(), idToken.serialize());
        } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new SignInFailed("ID token not valid: " + e.getMessage());
        }
    }

    /** A verified ID token: its claims, and the token as sent (the hint at logout). */
    public record Verified(Map<String, Object> claims, String idToken) {
    }

    /** Where to send the browser to end the provider's session too, coming back to {@code afterwards}. */
    public Optional<URI> logout(String idToken, URI afterwards) {
        try {
            URI endpoint = provider().metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endpoint, com.nimbusds.jwt.JWTParser.parse(idToken), afterwards, null)
                    .toURI());
        } catch (IOException | java.text.ParseException e) {
            return Optional.empty();
        }
    }

    private Provider provider() throws IOException {
        Provider p = provider;
        if (p == null) {
            synchronized (this) {
                p = provider;
                if (p == null) {
                    OIDCProviderMetadata metadata;
                    try {
                        metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
                    } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
                        throw new IOException("The OpenID Connect provider's metadata could not be read: " + e.getMessage(), e);
                    }
                    var validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                            JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
                    p = new Provider(metadata, validator);
                    provider = p;
                }
            }
        }
        return p;
    }

    /** A sign-in the provider or the checks refused. */
    public static final class SignInFailed extends Exception {
        private static final long serialVersionUID = 1L;

        public SignInFailed(String message) {
            super(message);
        }
    }
}
