package kr.co.saenal.sandan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RandomTokens;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/** Personal API tokens: made and revoked by their owner on /admin/account, checked on every API request. */
@ApplicationScoped
public class ApiTokens {

    public static final String PREFIX = "sdn_";
    public static final String NAME = "tokenName";
    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    /** Who a valid token acts for, and how far. */
    public record Bearer(String username, Set<Role> roles, ApiToken.Scope scope) {}

    @Inject
    TwoFactorRepository tokens;

    @Inject
    StaffLogin login;

    @Inject
    Clock clock;

    /**
     * @return the token, in the clear for this once
     * @throws RuleViolationException (field {@code tokenName}) without a name of up to 60 characters
     */
    @Transactional
    public String create(String username, String name, ApiToken.Scope scope) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new RuleViolationException(
                    List.of(new FieldError(NAME, Texts.say(ApiTokens.class, "apiToken.name.invalid"))));
        }
        byte[] random = RandomTokens.hex(32).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        tokens.add(new ApiToken(username, label, token, scope == null ? ApiToken.Scope.READ : scope, clock.instant()));
        LOG.info(() -> "Staff member " + username + " made the API token '" + label + "' (" + scope + ")");
        return token;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> of(String username) {
        return tokens.tokensOf(username);
    }

    /** Revokes one of the owner's tokens; someone else's is left alone. */
    @Transactional
    public void revoke(String username, long id) {
        tokens.token(id).filter(t -> t.getUsername().equals(username)).ifPresent(t -> {
            t.revoke(clock.instant());
            LOG.info(() -> "Staff member " + username + " revoked the API token '" + t.getName() + "'");
        });
    }

    /** The owner of a valid, unrevoked token whose account may still work; its use is recorded. */
    @Transactional
    public Optional<Bearer> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return tokens.tokenByHash(SecretHashes.sha256(token))
                .filter(t -> !t.isRevoked())
                .flatMap(t -> login.active(t.getUsername())
                        .filter(account -> !account.passwordChangeRequired())
                        .map(account -> {
                            tokens.used(t.getId(), clock.instant());
                            return new Bearer(t.getUsername(), account.roles(), t.getScope());
                        }));
    }
}
