package org.factdesk.security.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for the API without paying a slow password hash on every call. The first call of a
 * user checks the password with the slow hash (Argon2id); later calls compare an HMAC of the
 * password and the stored hash under a key that lives only in this process's memory. No password
 * is kept; a changed password changes the stored hash and so misses the cache; a deactivated
 * user is refused because the user is loaded afresh on every call.
 */
final class CachingBasicAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_ENTRIES = 2_000;

    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final SecretKeySpec key;
    private final String dummyHash;
    private final Map<String, byte[]> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    CachingBasicAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.dummyHash = encoder.encode(java.util.HexFormat.of().formatHex(secret));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        org.springframework.security.core.userdetails.UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            // Spend the same time as for a real user, so that a response does not reveal who exists.
            encoder.matches(password, dummyHash);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("The account is deactivated");
        }
        var mac = mac(user.getPassword(), password);
        byte[] known;
        synchronized (verified) {
            known = verified.get(username);
        }
        if (known == null || !MessageDigest.isEqual(known, mac)) {
            if (!encoder.matches(password, user.getPassword())) {
                throw new BadCredentialsException("Bad credentials");
            }
            synchronized (verified) {
                verified.put(username, mac);
            }
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private byte[] mac(String storedHash, String password) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
