package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data sources behind an SSH jump host: an Apache MINA SSHD server runs in this test, and InsightIQ reaches the
 * fixture database only through its port forwarding, with a password or a private key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SshTunnelIT {
    private static final String SSH_USER = "tunnel";
    private static final String SSH_PASSWORD = "Ssh-Secret-2026";


    @Test
    void connectsThroughTheTunnelWithPasswordOrKey() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        AtomicInteger forwards = new AtomicInteger();
        SshServer ssh = SshServer.setUpDefaultServer();
        ssh.setHost("127.0.0.1");
        ssh.setPort(0);
        ssh.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        ssh.setPasswordAuthenticator((user, password, session) -> SSH_USER.equals(user) && SSH_PASSWORD.equals(password));
        ssh.setPublickeyAuthenticator((user, offered, session) -> SSH_USER.equals(user)
                && offered.equals(key.getPublic()));
        ssh.setForwardingFilter(new AcceptAllForwardingFilter() {
            @Override
            public boolean canConnect(Type type, org.apache.sshd.common.util.net.SshdSocketAddress address,
                                      org.apache.sshd.common.session.Session session) {
                forwards.incrementAndGet();
                return super.canConnect(type, address, session);
            }
        });
        ssh.start();
        String slug = Tenancy.uniqueSlug("ssh");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        String api = "/t/" + slug + "/api/v1/datasources";
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("sshit")) {
            var byPassword = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", ssh.getPort())
                    .add("user", SSH_USER).add("password", SSH_PASSWORD);
            JsonObject ok = admin.post(api + "/test", db.body("t").add("ssh", byPassword).build().toString()).json();
            assertTrue(ok.getBoolean("ok"), ok.toString());
            assertTrue(forwards.get() > 0, "the connection went through the SSH server");

            var wrong = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", ssh.getPort())
                    .add("user", SSH_USER).add("password", "wrong");
            JsonObject refused = admin.post(api + "/test", db.body("t").add("ssh", wrong).build().toString()).json();
            assertFalse(refused.getBoolean("ok"));
            assertEquals("ssh-failed", refused.getString("problem"));
            assertTrue(refused.getString("message").contains(SSH_USER), refused.toString());

            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            var byKey = Json.createObjectBuilder().add("host", "127.0.0.1").add("port", ssh.getPort())
                    .add("user", SSH_USER).add("privateKey", pem);
            Api.Reply created = admin.post(api, db.body("Behind bastion").add("ssh", byKey).build().toString());
            assertEquals(201, created.status(), created.toString());
            JsonObject info = created.json().getJsonObject("ssh");
            assertTrue(info.getBoolean("hasPrivateKey"));
            assertFalse(created.body().contains("PRIVATE KEY"), "the key is write-only");
            long id = created.json().getJsonNumber("id").longValue();
            assertEquals(0, Database.count("SELECT count(*) FROM tenant_" + slug + ".data_source WHERE "
                    + "position(convert_to('PRIVATE KEY', 'UTF8') in ssh_key_secret) > 0"), "sealed at rest");

            int before = forwards.get();
            JsonObject stored = admin.post(api + "/" + id + "/test",
                    db.body("Behind bastion").remove("password").add("ssh", Json.createObjectBuilder()
                            .add("host", "127.0.0.1").add("port", ssh.getPort()).add("user", SSH_USER))
                            .build().toString()).json();
            assertTrue(stored.getBoolean("ok"), stored.toString());
            assertTrue(forwards.get() > before);

            // the app's own database stays refused, tunnel or not
            admin.post(api, db.body("own").add("database", "insightiq").add("ssh", byPassword).build().toString())
                    .isJsonError(400);
        } finally {
            ssh.stop(true);
        }
    }
}
