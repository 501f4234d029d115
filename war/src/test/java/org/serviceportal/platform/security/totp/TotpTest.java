package org.serviceportal.platform.security.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheTestVectorsOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertEquals(sha1, Totp.code(SHA1_KEY, step, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.code(SHA256_KEY, step, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.code(SHA512_KEY, step, 8, "HmacSHA512"));
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcVectors() {
        assertEquals("287082", Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(1111111109))));
    }

    @Test
    void acceptsTheStepBeforeAndAfterNowButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step), Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step), now, -1));
        assertEquals(OptionalLong.of(step - 1), Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, -1));
        assertEquals(OptionalLong.of(step + 1), Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, -1));
        assertTrue(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now, -1).isEmpty());
        assertTrue(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now, -1).isEmpty());
    }

    @Test
    void neverAcceptsAStepAtOrBeforeTheLastOneUsed() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        long step = Totp.step(now);
        String code = Totp.code(SHA1_KEY, step);
        assertTrue(Totp.verify(SHA1_KEY, code, now, step).isEmpty(), "the same code twice");
        assertTrue(Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, step).isEmpty(), "an older code");
        assertEquals(OptionalLong.of(step + 1), Totp.verify(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, step));
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        assertTrue(Totp.verify(SHA1_KEY, null, now, -1).isEmpty());
        assertTrue(Totp.verify(SHA1_KEY, "", now, -1).isEmpty());
        assertTrue(Totp.verify(SHA1_KEY, "12345", now, -1).isEmpty());
        assertTrue(Totp.verify(SHA1_KEY, "12a456", now, -1).isEmpty());
        String spaced = Totp.code(SHA1_KEY, Totp.step(now));
        assertTrue(Totp.verify(SHA1_KEY, spaced.substring(0, 3) + " " + spaced.substring(3), now, -1).isPresent(),
                "a code typed in two groups of three");
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MY", Totp.base32("f".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Totp.fromBase32("mzxw 6ytb oi=="));
        byte[] secret = Totp.newSecret(new SecureRandom());
        assertEquals(32, Totp.base32(secret).length());
        assertArrayEquals(secret, Totp.fromBase32(Totp.base32(secret)));
    }

    @Test
    void theUriCarriesIssuerAccountAndSecret() {
        String uri = Totp.uri("Service portal", "admin", "foobar".getBytes(StandardCharsets.US_ASCII));
        assertEquals("otpauth://totp/Service%20portal:admin?secret=MZXW6YTBOI&issuer=Service%20portal"
                + "&algorithm=SHA1&digits=6&period=30", uri);
    }
}
