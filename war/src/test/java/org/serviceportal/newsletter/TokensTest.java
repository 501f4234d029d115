package org.serviceportal.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void randomTokensCarry256BitsAndDiffer() {
        String a = Tokens.random();
        assertEquals(32, Base64.getUrlDecoder().decode(a).length);
        assertNotEquals(a, Tokens.random());
    }

    @Test
    void aLinkVerifiesOnlyForItsSubscriberKeyAndSecret() {
        String link = Tokens.link("secret", 42, "key");
        assertEquals(Optional.of(42L), Tokens.subscriberOf(link));
        assertTrue(Tokens.verifyLink("secret", 42, "key", link));
        assertFalse(Tokens.verifyLink("secret", 43, "key", link));
        assertFalse(Tokens.verifyLink("other", 42, "key", link));
        assertFalse(Tokens.verifyLink("secret", 42, "new key", link));
        assertFalse(Tokens.verifyLink("secret", 42, null, link), "an erased subscriber has no key: every link is void");
        assertFalse(Tokens.verifyLink("secret", 42, "key", "42.forged"));
    }

    @Test
    void malformedLinksNameNoSubscriber() {
        assertEquals(Optional.empty(), Tokens.subscriberOf(null));
        assertEquals(Optional.empty(), Tokens.subscriberOf("nodot"));
        assertEquals(Optional.empty(), Tokens.subscriberOf("x.y"));
        assertEquals(Optional.empty(), Tokens.subscriberOf(".abc"));
    }
}
