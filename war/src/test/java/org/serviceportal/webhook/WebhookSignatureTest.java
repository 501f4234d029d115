package org.serviceportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheBodyWithHmacSha256AsRfc4231Says() {
        // RFC 4231, test case 2
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.header("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void aChangedBodyOrSecretChangesTheSignature() {
        String body = "{\"id\":\"1\",\"event\":\"outage.created\"}";
        assertNotEquals(WebhookSignature.header("whsec_a", body), WebhookSignature.header("whsec_b", body));
        assertNotEquals(WebhookSignature.header("whsec_a", body), WebhookSignature.header("whsec_a", body + " "));
    }

    @Test
    void newSecretsAreLongRandomAndRecognisable() {
        String a = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_") && a.length() >= 6 + 43, a);
        assertNotEquals(a, WebhookSignature.newSecret());
    }
}
