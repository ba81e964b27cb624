package com.insightiq.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;
import org.apache.shiro.crypto.hash.Hash;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.crypto.hash.format.Shiro2CryptFormat;
import org.apache.shiro.crypto.support.hashes.argon2.Argon2HashProvider;
import org.apache.shiro.lang.util.ByteSource;

/**
 * Argon2id password hashes in Shiro's PHC format. Parameters follow OWASP's minimum (19 MiB, 2 passes, 1 lane): Shiro's
 * default (64 MiB, 4 lanes) costs up to a second per sign-in on a 2-core server.
 */
@ApplicationScoped
public class PasswordHashing {
    private static final String ALGORITHM = "argon2id";
    private final DefaultHashService hashes = new DefaultHashService();
    private final DefaultPasswordService verifier = new DefaultPasswordService();
    /** A real hash to compare against when the e-mail is unknown, so both cases take the same time. */
    private String decoy;

    @PostConstruct
    void init() {
        hashes.setDefaultAlgorithmName(ALGORITHM);
        decoy = hash("decoy password that nobody has");
    }

    public String hash(String password) {
        HashRequest request = new HashRequest.Builder()
                .setSource(ByteSource.Util.bytes(password))
                .setAlgorithmName(ALGORITHM)
                .addParameter(Argon2HashProvider.Parameters.PARAMETER_MEMORY_KIB, "19456")
                .addParameter(Argon2HashProvider.Parameters.PARAMETER_ITERATIONS, "2")
                .addParameter(Argon2HashProvider.Parameters.PARAMETER_PARALLELISM, "1")
                .build();
        Hash hash = hashes.computeHash(request);
        return new Shiro2CryptFormat().format(hash);
    }

    public boolean matches(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        return verifier.passwordsMatch(password, storedHash);
    }

    /** Spends the time of one verification without an account, against timing-based e-mail discovery. */
    public void spendVerificationTime(String password) {
        matches(password == null ? "" : password, decoy);
    }
}
