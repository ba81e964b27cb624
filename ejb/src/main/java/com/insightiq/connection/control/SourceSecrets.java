package com.insightiq.connection.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Seals secrets for storage and unseals a definition into a {@link SourceSpec} at the moment of connecting. */
@ApplicationScoped
public class SourceSecrets {
    @Inject
    SecretKeys keys;

    public byte[] seal(Slug tenant, String purpose, String plaintext) {
        return keys.box().seal(plaintext, SourceDefinition.secretContext(tenant, purpose));
    }

    public SourceSpec unseal(SourceDefinition d) {
        Optional<SourceSpec.TunnelSpec> tunnel = d.tunnel().map(t -> new SourceSpec.TunnelSpec(t.host(), t.port(),
                t.user(), open(d.tenant(), SourceDefinition.SSH_PASSWORD, t.passwordSecret()),
                open(d.tenant(), SourceDefinition.SSH_KEY, t.privateKeySecret())));
        return new SourceSpec(d.engine(), d.host(), d.port(), d.database(), d.username(),
                open(d.tenant(), SourceDefinition.PASSWORD, d.passwordSecret()), d.sslMode(), d.options(), tunnel,
                d.allowWrites());
    }

    private String open(Slug tenant, String purpose, Optional<byte[]> sealed) {
        return sealed.map(s -> keys.box().open(s, SourceDefinition.secretContext(tenant, purpose))).orElse(null);
    }
}
