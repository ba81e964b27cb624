package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provisioning is all or nothing. The database itself is made to refuse a step (a trigger, an event trigger), as a
 * real outage or permission problem would: the tenant row, schema, admin and membership must all be gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningFailureIT {


    @Test
    void failingMigrationLeavesNothingBehind() {
        String slug = Tenancy.uniqueSlug("doomed");
        Database.execute("CREATE OR REPLACE FUNCTION public.it_refuse_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() WHERE object_identity = 'tenant_" + slug
                + ".job_run') THEN RAISE EXCEPTION 'refused by the test'; END IF; END $$");
        Database.execute("CREATE EVENT TRIGGER it_refuse_ddl ON ddl_command_end EXECUTE FUNCTION public.it_refuse_ddl()");
        try {
            assertRolledBack(slug);
        } finally {
            Database.execute("DROP EVENT TRIGGER IF EXISTS it_refuse_ddl");
            Database.execute("DROP FUNCTION IF EXISTS public.it_refuse_ddl()");
        }
    }

    @Test
    void failingAdminMembershipLeavesNothingBehind() {
        String slug = Tenancy.uniqueSlug("doomed");
        Database.execute("CREATE OR REPLACE FUNCTION public.it_refuse_member() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN IF (SELECT slug FROM control.tenant WHERE id = NEW.tenant_id) = '" + slug + "' THEN "
                + "RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$");
        Database.execute("CREATE TRIGGER it_refuse_member BEFORE INSERT ON control.membership FOR EACH ROW "
                + "EXECUTE FUNCTION public.it_refuse_member()");
        try {
            assertRolledBack(slug);
        } finally {
            Database.execute("DROP TRIGGER IF EXISTS it_refuse_member ON control.membership");
            Database.execute("DROP FUNCTION IF EXISTS public.it_refuse_member()");
        }
    }

    private static void assertRolledBack(String slug) {
        Api platform = Api.platformAdmin();
        String before = Database.fingerprint();
        String admin = "admin@" + slug.replace('_', '-') + ".test";
        Api.Reply reply = platform.post("/api/v1/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"Doomed\","
                + "\"adminEmail\":\"" + admin + "\",\"adminPassword\":\"" + Tenancy.PASSWORD + "\"}");
        reply.isJsonError(500);
        assertTrue(reply.message().contains("rolled back"), reply.toString());
        assertEquals(before, Database.fingerprint(), "tenants/users/memberships/schemas unchanged");
        assertFalse(Database.tenantRowExists(slug));
        assertFalse(Database.schemaExists("tenant_" + slug));
        assertEquals(0, Database.count("SELECT count(*) FROM control.app_user WHERE email = ?", admin));
        // and the slug is free again once the database cooperates
        platform.get("/api/v1/tenants/" + slug).isJsonError(404);
    }
}
